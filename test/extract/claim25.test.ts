// Who says so in English leads (claim25, twenty-fifth session; narrowed by fixclaim25): a role right after "told" or
// "has said" is who heard rather than who speaks, while a verb that may come before its speaker (`said_first`: "said",
// "announced") still takes it after. The speakers claim25 added ("armed forces", "Russian media", "saying", "accuses")
// were taken out again by fixclaim25 (test/extract/fixclaim25.test.ts); "armed forces" came back in claim39, once a
// head named with the body's title speaks for himself (test/extract/claim39.test.ts). The texts are ours, invented in
// the shape of real leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'en', PUBLISHED).map(who);

describe('English speakers of a lead', () => {
  it('social media is no speaker', () => {
    assert.deepEqual(whoOf('A drone struck an oil depot in Bryansk, social media reports said.'), [
      ['strike', 'RU-BRY', null],
    ]);
  });

  it('a role right after "told" or "has said" heard the statement; the one before it speaks', () => {
    assert.deepEqual(whoOf('A missile destroyed a warehouse in Kharkiv, regional officials told the police.'), [
      ['strike', 'UA-63', 'official'],
      ['damage', 'UA-63', 'official'],
    ]);
    assert.deepEqual(whoOf('Missiles have struck Kyiv, the mayor has said, as rescuers work at the scene.'), [
      ['strike', 'UA-30', 'mayor'],
    ]);
    // "said" still takes its speaker after it.
    assert.deepEqual(whoOf('A missile destroyed a warehouse in Kharkiv, said the regional police.'), [
      ['strike', 'UA-63', 'official'],
      ['damage', 'UA-63', 'official'],
    ]);
  });

  it('the past "accused" credits no one', () => {
    assert.deepEqual(whoOf('A man accused of a drone attack on Pskov airport was detained.'), [
      ['strike', 'RU-PSK', null],
    ]);
  });
});
