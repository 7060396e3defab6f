// Shapes of English news leads (issue 8, en-news-rss, seventeenth session): each test names a general rule found in
// several real dev leads. The texts are ours, written in those shapes; no lead is copied. Every rule keeps a negative
// case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const slot = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant?.role ?? null];

describe('"shelled" tells a strike on the place shelled, weapon null', () => {
  // Real shapes: "a village in Russia's western Bryansk region has been shelled by Ukrainian forces", "Belgorod
  // shelled, says governor", "Russia shells maternity hospital in Kherson" (the noun "shelling" was read before).
  it('active and passive', () => {
    assert.deepEqual(extract('Russian forces shelled Kherson overnight, the regional governor said.').map(slot), [
      ['strike', 'UA-65', null],
    ]);
    assert.deepEqual(
      extract('A village in the Kursk region has been shelled by Ukrainian forces, setting a barn on fire.').map(slot),
      [
        ['strike', 'RU-KRS', null],
        ['fire', 'RU-KRS', null],
      ],
    );
  });

  it('a town that could be shelled, or was shelled last year, tells no strike of this week', () => {
    assert.deepEqual(extract('Officials warned that Kherson could be shelled again within days.'), []);
    assert.deepEqual(
      extract('Kherson was shelled last year, the regional governor said.').filter((f) => !f.historical),
      [],
    );
  });
});

describe('a death toll that "climbs to" a number is the new total killed', () => {
  // Real shapes: "Death Toll From Russian Strike Climbs to Nine", "the death toll … has risen to 14" (read before),
  // "the toll climbed to 23".
  it('"climbs to nine" and "climbs to 14" count the killed', () => {
    const killed = (text: string) => extract(text).find((f) => f.kind === 'casualties')?.casualties?.killed ?? null;
    assert.equal(killed('Death toll from Russian strike on Sumy climbs to nine'), 9);
    assert.equal(killed('The death toll from the missile strike on Odesa climbs to 14, officials say.'), 14);
  });

  it('a price that climbs to a number is no toll', () => {
    assert.deepEqual(extract('The price of bread in Kharkiv climbs to 40 hryvnias.'), []);
  });
});

describe('a headline of an attack closed by ", <speaker> says" speaks for the lead below it', () => {
  // Real shapes: "Skyscraper struck again after more drones swarm Moscow, mayor says" over a lead that names no
  // speaker, "Blast Hits Russian Missiles in Crimea, Kyiv Says", "Russian strike on Ukrainian mail depot kills six,
  // officials say", "Another Russian tanker hit by sea drone near Crimean Bridge, Moscow says" (as the dash-closed
  // headline "… – Authorities" already did).
  it("the lead's unattributed fact takes the headline's speaker", () => {
    const facts = extract(
      'Office tower hit again as drones target Moscow, mayor says\n\nRussian air defences shot down two drones over the capital.',
    );
    assert.deepEqual(facts.map(who), [['interception', 'RU-MOW', 'mayor']]);
    assert.equal(facts[0]?.fields.claimant?.inferred, true);
  });

  it('a headline of something else, a live page of many items, or another region lends nothing', () => {
    assert.deepEqual(
      extract('Grain talks to resume next week, Turkish officials say\n\nRussian drones hit Odesa port overnight.').map(
        who,
      ),
      [['strike', 'UA-51', null]],
    );
    assert.deepEqual(
      extract(
        'War live: refinery burns in Krasnodar; Belgorod shelled, says governor\n\nRussian drones hit Odesa port overnight.',
      )
        .filter((f) => f.region?.code === 'UA-51')
        .map(who),
      [['strike', 'UA-51', null]],
    );
    assert.deepEqual(
      extract('Drones hit Belgorod overnight, governor says\n\nRussian drones hit Odesa port overnight.')
        .filter((f) => f.region?.code === 'UA-51')
        .map(who),
      [['strike', 'UA-51', null]],
    );
  });
});

describe('the same rule over a Russian headline closed by its speaker and a verb of saying', () => {
  // Language-agnostic (lexicon categories only): «…, сообщило Минобороны.» closing a first line speaks for the regional
  // list below it, as «…, сообщают украинские СМИ.» over a body of a strike does (ru-telegram-news dev).
  it("the body's regional facts take the headline's ministry", () => {
    const facts = extractText(
      'Средства ПВО ночью уничтожили 12 беспилотников над регионами России, сообщило Минобороны.\n\nНад Брянской областью сбиты восемь БПЛА, над Курской областью — четыре.',
      'ru',
      '2024-11-20T06:00:00+00:00',
    );
    assert.deepEqual(facts.map(who), [
      ['interception', null, 'ministry'],
      ['interception', 'RU-BRY', 'ministry'],
      ['interception', 'RU-KRS', 'ministry'],
    ]);
  });
});
