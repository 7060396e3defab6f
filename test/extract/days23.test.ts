// Places that kept a day's posts out of their incident (issue 9, twenty-third session, branches days23 and fixdays23):
// the genitive of a district's adjective read as a town that declines the same way. Every text here is invented, with
// places and dates of our choosing, in the style of real posts; what the rule does on the real days is measured by
// `sitrep eval --real-clusters` (docs/eval-clusters.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDistricts, findFacilityTowns } from '../../src/extract/common/districts.ts';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { extractText } from '../helpers/extract-text.ts';

const codes = (text: string) => findPlaces(text).map((p) => p.code);
/** Every place the three readers find: towns, districts, towns before a facility or a front. */
const all = (text: string) =>
  [...findPlaces(text), ...findDistricts(text), ...findFacilityTowns(text)].map((p) => `${p.code} ${p.text}`);

describe('the genitive of a district’s adjective is no town', () => {
  it('«Красноармейского района» is not the town Красноармейское (Samara Oblast)', () => {
    assert.deepEqual(codes('Осколками беспилотника повреждён дом в хуторе Красноармейского района'), []);
  });

  it('nor «Октябрьского городского округа», «Покровского направления»', () => {
    assert.deepEqual(codes('Дрон упал на территории Октябрьского городского округа'), []);
    assert.deepEqual(codes('Бои продолжаются на участке Покровского направления'), []);
  });

  it('the town itself, declined with no district noun after it, is still read', () => {
    assert.deepEqual(codes('Жителей Красноармейского предупредили об угрозе'), ['RU-SAM']);
  });

  it('the instrumental and dative, and adjectives sharing a plural noun, are no towns either', () => {
    assert.deepEqual(codes('Беспилотник сбит над Красноармейским районом'), []);
    assert.deepEqual(codes('Обломки упали по Красноармейскому району'), []);
    assert.deepEqual(codes('Дроны сбиты над территорией Красноармейского и Октябрьского районов'), []);
  });

  it('a town in the instrumental before «и» and a district adjective of another case is still the town', () => {
    assert.deepEqual(codes('Беспилотники сбиты под Курском и Белгородским районом'), ['RU-KRS']);
    assert.deepEqual(codes('Дроны уничтожены над Брянском и Белгородским районом'), ['RU-BRY']);
  });

  it('nor the Ukrainian forms before a district noun: «Покровського району», «Покровському районі» are Donetsk’s', () => {
    assert.deepEqual(all('Дрон збито над територією Покровського району'), ['UA-14 Покровського району']);
    assert.deepEqual(all('У Покровському районі пошкоджено будинок'), ['UA-14 Покровському районі']);
  });

  it('a post about Krasnodar Krai keeps its facts there', () => {
    const facts = extractText(
      'Беспилотники атаковали два района Краснодарского края. В станице Красноармейского района обломками дрона повреждена крыша дома.',
      'ru',
      '2024-03-10T08:00:00+03:00',
    );
    assert.deepEqual([...new Set(facts.map((f) => f.region?.code ?? null))], ['RU-KDA']);
  });
});

describe('a district the adjective names', () => {
  it('a district named after its own centre is that centre’s, not a smaller town’s a plainer reading names', () => {
    assert.deepEqual(all('Беспилотник сбит над территорией Хмельницкого района.'), ['UA-68 Хмельницкого района']);
    assert.deepEqual(all('Беспилотник сбит над территорией Кропивницкого района.'), ['UA-35 Кропивницкого района']);
  });

  it('a lone district whose name towns of comparable size in several regions share is left unplaced', () => {
    assert.deepEqual(all('Осколками беспилотника повреждён дом в хуторе Красноармейского района'), []);
  });

  it('the region named on the same line places it', () => {
    assert.deepEqual(all('В станице Красноармейского района Краснодарского края повреждена крыша.'), [
      'RU-KDA Краснодарского края',
      'RU-KDA Красноармейского района',
    ]);
  });
});
