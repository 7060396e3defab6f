// Trial 40, English desk (branch fixen40a): a wire dateline is where the story was filed, a second speaker in the
// same sentence tells the facts of his own clause, and a headline's kicker is no speaker. Every text is invented, in
// the style of real wire leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-03-14T06:30:00+00:00';
const extract = (text: string): Fact[] => extractText(text, 'en', PUBLISHED);
const line = (f: Fact) =>
  `${f.kind} ${f.region?.code ?? '-'} ${f.claimant?.role ?? '-'}${f.claimant?.name ? ` ${f.claimant.name}` : ''}`;
const lines = (text: string) => extract(text).map(line).sort();

describe('a wire dateline gives no region (trial 40 #1, #7)', () => {
  it('"Odesa (AFP) -", a city in title case with the agency and no date, is where the story was filed', () => {
    const got = lines("Odesa (AFP) - Ukraine's air force said it downed 41 of 47 drones launched overnight.");
    assert.deepEqual(got, ['interception - air_force']);
  });

  it('"ODESA, Ukraine —", a city and its country, is a dateline even when the sentence names no other place', () => {
    const got = lines("ODESA, Ukraine — Ukraine's air force said on Thursday it destroyed 19 Shahed drones overnight.");
    assert.deepEqual(got, ['interception - air_force']);
  });

  it('a roundup heading "ODESA:" with no country still names where it happened', () => {
    const got = lines('ODESA: A drone hit a warehouse overnight, the regional governor said.');
    assert.ok(
      got.some((g) => g.includes('UA-51')),
      got.join('; '),
    );
  });

  it('a sentence without a dateline keeps its place', () => {
    const got = lines('A drone hit a warehouse in Odesa overnight, the regional governor said.');
    assert.ok(
      got.some((g) => g.includes('UA-51')),
      got.join('; '),
    );
  });
});

describe('a weapon counted by the article is no part of a tally (trial 40 #1)', () => {
  it('"Debris from a downed drone fell on a house in Odesa" after the air force\'s total leaves it no aggregate', () => {
    const facts = extract(
      "Lviv (AFP) - Ukraine's air force said it shot down 41 of 47 drones launched overnight.\n\n" +
        'Debris from a downed drone fell on a house in Odesa, the regional governor said.',
    );
    const total = facts.find((f) => f.kind === 'interception' && f.count?.value === 41);
    assert.equal(total?.aggregate, false);
  });

  it('a count in figures after the total still breaks it down', () => {
    const facts = extract(
      "Russia's defence ministry said 12 drones were destroyed overnight.\n\n" +
        'Seven drones were destroyed over the Kursk region. Five drones were destroyed over the Bryansk region.',
    );
    const total = facts.find((f) => f.kind === 'interception' && f.count?.value === 12);
    assert.equal(total?.aggregate, true);
  });
});

describe("a second speaker's clause (trial 40 #1, #2)", () => {
  const text =
    "LVIV, March 14 (Reuters) - Ukraine's air force said on Thursday it shot down 41 of 47 drones launched overnight, " +
    'while the governor of the Odesa region said three people were wounded in an attack on the port.';

  it("the governor's toll is the governor's, the air force's tally the air force's", () => {
    const facts = extract(text);
    const casualties = facts.find((f) => f.kind === 'casualties');
    const tally = facts.find((f) => f.kind === 'interception');
    assert.equal(casualties?.claimant?.role, 'military_administration');
    assert.equal(tally?.claimant?.role, 'air_force');
  });

  it("the region of the governor's title is no region of the air force's national tally", () => {
    const facts = extract(text);
    assert.equal(facts.find((f) => f.kind === 'interception')?.region, null);
    assert.equal(facts.find((f) => f.kind === 'casualties')?.region?.code, 'UA-51');
  });

  it('the second speaker may close his clause: "…, while 9 downed over Crimea, Russia\'s defence ministry says"', () => {
    const got = lines(
      "Three drones downed near Moscow, mayor says, while 9 downed over Crimea, Russia's defence ministry says",
    );
    assert.ok(got.includes('interception UA-43 ministry'), got.join('; '));
    assert.ok(
      got.some((g) => /^interception RU-MO\S* mayor$/u.test(g)),
      got.join('; '),
    );
  });

  it('a clause with no speaker of its own leaves the sentence one speaker', () => {
    const got = lines(
      'Russian drones hit a depot in Odesa, the regional governor said, while power was cut in several districts.',
    );
    assert.ok(
      got.every((g) => / (?:governor|military_administration)$/u.test(g)),
      got.join('; '),
    );
  });
});

describe('a headline kicker is no speaker (trial 40 #8)', () => {
  for (const kicker of ['Live Updates', 'Watch Live', 'Breaking News'])
    it(`"${kicker}: Russian Missiles Hit Lviv"`, () => {
      const facts = extract(`${kicker}: Russian Missiles Hit Lviv and Rivne\n\nMissiles struck Lviv on Thursday.`);
      assert.ok(facts.length > 0);
      assert.ok(
        facts.every((f) => f.claimant?.name !== kicker),
        facts.map(line).join('; '),
      );
    });

  it('a person\'s name before a colon still speaks ("Vitali Klitschko: …")', () => {
    const facts = extract('Vitali Klitschko: Debris Of A Drone Fell In Kyiv\n\nDebris fell on a house in Kyiv.');
    assert.ok(
      facts.some((f) => f.claimant?.name === 'Vitali Klitschko'),
      facts.map(line).join('; '),
    );
  });
});
