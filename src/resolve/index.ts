// The resolve stage: pure functions from facts and reports to origins and incidents.
export { claimantKey } from './claimant-key.ts';
export { factKey } from './fact-key.ts';
export { forwardKey } from './forward-key.ts';
export { type NightInput, resolveNight } from './incidents.ts';
export { estimateJaccard, lshBands, minhashSignature } from './minhash.ts';
export { nightKey } from './night.ts';
export { assignOrigins, type OriginInput, type OriginResult } from './origins.ts';
export { normalizeWords, shingleHashes } from './shingles.ts';
