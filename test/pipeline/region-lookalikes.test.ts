// A Latin look-alike typed into a Cyrillic region name (ux39 #9: «Харкiвська» with a Latin i, U+0069, from a mixed
// keyboard) names the region as the Cyrillic spelling does, in --region, ?region= and a speaker's region alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldLookalikes } from '../../src/core/lookalikes.ts';
import { regionCodesFor, resolveRegions } from '../../src/pipeline/region-names.ts';

test('foldLookalikes reads Latin twins inside a Cyrillic word only', () => {
  assert.equal(foldLookalikes('Харкiвська'), 'Харківська');
  assert.equal(foldLookalikes('ЧЕРКAСЬКA oblast'), 'ЧЕРКАСЬКА oblast');
  assert.equal(foldLookalikes('Kharkiv Oblast'), 'Kharkiv Oblast');
  assert.equal(foldLookalikes('Сумı'), 'Сумі');
});

test('foldLookalikes reads Cyrillic twins inside a Latin word as Latin', () => {
  assert.equal(foldLookalikes('Kyіv Oblast'), 'Kyiv Oblast');
  assert.equal(foldLookalikes('Оdesa'), 'Odesa');
  assert.equal(foldLookalikes('Kyїv'), 'Kyïv');
  // one stray Latin letter in a Cyrillic word does not make it Latin (review 40b): «Курсk» is Kursk's region
  assert.equal(foldLookalikes('Курсk'), 'Курск');
  assert.deepEqual(regionCodesFor('Курсk'), ['RU-KRS']);
  // every letter has a twin (a Latin a among them): nothing says the word is Latin, so it is read as Cyrillic
  assert.equal(foldLookalikes('Сaхар'), 'Сахар');
  assert.deepEqual(regionCodesFor('Kyіv Oblast'), regionCodesFor('Kyiv Oblast'));
});

test('--region with a Latin i, a, o or a dotless ı in a Cyrillic name matches the region', () => {
  assert.deepEqual(resolveRegions(['Харкiвська']), ['UA-63']);
  assert.deepEqual(resolveRegions(['Кiровоградщина']), regionCodesFor('Кіровоградщина'));
  assert.deepEqual(regionCodesFor('Бeлгородская'), ['RU-BEL']);
  assert.deepEqual(regionCodesFor('Полтавщинa'), ['UA-53']);
  // A Latin name is not touched: "Kursk" still finds its region, a typo still fails.
  assert.deepEqual(regionCodesFor('Kursk'), ['RU-KRS']);
  assert.throws(() => resolveRegions(['Харкiвскаяя']), /matches no region/);
});
