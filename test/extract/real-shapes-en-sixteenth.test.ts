// Shapes of English news leads (issue 8, en-news-rss, sixteenth session): each test names a general rule found in
// several real dev leads. The texts are ours, written in those shapes; no lead is copied. Every rule keeps a negative
// case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const who = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.claimant?.role ?? null];

describe('a lead closed by its speaker, the verb last ("…, officials said."), speaks for the headline above it', () => {
  // Real shapes: a headline of an attack over one lead sentence ending "…, Ukrainian officials said.", "…, the city's
  // mayor says.", "…, the Russian MoD said.", "…, Kyiv officials say.": the headline's facts are the lead's speaker's.
  it('the headline strike takes the speaker that closes the lead', () => {
    const facts = extract(
      'Russian drones pound Odesa port\n\nThe overnight attack set grain silos ablaze, regional officials said.',
    );
    assert.deepEqual(facts.map(who), [
      ['strike', 'UA-51', 'official'],
      ['fire', 'UA-51', 'official'],
    ]);
  });

  it('a lead that tells nothing of its own lends its speaker only when what it says tells of an attack', () => {
    // Review rev1, finding 2: "The barrage came …" refers back, but a sentence about something else has the same
    // shape. enclaim21: what tells them apart is an attack word in what the speaker says (run.ts, `speaksOfAttack`);
    // the real labels give the headline's facts the lead's speaker then (BENCHMARKS.md, enclaim21).
    const facts = extract(
      'Russia fires drones and missiles at southern Ukraine\n\nThe barrage came a day after talks broke down, Ukrainian officials said.',
    );
    assert.deepEqual(facts.map(who), [
      ['strike', null, 'official'],
      ['strike', null, 'official'],
    ]);
    const other = extract(
      'Russia fires drones and missiles at southern Ukraine\n\nTalks broke down a day earlier, Ukrainian officials said.',
    );
    assert.deepEqual(other.map(who), [
      ['strike', null, null],
      ['strike', null, null],
    ]);
  });

  it('a closing speaker of a sentence that tells nothing speaks for nothing else, under a headline or after a told one', () => {
    // Review rev1, finding 2: the sentence is about something else; its speaker is not the attack's.
    const claimants = (text: string) => extract(text).map((f) => f.claimant?.role ?? null);
    assert.deepEqual(
      claimants(
        'Russian drones hit Odesa port overnight. Grain talks will resume in Istanbul next week, Turkish officials said.',
      ),
      [null],
    );
    assert.deepEqual(
      extract(
        'Russian missiles hit Kharkiv\n\nGermany will send two more Patriot systems to Ukraine, Chancellor Olaf Scholz said.',
      ).map((f) => f.fields.claimant?.text ?? null),
      [null],
    );
    assert.deepEqual(
      claimants(
        'Russian drones pound Odesa port\nTalks on grain exports will resume in Istanbul next week, Turkish officials said.',
      ),
      [null],
    );
  });

  it('a source closing a later line of a live page, not the lead and not the line that told, speaks for nothing else', () => {
    const facts = extract(
      'Russian drones pound Odesa port\n\nGrain silos burned after the attack.\nTalks on grain exports will resume in Istanbul next week, Turkish officials said.',
    );
    assert.deepEqual(facts.map(who), [['strike', 'UA-51', null]]);
  });
});

describe('a capital whose possessive owns what only a state wages or sends is the state, not a place', () => {
  // Real shapes: "after Kyiv's counteroffensive failed …", "even as Kyiv's long-awaited ground offensive …",
  // "Moscow's deputy UN envoy has shown fragments …": no fact of the sentence happened in the capital.
  const regions = (text: string) => extract(text).map((f) => f.region?.code ?? null);

  it('"Kyiv\'s counteroffensive", "Kyiv\'s long-awaited ground offensive": the state', () => {
    assert.deepEqual(
      regions('Russia fired nine cruise missiles on Thursday as Kyiv’s counteroffensive stalled, the air force said.'),
      [null],
    );
    assert.deepEqual(
      regions('Air defences shot down 12 drones overnight even as Kyiv’s much-delayed ground offensive gathered pace.'),
      [null],
    );
  });

  it('"Moscow\'s deputy UN envoy" is the state; the capital\'s mayor, airport or sirens are the city', () => {
    assert.deepEqual(regions('Moscow’s deputy UN envoy said a drone had been shot down.'), [null]);
    assert.deepEqual(regions('Moscow’s mayor said a drone had been shot down.'), ['RU-MOW']);
    assert.deepEqual(regions('Kyiv’s air raid sirens sounded overnight.'), ['UA-30']);
  });

  it('any modifiers (up to two) may stand before the head noun, not only the ones above', () => {
    // Review rev1, finding 3: the head noun makes the state, whatever ordinary words describe it.
    assert.deepEqual(regions('Moscow’s UN ambassador said a drone had been shot down.'), [null]);
    assert.deepEqual(regions('Moscow’s new envoy said a drone had been shot down.'), [null]);
    assert.deepEqual(
      regions('Russia fired nine cruise missiles on Thursday as Kyiv’s summer offensive stalled, the air force said.'),
      [null],
    );
    // A district, a mayor, sirens: the city, whatever words stand between.
    assert.deepEqual(regions('Kyiv’s long-suffering Darnytskyi district was hit by a drone overnight.'), ['UA-30']);
    assert.deepEqual(regions('Moscow’s new mayor said a drone had been shot down.'), ['RU-MOW']);
  });
});

describe("a tally told in the headline and again in the lead is one fact, with the lead's speaker", () => {
  // Real shapes: "Russia shoots down 32 drones" over "Russia said its air defence shot down 32 drones …", "Russia downs
  // 20 drones over Crimea" over "The Russian Defense Ministry announced … it had downed 20 drones over Crimea",
  // "… five drones are downed …" over "…, the Russian MoD said."
  it('the one fact takes the claimant the lead gives', () => {
    const facts = extract(
      'Ukraine downs 18 Russian drones\n\nThe air force said it had shot down 18 Shahed drones overnight.',
    );
    assert.deepEqual(facts.map(who), [['interception', null, 'air_force']]);
    assert.equal(facts[0]?.count?.value, 18);
  });

  it("a later sentence's closing speaker does not take the tally from the lead's stated one", () => {
    // Review rev1, finding 6: the mayor, lent (inferred) to the headline's copy, must not beat the air force stated.
    const facts = extract(
      "Ukraine downs 18 Russian drones\n\nThe air force said it had shot down 18 Shahed drones overnight. Debris injured two people, the city's mayor said.",
    );
    const downed = facts.filter((f) => f.kind === 'interception');
    assert.deepEqual(downed.map(who), [['interception', null, 'air_force']]);
  });

  it('two different tallies stay two facts, each with its own speaker', () => {
    const facts = extract(
      'Ukraine downs 18 Russian drones\n\nThe air force said it had shot down 14 Shahed drones overnight.',
    );
    assert.deepEqual(
      facts.map((f) => [f.count?.value, f.claimant?.role ?? null]),
      [
        [18, null],
        [14, 'air_force'],
      ],
    );
  });
});

describe('an attack named by its place and weapon ("the Odesa drone attack") that is only talked of is no event', () => {
  // Review rev1, findings 1 and 7: the same noun phrase names a trial, an anniversary or a fear of an attack long past,
  // and a capital before the weapon is as often the side that attacked. The plain phrase is an event since en22 (the
  // real labels read it so: real-shapes-en-twentysecond); these words around it still make it none.
  it('past attacks, trials, anniversaries and the attacking side give no strike', () => {
    for (const text of [
      'Prosecutors charged a Russian officer over the Kremenchuk missile strike.',
      'A year after the Kramatorsk missile strike, survivors are still waiting for compensation.',
      'Odesa drone attack survivors sue',
      'Kyiv fears a repeat of the Uman missile strike.',
      'Kharkiv missile strike anniversary: city remembers victims',
      'Putin vows revenge for Kyiv drone attack',
      'Kremlin says Moscow will respond to Kyiv drone attack',
    ])
      assert.deepEqual(extract(text), [], text);
  });

  it('a verb of effect still makes the attack an event there', () => {
    assert.deepEqual(
      extract('The Zaporizhzhia missile strike killed two people overnight.')
        .filter((f) => f.kind === 'strike')
        .map((f) => [f.kind, f.weapon]),
      [['strike', 'missile']],
    );
  });
});

describe('a missile system or complex destroyed is a launcher struck on the ground, not a missile shot down', () => {
  // Real shapes (paraphrased): an S-400 missile complex destroyed in Crimea, an S-400 'Triumf' air defence system
  // reported destroyed, a Patriot missile defence system destroyed: the model names the system.
  const brief = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];

  it('"an S-300 missile system was destroyed" is a strike and damage, with no weapon', () => {
    assert.deepEqual(
      extract('A Russian S-300 missile system was destroyed near Melitopol, Ukraine’s military said.').map(brief),
      [
        ['strike', 'UA-23', null],
        ['damage', 'UA-23', null],
      ],
    );
    assert.deepEqual(
      extract('An S-400 ‘Triumf’ surface-to-air missile complex was destroyed in Crimea overnight.').map(brief),
      [
        ['strike', 'UA-43', null],
        ['damage', 'UA-43', null],
      ],
    );
  });

  it('the missile itself shot down stays an interception', () => {
    assert.deepEqual(extract('Air defences shot down an S-300 missile over Kharkiv overnight.').map(brief), [
      ['interception', 'UA-63', 'missile'],
    ]);
  });
});
