// Thirty-third session (uk33): Ukrainian Telegram posts and VIINA's Ukrainian headlines. Every text is invented, in
// the style of the city administrations' posts and the news headlines (BENCHMARKS.md, uk33).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-03-10T09:00:00+02:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('debris of a weapon told damaging, or falling by a noun, is the wreck of one shot down (docs/eval.md)', () => {
  // Main read the debris (and the damage) only.
  for (const [lang, text, expected] of [
    ['uk', 'У Києві падіння уламків ракети.', ['debris UA-30 -', 'interception UA-30 missile']],
    [
      'uk',
      'Вночі у Голосіївському районі столиці уламки ракети пошкодили гаражі.',
      ['damage UA-30 -', 'debris UA-30 -', 'interception UA-30 missile'],
    ],
    [
      'uk',
      'Уламки дрона пошкодили будинок у Броварах.',
      ['damage UA-32 -', 'debris UA-32 -', 'interception UA-32 uav'],
    ],
    [
      'ru',
      'В Курской области из-за падения обломков беспилотника загорелся сарай.',
      ['debris RU-KRS -', 'fire RU-KRS -', 'interception RU-KRS uav'],
    ],
    [
      'ru',
      'В Белгороде обломки ракеты повредили два автомобиля.',
      ['damage RU-BEL -', 'debris RU-BEL -', 'interception RU-BEL missile'],
    ],
    [
      'en',
      'In Odesa, debris of a drone damaged a warehouse.',
      ['damage UA-51 -', 'debris UA-51 -', 'interception UA-51 uav'],
    ],
    [
      'en',
      'Falling debris from a drone damaged a barn in the Kyiv region.',
      ['damage UA-32 -', 'debris UA-32 -', 'interception UA-32 uav'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(what(extractText(text, lang, at)), expected);
    });
  }
  it('a singular noun is one (the debris of "a drone")', () => {
    const fact = extractText('Уламки дрона пошкодили будинок у Броварах.', 'uk', at).find(
      (f) => f.kind === 'interception',
    );
    assert.equal(fact?.count?.value, 1);
  });
  // No weapon named, the debris of a building, a strike told before, a clause of the weapon's own, a fall of prices:
  // as on main.
  for (const [lang, text, expected] of [
    ['uk', 'На Київщині внаслідок падіння уламків загорівся склад.', []],
    ['uk', 'У Києві уламки будинку пошкодили авто.', []],
    ['uk', 'Падіння цін на дрони триває.', []],
    ['en', 'Falling debris damaged a house in Kyiv.', []],
    ['ru', 'В Белгороде после падения обломков здания пострадали двое.', []],
    [
      'uk',
      'Ракета влучила в будинок у Києві. Уламки ракети пошкодили авто.',
      ['damage UA-30 -', 'debris UA-30 -', 'strike UA-30 missile'],
    ],
    [
      'uk',
      'Уламки ракети, що влучила в школу, пошкодили авто у Києві.',
      ['damage UA-30 -', 'debris UA-30 -', 'strike UA-30 missile'],
    ],
    ['uk', 'У музеї показали уламки ракети, яка зруйнувала школу в Харкові.', ['debris UA-63 -']],
    [
      'uk',
      'Сили ППО збили 5 дронів над Київщиною. Уламки дрона пошкодили будинок.',
      ['damage UA-32 -', 'debris UA-32 -', 'interception UA-32 uav'],
    ],
  ] as const) {
    it(`${lang}: ${text} (as on main)`, () => {
      assert.deepEqual(what(extractText(text, lang, at)), expected);
    });
  }
});

describe('«рознесли», «висадили в повітря» are verbs of destroying (uk interception and destroying words)', () => {
  // Main read nothing.
  for (const [text, expected] of [
    ['Дрони СБУ рознесли склади боєприпасів окупантів у Криму.', ['damage UA-43 -', 'strike UA-43 uav']],
    ['Дрони висадили в повітря склад боєприпасів біля Донецька.', ['damage UA-14 -', 'strike UA-14 uav']],
    ['Сили ППО рознесли 10 шахедів над Київщиною.', ['interception UA-32 uav']],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
  // Leaflets, aid and pensions delivered («рознести» is also "to deliver"), a blast wave: no fact, as on main.
  for (const text of [
    'Волонтери рознесли продуктові набори по домівках у Харкові.',
    'Листоноші рознесли пенсії у Сумах.',
    'Вибухова хвиля рознесла вікна у Києві.',
  ]) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), []);
    });
  }
});

describe('debris whose damage is denied tells no downing (the review of the branch)', () => {
  for (const [lang, text] of [
    ['ru', 'Обломки ракеты не повредили объекты инфраструктуры в Курской области.'],
    ['en', 'Debris of a drone did not damage anything in Kyiv, officials said.'],
  ] as const) {
    it(text, () => {
      assert.ok(!what(extractText(text, lang, at)).some((k) => k.startsWith('interception')));
    });
  }
});
