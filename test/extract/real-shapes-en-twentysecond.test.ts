// Shapes of English news leads (issue 8, en-news-rss, twenty-second session): each test names a general rule of English
// news grammar found in several real dev leads (refs in BENCHMARKS.md, en22). The texts are ours, written in those
// shapes; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string): Fact[] => extractText(text, 'en', '2023-05-04T08:00:00+00:00');
const brief = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];
const kinds = (text: string) => extract(text).map(brief);

describe('a place named right before the weapon of an attack noun is where the attack struck', () => {
  it('"the Moscow drone strike" is a strike in Moscow', () => {
    assert.deepEqual(kinds('Residents Count the Cost of the Moscow Drone Strike'), [['strike', 'RU-MOW', 'uav']]);
  });

  it('"after Kherson missile attack" is a strike in Kherson, its place read from the name alone', () => {
    const facts = extract('Mayor visits families after Kherson missile attack');
    assert.deepEqual(facts.map(brief), [['strike', 'UA-65', 'missile']]);
    assert.equal(facts[0]?.fields.region?.text, 'Kherson');
  });

  it('a Title Case object between the place and the weapon ("Odesa Theatre Missile Strike") keeps the place', () => {
    assert.deepEqual(kinds('Crowds Gather After Odesa Theatre Missile Strike'), [['strike', 'UA-51', 'missile']]);
  });

  it('a plural or a sea gives no strike there', () => {
    for (const text of ['Kyiv missile strikes: a timeline of the winter', 'Black Sea drone attack footage released'])
      assert.ok(!extract(text).some((f) => f.kind === 'strike' && f.region !== null), text);
  });

  it('the attack talked of in its clause (a charge, a time after, a reply, an anniversary, survivors) is none', () => {
    for (const text of [
      'Court charged two soldiers this week over the Vinnytsia missile strike.',
      'A year after the Dnipro missile strike, the block is rebuilt.',
      'Minister says Moscow will respond to Kyiv drone attack',
      'Sumy drone attack anniversary marked with a service',
      'Zhytomyr drone strike survivors tell their story',
    ])
      assert.deepEqual(extract(text), [], text);
  });
});

describe("a weapon's plural attack noun reported or dated as it happened is news, not a trend", () => {
  it('"reports more drone attacks" is a strike with the weapon and no region', () => {
    assert.deepEqual(kinds('Ukraine reports more Russian drone attacks'), [['strike', null, 'uav']]);
  });

  it('"a second night of missile strikes in the Kherson region" is a strike there', () => {
    assert.deepEqual(kinds('A second night of missile strikes in the Kherson region'), [
      ['strike', 'UA-65', 'missile'],
    ]);
  });

  it('"drone attacks are reported in the Kursk region" and "drone attacks continue on Sumy" are strikes there', () => {
    assert.deepEqual(kinds('The talks open as fresh drone attacks are reported in the Kursk region.'), [
      ['strike', 'RU-KRS', 'uav'],
    ]);
    assert.deepEqual(kinds('Drone attacks continue on Sumy'), [['strike', 'UA-59', 'uav']]);
  });

  it('a trend, a habit or a single attack whose report is of its effects gives no strike from the noun', () => {
    for (const text of [
      'Drone attacks have become common in border towns',
      'Analysts say missile strikes on cities will shape the winter',
    ])
      assert.deepEqual(extract(text), [], text);
    assert.ok(!extract('Mayor reports no damage in drone attack').some((f) => f.kind === 'strike'));
  });
});

describe('an attack told as attempted did not get through: an interception of its weapon', () => {
  it('"a drone attempted to strike a depot in the Bryansk region" is an interception there, one drone', () => {
    const facts = extract('A drone attempted to strike a fuel depot in the Bryansk region, the governor said.');
    assert.deepEqual(facts.map(brief), [['interception', 'RU-BRY', 'uav']]);
    assert.equal(facts[0]?.count?.value, 1);
  });

  it('"attempted drone attacks" and "attempted a drone strike on" are interceptions, not strikes', () => {
    assert.deepEqual(kinds('Kyiv reports scores of attempted drone attacks overnight.'), [
      ['interception', null, 'uav'],
    ]);
    assert.deepEqual(kinds('Ukraine attempted a drone strike on Kursk, the ministry claimed.'), [
      ['interception', 'RU-KRS', 'uav'],
    ]);
  });

  it('an attempt at anything else, or an attack with no attempt, keeps its reading', () => {
    assert.deepEqual(extract('Officials attempted to downplay the damage.'), []);
    assert.deepEqual(kinds('A drone struck a fuel depot in the Bryansk region.'), [['strike', 'RU-BRY', 'uav']]);
  });
});

describe('a target a weapon destroyed is damage there, whether or not the lexicon lists it', () => {
  it('"a missile destroyed the Ocean Cafe in the city of Sloviansk" is a strike and damage there', () => {
    assert.deepEqual(
      kinds('A Russian missile destroyed the Ocean Cafe in the city of Sloviansk on Tuesday.').filter(
        (b) => b[0] !== 'casualties',
      ),
      [
        ['strike', 'UA-14', 'missile'],
        ['damage', 'UA-14', null],
      ],
    );
  });

  it('a weapon the verb destroyed stays an interception, with no damage', () => {
    const facts = extract('An air defence missile destroyed the drone over Sloviansk.');
    assert.ok(facts.length > 0 && facts.every((f) => f.kind === 'interception'));
  });
});

describe('a weapon that destroyed a side\'s thing, in a headline with no article or after "has", struck it', () => {
  it('"Russian drone destroys Ukrainian warplane near Kupiansk" is a strike there, not an interception', () => {
    assert.deepEqual(
      kinds('Russian drone destroys Ukrainian warplane near Kupiansk').map((b) => b.slice(0, 2)),
      [
        ['strike', 'UA-63'],
        ['damage', 'UA-63'],
      ],
    );
  });

  it('"a drone has destroyed a Russian bomber in the Belgorod region" is a strike and damage', () => {
    assert.deepEqual(
      kinds('A Ukrainian drone has destroyed a Russian bomber in the Belgorod region.').map((b) => b[0]),
      ['strike', 'damage'],
    );
  });

  it("a side's weapons destroyed stay an interception", () => {
    assert.deepEqual(kinds('Air defence destroyed Russian drones over Kyiv'), [['interception', 'UA-30', 'uav']]);
  });
});
