// English news leads whose attack Sitrep read nothing of (issues 8 and 9, thirty-fourth session, branch enrecall34):
// shapes of the sentence that tells the attack which the rules missed, each found in three or more real dev leads.
// Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-01-16T09:20:00Z';
const facts = (text: string) =>
  extractText(text, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a verb of shooting down or striking after a word of aim is what a weapon is for (enrecall34)', () => {
  it("the strike stands beside a trailing participle that tells the weapon's design", () => {
    assert.deepEqual(facts('Russia Struck Zaporizhzhia With Missile Designed To Destroy Aircraft Carriers'), [
      'strike UA-23 missile',
    ]);
    assert.deepEqual(facts('Russia hit Odesa with an old missile made to destroy warships, the air force said.'), [
      'strike UA-51 missile',
    ]);
  });

  it('the aim of an attack is no interception of its drones', () => {
    assert.deepEqual(facts('Ukraine launches drone attack on Sevastopol in bid to destroy Russian warships'), [
      'strike UA-40 uav',
    ]);
  });

  it('an aim alone still tells nothing', () => {
    assert.deepEqual(facts('The new missile is designed to destroy aircraft carriers.'), []);
    assert.deepEqual(facts('Moscow seeks to destroy Ukrainian air defences, analysts say.'), []);
  });
});

describe('a side that attacks with a weapon and names no target struck with it (enrecall34)', () => {
  it('the verb of attacking right before the means preposition', () => {
    assert.deepEqual(facts('Kyiv said Russia attacked with the rarely used Zircon missile during the summit.'), [
      'strike - cruise_missile',
    ]);
    assert.deepEqual(facts('Officials count the dead while Russia attacks with Shahed drones'), ['strike - uav']);
  });

  it('a launch verb and its attack noun, one fact per weapon of the list', () => {
    assert.deepEqual(facts('Russia launched an overnight assault with missiles and drones.'), [
      'strike - missile',
      'strike - uav',
    ]);
  });

  it('a plan, a possessive or a weapon far from the preposition tells no strike', () => {
    assert.deepEqual(facts('Zelensky says Russia planning prolonged attack with Iranian-made drones'), []);
    assert.deepEqual(facts("Moscow's attacks with drones have become routine, analysts say."), []);
    assert.deepEqual(facts('Russia attacked with words, not weapons, and the drones stayed grounded.'), []);
  });
});

describe('a place that takes the blow of an attack: "rocked by", "reels from" (enrecall34)', () => {
  it('the place before the verb is where the weapon struck', () => {
    assert.deepEqual(facts('Zaporizhzhia reels from deadly Russian missile strike'), ['strike UA-23 missile']);
    assert.deepEqual(facts('Belgorod, Russian Border City, Is Rocked by Drone Strikes'), ['strike RU-BEL uav']);
    assert.deepEqual(facts('Lviv residents reel from another missile attack'), ['strike UA-46 missile']);
  });

  it('the whole country rocked names no region', () => {
    assert.deepEqual(facts('Ukraine rocked by massive Russian missile barrage'), ['strike - missile']);
  });

  it('a blow with no weapon, or no attack at all, tells no strike', () => {
    assert.deepEqual(facts('Kyiv rocked by corruption scandal'), []);
    assert.deepEqual(facts('Odesa reeling from the loss of its grain trade'), []);
  });
});
