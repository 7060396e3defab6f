// Shapes of English news leads (issue 8, en-news-rss, fourteenth session): each test names a general rule found in
// several real dev leads. The texts are ours, written in those shapes; no lead is copied. Every rule keeps a negative
// case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const brief = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.weapon ?? null];

describe('an attack told of a whole country is the wave, with no verb of launching or effect', () => {
  // Real shapes (paraphrased): a country reporting a massive missile attack across its territory; mass strikes on its
  // power grid across the country; missiles aimed at cities all over the country.
  it('"<weapon> attack across the country" is a nationwide strike of that weapon', () => {
    const facts = extract('Ukraine reports massive Russian drone attack across the country');
    assert.deepEqual(facts.map(brief), [['strike', null, 'uav']]);
  });

  it('"<weapons> target <something> across Ukraine": the weapon as the subject of its own verb', () => {
    const facts = extract('Russian drones target energy sites across Ukraine');
    assert.deepEqual(facts.map(brief), [['strike', null, 'uav']]);
    assert.equal(facts[0]?.country, 'UA');
  });

  it('talk of attacks across the country, or a verb with no weapon as its subject, gives nothing', () => {
    assert.deepEqual(extract('Drone strikes across Ukraine have become a daily threat, analysts say.'), []);
    assert.deepEqual(extract('Sanctions target Russian missile makers across Russia'), []);
  });
});

describe('who destroyed: a weapon, an attack or a blast as the agent makes the thing destroyed a target', () => {
  // Real shapes (paraphrased): a piece of military hardware destroyed by a drone near a town; missile strikes that
  // destroyed a hotel and a block of flats; a blast that destroyed missiles carried by train — none a shoot-down.
  it('"destroyed by a drone": a strike of that weapon, and damage', () => {
    const facts = extract('An armoured vehicle was destroyed by a drone outside Tokmak, a unit spokesman said.');
    assert.deepEqual(facts.map(brief), [
      ['strike', 'UA-23', 'uav'],
      ['damage', 'UA-23', null],
    ]);
  });

  it("the target named before the verb stays the strike's object", () => {
    const facts = extract('Two Russian helicopters were destroyed by drones at an airfield in Berdiansk.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.object]),
      [
        ['strike', 'military'],
        ['damage', 'military'],
      ],
    );
  });

  it('an interceptor as the agent, or weapons named before a relative word or pronoun, is an interception', () => {
    const kinds = (text: string) => [...new Set(extract(text).map((f) => f.kind))];
    assert.deepEqual(
      kinds('Overnight, 25 targets were destroyed by surface-to-air missiles over the Poltava region.'),
      ['interception'],
    );
    assert.deepEqual(kinds('Moscow sent 18 drones overnight, most of which were destroyed by air defence missiles.'), [
      'interception',
    ]);
    assert.deepEqual(kinds('Four of them were destroyed by Patriot missiles, the air force said.'), ['interception']);
    assert.deepEqual(kinds('Russia launched 40 drones at Ukraine overnight. All of them were destroyed by drones.'), [
      'interception',
    ]);
    // The first named weapons are still the ones destroyed in "30 drones, most of which …".
    const launched = extract('Moscow sent 18 drones overnight, most of which were destroyed by air defence missiles.');
    assert.equal(launched[0]?.weapon, 'uav');
  });

  it('"<weapon> strikes destroyed <something>": the attack struck, with its weapon', () => {
    const facts = extract('Russian missile strikes destroyed a school in Kramatorsk on Monday.');
    assert.deepEqual(facts.map(brief), [
      ['strike', 'UA-14', 'missile'],
      ['damage', 'UA-14', null],
    ]);
  });

  it('"a blast destroyed <weapons>": the weapons were hit where they stood, not shot down', () => {
    const facts = extract('A blast destroyed Russian cruise missiles on a train in Crimea.');
    assert.deepEqual(facts.map(brief), [['damage', 'UA-43', null]]);
  });

  it('a weapon destroyed by something that is no weapon, or an attack fought off, is still an interception', () => {
    assert.deepEqual(brief(extract('A drone was destroyed by electronic warfare over Moscow.')[0]), [
      'interception',
      'RU-MOW',
      'uav',
    ]);
    assert.deepEqual(brief(extract('The drone attack was repelled over Kursk, the governor said.')[0]), [
      'interception',
      'RU-KRS',
      'uav',
    ]);
    assert.deepEqual(brief(extract('Two drones were shot down by air defence near Belgorod.')[0]), [
      'interception',
      'RU-BEL',
      'uav',
    ]);
    // The weapon before the verb is what was destroyed, whatever the agent after it.
    const facts = extract('A Kinzhal missile was intercepted by a Patriot missile over Kyiv.');
    assert.ok(facts.length > 0 && facts.every((f) => f.kind === 'interception'));
  });
});

describe('a capital as the agent of a passive verb, or a speaker put last, is the state', () => {
  // Real shapes: "as a military push by Moscow … appeared to pick up pace", "…, hit the … plant, claimed Kyiv.", "a plan
  // largely dismissed by Kyiv". The capital places nothing.
  it('"…, claimed Kyiv." and "ordered by Moscow" name no place', () => {
    assert.deepEqual(extract('A kamikaze drone hit an electronics plant overnight, claimed Kyiv.').map(brief), [
      ['strike', null, 'uav'],
    ]);
    assert.deepEqual(
      extract('Drones struck an oil depot overnight in an attack ordered by Moscow, officials said.').map(brief),
      [['strike', null, 'uav']],
    );
  });

  it('"with <capital>" names a place: only "by" makes the capital the state', () => {
    const codes = (text: string) => extract(text).map((f) => f.region?.code ?? null);
    assert.deepEqual(codes('Russia fired 35 missiles at Ukraine on Tuesday, with Kyiv hit hardest.'), ['UA-30']);
    assert.deepEqual(codes('Blasts were heard in several cities, with Kyiv, Poltava and Sumy among those hit.'), [
      'UA-30',
      'UA-53',
      'UA-59',
    ]);
  });

  it('a capital that names the body after it, or stands after a place preposition, is still the place', () => {
    assert.deepEqual(extract('Six drones were downed by Moscow air defences, the mayor said.').map(brief), [
      ['interception', 'RU-MOW', 'uav'],
    ]);
    assert.deepEqual(extract('Drones were shot down over Kyiv, officials said.').map(brief), [
      ['interception', 'UA-30', 'uav'],
    ]);
  });
});

describe('names that are no place: the cruiser Moskva, a Russian tank', () => {
  // Real shapes (paraphrased): the two sides differing over whether missiles sank the cruiser Moskva; missile systems
  // placed along the Moskva River: English writes the city Moscow; "Moskva" is the ship or the river.
  it('"Moskva" is not Moscow', () => {
    assert.deepEqual(extract('The cruiser Moskva was hit by two missiles, Ukraine said.').map(brief), [
      ['strike', null, 'missile'],
    ]);
  });

  it('"drones destroyed an enemy tank" is a strike on the tank, not a drone shot down', () => {
    assert.deepEqual(extract('Two drones destroyed an enemy tank outside Polohy on Sunday.').map(brief), [
      ['strike', 'UA-23', 'uav'],
      ['damage', 'UA-23', null],
    ]);
    // The noun in "think tank" is no target of anything.
    assert.deepEqual(extract('A think tank said drones were shot down over Kursk.').map(brief), [
      ['interception', 'RU-KRS', 'uav'],
    ]);
  });

  it('a tank that holds fuel, oil or water is no military target', () => {
    const object = (text: string) => extract(text)[0]?.object ?? null;
    assert.equal(object('A drone hit a fuel tank at a depot in Kursk overnight.'), 'industrial');
    assert.equal(object('A drone struck an oil storage tank in Tuapse.'), 'industrial');
    assert.equal(object('Drones struck a water tank in Shebekino.'), null);
    assert.equal(object('A drone hit a gas tank in Rylsk.'), null);
  });
});
