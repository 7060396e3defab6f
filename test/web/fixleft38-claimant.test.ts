// Session 38 reviews: "Ihor Terekhov (mayor, Kharkiv Mayor)" said the role twice when the source's own name holds it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimantList } from '../../src/export/values.ts';
import { STRINGS } from '../../web/i18n/index.ts';
import { claimantText } from '../../web/src/format.ts';

const mayor = { name: 'Ihor Terekhov', role: 'mayor' as const, channel: 'Kharkiv Mayor' };

test('a role the channel’s own name holds is said once, on the page and in prose', () => {
  assert.equal(claimantText(mayor, STRINGS.en), 'Ihor Terekhov (Kharkiv Mayor)');
  assert.equal(claimantList([mayor]), 'Ihor Terekhov (Kharkiv Mayor)');
});

test('a channel that does not name the role keeps both, and a part of a word is no repeat', () => {
  const governor = { name: 'Oleh Syniehubov', role: 'governor' as const, channel: 'Telegram' };
  assert.equal(claimantText(governor, STRINGS.en), 'Oleh Syniehubov (governor, Telegram)');
  assert.equal(claimantList([governor]), 'Oleh Syniehubov (governor, Telegram)');
  const mayors = { ...mayor, channel: 'Mayoral office' };
  assert.equal(claimantList([mayors]), 'Ihor Terekhov (mayor, Mayoral office)');
});
