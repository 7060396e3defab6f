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

describe("claim39: a side's headline over a lead that names its voice", () => {
  it('a headline fact of no region takes the lead speaker who names the same side', () => {
    const text =
      '# Russia Says It Downed 30 Ukrainian Drones Over the Black Sea\n\nRussian air defences shot down 30 Ukrainian ' +
      "drones over the Black Sea overnight, Moscow's Defence Ministry said on Sunday.";
    assert.deepEqual(whoOf(text), [['interception', null, 'ministry']]);
  });

  it('a headline fact the lead tells in no fact of its own takes the lead speaker of its side', () => {
    const text =
      '# Moscow says it destroyed a drone over Kursk\n\nRussia’s defence ministry says the drone targeting the border ' +
      'region caused no damage.';
    assert.deepEqual(whoOf(text), [['interception', 'RU-KRS', 'ministry']]);
  });

  it("negatives: the other side's voice, a speaker inside a clause, a local official", () => {
    // The lead's speaker is of the other side: the headline's side keeps its own words.
    assert.deepEqual(
      whoOf(
        '# Russia says it destroyed a drone over Kursk\n\nUkraine’s defence ministry says the drone targeting the ' +
          'border region caused no damage.',
      ),
      [['interception', 'RU-KRS', 'official']],
    );
    // "The attacks came as …": the speaker tells its own clause, maybe another event.
    const clause = whoOf(
      '# Ukraine Says 2 Killed in Russian Strikes Near the Front\n\nThe attacks came as Kyiv’s air force said Russia ' +
        'fired 38 drones at the country overnight.',
    );
    assert.ok(
      clause.some(([kind, , who]) => kind === 'casualties' && who === 'official'),
      JSON.stringify(clause),
    );
    // A governor speaks for his own region, not for a headline fact elsewhere.
    assert.deepEqual(
      whoOf(
        '# Russia says it destroyed a drone over Kursk\n\nBryansk’s governor said debris caused no damage in his region.',
      ).find(([kind]) => kind === 'interception'),
      ['interception', 'RU-KRS', 'official'],
    );
  });
});

describe('claim39: Ukrainian verbs of saying in the present', () => {
  const whoUk = (text: string) => extractText(text, 'uk', PUBLISHED).map(who);

  it('«заявляють», «кажуть» attribute as the past forms do', () => {
    assert.deepEqual(whoUk('У Скадовську чути вибухи: окупанти заявляють про атаку дронів на порт.'), [
      ['strike', 'UA-65', 'official'],
    ]);
    assert.deepEqual(whoUk('Росія заявляє про атаку дронів на Крим.'), [['strike', 'UA-43', 'official']]);
    assert.deepEqual(whoUk('У Генічеську прильоти по аеродрому. Колаборанти кажуть про удари ракет.'), [
      ['strike', 'UA-65', 'official'],
    ]);
  });

  it('negatives: a saying with no one who says', () => {
    assert.deepEqual(whoUk('Кажуть, що вночі у Харкові пролунали вибухи.'), [['explosion', 'UA-63', null]]);
  });
});
