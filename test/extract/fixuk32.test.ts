// ux32 #13: a city council that speaks is `official` (docs/eval.md). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-10T18:10:00+03:00';
const tollClaimant = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'casualties')
    .map((f) => f.claimant?.role ?? null);

test('«за даними міської ради», «у міськраді», «по данным горсовета», «в городском совете»: claimant official', () => {
  const attack = 'Вночі ворог атакував Херсон.';
  assert.deepEqual(tollClaimant(`${attack} Поранено 5 людей, за даними міської ради.`, 'uk'), ['official']);
  assert.deepEqual(tollClaimant(`${attack} У міськраді повідомили, що поранено 5 людей.`, 'uk'), ['official']);
  assert.deepEqual(tollClaimant('Ночью враг атаковал Херсон. По данным горсовета, ранены 5 человек.', 'ru'), [
    'official',
  ]);
  assert.deepEqual(tollClaimant('Ночью враг атаковал Херсон. Ранены 5 человек, сообщили в городском совете.', 'ru'), [
    'official',
  ]);
  assert.deepEqual(
    tollClaimant('Russia shelled Kherson overnight. Five people were hurt, the city council said.', 'en'),
    ['official'],
  );
});

test('negative: a council only named as a place struck speaks for no one', () => {
  assert.deepEqual(
    extractText('Вночі ворог атакував будівлю міської ради Херсона.', 'uk', PUBLISHED).map((f) => f.claimant),
    [null],
  );
});
