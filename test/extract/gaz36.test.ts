// Places that are not places (issue 8, thirty-sixth session): a village whose name is also a common word of the
// report's language, a place abroad, or a first name before a surname stays unplaced unless the report confirms it.
// Texts are ours, in the style of real headlines and leads; how the guard adds up on real texts is measured by
// `sitrep eval --texts` (BENCHMARKS.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unsureVillages } from '../../scripts/gen-unsure-villages.ts';
import type { Fact, Lang } from '../../src/core/types.ts';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { extractText } from '../helpers/extract-text.ts';

const places = (text: string, lang: Lang) =>
  findPlaces(text, undefined, undefined, [], lang).map((p) => [p.text, p.code]);
const regions = (facts: Fact[]) => facts.map((f) => f.region?.code ?? null);

describe('a village named like a common word', () => {
  it('a headline starting with «Атаки» names no village of Chernivtsi Oblast', () => {
    const text = 'Глава МЗС Угорщини: Атаки ЗСУ по нафтопроводу шкодять економіці регіону';
    assert.deepEqual(places(text, 'uk'), []);
    const facts = extractText(text, 'uk', '2025-08-20T12:00:00+03:00');
    assert.ok(!regions(facts).includes('UA-77'), JSON.stringify(regions(facts)));
  });

  it('the village stays itself when the report names its region or calls it a village', () => {
    assert.deepEqual(places('Атаки, Чернівецька область: уламки дрона пошкодили дах будинку', 'uk'), [
      ['Атаки', 'UA-77'],
      ['Чернівецька область', 'UA-77'],
    ]);
    assert.deepEqual(places('Вночі дрон атакував с. Атаки, пошкоджено будинок', 'uk'), [['Атаки', 'UA-77']]);
  });

  it('an inflected title names the village as surely as «с.» (у селі, селище, в посёлке)', () => {
    assert.deepEqual(places('Вночі дрон влучив у будинок у селі Атаки, поранено чоловіка', 'uk'), [['Атаки', 'UA-77']]);
    assert.deepEqual(places('Ворог атакував селище Атаки, поранено чоловіка', 'uk'), [['Атаки', 'UA-77']]);
    const facts = extractText(
      'В посёлке Восток беспилотник повредил дом, пострадала женщина.',
      'ru',
      '2025-08-20T12:00:00+03:00',
    );
    assert.ok(
      facts.some((f) => f.kind === 'strike'),
      JSON.stringify(facts.map((f) => f.kind)),
    );
  });

  it('without the report’s language the lookup reads it as before (callers that look up one name)', () => {
    assert.deepEqual(
      findPlaces('Атаки ЗСУ по нафтопроводу').map((p) => p.code),
      ['UA-77'],
    );
  });
});

describe('a village named like a place abroad', () => {
  it('"Berlin said" in an English lead is no village of Chelyabinsk Oblast', () => {
    const text = 'Drones hit a fuel depot overnight, Berlin said on Monday, promising more air defence systems.';
    assert.deepEqual(
      places(text, 'en').filter(([, code]) => code === 'RU-CHE'),
      [],
    );
    const facts = extractText(text, 'en', '2024-06-03T12:00:00+03:00');
    assert.ok(!regions(facts).includes('RU-CHE'), JSON.stringify(regions(facts)));
  });

  it('the village with its region named is placed', () => {
    assert.deepEqual(places('Беспилотник упал в селе Берлин Челябинской области', 'ru'), [['Берлин', 'RU-CHE']]);
  });
});

describe('a village named like a first name, a surname after it', () => {
  it('"Olga Marchenko said" is a person', () => {
    const text = 'A resident, Olga Marchenko, said the drone hit her street at night.';
    assert.deepEqual(places(text, 'en'), []);
  });

  it('a Title Case headline keeps its village: the capital after it says nothing', () => {
    assert.deepEqual(places('The Hroza Missile Strike: What We Know', 'en'), [['Hroza', 'UA-63']]);
  });
});

describe('gen-unsure-villages', () => {
  it('lists a village’s one-word forms that are common words, and villages named like a place abroad', () => {
    const out = unsureVillages(
      [
        ['Ataki', 'Атаки', 'Атаки', 'UA-77', 0, 0, 638, ['ataki', 'атаки', 'атак']],
        ['Berlin', 'Берлин', 'Берлін', 'RU-CHE', 0, 0, 613, ['berlin', 'берлин', 'берлине']],
        ['Big', 'Атака', 'Атака', 'RU-XXX', 0, 0, 50_000, ['атака']],
        ['Two Words', null, null, 'RU-YYY', 0, 0, 100, ['star wars']],
      ],
      { en: new Set(['berlin', 'star']), ru: new Set(['атаки', 'атака']), uk: new Set(['атаки']) },
      new Map([['berlin', 'Berlin (DE)']]),
    );
    assert.deepEqual(out.words, { en: ['berlin'], ru: ['атаки'], uk: ['атаки'] });
    assert.deepEqual(out.abroad, [['RU-CHE', 'Berlin', 'Berlin (DE)']]);
  });
});
