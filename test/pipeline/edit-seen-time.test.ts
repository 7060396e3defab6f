// ux35 #12: the time an edit was seen is our clock's; written like the post's own times (its offset, seconds).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inOffsetOf } from '../../src/pipeline/resolve.ts';

test('#12 an edit’s seen time is written in its post’s offset, to the second', () => {
  assert.equal(inOffsetOf('2026-12-07T06:36:57.755Z', '2025-06-09T07:30:00+03:00'), '2026-12-07T09:36:57+03:00');
  assert.equal(inOffsetOf('2026-12-07T06:36:57.755Z', '2025-06-09T07:30:00-04:30'), '2026-12-07T02:06:57-04:30');
  assert.equal(inOffsetOf('2026-12-07T06:36:57Z', '2025-06-09T07:30:00Z'), '2026-12-07T06:36:57Z');
});
