// Review findings on enclaim21 (twenty-first session, fixenclaim21): a lead's speaker lent to the headline only for
// what the first clause of its words tells; a closing speaker read whatever adjunct follows its verb; the lead's
// speaker on English news only and not under a live page's headline; "pre-dawn" under a named day; an institution
// that speaks past an insertion. The texts are ours, invented in the shape of the review's examples.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-04T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string, lang: Lang = 'en') => extractText(text, lang, PUBLISHED).map(who);
/** The headline's own facts: those whose evidence is its first line. */
const headOf = (text: string, lang: Lang = 'en') => {
  const end = text.indexOf('\n');
  return extractText(text, lang, PUBLISHED)
    .filter((f) => f.evidence.end <= end)
    .map(who);
};
const when = (f: Fact) => [f.kind, f.when ? `${f.when.start}..${f.when.end}` : null];
const whenOf = (text: string) => extractText(text, 'en', PUBLISHED).map(when);
/** The night that ended on Tuesday 2023-05-02 (published Thursday). */
const TUESDAY_NIGHT = '2023-05-01T21:00:00+00:00..2023-05-02T07:00:00+00:00';
const LAST_NIGHT = '2023-05-03T21:00:00+00:00..2023-05-04T07:00:00+00:00';

describe("a lead's speaker lends the headline only what the first clause of its words tells", () => {
  it('an attack word after "after" or "following", or in a clause after "and", lends nothing', () => {
    assert.deepEqual(
      headOf(
        'Missiles hit Lviv\n\nNATO chief Lena Holm said the alliance would send more air defence systems after the strikes.',
      ),
      [['strike', 'UA-46', null]],
    );
    assert.deepEqual(
      headOf('Missiles hit Lviv\n\nThe governor said the city would get more generators following the strikes.'),
      [['strike', 'UA-46', null]],
    );
    assert.deepEqual(
      headOf(
        'Russia hits Sumy with drones\n\nThe mayor said schools would reopen next week after the attack on Monday.',
      ),
      [['strike', 'UA-59', null]],
    );
    assert.deepEqual(
      headOf('Russia hits Sumy with drones\n\nOfficials said the roads were icy and the attack was expected.'),
      [['strike', 'UA-59', null]],
    );
    assert.deepEqual(
      headOf('Drones hit Odesa\n\nAfter the attack, the regional governor said schools would stay closed.'),
      [['strike', 'UA-51', null]],
    );
  });

  it('an attack word in the first clause still lends ("officials said a drone hit a warehouse and …")', () => {
    assert.deepEqual(
      headOf('Russia hits Sumy with drones\n\nOfficials said a drone hit a warehouse and the fire was put out.'),
      [['strike', 'UA-59', 'official']],
    );
  });

  it('a list goes on bare, and a clause opening the sentence is passed over', () => {
    // "and nearby villages": a list, not a clause of its own.
    assert.deepEqual(
      headOf(
        'Russia hits cities across Ukraine with missiles\n\nRegional officials say three people died in Rivne and nearby villages when a Russian drone struck a school.',
      ),
      [['strike', null, 'official']],
    );
    // "Two days after …," opens the sentence; what the closing speaker says follows it.
    assert.deepEqual(
      headOf(
        'Russia fires missiles at southern Ukraine\n\nTwo days after accusing Kyiv of a fire at a fuel depot, Russia fired a barrage of missiles at the coast, regional officials said.',
      ),
      [['strike', null, 'official']],
    );
  });
});

describe('a speaker after a comma speaks for what comes before it, whatever follows its verb', () => {
  it('"…, the regional governor said on Wednesday", "… in a Telegram post", "… told reporters on Wednesday"', () => {
    const lead = 'Drones hit Odesa\n\nRussian drones struck the port overnight, ';
    assert.deepEqual(headOf(`${lead}the regional governor said on Wednesday.`), [
      ['strike', 'UA-51', 'military_administration'],
    ]);
    assert.deepEqual(headOf(`${lead}the regional governor said in a Telegram post.`), [
      ['strike', 'UA-51', 'military_administration'],
    ]);
    assert.deepEqual(headOf(`${lead}Ukrainian officials told reporters on Wednesday.`), [
      ['strike', 'UA-51', 'official'],
    ]);
  });

  it('a day before the comma is no speech ("On Wednesday, the regional governor said schools would reopen …")', () => {
    assert.deepEqual(
      headOf('Drones hit Odesa\n\nOn Wednesday, the regional governor said schools would reopen after the attack.'),
      [['strike', 'UA-51', null]],
    );
  });
});

describe("the lead's speaker: English news only, and not under a headline of several items", () => {
  it("a Ukrainian post's first line takes no speaker from the sentence below", () => {
    assert.deepEqual(headOf('Вибухи в Одесі\n\nГолова ОВА Олег Кіпер повідомив, що пошкоджено склад.', 'uk'), [
      ['explosion', 'UA-51', null],
    ]);
  });

  it("a headline of several items lends nothing; one under a label alone still takes its first paragraph's", () => {
    const lead = '\n\nOfficials said a drone attack damaged a power line.';
    assert.deepEqual(headOf(`Russia-Ukraine war live: drones hit Odesa; missiles strike Lviv${lead}`).slice(0, 1), [
      ['strike', 'UA-51', null],
    ]);
    // ARCHITECTURE.md: a label's headline and its first paragraph go together (headlineLends), both ways.
    assert.deepEqual(headOf(`War updates: drones hit Odesa${lead}`), [['strike', 'UA-51', 'official']]);
  });
});

describe('"pre-dawn" and "night-time" under a day named later in the sentence', () => {
  it('are the night that ends on that day', () => {
    assert.deepEqual(whenOf('Russia launched a pre-dawn drone attack on Odesa on Tuesday.'), [
      ['strike', TUESDAY_NIGHT],
    ]);
    assert.deepEqual(whenOf('Drones hit Odesa in the pre-dawn hours of Tuesday.'), [['strike', TUESDAY_NIGHT]]);
    assert.deepEqual(whenOf('Drones hit Odesa in a night-time attack on Tuesday.'), [['strike', TUESDAY_NIGHT]]);
  });

  it('with no day, the night that ended on the publication day; a day in the next sentence is not theirs', () => {
    assert.deepEqual(whenOf('Russia launched a pre-dawn drone attack on Odesa.'), [['strike', LAST_NIGHT]]);
    assert.deepEqual(
      whenOf('Russia launched a pre-dawn drone attack on Odesa. Officials will inspect the port on Tuesday.')[0],
      ['strike', LAST_NIGHT],
    );
  });
});

describe('an institution past an insertion set off by commas still speaks (English)', () => {
  it('"the military intelligence agency, which is known by …, said"', () => {
    assert.deepEqual(
      whoOf(
        "Ukraine's military intelligence agency, which is known by its Ukrainian acronym, said on Wednesday that drones hit a fuel depot in Crimea.",
      ),
      [['strike', 'UA-43', 'official']],
    );
  });

  it('not a modifier whose clause another speaker closes', () => {
    assert.deepEqual(
      whoOf('Drones attacked a Russian military airfield near Kursk, which lies close to the border, a witness said.'),
      [['strike', 'RU-KRS', null]],
    );
  });
});
