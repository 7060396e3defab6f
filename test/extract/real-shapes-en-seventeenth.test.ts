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
  // Shapes seen in real dev leads: a town shelled by an army (active), a village that "has been shelled" (passive),
  // a headline's bare participle (the noun "shelling" was read before).
  it('active and passive', () => {
    assert.deepEqual(extract('Russian troops shelled Nikopol overnight, the regional head said.').map(slot), [
      ['strike', 'UA-12', null],
    ]);
    assert.deepEqual(
      extract('A border village in the Bryansk region was shelled by Ukrainian forces, setting a barn on fire.').map(
        slot,
      ),
      [
        ['strike', 'RU-BRY', null],
        ['fire', 'RU-BRY', null],
      ],
    );
  });

  it('a town that could be shelled, or was shelled last year, tells no strike of this week', () => {
    assert.deepEqual(extract('Officials warned that Nikopol could be shelled again within days.'), []);
    assert.deepEqual(
      extract('Nikopol was shelled last year, the regional head said.').filter((f) => !f.historical),
      [],
    );
  });

  it('money "shelled out" and a minister who "hits out at" critics tell no strike', () => {
    assert.deepEqual(extract('Investors in Kharkiv shelled out millions for new homes.'), []);
    assert.deepEqual(extract('The mayor of Odesa hit out at the ministry over delays to the repairs.'), []);
    // "Back" is no such particle: hitting back with missiles is a strike.
    assert.deepEqual(extract('Russia hits back with missiles on Zaporizhzhia, the regional head said.').map(slot), [
      ['strike', 'UA-23', 'missile'],
    ]);
  });
});

describe('a death toll that "climbs to" a number is the new total killed', () => {
  // Shapes seen in real dev leads: a toll that "climbs to" a number word or figure, beside "has risen to" (read before).
  it('"climbs to seven" and "climbs to 12" count the killed', () => {
    const killed = (text: string) => extract(text).find((f) => f.kind === 'casualties')?.casualties?.killed ?? null;
    assert.equal(killed('Death toll after missile hits apartment block in Uman climbs to seven'), 7);
    assert.equal(killed('The death toll from the drone strike on Izmail climbs to 12, officials say.'), 12);
  });

  it('a price that climbs to a number is no toll', () => {
    assert.deepEqual(extract('The price of bread in Kharkiv climbs to 40 hryvnias.'), []);
  });
});

describe('a headline of an attack closed by ", <speaker> says" speaks for the lead below it', () => {
  // Shapes seen in real dev leads: an English headline closed by its speaker and "says"/"say" over a lead that names
  // no speaker, as the dash-closed headline ("… – Authorities") already did.
  it("the lead's unattributed fact takes the headline's speaker", () => {
    const facts = extract(
      'Drones strike fuel depot in Odesa region, governor says\n\nSeveral tanks caught fire after the attack overnight.',
    );
    assert.deepEqual(facts.map(who), [
      ['strike', 'UA-51', 'military_administration'],
      ['fire', 'UA-51', 'military_administration'],
    ]);
    assert.equal(facts[1]?.fields.claimant?.inferred, true);
  });

  it('a headline of something else, a live page of many items, or another region lends nothing', () => {
    const odesa = (text: string) =>
      extract(text)
        .filter((f) => f.region?.code === 'UA-51')
        .map(who);
    assert.deepEqual(
      odesa('Grain talks to resume next week, Turkish officials say\n\nRussian drones hit Odesa port overnight.'),
      [['strike', 'UA-51', null]],
    );
    assert.deepEqual(odesa('Drones hit Kursk overnight, governor says\n\nRussian drones hit Odesa port overnight.'), [
      ['strike', 'UA-51', null],
    ]);
  });

  it("a live page's headline with items lends nothing; one with a label, only to its first paragraph", () => {
    // Below a live page's headline, the first paragraph retells its lead item; the later ones are other items.
    const body = '\n\nTwo people were injured in the shelling.\n\nA grain warehouse caught fire after a drone strike.';
    const speakers = (headline: string) =>
      extract(headline + body)
        .filter((f) => f.evidence.start > headline.length)
        .map((f) => [f.kind, f.claimant?.role ?? null]);
    assert.deepEqual(speakers('Talks stall in Geneva; artillery pounds Izmail, regional head says'), [
      ['casualties', null],
      ['fire', null],
    ]);
    assert.deepEqual(speakers('War updates: artillery pounds Izmail, regional head says'), [
      ['casualties', 'military_administration'],
      ['fire', null],
    ]);
    // A headline of one story speaks for the whole text (the rule itself).
    assert.deepEqual(speakers('Artillery pounds Izmail, regional head says'), [
      ['casualties', 'military_administration'],
      ['fire', 'military_administration'],
    ]);
  });

  it('a headline that names no place at all speaks for its first paragraph only', () => {
    const headline = 'Russian missile hits apartment block, Ukraine says';
    const facts = extract(
      `${headline}\n\nThree people were killed in Uman after a missile hit.\n\nA drone struck a bridge in Kherson the same night.`,
    );
    assert.deepEqual(facts.filter((f) => f.evidence.start > headline.length).map(who), [
      ['strike', 'UA-71', 'official'],
      ['casualties', 'UA-71', 'official'],
      ['strike', 'UA-65', null],
    ]);
  });

  it("a headline that names no region but a country lends only to that country's regions", () => {
    // Across sides: the Ukrainian air force does not speak for a strike in Russia's Belgorod region.
    const facts = extract(
      "Russian drones attack Ukraine overnight, air force says\n\nMeanwhile in Russia's Belgorod region, a drone hit a car and one person was injured.",
    );
    assert.deepEqual(facts.filter((f) => f.region?.code === 'RU-BEL').map(who), [
      ['strike', 'RU-BEL', null],
      ['casualties', 'RU-BEL', null],
    ]);
  });

  it("the body's own closing attribution wins over the headline's", () => {
    const facts = extract(
      'Drones attack Moscow, officials say\n\nTwo drones were shot down over the city. Debris fell on a building, Mayor Sergei Sobyanin said.',
    );
    assert.deepEqual(facts.filter((f) => f.kind === 'interception').map(who), [['interception', 'RU-MOW', 'mayor']]);
  });

  it('a first paragraph that is a sentence, not a title, speaks for no paragraph below it', () => {
    const facts = extract(
      'Russia launched a wave of drones overnight, the air force said.\n\nIn Kharkiv, a missile hit a school and two people were injured.',
    );
    assert.deepEqual(facts.filter((f) => f.region?.code === 'UA-63').map(who), [
      ['strike', 'UA-63', null],
      ['casualties', 'UA-63', null],
    ]);
  });
});

describe('the first sentence of a Russian or Ukrainian post is no headline', () => {
  // A post's first paragraph closed by «…, сообщил губернатор.» is a sentence of the post (ingest gives it no title):
  // its speaker does not cross the blank line to the facts of the paragraphs below (attribution never crosses a line).
  const below = (text: string, lang: 'ru' | 'uk') => {
    const facts = extractText(text, lang, '2024-11-20T06:00:00+00:00').filter(
      (f) => f.evidence.start > text.indexOf('\n\n'),
    );
    assert.ok(facts.length > 0);
    return facts.map((f) => f.claimant?.role ?? null);
  };

  it('Russian: the facts of the next paragraph keep no speaker', () => {
    for (const text of [
      'Ночью противник снова атаковал, сообщил Гладков.\n\nВ Курской области после атаки дрона загорелся дом.',
      'Ночью ПВО отразила атаку беспилотников, сообщило Минобороны.\n\nВ Белгороде повреждены два дома, пострадал мужчина.',
    ])
      assert.ok(
        below(text, 'ru').every((r) => r === null),
        text,
      );
  });

  it('Ukrainian: nor those of the paragraphs after it', () => {
    const text =
      'Вночі ворог атакував Україну ударними дронами, повідомили Повітряні сили.\n\nУ Харкові пошкоджено будинок, поранено двох людей.\n\nУ Києві збито три дрони.';
    assert.ok(below(text, 'uk').every((r) => r === null));
  });
});
