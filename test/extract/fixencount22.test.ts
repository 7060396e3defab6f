// Review of encount22 (twenty-second session): each test is an invented text in the shape the review named, where a
// rule of encount22 counted, merged or dropped what it should not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string): Fact[] => extractText(text, 'en', '2023-05-04T08:00:00+00:00');
const c = (n: Fact['count']) => (n === null ? null : (n.value ?? `${n.min ?? ''}..${n.max ?? ''}`));
const counts = (text: string) =>
  extract(text).flatMap((f) => (f.count === null ? [] : [[f.kind, f.weapon, c(f.count)]]));

describe('a bare singular weapon counts one only when it is the noun, not a word before another noun', () => {
  for (const text of [
    'Moscow says it repelled drone attacks on Belgorod region',
    'Russia says it intercepted missile strikes on Belgorod',
    'Russia says it destroyed Ukrainian drone and missile attacks on Crimea',
    'Ukraine shot down drone swarm over Odesa',
    'The cheapest way to shoot down drone swarms is with guns',
    'How Ukraine shot down drone carriers over the Black Sea',
    'Forces destroyed Russian missile launcher near Kherson',
    'Russia says it destroyed Ukrainian drone factory in Kharkiv',
    'Air defences shot down most drone targets over Kyiv',
    'Russia says it intercepted drone strikes on Kursk',
  ]) {
    it(`no count: ${text}`, () => assert.deepEqual(counts(text), []));
  }

  it('still one: the noun before a place, the clause end or a conjunction with another bare weapon', () => {
    assert.deepEqual(counts('Russia says it shot down Ukrainian drone over Bryansk region'), [
      ['interception', 'uav', 1],
    ]);
    assert.deepEqual(counts('Moscow says air defences shot down Ukrainian drone.'), [['interception', 'uav', 1]]);
    // the noun as the subject of its own fall, damage or strike
    assert.deepEqual(counts('Moscow says it downed drone targeting Kursk'), [['interception', 'uav', 1]]);
    assert.deepEqual(counts('Wreckage from downed missile fell on a school in Kyiv'), [['interception', 'missile', 1]]);
  });
});

describe('the gap between the verb and a bare singular holds adjectives only', () => {
  for (const text of [
    'Air defence shot down every drone launched at Kyiv',
    'Air defence shot down each drone launched at Kyiv',
    'Air defences shot down drone after drone',
    'Russia has not shot down any drone over Moscow',
    'Every drone shot down over Kyiv saves lives',
  ]) {
    it(`no count: ${text}`, () => assert.deepEqual(counts(text), []));
  }

  it('the agent’s weapon after "by" is no weapon downed', () => {
    const facts = extract('Russian helicopter shot down by Ukrainian drone over Kherson');
    assert.deepEqual(
      facts.filter((f) => f.weapon === 'uav' && f.count !== null).map((f) => [f.kind, c(f.count)]),
      [],
    );
  });
});

describe('two bare weapons of one verb keep a fact each', () => {
  const downed = (text: string) =>
    extract(text)
      .flatMap((f) => (f.kind === 'interception' ? [[f.weapon, c(f.count)]] : []))
      .sort();

  it('"shot down drone and missile" is a drone and a missile', () => {
    assert.deepEqual(downed('Ukraine shot down drone and missile over Kyiv'), [
      ['missile', 1],
      ['uav', 1],
    ]);
  });

  it('the count’s evidence is the weapon noun', () => {
    const fact = extract('Russia says it shot down Ukrainian drone over Bryansk region').find(
      (f) => f.kind === 'interception',
    );
    assert.equal(fact?.fields.count?.text, 'drone');
  });

  it('negative: "drone and missile targets" counts neither', () => {
    assert.deepEqual(counts('Forces shot down drone and missile targets over Kyiv'), []);
    assert.deepEqual(counts('Forces shot down drone and missile barrage over Kyiv'), []);
  });
});

describe('the air force’s count keeps the region its own sentence points back to', () => {
  const counted = (text: string) =>
    extract(text).flatMap((f) => (f.kind === 'interception' ? [[f.region?.code ?? null, c(f.count)]] : []));

  it('"over the region", "over the city"', () => {
    assert.deepEqual(
      counted(
        "Russia attacks Odesa region\n\nUkraine's air force said it destroyed 25 drones over the region overnight.",
      ),
      [['UA-51', 25]],
    );
    assert.deepEqual(
      counted("Russia attacks Odesa\n\nUkraine's air force said it destroyed 25 drones over the city overnight."),
      [['UA-51', 25]],
    );
  });

  it('"there", and a district of the place', () => {
    assert.deepEqual(counted('Russia attacks Kharkiv\n\nThe air force said 10 drones were destroyed there.'), [
      ['UA-63', 10],
    ]);
    assert.deepEqual(
      counted(
        'Russia attacks Kyiv overnight\n\nThe air force said 15 drones were shot down over the Darnytskyi district.',
      ),
      [['UA-30', 15]],
    );
  });

  it('negative: with no word pointing back, the air force’s count is still the country’s', () => {
    assert.deepEqual(
      counted("Russia attacks Odesa region\n\nUkraine's air force said it destroyed 25 drones overnight."),
      [[null, 25]],
    );
    assert.deepEqual(
      counted('Russia attacks Kharkiv\n\nThe air force said there were 10 drones destroyed overnight.'),
      [[null, 10]],
    );
  });
});

describe('an alert keeps the weapon its threat word follows', () => {
  const alerts = (text: string) => extract(text).flatMap((f) => (f.kind === 'alert' ? [[f.weapon]] : []));

  it('"amid ballistic missile threat"', () => {
    assert.deepEqual(alerts('Air raid alert in Kyiv amid ballistic missile threat'), [['ballistic_missile']]);
  });

  it('a comma ends the clause a join word opened: "after MiG-31K takeoff, Kinzhal missile threat"', () => {
    assert.deepEqual(alerts('Air raid alert in Kyiv after MiG-31K takeoff, Kinzhal missile threat'), [
      ['ballistic_missile'],
    ]);
  });

  it('negative: a weapon of the joined clause with no threat word stays out', () => {
    assert.deepEqual(alerts('Air raid alert in Kyiv after a bomber fired missiles at the city'), [[null]]);
    assert.deepEqual(
      alerts(
        'Air raid alerts sounded in Kyiv after what an aide called strikes on power plants, perhaps by cruise missiles',
      ),
      [[null]],
    );
  });
});
