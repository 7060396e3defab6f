// An extraction worker that misbehaves on purpose, for test/pipeline/stage-pool.test.ts: a text containing
// EXIT-THE-WORKER ends the thread mid-chunk, one containing THROW-IN-STAGING throws; others are staged as usual.

import { stageReport } from '../../src/pipeline/stage.ts';
import { serveStaging } from '../../src/pipeline/stage-pool.ts';

serveStaging((bytes, opts) => {
  const text = new TextDecoder().decode(bytes);
  if (text.includes('EXIT-THE-WORKER')) process.exit(3);
  if (text.includes('THROW-IN-STAGING')) throw new Error('staging blew up');
  return stageReport(bytes, opts);
});
