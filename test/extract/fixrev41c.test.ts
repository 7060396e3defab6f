// Forty-first session, review 41b (fixrev41c): a weapon's fall told by a noun as a cause («после падения …») is a
// drone's wreck only. A missile's or a glide bomb's fall, a drone's fall onto a named object, and a fall followed by
// no harm (an evacuation, a closed airport) are no debris and no interception. Each text is invented, in the style of
// the channels' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-28T10:00:00+03:00';
const rows = (facts: Fact[]) =>
  facts
    .map((f) => {
      const n = f.count ? (f.count.value ?? `${f.count.min ?? ''}..${f.count.max ?? ''}`) : '';
      return `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}${n === '' ? '' : ` ${n}`}`;
    })
    .sort();

const check = (lang: Lang, cases: readonly (readonly [string, readonly string[]])[]) => {
  for (const [text, expected] of cases) {
    it(text, () => {
      assert.deepEqual(rows(extractText(text, lang, at)), expected);
    });
  }
};

const kinds = (facts: Fact[]) => new Set(facts.map((f) => f.kind));

describe('a missile’s or a bomb’s fall with no word of downing is no wreck', () => {
  for (const [lang, text] of [
    ['ru', 'После падения ракеты «Искандер» на Харьков погибли два человека, ещё девять ранены.'],
    ['ru', 'При падении ракеты С-300 в Харькове пострадали три человека.'],
    ['ru', 'После падения ракеты на многоэтажку в Запорожье погибли четыре человека.'],
    ['ru', 'После падения КАБа в Белгороде повреждены крыши двух частных домов.'],
    ['uk', 'Внаслідок падіння російського КАБу у Харкові пошкоджено гуртожиток.'],
    ['uk', 'Після падіння ракети на житловий будинок у Запоріжжі загинули троє людей.'],
  ] as const) {
    it(text, () => {
      const got = kinds(extractText(text, lang, at));
      assert.ok(!got.has('debris') && !got.has('interception'), [...got].join(', '));
    });
  }
});

describe('a drone’s fall onto a named object is where it hit, not a wreck', () => {
  for (const [lang, text] of [
    ['ru', 'После падения дрона на нефтебазу в Ростовской области начался пожар.'],
    ['ru', 'После падения беспилотника на территорию предприятия в Брянской области возник пожар.'],
    ['ru', 'После падения дрона-камикадзе на жилой дом в Курске ранены два человека.'],
    ['uk', 'Після падіння дрона на нафтобазу в Рівному спалахнула пожежа.'],
  ] as const) {
    it(text, () => {
      const got = kinds(extractText(text, lang, at));
      assert.ok(!got.has('debris') && !got.has('interception'), [...got].join(', '));
    });
  }
});

describe('a fall followed by no harm tells no wreck', () => {
  check('ru', [
    ['После падения беспилотника в Курской области эвакуировали жителей трёх улиц.', []],
    ['Росавиация: после падения беспилотника аэропорт Калуги временно закрыт.', ['airport_disruption RU-KLU -']],
  ]);
});

describe('guards: a drone’s fall as the cause of harm, or a downed weapon’s, stays the wreck', () => {
  check('ru', [
    [
      'Из-за падения БПЛА в Воронеже выбиты окна в трёх частных домах.',
      ['damage RU-VOR -', 'debris RU-VOR -', 'interception RU-VOR uav'],
    ],
    // A word of downing: a wreck even of a missile, and even onto a named object.
    [
      'После падения сбитой ракеты в Брянской области повреждена крыша склада.',
      ['damage RU-BRY -', 'debris RU-BRY -', 'interception RU-BRY missile 1'],
    ],
    [
      'После падения сбитого БПЛА на крышу склада в Брянской области начался пожар.',
      ['debris RU-BRY -', 'fire RU-BRY -', 'interception RU-BRY uav 1'],
    ],
    // «На окраине» is a place, not an object the drone fell onto.
    [
      'Пожар начался после падения беспилотника на окраине одного из сёл Калужской области.',
      ['debris RU-KLU -', 'fire RU-KLU -', 'interception RU-KLU uav 1'],
    ],
  ]);
  check('uk', [
    [
      'Внаслідок падіння збитого шахеда у Житомирі пошкоджено приватний будинок.',
      ['damage UA-18 -', 'debris UA-18 -', 'interception UA-18 uav 1'],
    ],
  ]);
});
