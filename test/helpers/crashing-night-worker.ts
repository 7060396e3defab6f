// An extraction worker that dies on purpose while resolving, for test/pipeline/night-pool.test.ts: a night whose key
// ends in `-05` ends the thread; every other night and every report are handled as usual.

import { resolveNightWork } from '../../src/pipeline/night-work.ts';
import { stageReport } from '../../src/pipeline/stage.ts';
import { serveStaging } from '../../src/pipeline/stage-pool.ts';

serveStaging(stageReport, (work) => {
  if (work.key.endsWith('-05')) process.exit(4);
  return resolveNightWork(work);
});
