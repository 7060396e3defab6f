// Issue 8, twenty-fourth session: no facts from what only describes a weapon. A weapon told by what it is for ("drones
// used by Russia in its attacks on …") tells no strike (refine/described-use.ts). Texts are ours, written in the shapes
// of real leads; each case that must give nothing has a twin that keeps its fact. (The finite "has used", "earlier this
// month" and the sparing of a long-ago clause by a time of the week were taken out after review: fixoff24.test.ts.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const news = (text: string): Fact[] => extractText(text, 'en', PUBLISHED).filter((f) => !f.historical);
const kinds = (text: string) => news(text).map((f) => f.kind);

describe('a weapon told by what it is for: no strike', () => {
  it('a participle of use before "in" and the attack noun', () => {
    assert.deepEqual(kinds('Shahed drones used by Russia in attacks on Odesa were made with Western parts.'), []);
  });

  it('"being used" before "to" and the verb of striking', () => {
    assert.deepEqual(kinds('Kamikaze drones being used by Russia to strike Kharkiv are made with Western parts.'), []);
  });

  it('a supplier "supplying" the weapon "for" attacks', () => {
    assert.deepEqual(
      kinds('Iran is accused of supplying attack drones to Russia for strikes on Ukrainian cities.'),
      [],
    );
  });

  it('the active past "used … to strike" tells the strike', () => {
    assert.deepEqual(kinds('Russia used Shahed drones to strike Kyiv, officials said.'), ['strike']);
  });

  it('a participle of use with the main verb of striking after it tells the strike', () => {
    assert.deepEqual(kinds('Drones used by Russia hit a power plant in Kyiv overnight.'), ['strike']);
  });

  it('a time of its own spares the clause', () => {
    assert.deepEqual(kinds('Shahed drones used by Russia to strike Odesa on Tuesday were made in Iran.'), ['strike']);
  });

  it('a count of its own spares the clause', () => {
    assert.deepEqual(kinds('Some 35 Shahed drones used by Russia to strike Odesa were made in Iran.'), ['strike']);
  });

  it('a casualty toll told in the clause spares it', () => {
    assert.deepEqual(kinds('Shahed drones used by Russia to strike Odesa killed two people in the port.').sort(), [
      'casualties',
      'strike',
    ]);
  });

  it('a target named after the purpose word spares the clause', () => {
    assert.deepEqual(kinds('Drones used by Russia to strike a power plant in Odesa were made in Iran.'), ['strike']);
  });

  it('a fact of another kind after the purpose is told by its own verb', () => {
    const facts = news('The 12 Shahed drones used by Russia to strike Odesa were all shot down.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.count?.value]),
      [['interception', 12]],
    );
  });
});

describe('a date word long ago dates its clause', () => {
  it('a time right beside the date word is part of its date', () => {
    assert.deepEqual(kinds('At 9 a.m. on March 3 last year, a missile hit the school in Kharkiv.'), []);
  });

  it('a strike on a school damaged last month stays history', () => {
    assert.deepEqual(kinds('A Russian drone hit the school in Kharkiv that was damaged last month.'), []);
  });
});
