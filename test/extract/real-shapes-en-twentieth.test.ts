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
    assert.deepEqual(kinds('Russia accuses Kyiv of a second drone attack on the Kremlin.'), [
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
    assert.deepEqual(kinds('A Ukrainian drone struck a depot in one of the largest raids yet on the Kremlin’s army.'), [
      ['strike', null, 'uav'],
    ]);
    assert.deepEqual(kinds('В Кремле заявили, что ночью беспилотник атаковал Белгород.', 'ru'), [
      ['strike', 'RU-BEL', 'uav'],
    ]);
  });

  // fixen20: a target preposition is the seat's only when it ends an attack word; before, any "on / at / against /
  // into" made the Kremlin Moscow (review of en20, 1).
  it('a preposition that ends no attack word ("speaking at", "pressure on", "called on", "sanctions against") is no place', () => {
    for (const text of [
      'Addressing reporters at the Kremlin, the president said drones attacked a fuel depot.',
      'The prime minister met the envoy at the Kremlin as Russian missiles hit a substation.',
      'Pressure on the Kremlin mounted after a drone struck a grain terminal.',
      'The mayor called on the Kremlin to halt the shelling after a missile hit a hospital.',
      'Fresh sanctions against the Kremlin came into force after a drone hit a warehouse.',
      'Aides at the Kremlin blamed Ukraine for the blast after a drone hit a depot.',
      // the review's own cases
      'Speaking at the Kremlin, Putin said drones attacked an oil depot.',
      'Western pressure on the Kremlin grew after a drone hit an oil depot.',
      'New sanctions against the Kremlin were announced after a drone hit a depot.',
    ]) {
      assert.ok(
        extract(text).every((f) => f.region?.code !== 'RU-MOW'),
        `${text} -> ${JSON.stringify(kinds(text))}`,
      );
    }
  });

  it('a preposition that ends an attack word, a weapon between in Russian, still places the seat', () => {
    assert.deepEqual(kinds('Officials reported a loud blast at the Kremlin before dawn.'), [
      ['explosion', 'RU-MOW', null],
    ]);
    assert.deepEqual(kinds('Ночью был нанесён удар дронами по Кремлю.', 'ru'), [['strike', 'RU-MOW', 'uav']]);
  });

  // fixen20: the bare form before a lower-case noun modifies it (review of en20, 2).
  it('"Kremlin" before a lower-case noun ("Kremlin officials", "Kremlin critics") is the state even after an attack', () => {
    for (const text of [
      'The drone attack on Kremlin loyalists in the city council left the chamber empty as a drone hit a depot.',
      'A campaign of strikes on Kremlin assets abroad was discussed after a drone hit a warehouse.',
      'The crackdown on Kremlin critics continued as a drone hit a depot.',
    ]) {
      assert.ok(
        extract(text).every((f) => f.region?.code !== 'RU-MOW'),
        `${text} -> ${JSON.stringify(kinds(text))}`,
      );
    }
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
      kinds(
        'Three drones were downed over the Bryansk region as Kyiv lodges its summer push, the governor said. Nobody was injured.',
      ),
      [
        ['interception', 'RU-BRY', 'uav'],
        ['casualties', 'RU-BRY', null],
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

  // fixen20: the bare verbs made the capital the state where it is the place (review of en20, 3 and 4); the capital
  // stands right before the verb here, so these fail when "presses" or "has stepped up" alone is a state word.
  it('the capital that presses on or ahead, or steps up its security, stays the place', () => {
    assert.deepEqual(kinds('Odesa presses ahead with repairs after a missile strike on a port terminal.'), [
      ['strike', 'UA-51', 'missile'],
    ]);
    assert.deepEqual(kinds('Kyiv presses ahead with repairs after a missile strike on a substation.'), [
      ['strike', 'UA-30', 'missile'],
    ]);
    assert.deepEqual(
      kinds('Moscow presses on with the clean-up after a drone attack damaged an office block.').map((f) => f[1]),
      ['RU-MOW', 'RU-MOW'],
    );
    assert.ok(
      extract('Moscow has stepped up security after a drone hit an apartment block.').some(
        (f) => f.kind === 'strike' && f.region?.code === 'RU-MOW',
      ),
    );
  });

  it('"Kyiv has stepped up attacks against bridges" is the state, the attack it steps up no event of its own', () => {
    assert.deepEqual(kinds('Kyiv has stepped up attacks against bridges in the south. A missile hit a bridge.'), [
      ['strike', null, 'missile'],
    ]);
  });

  it('"Kyiv has stepped up its strikes" is the state as "Kyiv has stepped up strikes" is', () => {
    assert.deepEqual(kinds('Kyiv has stepped up its strikes on fuel sites. A drone hit a depot.'), [
      ['strike', null, 'uav'],
    ]);
  });
});
