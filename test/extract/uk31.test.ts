// Thirty-first session (uk31): a strike prepared is no strike. The masculine past «готував» was already a
// `speculative` word; its feminine and plural past («готувала», «готували») and the present («готує», «готують») are
// `aim` words now, which cancel only what their own clause tells after them. Every text is invented, in the style of
// the headlines and channels' posts (BENCHMARKS.md, uk31).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-03-10T09:00:00+02:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a strike prepared is no strike (uk `aim`: «готувала», «готували», «готує», «готують»)', () => {
  // Each of these told a strike on main.
  for (const text of [
    'Суд засудив двох інформаторів, що готували ракетні удари по військовій частині на Волині.',
    'Трьох агентів, які готували ракетні удари по летовищу біля Львова, засуджено до 10 років.',
    'СБУ затримала агентку, яка готувала удари дронами по підстанціях Полтави.',
    'Росіяни готують удар по Запоріжжю, заявив речник ОВА.',
    'Окупанти готують нову атаку шахедами на Одесу, попереджає розвідка.',
    '«Ворог готує масовану атаку по Києву», — наголосив мер.',
    'Росіяни готують масований ракетний удар по Україні.',
  ]) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), []);
    });
  }
  // The prepared strike goes, the one that happened stays (main told both).
  for (const [text, expected] of [
    ['Агентка, яка готувала удари по Києву, затримана; вночі дрони атакували Львів.', ['strike UA-46 uav']],
    ['Агенти готували удари по Одесі. Цієї ночі ракета влучила в склад у Київській області.', ['strike UA-32 missile']],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
  // The strike told before the verb, in another clause or in another sentence stays (as on main).
  for (const [text, expected] of [
    ['Росіяни вдарили по Харкову КАБами, а тепер готують нові атаки.', ['strike UA-63 guided_bomb']],
    ['Після ракетного удару по Кривому Рогу комунальники готують вікна до заміни.', ['strike UA-12 missile']],
    [
      'Вночі ворог атакував Одесу дронами. Рятувальники готують гуманітарну допомогу постраждалим.',
      ['strike UA-51 uav'],
    ],
    ['Вчора ракета влучила в підстанцію у Полтаві; енергетики готують резервну лінію.', ['strike UA-53 missile']],
    ['Вночі Сили ППО збили 20 шахедів над Київщиною, поки росіяни готують новий удар.', ['interception UA-32 uav']],
    ['Ворог не готує нових ударів, а вже вдарив по Сумах двома ракетами.', ['strike UA-59 missile']],
    // Silent on main already: the masculine past is `speculative`.
    ['СБУ затримала агента, який готував удари по Кропивницькому.', []],
  ] as const) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
});
