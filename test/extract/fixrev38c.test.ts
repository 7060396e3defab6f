// Review 38c's two findings worse than main: the heads of occupied regions taken for a headline's side, and a toll
// lost whole to a denial of one of its values. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import regions from '../../data/gazetteer/regions.json' with { type: 'json' };
import twoSided from '../../data/gazetteer/two-sided-regions.json' with { type: 'json' };
import { extractText } from '../helpers/extract-text.ts';

type Lang = 'en' | 'ru' | 'uk';
const PUBLISHED = '2024-11-20T08:00:00+03:00';
const facts = (text: string, lang: Lang) => extractText(text, lang, PUBLISHED);
const toll = (text: string, lang: Lang) =>
  facts(text, lang)
    .filter((f) => f.kind === 'casualties')
    .map((f) => [f.casualties?.killed ?? null, f.casualties?.injured ?? null]);
const claimants = (text: string, kind: string) =>
  facts(text, 'en')
    .filter((f) => f.kind === kind)
    .map((f) => [f.claimant?.role ?? null, f.claimant?.name ?? null])
    .sort((a, b) => String(a).localeCompare(String(b)));

test("1. a head of a region with heads on both sides naming no side is not the headline side's voice", () => {
  // Zaporizhzhia and Kherson have a Russian-installed head beside Ukraine's: the headline keeps its own claimant.
  for (const text of [
    'Ukraine says 6 drones downed over Zaporizhzhia region\nSix drones were downed over Zaporizhzhia region, governor Yevgeny Balitsky said.',
    'Ukraine says 6 drones downed over Zaporizhzhia region\nSix drones were downed over Zaporizhzhia region, Yevgeny Balitsky said.',
    'Russia says 6 drones downed over Zaporizhzhia region\nSix drones were downed over Zaporizhzhia region, Ivan Fedorov said.',
  ]) {
    assert.deepEqual(
      facts(text, 'en')
        .filter((f) => f.kind === 'interception')
        .map((f) => [f.claimant?.role ?? null, f.claimant?.name ?? null]),
      [['official', null]],
      text,
    );
  }
  assert.deepEqual(
    claimants(
      'Ukraine says 3 injured in Kherson region\nThree people were injured by a drone in Kherson region, Vladimir Saldo said.',
      'casualties',
    ),
    [
      ['governor', 'Vladimir Saldo'],
      ['official', null],
    ],
  );
  // A head the officials list knows by side speaks for that side there: Saldo is Russia's, Prokudin Ukraine's.
  assert.deepEqual(
    claimants(
      'Russia says 3 injured in Kherson region\nThree people were injured by a drone in Kherson region, Vladimir Saldo said.',
      'casualties',
    ),
    [['governor', 'Vladimir Saldo']],
  );
  assert.deepEqual(
    claimants(
      'Ukraine says 3 injured in Kherson region\nThree people were injured by a drone in Kherson region, Oleksandr Prokudin said.',
      'casualties',
    ),
    [['military_administration', 'Oleksandr Prokudin']],
  );
  // A region with one side's heads still speaks for its country (fixrev38a): Kursk's governor is Russia's.
  assert.deepEqual(
    claimants(
      'Russia says 8 drones downed over Kursk\nEight drones were downed over Kursk region, Alexander Khinshtein said.',
      'interception',
    ),
    [['governor', 'Alexander Khinshtein']],
  );
});

test('2. a denied clause takes back only the toll values it holds', () => {
  for (const [text, lang, want] of [
    [
      'Reports that four people were killed in Belgorod were false, the governor said; three were injured when a drone hit a car.',
      'en',
      [null, 3],
    ],
    [
      'Reports of three dead in Sumy are fake; two people were injured when a drone hit a house, the regional administration said.',
      'en',
      [null, 2],
    ],
    [
      'Three people were injured in Kursk when a drone hit a house; reports that one was killed are false, the governor said.',
      'en',
      [null, 3],
    ],
    ['В Курске беспилотник попал в дом. Сообщения о трёх погибших — фейк, ранены два человека.', 'ru', [null, 2]],
    ['У Сумах дрон влучив у будинок. Повідомлення про 4 загиблих є фейком, поранено двох людей.', 'uk', [null, 2]],
  ] as const) {
    assert.deepEqual(toll(text, lang), [want], text);
  }
  // The kept value's span is what it still covers, not the denied clause.
  const f = facts(
    'Reports that four people were killed in Belgorod were false, the governor said; three were injured when a drone hit a car.',
    'en',
  ).find((x) => x.kind === 'casualties');
  assert.equal(f?.fields.casualties?.text, 'three were injured');
  // A toll wholly inside the denied clause is still cancelled whole.
  assert.deepEqual(toll('Reports that four people were killed in Belgorod were false, the governor said.', 'en'), []);
});

test('3. the regions with heads on both sides are Ukrainian regions of the gazetteer', () => {
  const codes = new Set(regions.map((r) => r.code));
  for (const code of twoSided.regions) assert.ok(code.startsWith('UA-') && codes.has(code), code);
});
