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

const launch = (facts: Fact[]) =>
  facts
    .map(
      (f) =>
        `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'} of ${f.launched?.value ?? '-'}`,
    )
    .sort();

describe('the feminine and plural past of «застосувати» is a launch (uk `launched`: «застосувала», «застосували»)', () => {
  // Main read the masculine only («ворог застосував 50 дронів»): these lost the launch, or the whole report.
  for (const [text, expected] of [
    ['Вночі Росія застосувала 50 ударних дронів. Сили ППО збили 40 з них.', ['interception - uav 40 of 50']],
    ['Цієї ночі окупанти застосували 6 ракет Х-101, 5 знищено.', ['interception - cruise_missile 5 of 6']],
    [
      'Цієї ночі Росія застосувала проти України 4 балістичні ракети та 90 дронів. Збито 2 ракети та 70 дронів.',
      ['interception - ballistic_missile 2 of 4', 'interception - uav 70 of 90'],
    ],
    [
      'Вночі окупанти застосували по Харківщині 12 шахедів, 9 з них збили мобільні вогневі групи.',
      ['interception UA-63 uav 9 of 12'],
    ],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(launch(extractText(text, 'uk', at)), expected);
    });
  }
  // No weapon counted, a drill, a threat, the land war, a fundraiser («запустили» is left out): nothing, as on main.
  for (const text of [
    'Росія застосувала заборонену зброю проти мирних жителів.',
    'Росія застосувала право вето в ООН.',
    'На навчаннях військові застосували 12 дронів.',
    'Росія може застосувати 100 шахедів наступної ночі.',
    'Штурмовики застосували FPV-дрони проти піхоти ворога.',
    'Волонтери запустили збір на 20 дронів для бригади.',
  ]) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(launch(extractText(text, 'uk', at)), []);
    });
  }
});
