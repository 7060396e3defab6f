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

// The second review (fixuk25b): S-300 named as the system is no missile fired; a verb of use is no strike of its own
// in Ukrainian; "did not let the missiles reach" is no permission.
describe('S-300 as a system, a use in the past, a negated permission: nothing invented, no type lost', () => {
  for (const [lang, text, expected] of [
    ['ru', 'Расчёт С-300 сбил украинский беспилотник над Белгородом.', ['interception RU-BEL uav']],
    ['uk', 'Торік ворог використав «шахеди» для атаки на енергетику.', []],
    ['uk', 'Команда використала дрони для атаки воріт суперника.', []],
    [
      'uk',
      'Ворог атакував Київ ракетами. Сили ППО не дозволили ракетам Х-101 долетіти до цілей.',
      ['strike UA-30 cruise_missile'],
    ],
    [
      'ru',
      'Россия атаковала Киев ракетами. ПВО не разрешила ракетам Х-101 долететь до целей.',
      ['strike UA-30 cruise_missile'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});

it('a launcher of S-300 destroyed on the ground is no missile', () => {
  const facts = extractText('ЗРК С-300 уничтожен ударом дрона в Крыму.', 'ru', at);
  assert.ok(facts.length > 0);
  assert.ok(facts.every((f) => f.weapon !== 'missile' && f.weapon_model !== 'S-300'));
});
