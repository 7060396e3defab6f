// Shapes of English news leads (issue 8, en-news-rss, fifteenth session): each test names a general rule found in
// several real dev leads. The texts are ours, written in those shapes; no lead is copied. Every rule keeps a negative
// case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const brief = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.weapon ?? null];

describe('a weapon that destroyed something named with an article struck it', () => {
  // Real shapes (paraphrased): people killed when a missile destroyed a named restaurant in a city (twice); a kamikaze
  // drone destroying a named vessel: the weapon is the subject, what follows the article its target.
  it('"a missile destroyed the bakery in <city>": a strike of that weapon, not a shoot-down', () => {
    const facts = extract(
      'A nurse was killed when a Russian missile destroyed the bakery in the centre of Sloviansk, injuring five people.',
    );
    assert.deepEqual(brief(facts.find((f) => f.kind === 'strike')), ['strike', 'UA-14', 'missile']);
    assert.equal(
      facts.some((f) => f.kind === 'interception'),
      false,
    );
  });

  it('a weapon or a count after the article is what was destroyed: still a shoot-down', () => {
    assert.deepEqual(extract('A Russian drone destroyed a Shahed over Kharkiv.').map(brief), [
      ['interception', 'UA-63', 'uav'],
    ]);
    assert.deepEqual(extract('Air defences destroyed the drones over Kharkiv.').map(brief), [
      ['interception', 'UA-63', 'uav'],
    ]);
  });
});

describe("a side's counted wave is the country's, whatever place the sentence before named", () => {
  // Real shapes (paraphrased): a ministry's count of drones fired at its whole territory after a strike on one region;
  // a count of drones launched overnight after a headline on Crimea; "N of M drones" shot down under a headline naming
  // Kyiv.
  it('"Russia fired 30 drones and two missiles overnight" after a placed strike stays unplaced', () => {
    const facts = extract(
      'Drones hit Kherson overnight. Russia fired 30 drones and two missiles overnight, the air force said.',
    );
    assert.deepEqual(facts.map(brief), [
      ['strike', 'UA-65', 'uav'],
      ['strike', null, 'uav'],
      ['strike', null, 'missile'],
    ]);
  });

  it('the passive "launched by Russia" is the side\'s wave too', () => {
    const facts = extract('Drones hit Kherson overnight. Air defences shot down 30 of 35 drones launched by Russia.');
    assert.deepEqual(facts.map(brief), [
      ['strike', 'UA-65', 'uav'],
      ['interception', null, 'uav'],
    ]);
  });

  it('a count with no side launching it keeps the place told before', () => {
    const facts = extract('Drones hit Kherson overnight. Air defences shot down 30 drones over the region.');
    assert.deepEqual(brief(facts.find((f) => f.kind === 'interception')), ['interception', 'UA-65', 'uav']);
  });
});

describe('a launch "into" a place aims at it', () => {
  // Real shapes (paraphrased): cruise missiles launched into the capital and other cities; a barrage of missiles sent
  // into a town's housing estates; missiles launched into the country.
  it('"launched cruise missiles into Dnipro" is a strike on Dnipro', () => {
    assert.deepEqual(extract('Russia launched cruise missiles into Dnipro overnight.').map(brief), [
      ['strike', 'UA-12', 'cruise_missile'],
    ]);
  });

  it('"into" with no launch verb aims at nothing', () => {
    assert.deepEqual(extract('Russia put its new cruise missiles into service in Crimea.'), []);
  });
});

describe('a capital that pulls out, ramps up or uses is the state', () => {
  // Real shapes (paraphrased): Moscow withdrawing from a deal; Moscow stepping up its attacks on power and water; Moscow
  // using air defence missiles against a town.
  // Each sentence names no place but the capital: without the state verb the capital would be the strike's place.
  it('the capital that ramped up, pulled out or used is no place of the strike', () => {
    assert.deepEqual(extract('Missiles hit a port after Moscow ramped up attacks.').map(brief), [
      ['strike', null, 'missile'],
    ]);
    assert.deepEqual(extract('Missiles struck overnight after Moscow pulled out of the grain deal.').map(brief), [
      ['strike', null, 'missile'],
    ]);
    assert.equal(
      extract('Moscow used drones to attack a port.').some((f) => f.region?.code === 'RU-MOW'),
      false,
    );
  });

  it('a capital with no state verb after it is still the place', () => {
    assert.deepEqual(extract('Missiles hit a port in Moscow overnight.').map(brief), [['strike', 'RU-MOW', 'missile']]);
  });
});

describe('a drone of the sea by any of its names is an unmanned boat', () => {
  // Real shapes (paraphrased): aerial and underwater drones sent against a naval base; half-submerged kamikaze marine
  // drones; naval suicide drones built from small unmanned surface craft.
  it('underwater, marine and naval suicide drones', () => {
    assert.deepEqual(
      extract('Ukraine attacked the port of Sevastopol with underwater drones and marine drones.').map(brief),
      [['strike', 'UA-40', 'unmanned_boat']],
    );
    assert.deepEqual(extract('Ukrainian naval suicide drones struck a ship near Novorossiysk.').map(brief), [
      ['strike', 'RU-KDA', 'unmanned_boat'],
    ]);
  });

  it('a kamikaze drone with no word of the sea stays a drone', () => {
    assert.deepEqual(extract('Kamikaze drones hit a port in Odesa.').map(brief), [['strike', 'UA-51', 'uav']]);
  });
});
