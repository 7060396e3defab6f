// ux37 #8: the page names a body that speaks by its own name, as the CSV does, beside its role in the reader's words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS } from '../../web/i18n/index.ts';
import { claimantText } from '../../web/src/format.ts';

test("a body by its own name stands where a person's name would, in the page's script", () => {
  const body = { name: null, role: 'aviation_authority' as const, channel: null, institution: 'Росавиация' };
  const ru = claimantText(body, STRINGS.ru);
  assert.match(ru, /^Росавиация \(/);
  const en = claimantText(body, STRINGS.en);
  assert.match(en, /^Rosaviatsi/);
  assert.ok(en.includes('('), en);
  assert.equal(claimantText(body, STRINGS.en, true).startsWith('Росавиация'), true);
});
