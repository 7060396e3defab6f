// ux33 #11: the page tells an all-clear apart from an alarm, and says when the alarm ended.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../web/i18n/en.ts';
import { ru } from '../../web/i18n/ru.ts';
import { factKindText, liftedNote } from '../../web/src/format.ts';

test('#11 an all-clear fact reads as an all-clear, not a second alert', () => {
  for (const t of [en, ru]) {
    assert.equal(factKindText({ kind: 'alert', detail: 'all clear' }, t), t.allClearKind);
    assert.notEqual(factKindText({ kind: 'alert', detail: null }, t), t.allClearKind);
  }
});

test('#11 an alert that was lifted says "all clear at", not "restrictions lifted"', () => {
  assert.deepEqual(liftedNote({ kind: 'alert', lifted: true, lifted_at: '2026-03-04T01:50:00+03:00' }, en), {
    label: en.allClearAt,
    at: '2026-03-04T01:50:00+03:00',
  });
  assert.equal(liftedNote({ kind: 'alert' }, en), null);
});
