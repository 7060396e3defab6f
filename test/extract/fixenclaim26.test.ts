// Defects an independent review found in enclaim26's English claimants (twenty-sixth session, fixenclaim26). The
// texts are the review's, written with invented details. Outputs are (kind, region, name, role).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-04T08:00:00+00:00';
const extract = (text: string): Fact[] => extractText(text, 'en', PUBLISHED);
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant?.name ?? null, f.claimant?.role ?? null];
const whoOf = (text: string) => extract(text).map(who);
const headline = (text: string) => extract(text).filter((f) => f.evidence.end <= text.indexOf('\n'));

describe("a headline's side never takes the voice of its lead's speaker", () => {
  it('"Ukraine says" over a lead where Russia\'s ministry speaks first', () => {
    const text =
      "Ukraine says Russian drone attack kills one in Sumy\n\nRussia's defence ministry said its forces struck Ukrainian military targets in Sumy region overnight, while regional officials said one civilian was killed.";
    const facts = headline(text);
    assert.ok(facts.length > 0);
    for (const f of facts) assert.deepEqual([f.claimant?.name ?? null, f.claimant?.role ?? null], [null, 'official']);
  });

  it('"Ukraine says" over a Russian minister', () => {
    assert.deepEqual(
      whoOf(
        'Ukraine says 15 drones downed over Odesa\n\nRussian Defence Minister Andrei Belousov said Ukraine shot down 15 Russian drones over Odesa region overnight.',
      ),
      [['interception', 'UA-51', null, 'official']],
    );
  });

  it('"Russia says" over the Ukrainian president', () => {
    assert.deepEqual(
      whoOf(
        'Russia says 10 drones downed over Kursk\n\nUkrainian President Volodymyr Zelensky said Russia launched 30 drones at Kursk overnight, and 10 were shot down.',
      ),
      [['interception', 'RU-KRS', null, 'official']],
    );
  });
});

describe('a "with X saying" clause lends its speaker to no fact of the main clause', () => {
  it('a strike before foreign officials "saying"', () => {
    assert.deepEqual(
      whoOf('Russia fired 10 missiles at Lviv overnight, with Polish officials saying they scrambled jets.'),
      [['strike', 'UA-46', null, null]],
    );
  });

  it('a toll before the air force "saying" it shot drones down', () => {
    const facts = whoOf(
      "Russian drones hit Kharkiv overnight, killing two, with Ukraine's air force saying it shot down 20 of 30 drones.",
    );
    for (const f of facts) if (f[0] !== 'interception') assert.deepEqual(f.slice(2), [null, null]);
  });

  it("Ukraine's tally is not Russia's", () => {
    for (const f of whoOf(
      'Ukraine shot down 20 drones overnight, along with Russia saying it had downed 15 Ukrainian drones over Belgorod.',
    ))
      assert.deepEqual(f.slice(2), [null, null]);
  });

  it('no long subject ("with most of them … and officials saying")', () => {
    for (const f of whoOf(
      'Russia launched 50 drones overnight, with most of them flying toward Kyiv and officials saying nothing about damage.',
    ))
      assert.deepEqual(f.slice(2), [null, null]);
  });

  it('the main clause keeps its own speaker', () => {
    assert.deepEqual(
      whoOf(
        'Ukraine said it shot down 20 drones over Kyiv overnight, with Volodymyr Zelensky saying Russia must be stopped.',
      ),
      [['interception', 'UA-30', null, 'official']],
    );
  });
});

describe('a name before an apposition speaks only when it opens its clause and the verb has no subject of its own', () => {
  it("not the verb's object, not before a verb followed by its own subject", () => {
    const facts = whoOf(
      'A drone strike killed Ivan Bondarenko, the mayor of a village in Sumy region, said the regional governor.',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) assert.notEqual(f[2], 'Ivan Bondarenko');
  });

  it('still the name that opens its clause ("…, Name, a resident of Kharkiv, said")', () => {
    assert.deepEqual(
      whoOf('A drone hit a house in Kharkiv overnight, Mykola Dovhan, a resident of Kharkiv, said.')[0]?.[2],
      'Mykola Dovhan',
    );
  });
});

describe('"as saying" is no verb of saying: the outlet does not speak for the person it quotes', () => {
  it('"TASS quoted Name as saying …"', () => {
    for (const f of whoOf('TASS quoted Roman Starovoit as saying 10 drones were shot down over Kursk overnight.'))
      assert.notDeepEqual(f.slice(2), [null, 'media']);
  });
});
