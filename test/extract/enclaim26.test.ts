// Claimants of English news leads (issue 8, twenty-sixth session, enclaim26): each test names a general shape found in
// several real dev leads (refs in BENCHMARKS.md). The texts are ours, written in those shapes with invented details; no
// lead is copied. Every rule keeps its negative cases beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-04T08:00:00+00:00';
const extract = (text: string): Fact[] => extractText(text, 'en', PUBLISHED);
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extract(text).map(who);

describe('a person named before an apposition that a verb of saying closes speaks', () => {
  it('with an office of the lexicon in the apposition ("Name, the mayor of Poltava, said")', () => {
    const facts = extract(
      'Oksana Bilyk, the mayor of Poltava, said two districts lost power after a drone hit a substation on Monday.',
    );
    assert.deepEqual(facts.map(who), [['strike', 'UA-53', 'Oksana Bilyk']]);
    assert.equal(facts[0]?.claimant?.role, 'mayor');
  });

  it('with a title of no office the lexicon knows ("Name, a close ally of the cabinet, said")', () => {
    assert.deepEqual(
      whoOf('A missile hit a warehouse in Dnipro overnight, Taras Hnatiuk, a close ally of the cabinet, said.'),
      [['strike', 'UA-12', 'Taras Hnatiuk']],
    );
  });

  it('with the name opening the sentence ("Name, a regional leader, says …")', () => {
    assert.deepEqual(
      whoOf('Pavel Sidorenko, a regional leader, says a Ukrainian drone struck a fuel depot near Belgorod.'),
      [['strike', 'RU-BEL', 'Pavel Sidorenko']],
    );
  });

  it('not an apposition that itself cites another source', () => {
    assert.deepEqual(whoOf('Drones hit a depot in Sumy, Ivan Marko, citing local residents, said.'), [
      ['strike', 'UA-59', null],
    ]);
  });

  it('not a place before the comma ("…, Kharkiv Oblast, …")', () => {
    assert.deepEqual(whoOf('Drones hit a depot near Lozova, Kharkiv Oblast, a local official said.'), [
      ['strike', 'UA-63', 'official'],
    ]);
  });

  it('not the name of a place list before the verb ("Sumy, Kharkiv and Odesa, Ukraine said")', () => {
    assert.deepEqual(
      whoOf('Drones hit Sumy, Kharkiv and Odesa overnight, the air force said.').map((f) => f[2]),
      ['air_force', 'air_force', 'air_force'],
    );
  });
});

// fixenclaim26 removed the rule that let a lead's speaker replace a headline's side (it took the other side's voice too)
// and the "with X saying" rule (it credited the main clause's facts too): their negative cases stay.
describe("a headline's side that speaks keeps its own voice (fixenclaim26)", () => {
  it('not when the lead tells another fact ("Ukraine says 2 killed" over an air force launch count)', () => {
    assert.deepEqual(
      whoOf(
        'Ukraine says 2 killed in Russian shelling of Kherson\n\nSeparately the air force reported that Russia had launched 30 drones at Odesa.',
      ).filter((f) => f[0] === 'casualties'),
      [['casualties', 'UA-65', 'official']],
    );
  });

  it('not when the lead speaks of another place', () => {
    assert.deepEqual(
      whoOf(
        'Russia says 12 Ukrainian drones downed over Bryansk\n\nThe governor of the Kursk region said a Ukrainian drone hit a farm near Kursk.',
      ),
      [
        ['interception', 'RU-BRY', 'official'],
        ['strike', 'RU-KRS', 'governor'],
      ],
    );
  });

  it('not a lead that only cites an outlet ("…, Reuters reported")', () => {
    assert.deepEqual(
      whoOf(
        'Ukraine says 9 drones downed over Kyiv\n\nAir defences shot down 9 drones over Kyiv overnight, Reuters reported.',
      ).map((f) => f[2]),
      ['official'],
    );
  });
});

describe('a participle "saying" names no speaker (fixenclaim26)', () => {
  it('not a participle with no "with" before it ("Zelensky criticised Russian media, saying …")', () => {
    assert.deepEqual(whoOf('Zelensky criticised Russian media, saying drones hit Kharkiv overnight.'), [
      ['strike', 'UA-63', null],
    ]);
  });

  it('not a subject that is no speaker the text names ("with residents saying …")', () => {
    assert.deepEqual(whoOf('Drones hit Kharkiv, with residents saying the blasts shook the city.'), [
      ['strike', 'UA-63', null],
    ]);
  });
});
