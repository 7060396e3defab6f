// claim39 (thirty-ninth session): claimants where the fact's kind and region are right. The texts are ours, invented
// in the shape of real English leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'en', PUBLISHED).map(who);

describe('claim39: the armed forces speak', () => {
  it('"Ukraine\'s armed forces said" is an official statement', () => {
    assert.deepEqual(whoOf("Ukraine's armed forces said 12 of 15 missiles were shot down over Kyiv on Monday."), [
      ['interception', 'UA-30', 'official'],
    ]);
    assert.deepEqual(whoOf('Twenty drones were downed over Odesa overnight, the armed forces said.'), [
      ['interception', 'UA-51', 'official'],
    ]);
  });

  it("a body's head named with his title speaks, not the body", () => {
    assert.deepEqual(
      whoOf("The head of Ukraine's armed forces, General Ivan Petrenko, said 9 drones were downed over Kyiv."),
      [['interception', 'UA-30', 'General Ivan Petrenko']],
    );
    assert.deepEqual(whoOf("The head of Ukraine's army, Ivan Petrenko, said 9 drones were downed over Kyiv."), [
      ['interception', 'UA-30', 'Ivan Petrenko'],
    ]);
    assert.deepEqual(whoOf("Ukraine's armed forces chief Ivan Petrenko said 9 drones were downed over Kyiv."), [
      ['interception', 'UA-30', 'Ivan Petrenko'],
    ]);
    // Near miss: a body with no title before it keeps its own voice, whatever name follows in commas.
    assert.deepEqual(whoOf("Ukraine's army, which Ivan Petrenko leads, said 9 drones were downed over Kyiv."), [
      ['interception', 'UA-30', 'official'],
    ]);
  });

  it('"armed forces" that act or are spoken of name no speaker', () => {
    assert.deepEqual(whoOf("A drone hit a building in Kharkiv, with Ukraine's armed forces saying nothing about it."), [
      ['strike', 'UA-63', null],
    ]);
    assert.deepEqual(whoOf('Missiles hit an armed forces depot in Lviv overnight.'), [['strike', 'UA-46', null]]);
  });
});
