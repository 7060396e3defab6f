// The review of claim25 (fixclaim25, twenty-fifth session): speakers it gave that are not the speaker. "saying" took a
// time of its clause for the statement's and gave the statement to an object role; "accuses" credited whoever stood
// before it; "armed forces" in a named man's title outranked the name; "Russian media" in a side clause or a later
// sentence outranked the lead's speaker; "announced the governor" lost its speaker to a role after "as". The texts are
// ours, invented in the shape of real leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'en', PUBLISHED).map(who);
const whenOf = (text: string) => extractText(text, 'en', PUBLISHED).map((f) => f.when?.start ?? null);

describe('claim25 review: speakers', () => {
  it('a time after "saying" is its clause\'s, not the statement\'s', () => {
    assert.deepEqual(whenOf('Officials posted a message saying drones hit Sumy overnight.'), [
      '2023-05-09T21:00:00+00:00',
    ]);
    assert.deepEqual(whenOf('The governor posted on Telegram, saying a drone hit Kursk on Monday.'), [
      '2023-05-08T00:00:00+00:00',
    ]);
    assert.deepEqual(whenOf('The ministry issued a statement saying missiles hit Kyiv on Friday.'), [
      '2023-05-05T00:00:00+00:00',
    ]);
    // Near miss: a time right after "said" is still the statement's.
    assert.deepEqual(whenOf('A drone hit Kursk, the governor said on Monday.'), [null]);
  });

  it("the armed forces in a named man's title do not replace him", () => {
    assert.deepEqual(
      whoOf("The head of Ukraine's armed forces, General Zaluzhny, said 20 missiles were shot down over Kyiv."),
      [['interception', 'UA-30', 'General Zaluzhny']],
    );
    assert.deepEqual(whoOf("Ukraine's armed forces chief Valery Zaluzhny said 20 missiles were shot down over Kyiv."), [
      ['interception', 'UA-30', 'Valery Zaluzhny'],
    ]);
    assert.deepEqual(
      whoOf(
        "The chief commander of Ukraine's armed forces, Valery Zaluzhny, said air defences downed 15 drones over Kyiv.",
      ),
      [['interception', 'UA-30', 'Valery Zaluzhny']],
    );
  });

  it('"saying" does not give the statement to the object of another verb', () => {
    assert.deepEqual(whoOf('Zelensky criticised Russian media, saying they lied about the missile strike on Kyiv.'), [
      ['strike', 'UA-30', null],
    ]);
    assert.deepEqual(whoOf('The governor attacked local media, saying reports that a drone hit Belgorod were false.'), [
      ['strike', 'RU-BEL', 'governor'],
    ]);
    assert.deepEqual(
      whoOf("A drone hit a building in Kharkiv, with Ukraine's armed forces saying nothing about the damage."),
      [
        ['strike', 'UA-63', null],
        ['damage', 'UA-63', null],
      ],
    );
    assert.deepEqual(
      whoOf('Missiles hit Lviv on Monday, local media reported, with the mayor saying 3 people were injured.'),
      [
        ['strike', 'UA-46', 'mayor'],
        ['casualties', 'UA-46', 'mayor'],
      ],
    );
  });

  it('"accuses" credits no one', () => {
    assert.deepEqual(whoOf('A court in Moscow accuses a man of helping a drone attack on an airfield in Pskov.'), [
      ['strike', 'RU-PSK', null],
    ]);
    assert.deepEqual(whoOf('Zelensky accuses Moscow of terror as missiles hit Kyiv.'), [['strike', 'UA-30', null]]);
    assert.deepEqual(whoOf('Drones hit Moscow, and the Kremlin accuses Kyiv of terrorism.'), [
      ['strike', 'RU-MOW', null],
    ]);
  });

  it("the press in a side clause or a later sentence does not outrank the lead's speaker", () => {
    assert.deepEqual(whoOf('A drone hit Moscow overnight, officials said, as Russian media reported a blast.'), [
      ['strike', 'RU-MOW', 'official'],
    ]);
    assert.deepEqual(whoOf('A drone hit Kyiv on Monday. Russian media reported the attack.'), [
      ['strike', 'UA-30', null],
    ]);
  });

  it('"announced" and "confirmed" may come before their speaker, as "said" does', () => {
    assert.deepEqual(whoOf('A missile hit Dnipro, announced the governor, as police said.'), [
      ['strike', 'UA-12', 'military_administration'],
    ]);
    assert.deepEqual(whoOf('A missile hit Dnipro, confirmed the mayor, as police said.'), [
      ['strike', 'UA-12', 'mayor'],
    ]);
    // Near miss: "told" still names who heard.
    assert.deepEqual(whoOf('A missile hit Dnipro, the governor told the police.'), [
      ['strike', 'UA-12', 'military_administration'],
    ]);
  });
});
