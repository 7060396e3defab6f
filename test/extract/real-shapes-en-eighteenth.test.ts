// Shapes of English news leads (issue 8, en-news-rss, eighteenth session): each test names a general rule of English
// news grammar found in several real dev leads. The texts are ours, written in those shapes; no lead is copied. One
// test per variant of the grammar, and a negative case beside each rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant?.role ?? null];

describe('a side that speaks with the time of its statement between ("Kyiv today said", "Russia on Tuesday claimed")', () => {
  it('a weekday or "today" between the side and its verb of saying', () => {
    assert.deepEqual(extract('Kyiv on Tuesday said Russian drones hit the port of Izmail overnight.').map(who), [
      ['strike', 'UA-51', 'official'],
    ]);
    assert.deepEqual(
      extract('Moscow today claimed Ukrainian drones struck an oil depot in the Bryansk region.').map(who),
      [['strike', 'RU-BRY', 'official']],
    );
  });

  it("another word between is no statement time: the city's residents are not the state", () => {
    assert.deepEqual(extract('Kyiv residents on Tuesday said drones hit the port of Izmail.').map(who), [
      ['strike', 'UA-51', null],
    ]);
  });
});

describe('a side named after its verb of saying, closing the clause ("…, claimed Kyiv.", "…, says Russia")', () => {
  it('the verb, then the side last in the sentence', () => {
    assert.deepEqual(extract('A drone hit an electronics plant in the Moscow region, claimed Kyiv.').map(who), [
      ['strike', 'RU-MOS', 'official'],
    ]);
  });

  it('the side, then the statement time', () => {
    assert.deepEqual(extract('Drones hit an oil depot in the Bryansk region, says Moscow on Tuesday.').map(who), [
      ['strike', 'RU-BRY', 'official'],
    ]);
  });

  it('"according to" the side', () => {
    assert.deepEqual(extract('Two drones were shot down over the Kursk region, according to Moscow.').map(who), [
      ['interception', 'RU-KRS', 'official'],
    ]);
  });

  it('a side that opens what was said, or whose body speaks, is not the state speaking', () => {
    assert.deepEqual(extract('The governor said Russia launched 30 drones at Belgorod overnight.').map(who), [
      ['strike', 'RU-BEL', 'governor'],
    ]);
    assert.deepEqual(extract("Drones hit Kyiv overnight, according to Kyiv's military administration.").map(who), [
      ['strike', 'UA-30', 'military_administration'],
    ]);
  });

  it('a side after a verb that has a subject of its own is its object, not its speaker', () => {
    assert.deepEqual(extract('Drones hit the port of Odesa overnight, the US envoy told Kyiv.').map(who), [
      ['strike', 'UA-51', null],
    ]);
    assert.deepEqual(
      extract('A drone struck a fuel depot in the Bryansk region overnight, an analyst told Moscow.').map(who),
      [['strike', 'RU-BRY', null]],
    );
    assert.deepEqual(
      extract('A drone struck a fuel depot in the Bryansk region overnight, and Peskov accused Ukraine.').map(who),
      [['strike', 'RU-BRY', null]],
    );
  });

  it('"told" puts its hearer after it, even opening its clause', () => {
    assert.deepEqual(extract('Drones hit an oil depot in the Bryansk region, told Moscow.').map(who), [
      ['strike', 'RU-BRY', null],
    ]);
  });

  it('a side that begins a longer name is no side ("Russia Today")', () => {
    assert.deepEqual(
      extract('A drone struck a fuel depot in the Bryansk region overnight, says Russia Today.').map(who),
      [['strike', 'RU-BRY', null]],
    );
  });
});

describe('a verb of blame is no verb of saying ("accused"): it credits no one with the facts of its sentence', () => {
  it('neither the accusing side nor a man accused speaks for the attack', () => {
    assert.deepEqual(extract('Ukraine accused Russia of staging a drone attack on the Belgorod region.').map(who), [
      ['strike', 'RU-BEL', null],
    ]);
    assert.deepEqual(
      extract('A student accused of a drone attack on the Kremlin has been arrested in Moscow.').map(who),
      [['strike', 'RU-MOW', null]],
    );
    assert.deepEqual(
      extract(
        'A day after Russia accused Ukraine of a drone attack on the Kremlin, a suspected Ukrainian drone struck a fuel depot in the Kursk region.',
      ).map(who),
      // en20: the Kremlin after "on" is Moscow's, so the attack Russia told of is a strike there too (the real labels
      // read a lead of this shape, an accusation of drones sent against Moscow, so); neither side speaks for it.
      [
        ['strike', 'RU-MOW', null],
        ['strike', 'RU-KRS', null],
      ],
    );
  });

  it('a time after "accused … of" or "told of" is the attack\'s, not the statement\'s', () => {
    const [fact] = extract('Russia and Ukraine accused each other of overnight drone strikes on Crimea.');
    assert.equal(fact?.when?.start, '2023-05-09T21:00:00+00:00');
    const [told] = extract('Officials told of overnight drone attacks on Crimea.');
    assert.equal(told?.when?.start, '2023-05-09T21:00:00+00:00');
    // "said on Tuesday" stays the time the statement was made, not the attack's.
    const [said] = extract('Drones hit an oil depot in the Bryansk region, the governor said on Tuesday.');
    assert.equal(said?.when, null);
  });

  it('a side that is accused does not speak', () => {
    assert.deepEqual(extract('Russia was accused of a drone attack on the Pskov region.').map(who), [
      ['strike', 'RU-PSK', null],
    ]);
  });
});

describe('English names of cruise missiles the other lexicons know ("Onyx", "Neptune", "anti-ship missile")', () => {
  const weapon = (text: string) => extract(text).map((f) => f.weapon);
  it('each is a cruise missile', () => {
    assert.deepEqual(weapon('Russia fired three Onyx missiles at Odesa overnight.'), ['cruise_missile']);
    assert.deepEqual(weapon('Ukraine struck a Russian ship off Crimea with two Neptune missiles.'), ['cruise_missile']);
    assert.deepEqual(weapon('A Russian anti-ship missile hit the port of Odesa.'), ['cruise_missile']);
  });

  it('the planet is no missile', () => {
    assert.deepEqual(extract('Astronomers photographed Neptune from an observatory near Kyiv.'), []);
  });
});
