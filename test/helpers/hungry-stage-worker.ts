// An extraction worker for test/api/report-stager.test.ts: a text containing EAT-ALL-THE-HEAP keeps allocating until
// the worker reaches its heap limit, as a hostile report would; others are staged as usual.

import { stageReport } from '../../src/pipeline/stage.ts';
import { serveStaging } from '../../src/pipeline/stage-pool.ts';

serveStaging((bytes, opts) => {
  const text = new TextDecoder().decode(bytes);
  if (text.includes('EAT-ALL-THE-HEAP')) {
    const held: string[][] = [];
    for (;;) held.push(Array.from({ length: 1e5 }, (_, i) => `${text.length}:${i}`));
  }
  return stageReport(bytes, opts);
});
