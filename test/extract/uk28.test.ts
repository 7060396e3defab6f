// Twenty-eighth session (uk28): Ukrainian claimants. «ЗОВА» (the Zaporizhzhia regional military administration's own
// abbreviation, as «КМВА» is Kyiv's) is a military administration that speaks. Every text is invented, in the style of
// the channels' posts (BENCHMARKS.md, uk28).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-10T08:00:00+03:00';
const who = (facts: Fact[]) =>
  [
    ...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.claimant?.name ?? f.claimant?.role ?? '-'}`)),
  ].sort();

describe('«ЗОВА» is a regional military administration (roles)', () => {
  for (const [text, expected] of [
    [
      'За інформацією ЗОВА, вночі ворог атакував Запоріжжя дронами, пошкоджено будинок.',
      ['damage UA-23 military_administration', 'strike UA-23 military_administration'],
    ],
    ['Про це повідомили в ЗОВА: ворог завдав ракетного удару по Запоріжжю.', ['strike UA-23 military_administration']],
    [
      'Вночі ворог 12 разів обстріляв Оріхів, зруйновано будинок, повідомляє ЗОВА.',
      ['damage UA-23 military_administration', 'strike UA-23 military_administration'],
    ],
    ['Окупанти атакували Запоріжжя шахедами, – ЗОВА.', ['strike UA-23 military_administration']],
    ['Керівник ЗОВА заявив, що вночі ворог обстріляв Степногірськ.', ['strike UA-23 military_administration']],
    ['ЗОВА: вночі ракета влучила в підприємство у Запоріжжі.', ['strike UA-23 military_administration']],
    // The post's closing links name the administration that wrote it.
    ['Ворог завдав удару по Гуляйполю.\nСайт ЗОВА | Facebook ЗОВА', ['strike UA-23 military_administration']],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(who(extractText(text, 'uk', at)), expected);
    });
  }
  // Near misses, as on main: no fact, no abbreviation, or another word that begins with the same letters.
  for (const [text, expected] of [
    ['Сьогодні ЗОВА провела нараду щодо відбудови шкіл.', []],
    ['Вночі ворог обстріляв Запоріжжя, пошкоджено будинок.', ['damage UA-23 -', 'strike UA-23 -']],
    ['Вночі ЗОВАНІ дрони атакували Запоріжжя.', ['strike UA-23 -']],
    ['Зова матері почула вся країна після удару по Запоріжжю.', ['strike UA-23 -']],
  ] as const) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(who(extractText(text, 'uk', at)), expected);
    });
  }
});
