// More shapes of English news leads (issue 8, the thirteenth session): places around a city, trends told as growth,
// launch verbs in -ing, and the clause bounds of denials and of the land war. The texts are ours, written in the shapes
// of real leads; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const brief = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.weapon ?? null];

describe('around a city that is a region of its own is the region around it', () => {
  it('"near Moscow", "southwest of Moscow", "outside Kyiv" are Moscow Oblast and Kyiv Oblast', () => {
    const near = extract('Air defences shot down 12 drones near Moscow overnight, the mayor said.');
    assert.deepEqual(brief(near[0]), ['interception', 'RU-MOS', 'uav']);
    const compass = extract(
      'A missile was shot down over an airfield southwest of Moscow on Friday, the ministry said.',
    );
    assert.deepEqual(brief(compass[0]), ['interception', 'RU-MOS', 'missile']);
    const outside = extract('A Russian drone hit a warehouse outside Kyiv on Monday, officials said.');
    assert.deepEqual(brief(outside[0]), ['strike', 'UA-32', 'uav']);
  });

  it('in or over the city stays the city, and around any other town stays its region', () => {
    const over = extract('Air defences shot down 12 drones over Moscow overnight, the mayor said.');
    assert.deepEqual(brief(over[0]), ['interception', 'RU-MOW', 'uav']);
    const town = extract('Air defences shot down 12 drones near Kharkiv overnight, the governor said.');
    assert.deepEqual(brief(town[0]), ['interception', 'UA-63', 'uav']);
  });
});

describe('attacks told as growing in number are a trend, not an event', () => {
  it('"has intensified its attacks", "more frequent raids" give no fact', () => {
    assert.deepEqual(
      extract('Russia has intensified its drone and missile attacks on Ukrainian cities, officials said.'),
      [],
    );
    assert.deepEqual(extract('Russia is mounting more frequent drone raids on Kharkiv, the governor said.'), []);
  });

  it('the trend cancels its own clause only', () => {
    const facts = extract(
      'Russian drones hit a depot in Kharkiv overnight, as Moscow has intensified its attacks on the region.',
    );
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-63', 'uav']);
  });
});

describe('launch verbs in -ing', () => {
  it('"firing four missiles" is the launch the next sentence’s interception takes in', () => {
    const facts = extract(
      'Russia began bombarding Lviv at 2am on Sunday, firing four missiles. Two were intercepted and the other two landed in a courtyard.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.deepEqual(brief(f), ['interception', 'UA-46', 'missile']);
    assert.equal(f?.launched?.value, 4);
  });

  it('"launching 30 drones at Odesa" is a strike with no count', () => {
    const facts = extract('Ukraine accused Russia of launching 30 drones at Odesa overnight.');
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-51', 'uav']);
    assert.equal(facts[0]?.count, null);
  });

  it('firing with no weapon of the air war gives nothing', () => {
    assert.deepEqual(extract('Soldiers practised firing rifles at a range near Lviv on Sunday.'), []);
  });
});

describe('"such as" does not open a clause of its own', () => {
  it('a denial reaches past "such as"', () => {
    assert.deepEqual(
      extract('The ministry denied that weapons such as Russian drones hit a hospital in Kharkiv on Monday.'),
      [],
    );
  });

  it('"as" between two events still bounds the denial', () => {
    const facts = extract('Kyiv denied the claim as Russian drones hit a hospital in Kharkiv on Monday.');
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-63', 'uav']);
  });
});

describe('a fire between a word of the land war and a place takes the place back', () => {
  it('"firefighters were fighting the blaze in Kharkiv" places the fire', () => {
    const facts = extract(
      'A Russian drone hit a warehouse on Monday, and firefighters were fighting the blaze in Kharkiv.',
    );
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null),
      ['UA-63', 'UA-63'],
    );
  });

  it('the land war alone keeps its place', () => {
    const facts = extract('Russian shelling hit Kupiansk on Monday as fighting went on near Bakhmut, officials said.');
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null),
      ['UA-63'],
    );
  });
});

describe('people killed in attacks named with no weapon', () => {
  it('"two killed in Russian strikes", "died … in the strike": a strike of no weapon', () => {
    const facts = extract('Two killed in Russian strikes near frontline, Ukraine says');
    assert.deepEqual(brief(facts.find((f) => f.kind === 'strike')), ['strike', null, null]);
    const placed = extract('One person died and four were injured in the strike, the mayor of Kharkiv said.');
    assert.deepEqual(brief(placed.find((f) => f.kind === 'strike')), ['strike', 'UA-63', null]);
  });

  it('a tally of the war, a crash or a battle gives no strike', () => {
    const war = extract(
      'Hundreds of people have been killed in attacks on Ukrainian cities since the war began, the UN said.',
    );
    assert.equal(
      war.some((f) => f.kind === 'strike'),
      false,
    );
    assert.deepEqual(extract('Two people were killed in a car crash near Kharkiv on Monday.'), []);
    assert.deepEqual(extract('Two soldiers were killed in the battle for Bakhmut, officials said.'), []);
  });
});
