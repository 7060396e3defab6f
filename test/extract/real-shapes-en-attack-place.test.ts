// Shapes of English news leads (issue 8, en-news-rss, eighteenth session, en18b): one attack told by its noun, not a
// verb, with the place it fell. The texts are ours, written in those shapes; no lead is copied. One test per variant
// of the grammar, and negative cases beside each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const strikes = (text: string) =>
  extract(text)
    .filter((f) => f.kind === 'strike')
    .map((f) => [f.region?.code ?? null, f.weapon]);

describe('a weapon\'s attack noun with a preposition of place after it ("a drone attack in the capital")', () => {
  it('"in" or "near" and the place, a few small words between', () => {
    assert.deepEqual(strikes('Officials are still counting the cost of a drone attack in the centre of Lviv.'), [
      ['UA-46', 'uav'],
    ]);
    assert.deepEqual(strikes('The Kremlin vowed a response to a drone strike in the centre of Moscow.'), [
      ['RU-MOW', 'uav'],
    ]);
    assert.deepEqual(strikes('Reporters were filming the deadliest missile attack near Kharkiv in weeks.'), [
      ['UA-63', 'missile'],
    ]);
  });

  it('not a plural, not a modal clause, not a threat', () => {
    assert.deepEqual(strikes('Drone attacks in Moscow have become routine, analysts say.'), []);
    assert.deepEqual(strikes('Russia could launch a drone attack in Odesa, officials said.'), []);
    assert.deepEqual(strikes('The mayor warned of a missile attack in Kharkiv.'), []);
  });
});

describe('an attack noun judged, avenged or feared is talked of, not told ("the trial over the drone attack")', () => {
  it('a talked_of word a few words before the noun', () => {
    assert.deepEqual(strikes('The trial over the drone attack near Kherson opened on Monday.'), []);
    assert.deepEqual(strikes('The Kremlin vowed revenge for a drone attack in Moscow.'), []);
    assert.deepEqual(strikes('Kyiv says it is anticipating a drone attack in the capital.'), []);
  });

  it('the same words elsewhere in the sentence veto nothing', () => {
    assert.deepEqual(strikes('Residents who fear more attacks said a missile hit a school in Kharkiv overnight.'), [
      ['UA-63', 'missile'],
    ]);
    assert.deepEqual(strikes('Officials feared the worst when a drone hit a fuel depot in Bryansk overnight.'), [
      ['RU-BRY', 'uav'],
    ]);
  });
});

describe('an attack noun with no weapon, told as past by a word of cause ("during a Russian attack in Odesa")', () => {
  it('"during", "after", "following" a word or two before the noun, then the place', () => {
    assert.deepEqual(strikes('Two cars burned during a Russian attack in Odesa on Tuesday.'), [['UA-51', null]]);
    assert.deepEqual(strikes('The depot burned for hours following a Ukrainian strike near Bakhmut.'), [
      ['UA-14', null],
    ]);
  });

  it('with no word of cause, or a plural, the noun is talk of attacks', () => {
    assert.deepEqual(strikes('A Russian attack in Odesa would be a grave escalation.'), []);
    assert.deepEqual(strikes('Grain exports stalled after attacks in Odesa.'), []);
  });
});

describe('a superlative before a weapon\'s attack noun ranks one wave that took place ("the deadliest missile attack")', () => {
  it('a strike with its weapon and no region, singular or plural, a side between', () => {
    assert.deepEqual(strikes('Power cuts spread after the heaviest drone attack in weeks.'), [[null, 'uav']]);
    assert.deepEqual(strikes("Nine dead in one of Russia's biggest missile barrages this year"), [[null, 'missile']]);
  });

  it('no superlative, or a modal clause, is no event', () => {
    assert.deepEqual(strikes('The missile attacks are a form of pressure, analysts say.'), []);
    assert.deepEqual(strikes('Russia could launch its largest drone attack yet.'), []);
  });

  it('a ranked exercise or threat is no wave', () => {
    assert.deepEqual(strikes('Ukraine held the largest drone attack exercise in Lviv.'), []);
    assert.deepEqual(strikes('Officials discussed the biggest missile attack threat facing Odesa.'), []);
  });

  it('a wave prepared, feared or expected is still to come', () => {
    assert.deepEqual(strikes('Moscow is preparing its largest drone attack yet, intelligence officials warned.'), []);
    assert.deepEqual(strikes('Residents fear the heaviest missile strike of the winter is coming.'), []);
    assert.deepEqual(strikes('The army says Russia is ready to launch its biggest missile attack so far.'), []);
    assert.deepEqual(strikes('Analysts expect the deadliest drone attack of the year before the holidays.'), []);
  });
});
