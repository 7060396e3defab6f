// Who says so in English leads (claim25, twenty-fifth session): the armed forces and a country's or place's press as
// speakers, a role right after "told" or "has said" as who heard rather than who speaks, "with X saying" and a
// headline's "Russia accuses Ukraine of …" as attributions. The near misses are what the rules must not read. The texts
// are ours, invented in the shape of real leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'en', PUBLISHED).map(who);

describe('English speakers of a lead', () => {
  it('"Ukraine\'s armed forces said" is an official body', () => {
    assert.deepEqual(whoOf("Drones were shot down over Kyiv overnight, Ukraine's armed forces said."), [
      ['interception', 'UA-30', 'official'],
    ]);
  });

  it('"Russian media reports", "according to local media" are the press; social media is no speaker', () => {
    assert.deepEqual(whoOf('Drones hit residential blocks in Moscow, Russian media reports'), [
      ['strike', 'RU-MOW', 'media'],
    ]);
    assert.deepEqual(whoOf('A drone struck an oil depot in Bryansk, according to local media.'), [
      ['strike', 'RU-BRY', 'media'],
    ]);
    assert.deepEqual(whoOf('A drone struck an oil depot in Bryansk, social media reports said.'), [
      ['strike', 'RU-BRY', null],
    ]);
  });

  it('a role right after "told" or "has said" heard the statement; the one before it speaks', () => {
    assert.deepEqual(whoOf('A missile destroyed a warehouse in Kharkiv, regional officials told Ukrainian media.'), [
      ['strike', 'UA-63', 'official'],
      ['damage', 'UA-63', 'official'],
    ]);
    assert.deepEqual(
      whoOf("Missiles have hit Kyiv, the city's mayor has said, as emergency services work at the site."),
      [['strike', 'UA-30', 'mayor']],
    );
    // "said" still takes its speaker after it.
    assert.deepEqual(whoOf('A missile destroyed a warehouse in Kharkiv, said the regional police.'), [
      ['strike', 'UA-63', 'official'],
      ['damage', 'UA-63', 'official'],
    ]);
  });

  it('"with Ukraine\'s army saying" attributes its clause', () => {
    assert.deepEqual(
      whoOf("Russia attacked Kyiv early on Tuesday, with Ukraine's army saying it shot down 14 missiles."),
      [['interception', 'UA-30', 'official']],
    );
  });

  it('"Russia accuses Ukraine of …" in a headline is the Russian state\'s claim; the past tense is not', () => {
    assert.deepEqual(whoOf('Russia accuses Ukraine of drone attack on Pskov airport'), [
      ['strike', 'RU-PSK', 'official'],
    ]);
    assert.deepEqual(whoOf('A man accused of a drone attack on Pskov airport was detained.'), [
      ['strike', 'RU-PSK', null],
    ]);
  });
});
