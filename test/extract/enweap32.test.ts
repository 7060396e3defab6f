// English weapons on unseen text (thirty-second session, branch enweap32). Every text is invented, in the style of
// news headlines and leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T08:00:00+03:00';
const triples = (text: string) =>
  extractText(text, 'en', PUBLISHED).map((f) => [f.kind, f.region?.code ?? null, f.weapon] as const);
const has = (text: string, kind: string, code: string | null, weapon: string | null) =>
  triples(text).some(([k, c, w]) => k === kind && c === code && w === weapon);
const show = (text: string) => JSON.stringify(triples(text));

describe('"blitz" is a noun of a wave of weapons, as "barrage" and "onslaught" are', () => {
  it("a weapon's blitz launched on a country or a place is a strike with its weapon", () => {
    const text = 'Moscow Launches New Drone Blitz On Ukraine\u2019s Energy Plants';
    assert.ok(has(text, 'strike', null, 'uav'), show(text));
    const place = 'Russia unleashes missile blitz on Odesa before dawn';
    assert.ok(has(place, 'strike', 'UA-51', 'missile'), show(place));
  });

  it('negative cases: no weapon, a sports or media blitz, talk of one', () => {
    for (const text of [
      'Chelsea blitz Arsenal with three goals in ten minutes',
      'Kyiv launches media blitz ahead of the summit in Vilnius',
      'Officials fear a winter drone blitz could follow, analysts say',
    ])
      assert.ok(!triples(text).some(([k]) => k === 'strike'), `${text}: ${show(text)}`);
  });
});

describe('a blast that destroyed weapons on the ground is no interception', () => {
  const kinds = (text: string) => triples(text).map(([k]) => k);
  it('a subject in quotes, or with its place between it and the verb', () => {
    for (const text of [
      'A \u201cmysterious blast\u201d destroyed Russian cruise missiles stored at an airfield in Crimea, Kyiv said.',
      'Ukraine Says Blast in Crimea Destroyed Russian Kalibr Missiles',
      'An explosion near Sevastopol destroyed Russian missiles waiting to be loaded.',
    ]) {
      assert.ok(!kinds(text).includes('interception'), `${text}: ${show(text)}`);
      assert.ok(kinds(text).includes('damage'), `${text}: ${show(text)}`);
    }
  });

  it('negative cases: air defence between, a clause or a mark between', () => {
    for (const text of [
      'Explosions were heard over Kyiv as air defence destroyed 20 drones overnight.',
      'Explosions in Kyiv: air defence destroyed eight Russian drones.',
      'Blasts in Odesa, and Ukrainian forces destroyed all 12 Shahed drones.',
    ])
      assert.ok(kinds(text).includes('interception'), `${text}: ${show(text)}`);
  });
});

describe('semicolon clauses that each name a weapon of another class tell two attacks', () => {
  it('each clause keeps its own weapon, though only one names a place', () => {
    const text = 'Drone hits fuel depot near the border, governor says; rocket hits Mykolaiv port';
    assert.ok(has(text, 'strike', 'UA-48', 'rocket'), show(text));
    const other = 'Governor says a drone struck a Russian depot; missile strike injures five in Zaporizhzhia';
    assert.ok(has(other, 'strike', 'UA-23', 'missile'), show(other));
  });

  it('negative case: a class in common leaves the clauses one event, as before', () => {
    const text = 'Russia fired missiles and drones at Kyiv; drones hit a power plant';
    assert.deepEqual(
      triples(text).filter(([k]) => k === 'strike'),
      [
        ['strike', 'UA-30', 'missile'],
        ['strike', 'UA-30', 'uav'],
      ],
    );
  });
});

describe('weapon words: the singular of "glide bombs", drones based at sea', () => {
  it('"a glide bomb" is a guided bomb, "sea-based drones" unmanned boats', () => {
    const bomb = 'A Russian glide bomb hit a school in Kharkiv';
    assert.ok(has(bomb, 'strike', 'UA-63', 'guided_bomb'), show(bomb));
    const boats = 'Ukraine says it struck two landing ships with sea-based drones off Crimea';
    assert.ok(has(boats, 'strike', 'UA-43', 'unmanned_boat'), show(boats));
    assert.ok(!has(boats, 'strike', 'UA-43', 'uav'), show(boats));
  });
});

describe('a weapon with a passive launch verb aimed at a place is a strike there', () => {
  it('"drones fired at Moscow", "missiles were launched at Odesa"', () => {
    const text = 'Live: drones fired at Moscow before the Kremlin briefing';
    assert.ok(has(text, 'strike', 'RU-MOW', 'uav'), show(text));
    const other = 'Missiles were launched at Odesa overnight, the governor says';
    assert.ok(has(other, 'strike', 'UA-51', 'missile'), show(other));
  });

  it('negative cases: talk of the weapons, a downing, no place after the preposition', () => {
    for (const text of [
      'The number of drones launched at Moscow has doubled this year',
      'A report about missiles fired at Kyiv in the spring',
      'Drones fired at targets overnight, officials say',
    ])
      assert.ok(!triples(text).some(([k]) => k === 'strike'), `${text}: ${show(text)}`);
    const downed = 'Thirty drones launched at Kyiv were shot down overnight';
    assert.ok(!triples(downed).some(([k]) => k === 'strike'), show(downed));
  });
});

describe('after review: a denied or compared launch, and a clause that points back, tell no new attack', () => {
  it('a passive launch that is denied, came to nothing, or is compared is no strike', () => {
    for (const text of [
      'No drones were launched at Belgorod overnight, the governor said.',
      'Drones were launched at Kursk, but none reached the city, the governor said.',
      'More missiles were fired at Kharkiv than at Kyiv this year.',
    ])
      assert.ok(!triples(text).some(([k]) => k === 'strike'), `${text}: ${show(text)}`);
  });

  it('a semicolon clause naming the same place again or "the city" is the same attack', () => {
    for (const text of [
      'Drones hit Kharkiv; missiles also struck the city overnight.',
      'Drones hit Kharkiv overnight; missiles struck Kharkiv at dawn.',
    ]) {
      const strikes = triples(text).filter(([k]) => k === 'strike');
      assert.equal(strikes.length, 1, `${text}: ${show(text)}`);
    }
  });
});
