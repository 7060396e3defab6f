// Defects an independent review found in the fifteenth session's launch-area and English rules. The texts are ours,
// invented in the shapes the review named; each case failed before its fix, and each rule keeps its positive case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, lang: Lang = 'en'): Fact[] => extractText(text, lang, '2024-05-10T08:00:00+00:00');
const regions = (facts: Fact[]) => [...new Set(facts.map((f) => f.region?.code ?? null))];

describe('a from-phrase is a launch area only beside its launch verb', () => {
  it('"debris from one drone hit Kyiv": a weapon after "from" is what came, not where from', () => {
    const facts = extract('Russia launched 20 drones overnight, and debris from one drone hit Kyiv.');
    assert.ok(regions(facts).includes('UA-30'));
  });

  it('"evacuated from Sumy" in a clause after the launch\'s is no launch area', () => {
    const facts = extract(
      'Russia launched 50 drones overnight, and residents were evacuated from Sumy after a drone hit a school.',
    );
    assert.ok(regions(facts).includes('UA-59'));
  });

  it('«з ночі», «із самого ранку» before the place and a launch verb after it tell a time', () => {
    assert.deepEqual(regions(extract('З ночі Харківщину атакували ворожі дрони.', 'uk')), ['UA-63']);
    assert.deepEqual(regions(extract('Із самого ранку Одесу атакували ударні БпЛА, є влучання.', 'uk')), ['UA-51']);
  });

  it('"evacuated from the Sumy region" with no launch verb at all: "from the" alone makes no launch area', () => {
    const facts = extract('Residents were evacuated from the Sumy region after a drone hit a school.');
    assert.deepEqual(regions(facts), ['UA-59']);
    const launched = extract('Drones launched from the Kursk region hit a depot in Sumy.');
    assert.deepEqual(regions(launched), ['UA-59']);
  });

  it('a launch verb before a long from-phrase, or after a bare one, still names the launch area', () => {
    const crimea = extract('Russian drones fired from the Russian-occupied region of Crimea hit Odesa overnight.');
    assert.deepEqual(regions(crimea), ['UA-51']);
    const tambov = extract('Из Тамбовской области были запущены семь ракет по Киеву.', 'ru');
    assert.deepEqual(regions(tambov), ['UA-30']);
  });
});

describe('a counted launch at "the city" is the city named before, not the country', () => {
  it('"launched 12 drones at the city" after a sentence on Kharkiv', () => {
    const facts = extract(
      'Explosions rocked Kharkiv overnight. Russia launched 12 drones at the city, the mayor said.',
    );
    assert.deepEqual(regions(facts), ['UA-63']);
  });

  it('"fired 5 missiles at the city centre"', () => {
    const facts = extract(
      'Kharkiv came under a massive attack. Russian forces fired 5 missiles at the city centre, killing two people.',
    );
    assert.deepEqual(regions(facts), ['UA-63']);
  });

  it('«выпустила по городу 12 беспилотников»', () => {
    const facts = extract('Ночью враг атаковал Харьков. Россия выпустила по городу 12 беспилотников.', 'ru');
    assert.deepEqual(regions(facts), ['UA-63']);
  });

  it("a counted launch at the country, or at nothing named, stays the country's", () => {
    const facts = extract('Drones hit Kherson overnight. Russia fired 38 drones at Ukraine overnight.');
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null),
      ['UA-65', null],
    );
  });
});

describe('a weapon of the defence that destroyed something shot it down', () => {
  const kinds = (text: string) => extract(text).map((f) => f.kind);

  it('"an air defence missile destroyed the target", "Patriot missiles destroyed the incoming threat"', () => {
    assert.deepEqual(kinds('An air defence missile destroyed the target over Kyiv overnight.'), ['interception']);
    assert.deepEqual(kinds('Ukrainian Patriot missiles destroyed the incoming threat over Kyiv.'), ['interception']);
  });

  it('"a missile intercepted the bomber": a verb of intercepting takes no target', () => {
    assert.equal(
      kinds('A Ukrainian missile intercepted the Russian bomber over Bryansk region.').includes('strike'),
      false,
    );
  });

  it('a weapon with no word of the defence that destroyed a building struck it', () => {
    assert.deepEqual(kinds('A Russian missile destroyed the cafe in the centre of Sloviansk.'), ['strike']);
  });
});
