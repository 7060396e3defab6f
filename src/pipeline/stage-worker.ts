// The entry of one extraction worker (stage-pool.ts starts it): loads the extraction stage once, then stages the
// reports it is sent.

import { stageReport } from './stage.ts';
import { serveStaging } from './stage-pool.ts';

serveStaging(stageReport);
