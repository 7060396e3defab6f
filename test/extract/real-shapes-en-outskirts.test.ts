// More shapes of English news leads (issue 8, the thirteenth session): places around a city, trends told as growth,
// launch verbs in -ing, the clause bounds of denials and of the land war, and tolls of attacks named with no weapon.
// Every sentence here is our own invention (its wording, numbers and places), written to exercise one rule; no lead is
// copied or paraphrased. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const brief = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.weapon ?? null];

describe('around a city that is a region of its own is the region around it', () => {
  it('"near Moscow", "northwest of Moscow", "outside Kyiv" are Moscow Oblast and Kyiv Oblast', () => {
    const near = extract('Nine drones were shot down near Moscow late on Tuesday, according to the city authorities.');
    assert.deepEqual(brief(near[0]), ['interception', 'RU-MOS', 'uav']);
    const compass = extract('On Thursday a missile was shot down northwest of Moscow, the defence ministry reported.');
    assert.deepEqual(brief(compass[0]), ['interception', 'RU-MOS', 'missile']);
    const outside = extract('Officials said a Russian drone struck a grain store outside Kyiv early on Wednesday.');
    assert.deepEqual(brief(outside[0]), ['strike', 'UA-32', 'uav']);
  });

  it('in or over the city stays the city, and around any other town stays its region', () => {
    const over = extract('Seven drones were shot down over Moscow on Tuesday night, the mayor wrote.');
    assert.deepEqual(brief(over[0]), ['interception', 'RU-MOW', 'uav']);
    const town = extract('Seven drones were shot down near Sumy on Tuesday night, the regional governor wrote.');
    assert.deepEqual(brief(town[0]), ['interception', 'UA-59', 'uav']);
  });

  it('a possessive and "in and around" are the city itself', () => {
    const station = extract("A drone hit a building near Kyiv's central railway station on Monday.");
    assert.deepEqual(
      station.map((f) => f.region?.code ?? null),
      ['UA-30'],
    );
    const around = extract('Explosions were heard in and around Kyiv early on Friday.');
    assert.deepEqual(
      around.map((f) => f.region?.code ?? null),
      ['UA-30'],
    );
  });

  it('a near distance is around the city; a far one names no region of it; "miles of" needs "within"', () => {
    const close = extract('A drone was shot down 20 km east of Moscow on Sunday, the mayor said.');
    assert.deepEqual(brief(close[0]), ['interception', 'RU-MOS', 'uav']);
    const within = extract('Two drones were shot down within 30 miles of Moscow on Sunday, the mayor said.');
    assert.deepEqual(brief(within[0]), ['interception', 'RU-MOS', 'uav']);
    const far = extract('Ukrainian drones struck an oil depot about 800 km east of Moscow on Saturday.');
    assert.equal(far.length > 0, true);
    assert.equal(
      far.some((f) => f.region?.code === 'RU-MOS' || f.region?.code === 'RU-MOW'),
      false,
    );
  });
});

describe('attacks told as growing in number are a trend, not an event', () => {
  it('"has intensified its attacks", "more frequent raids" give no fact', () => {
    assert.deepEqual(extract('Moscow has intensified its missile strikes on towns near the border, analysts say.'), []);
    assert.deepEqual(extract('Residents of Sumy describe more frequent night-time drone attacks on the city.'), []);
  });

  it('the trend cancels its own clause only', () => {
    const facts = extract(
      'Russian drones hit a garage in Sumy on Tuesday, while Moscow has intensified its strikes across the north.',
    );
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-59', 'uav']);
  });
});

describe('launch verbs in -ing', () => {
  it('"firing six missiles" is the launch the next sentence’s interception takes in', () => {
    const facts = extract(
      'Russian forces struck Dnipro before dawn on Thursday, firing six missiles. Five were intercepted, and one damaged a shop.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.deepEqual(brief(f), ['interception', 'UA-12', 'missile']);
    assert.equal(f?.launched?.value, 6);
  });

  it('"launching 45 drones at Mykolaiv" is a strike with no count', () => {
    const facts = extract('The governor accused Russia of launching 45 drones at Mykolaiv on Friday.');
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-48', 'uav']);
    assert.equal(facts[0]?.count, null);
  });

  it('firing with no weapon of the air war gives nothing', () => {
    assert.deepEqual(extract('Cadets spent Tuesday firing rifles at a training ground outside Poltava.'), []);
  });
});

describe('"such as" does not open a clause of its own', () => {
  it('a denial reaches past "such as"', () => {
    assert.deepEqual(
      extract('Officials denied that munitions such as Russian missiles struck a school in Sumy on Friday.'),
      [],
    );
  });

  it('"as" between two events still bounds the denial', () => {
    const facts = extract('Moscow denied the report as Russian missiles struck a school in Sumy on Friday.');
    assert.deepEqual(brief(facts[0]), ['strike', 'UA-59', 'missile']);
  });
});

describe('a fire between a word of the land war and a place takes the place back', () => {
  it('"crews were fighting a blaze in Poltava" places the fire', () => {
    const facts = extract('A Russian missile struck a depot on Tuesday, and crews were fighting a blaze in Poltava.');
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null),
      ['UA-53', 'UA-53'],
    );
  });

  it('the land war alone keeps its place', () => {
    const facts = extract(
      'Russian shelling struck Chuhuiv on Friday while fighting went on near Avdiivka, the army said.',
    );
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null),
      ['UA-63'],
    );
  });
});

describe('people killed in attacks named with no weapon', () => {
  it('"three injured in Ukrainian strikes", "died … in the attack": a strike of no weapon', () => {
    const facts = extract('Three injured in Ukrainian strikes on border area, officials say');
    assert.deepEqual(brief(facts.find((f) => f.kind === 'strike')), ['strike', null, null]);
    const placed = extract('Two people were hurt and one died in the attack, the governor of Sumy said.');
    assert.deepEqual(brief(placed.find((f) => f.kind === 'strike')), ['strike', 'UA-59', null]);
  });

  it('a tally of the war, a crash or a battle gives no strike', () => {
    const war = extract(
      'Dozens of civilians have died in attacks on towns in the south since the invasion, monitors said.',
    );
    assert.equal(
      war.some((f) => f.kind === 'strike'),
      false,
    );
    assert.deepEqual(extract('Three people died in a bus crash outside Poltava on Friday.'), []);
    assert.deepEqual(extract('Four soldiers died in the battle for Avdiivka, the army said.'), []);
  });

  it('a tally over a period gives no strike, though it counts people', () => {
    const tally = extract(
      '500 civilians have been killed in Russian attacks since the start of the year, the UN said.',
    );
    assert.equal(
      tally.some((f) => f.kind === 'strike'),
      false,
    );
  });

  it('a side that is no side of this war gives no strike', () => {
    const other = extract('Two people were killed in Israeli airstrikes on Beirut, Lebanese officials said.');
    assert.equal(
      other.some((f) => f.kind === 'strike'),
      false,
    );
    const ours = extract('Two people were killed in Russian strikes, officials in Sumy said.');
    assert.deepEqual(brief(ours.find((f) => f.kind === 'strike')), ['strike', 'UA-59', null]);
    // A headline in title case keeps its short words out of the names.
    const title = extract('Three Hurt In The Attack, Governor Of Sumy Says');
    assert.deepEqual(brief(title.find((f) => f.kind === 'strike')), ['strike', 'UA-59', null]);
  });
});

describe('"later this week" is ahead of publication', () => {
  it('a threat for later this week gives no strike', () => {
    const threat = extract('Russia will hit Kyiv with 100 drones later this week, Zelensky warned.');
    assert.equal(
      threat.some((f) => f.kind === 'strike'),
      false,
    );
  });
});
