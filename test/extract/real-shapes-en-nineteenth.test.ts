// Shapes of English news leads (issue 8, en-news-rss, nineteenth session): each test names a general rule of English
// news grammar found in several real dev leads (refs in BENCHMARKS.md, en19). The texts are ours, written in those
// shapes; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);
const brief = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];
const kinds = (text: string) => extract(text).map(brief);

describe('a pronoun at a verb of shooting down stands for the weapons told before it', () => {
  it('a phrasal verb with its pronoun object between ("shot them all down") is the interception of each weapon', () => {
    assert.deepEqual(
      kinds('Russia targeted Lviv with missiles and drones overnight; the army says it shot them all down.'),
      [
        ['interception', 'UA-46', 'missile'],
        ['interception', 'UA-46', 'uav'],
      ],
    );
  });

  it('"shoot almost all of them down" in the next sentence intercepts the weapon told before, in its place', () => {
    assert.deepEqual(
      kinds('Russian drones attacked Rivne overnight. Air defences managed to shoot almost all of them down.'),
      [['interception', 'UA-56', 'uav']],
    );
  });

  it('"destroyed all of them" after the verb, and a quantifier subject ("Several were shot down"), read the same', () => {
    assert.deepEqual(kinds('Russian drones attacked Sumy overnight. Air defences destroyed all of them.'), [
      ['interception', 'UA-59', 'uav'],
    ]);
    const facts = extract(
      'Russia fired four missiles at Poltava before dawn. Several were shot down, the governor said.',
    );
    assert.deepEqual(facts.map(brief), [['interception', 'UA-53', 'missile']]);
    // A part, how many untold: not every missile launched.
    assert.equal(facts[0]?.count, null);
  });

  it('a pronoun for other things, or with no weapon told before, is no interception', () => {
    assert.deepEqual(kinds('Farmers saw dozens of geese over the field. Hunters shot them all down.'), []);
    assert.deepEqual(kinds('Hunters saw several wolves. Several were shot down near the farm.'), []);
  });

  it('a pronoun after a weapon told before may stand for what it hit, or for others: no interception then', () => {
    // Review of en19, each after a weapon the report named: the pronoun stands for the targets, the subject is no
    // air defence, the verb is an aim, or the weapon was told sentences back.
    for (const text of [
      'Russian missiles hit homes in Dnipro. Many of them were destroyed.',
      'Russian missiles hit five houses in Dnipro. The fire that followed destroyed all of them.',
      'A Russian missile hit Odesa overnight, damaging three cars. All of them were destroyed.',
      'Russian drones attacked Sumy. Some were destroyed in the fire.',
      'Russian drones attacked Kherson. Two Russian Su-34 bombers also flew near the city, and Ukrainian pilots shot them down.',
      'Russian drones attacked Kherson overnight. Ukrainian troops later found the saboteurs who guided them and eliminated them.',
      'Russia fired 12 missiles at Lviv. Kyiv asked allies for more systems to shoot them down.',
      'Russian drones attacked Sumy. The city council met. Officials spoke. Several were destroyed last year.',
      'Russian drones attacked Rivne overnight. Air defences tried to shoot them down.',
    ])
      assert.ok(!kinds(text).some((f) => f[0] === 'interception'), text);
  });

  it('"shot many of them down", "shot both of them down": every quantifier of the list in the phrasal verb', () => {
    assert.deepEqual(kinds('Russian drones attacked Odesa overnight. Air defences shot many of them down.'), [
      ['interception', 'UA-51', 'uav'],
    ]);
    assert.deepEqual(kinds('Russia fired two missiles at Odesa. Ukrainian pilots shot both of them down.'), [
      ['interception', 'UA-51', 'missile'],
    ]);
  });
});

describe('a weapon used to strike ("used drones to hit an airfield") is a strike with it', () => {
  it('the past "used", the weapon, "to" and a verb of striking: a strike, in the place the clause names', () => {
    assert.deepEqual(kinds('Ukraine used long-range missiles to target a fuel depot near Bryansk.'), [
      ['strike', 'RU-BRY', 'missile'],
    ]);
    assert.deepEqual(kinds('The partisans said they had used small drones to strike a radar plane.'), [
      ['strike', null, 'uav'],
    ]);
  });

  it('a target told by its side and placed nowhere takes no place of another sentence', () => {
    assert.deepEqual(
      kinds(
        'Ukraine used long-range missiles to strike Russian helicopters\n\nIt was the first such strike, which Kyiv had long asked for.',
      ),
      [['strike', null, 'missile']],
    );
  });

  it('"used to strike" with no weapon between is a past habit, and "has used" a practice: no strike from them', () => {
    assert.deepEqual(kinds('The regiment used to strike positions near the river every spring.'), []);
    assert.deepEqual(kinds('The navy has used sea drones to hit ships in the past, analysts note.'), []);
  });

  it('a passive, another "to" between, "has repeatedly used" or a span of time: no strike', () => {
    // Review of en19.
    for (const text of [
      'The donated money was used to buy drones to strike Russian positions.',
      'Russia has repeatedly used Iranian drones to strike Odesa.',
      'Russia used Iranian drones throughout the winter to strike Odesa.',
    ])
      assert.deepEqual(kinds(text), [], text);
  });
});

describe('an attack noun whose clause is hedged or still to come ("a drone attack in Kharkiv is likely tonight") tells none', () => {
  it('a noun with its place or target, then "is likely", "are expected", "is imminent": no strike, whichever rule read it', () => {
    for (const text of [
      'Officials said a drone attack in Kherson is likely tonight.',
      'A massive missile strike on Lviv is expected within days, the air force warned.',
      'Kyiv says the largest drone attack of the winter is imminent.',
      'New drone strikes on Belgorod are coming, a Ukrainian commander told reporters.',
    ])
      assert.deepEqual(kinds(text), [], text);
  });

  it('a definite or possessive noun, a verb, a relative clause or "is likely to" + verb keeps the strike told', () => {
    // Review of en19: each tells an attack that happened.
    for (const [text, region] of [
      ["Sunday's missile strike on Kyiv is likely to prompt new calls for air defence.", 'UA-30'],
      ['The drone attack on Kyiv overnight is likely to have been launched from Bryansk.', 'UA-30'],
      ['Drones strike Moscow ahead of a parade that is expected to draw crowds.', 'RU-MOW'],
      ['Ukraine used ATACMS to strike airfields in Berdiansk where more jets are expected.', 'UA-23'],
      ['A missile strike on the Odesa port where grain ships are expected killed two workers.', 'UA-51'],
      [
        'A drone attack on the Kyiv power plant whose repairs are expected by May left thousands without power.',
        'UA-30',
      ],
    ] as const)
      assert.deepEqual(
        kinds(text)
          .filter((f) => f[0] === 'strike')
          .map((f) => f[1]),
        [region],
        text,
      );
  });

  it('a told attack keeps its strike when another predicate forecasts more', () => {
    assert.deepEqual(kinds('Russian drones attacked Kherson overnight and more are expected tonight.'), [
      ['strike', 'UA-65', 'uav'],
    ]);
    assert.deepEqual(
      kinds('A drone attack on Kherson killed two people, and more strikes are expected.').filter(
        (f) => f[0] === 'strike',
      ),
      [['strike', 'UA-65', 'uav']],
    );
  });
});

describe('a capital that acts, finds or refuses ("Kyiv has found a way", "Moscow refuses") is the state, not a place', () => {
  const regions = (text: string) => extract(text).map((f) => f.region?.code ?? null);

  it('the state verbs leave the capital out of every fact', () => {
    assert.deepEqual(regions('Explosions at an airbase raise the possibility Kyiv has found a way to hit bombers'), [
      null,
    ]);
    assert.deepEqual(
      regions('Drones hit a depot, and officials said Kyiv may have acquired a new long-range weapon.'),
      [null],
    );
    // The attack stays, in its own place; Moscow is the state.
    assert.deepEqual(regions('Drone attacks on ports in Crimea come after Moscow refuses to extend the grain deal'), [
      'UA-43',
    ]);
    assert.deepEqual(kinds('Kyiv downs Russian missiles over Odesa'), [['interception', 'UA-51', 'missile']]);
  });

  it('a capital after the attack noun\'s "on" is the target, whatever state verb follows', () => {
    // Review of en19.
    assert.deepEqual(regions('Russian drone strike on Kyiv downs power lines.'), ['UA-30', 'UA-30']);
    assert.deepEqual(regions('A Ukrainian drone attack on Moscow acknowledged by the mayor damaged two buildings.'), [
      'RU-MOW',
      'RU-MOW',
    ]);
  });

  it('a capital after a preposition of place, or as the target, stays the place', () => {
    assert.deepEqual(regions('Drones hit a depot in Kyiv, and officials said Moscow may have used a new weapon.'), [
      'UA-30',
    ]);
  });
});
