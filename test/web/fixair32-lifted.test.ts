// ux32 #17: the page never showed when an airport's restrictions were lifted, and labelled a lifting fact as an
// imposition. Pure pieces of the page, in every interface language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS, UI_LANGS } from '../../web/i18n/index.ts';
import { factKindText, liftedNote } from '../../web/src/format.ts';

test('#17 a lifting fact is labelled apart from the restrictions it ends', () => {
  for (const lang of UI_LANGS) {
    const t = STRINGS[lang];
    const lifting = factKindText({ kind: 'airport_disruption', detail: 'restrictions lifted' }, t);
    const closure = factKindText({ kind: 'airport_disruption', detail: null }, t);
    assert.notEqual(lifting, closure, lang);
    assert.equal(closure, t.kinds.airport_disruption, lang);
  }
});

test('#17 the incident says when it was lifted, or that it was with no time', () => {
  const t = STRINGS.en;
  assert.deepEqual(liftedNote({ lifted: true, lifted_at: '2025-06-02T05:30:00+03:00' }, t), {
    label: t.liftedAt,
    at: '2025-06-02T05:30:00+03:00',
  });
  assert.deepEqual(liftedNote({ lifted: true }, t), { label: t.liftedNoTime, at: null });
  assert.equal(liftedNote({}, t), null);
});
