// Twenty-fifth session (fixuk25): the review of uk25's `weaponsUsed`. Each text is invented, in the style of the air
// force's, the channels' and the agencies' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const weapons = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a bare list of weapons types a post plain missiles (weaponsUsed keeps no list rule)', () => {
  for (const [lang, text, expected] of [
    // A line of the weapons used, or a headline of them, names the missiles that were shot down or struck.
    [
      'uk',
      'Повітряні сили: вночі ворог атакував Україну.\nЗастосовано:\nХ-101, Калібр.\nУсі ракети знищено над Київщиною.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'uk',
      'Шахеди та крилаті ракети.\nВночі ППО збила 12 ракет та 20 дронів над Київщиною.',
      ['interception UA-32 cruise_missile', 'interception UA-32 uav'],
    ],
    [
      'ru',
      'Ночная атака на Киев.\nКрылатые ракеты Х-101 и Калибр.\nПВО сбила 15 ракет над Киевской областью.',
      ['interception UA-32 cruise_missile'],
    ],
    ['uk', 'Вночі ворог атакував Київ ракетами. Крилаті ракети Х-101.', ['strike UA-30 cruise_missile']],
    ['uk', 'Ворог атакував Одесу ракетами.\nРакети «Калібр».', ['strike UA-51 cruise_missile']],
    ['uk', 'Кинджали, Іскандери.\nВорог атакував Київ ракетами.', ['strike UA-30 ballistic_missile']],
    ['uk', 'Крилаті ракети Х-101/Х-555.\nЗбито 22 ракети над Київщиною.', ['interception UA-32 cruise_missile']],
    [
      'en',
      'Russia attacked Ukraine overnight.\nKh-101, Kalibr.\nAll missiles were shot down over Kyiv Oblast.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'en',
      'Cruise missiles and Shaheds.\nAir defences downed 12 missiles over Kyiv Oblast.',
      ['interception UA-32 cruise_missile'],
    ],
    // S-300 is a missile of the plain class (docs/eval.md): named beside a cruise type, in a list or a sentence of no
    // attack, it leaves the plain missiles unknown.
    ['uk', 'Ворог атакував Харків ракетами. Х-101, С-300.', ['strike UA-63 missile']],
    ['uk', 'Серед ракет були Х-101 та С-300. Зафіксовано влучання ракет у Харкові.', ['strike UA-63 missile']],
    ['ru', 'Среди ракет были Х-101 и С-300. Зафиксировано попадание ракет в Харькове.', ['strike UA-63 missile']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});

describe('a verb of reporting or a noun of delivery is no aid, and a use is an attack (weaponsUsed)', () => {
  for (const [lang, text, expected] of [
    [
      'ru',
      'Как передали в Минобороны, противник применил крылатые ракеты Х-101. Ракеты сбиты над Киевской областью.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'ru',
      'Противник применил ракеты Х-101, передали военные. Ракеты сбиты над Киевской областью.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'uk',
      'Ворог використав ракети Х-22, передали в Повітряних силах. Ракети влучили в Кременчук.',
      ['strike UA-53 cruise_missile'],
    ],
    [
      'uk',
      'Як передали у Повітряних силах, у Києві пролунали вибухи від крилатих ракет Х-101. Ракети збито над Київщиною.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'uk',
      'Пуски крилатих ракет Калібр з Чорного моря, передали моніторингові канали. Ракети збито над Миколаївщиною.',
      ['interception UA-48 cruise_missile'],
    ],
    [
      'uk',
      'Окремо передали, що ракети Х-101 летять на Київ. Ракети збито над Київщиною.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'ru',
      'Поставки ракет Х-101 на аэродром Энгельс. Ракеты сбиты над Киевской областью.',
      ['interception UA-32 cruise_missile'],
    ],
    // A word of aid in the sentence of a use: the use tells the weapons fired.
    [
      'ru',
      'Путин разрешил, и армия применила ракеты Х-101 по Киеву. Ракеты сбиты над Киевской областью.',
      ['interception UA-32 cruise_missile'],
    ],
    [
      'uk',
      'Кремль дозволив, і ворог використав ракети Х-22. Ракети влучили в Кременчук.',
      ['strike UA-53 cruise_missile'],
    ],
    // Near-misses: aid still types nothing, future forms with a recipient.
    [
      'uk',
      'Ворог завдав ракетного удару по Полтаві. Окремо: США передадуть Україні ракети ATACMS.',
      ['strike UA-53 missile'],
    ],
    ['ru', 'Противник нанес ракетный удар по Сумам. США поставят Украине ракеты ATACMS.', ['strike UA-59 missile']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});
