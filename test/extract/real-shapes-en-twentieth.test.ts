// Shapes of English news leads (issue 8, en-news-rss, twentieth session): each test names a general rule of English
// news grammar found in several real dev leads (refs in BENCHMARKS.md, en20). The texts are ours, written in those
// shapes; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, lang: Lang = 'en', published = '2023-05-04T08:00:00+00:00'): Fact[] =>
  extractText(text, lang, published);
const brief = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];
const kinds = (text: string, lang: Lang = 'en') => extract(text, lang).map(brief);

describe('a seat of power after a target preposition is a place of its city', () => {
  it('"a drone attack on the Kremlin" is a strike on Moscow', () => {
    assert.deepEqual(kinds('Russia blames Kyiv for an overnight drone attack on the Kremlin.'), [
      ['strike', 'RU-MOW', 'uav'],
    ]);
  });

  it('a headline without the article ("Drone Attacks on Kremlin") reads the same', () => {
    assert.deepEqual(kinds('Moscow Says Drone Attacks on Kremlin Targeted the President'), [
      ['strike', 'RU-MOW', 'uav'],
    ]);
  });

  it('"explosions at the Kremlin" are explosions in Moscow', () => {
    assert.deepEqual(kinds('Two explosions at the Kremlin overnight left questions unanswered.'), [
      ['explosion', 'RU-MOW', null],
    ]);
  });

  it('the Russian dative after «по» reads the same', () => {
    assert.deepEqual(kinds('Ночью ВСУ попытались нанести удар беспилотниками по Кремлю.', 'ru'), [
      ['strike', 'RU-MOW', 'uav'],
    ]);
  });

  it('the seat as the state (a speaker, an adjective, "in the Kremlin", a possessive) is no place', () => {
    assert.deepEqual(kinds('The Kremlin said drones attacked Belgorod overnight.'), [['strike', 'RU-BEL', 'uav']]);
    assert.deepEqual(kinds('Kremlin officials said a drone hit a depot.'), [['strike', null, 'uav']]);
    assert.deepEqual(kinds('Hawks in the Kremlin were said to want more missile strikes, but a drone hit a depot.'), [
      ['strike', null, 'uav'],
    ]);
    assert.deepEqual(kinds('A Ukrainian drone struck a depot in one of the biggest attacks on the Kremlin’s forces.'), [
      ['strike', null, 'uav'],
    ]);
    assert.deepEqual(kinds('В Кремле заявили, что ночью беспилотник атаковал Белгород.', 'ru'), [
      ['strike', 'RU-BEL', 'uav'],
    ]);
  });
});

describe('a strike told of no region does not take in the blasts told of places', () => {
  it('a country-wide wave, then explosions heard in named cities: an explosion in each city beside the wave', () => {
    assert.deepEqual(
      kinds('Russia fired more than 50 missiles at targets across Ukraine. Explosions were heard in Kyiv and Odesa.'),
      [
        ['strike', null, 'missile'],
        ['explosion', 'UA-30', null],
        ['explosion', 'UA-51', null],
      ],
    );
  });

  it('the Russian roundup reads the same', () => {
    assert.deepEqual(
      kinds('Ночью Россия нанесла массированный удар ракетами по всей Украине. Взрывы звучали в Кривом Роге.', 'ru'),
      [
        ['strike', null, 'missile'],
        ['explosion', 'UA-12', null],
      ],
    );
  });

  it('a strike of the same place still says what the blast was', () => {
    assert.deepEqual(kinds('A Russian missile hit a substation in Lviv overnight. Explosions were heard in Lviv.'), [
      ['strike', 'UA-46', 'missile'],
    ]);
  });
});

describe('a capital that presses its own campaign is its state, not a place', () => {
  it('"as Kyiv lodges its counteroffensive" leaves the context with the place named before', () => {
    assert.deepEqual(
      kinds('Russia says it shot down two drones near Moscow as Kyiv lodges its counteroffensive. No one was hurt.'),
      [
        ['interception', 'RU-MOS', 'uav'],
        ['casualties', 'RU-MOS', null],
      ],
    );
  });

  it('"Kyiv has stepped up strikes" and "as Kyiv presses an offensive" name no place for an attack told of none', () => {
    assert.deepEqual(
      kinds('Ukraine Hits Russian Fuel Depot. Kyiv has stepped up strikes on depots behind the lines.'),
      [['strike', null, null]],
    );
    assert.deepEqual(kinds('A bridge was hit by missiles as Kyiv presses an offensive in the south.'), [
      ['strike', null, 'missile'],
    ]);
  });

  it('the capital struck or named after a preposition stays a place', () => {
    assert.deepEqual(kinds('Russian missiles hit Kyiv overnight as air defences pressed on.'), [
      ['strike', 'UA-30', 'missile'],
    ]);
  });
});
