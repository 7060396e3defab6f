import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Count, Lang } from '../../src/core/types.ts';
import { findNumbers } from '../../src/extract/common/numbers.ts';

const exact = (n: number): Count => ({ value: n, min: n, max: n, approx: false });
const over = (n: number): Count => ({ value: null, min: n + 1, max: null, approx: false, said: 'over' });
const atLeast = (n: number): Count => ({ value: null, min: n, max: null, approx: false, said: 'at_least' });
const about = (n: number): Count => ({ value: n, min: null, max: null, approx: true });
const upTo = (n: number): Count => ({ value: null, min: null, max: n, approx: false });
const range = (a: number, b: number, approx = false): Count => ({ value: null, min: a, max: b, approx });
const vague = (n: number): Count => ({ value: null, min: n, max: null, approx: true, said: 'vague' });

/** The single number in `text`, with the text its span covers. */
function only(text: string, lang: Lang): { text: string; count: Count } {
  const found = findNumbers(text, lang);
  assert.equal(found.length, 1, `one number in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  const m = found[0] as (typeof found)[number];
  assert.equal(text.slice(m.start, m.end), m.text, 'offsets point into the input');
  return { text: m.text, count: m.count };
}

type Case = [string, string, Count];

function table(lang: Lang, cases: Case[]): void {
  for (const [text, span, count] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.deepEqual(only(text, lang), { text: span, count });
    });
  }
}

describe('digits', () => {
  table('en', [
    ['destroyed 40 UAVs', '40', exact(40)],
    ['some 1 200 drones', 'some 1 200', about(1200)],
    ['1\u00a0200 drones', '1\u00a0200', exact(1200)],
    ['1,200 drones', '1,200', exact(1200)],
    ['2.5 thousand shells', '2.5 thousand', exact(2500)],
  ]);
  table('ru', [
    ['уничтожены 22 беспилотника', '22', exact(22)],
    ['сбиты 1 200 дронов', '1 200', exact(1200)],
    ['1,5 тысячи дронов', '1,5 тысячи', exact(1500)],
    ['10 тысяч снарядов', '10 тысяч', exact(10000)],
    ['до 10-ти беспилотников', 'до 10-ти', upTo(10)],
    ['атака 2-х дронов', '2-х', exact(2)],
    ['до 12-ти дронов', 'до 12-ти', upTo(12)],
  ]);
});

describe('qualifiers', () => {
  table('en', [
    ['over 70 drones', 'over 70', over(70)],
    ['more than 70 drones', 'more than 70', over(70)],
    ['at least 5 drones', 'at least 5', atLeast(5)],
    ['about 30 drones', 'about 30', about(30)],
    ['around 30 drones', 'around 30', about(30)],
    ['approximately 30 drones', 'approximately 30', about(30)],
    ['up to 10 drones', 'up to 10', upTo(10)],
    ['nearly 40 drones', 'nearly 40', about(40)],
    ['almost 40 drones', 'almost 40', about(40)],
    ['fewer than 10 drones', 'fewer than 10', { value: null, min: null, max: 9, approx: false }],
    ['10-15 drones', '10-15', range(10, 15)],
    ['10–15 drones', '10–15', range(10, 15)],
    ['between 10 and 15 drones', 'between 10 and 15', range(10, 15)],
    ['from 10 to 15 drones', 'from 10 to 15', range(10, 15)],
    ['about 10-15 drones', 'about 10-15', range(10, 15, true)],
    ['5 or more drones', '5 or more', atLeast(5)],
  ]);
  table('ru', [
    ['более 70 беспилотников', 'более 70', over(70)],
    ['свыше 70 беспилотников', 'свыше 70', over(70)],
    ['больше 70 беспилотников', 'больше 70', over(70)],
    ['не менее 5 беспилотников', 'не менее 5', atLeast(5)],
    ['около 30 беспилотников', 'около 30', about(30)],
    ['порядка 30 беспилотников', 'порядка 30', about(30)],
    ['примерно 30 беспилотников', 'примерно 30', about(30)],
    ['почти 40 беспилотников', 'почти 40', about(40)],
    ['до 10 беспилотников', 'до 10', upTo(10)],
    ['от 10 до 15 беспилотников', 'от 10 до 15', range(10, 15)],
    ['10-15 беспилотников', '10-15', range(10, 15)],
    ['сорок с лишним дронов', 'сорок с лишним', over(40)],
  ]);
  table('uk', [
    ['понад 70 дронів', 'понад 70', over(70)],
    ['більше 70 дронів', 'більше 70', over(70)],
    ['щонайменше 5 дронів', 'щонайменше 5', atLeast(5)],
    ['не менше 5 дронів', 'не менше 5', atLeast(5)],
    ['близько 30 дронів', 'близько 30', about(30)],
    ['приблизно 30 дронів', 'приблизно 30', about(30)],
    ['майже 40 дронів', 'майже 40', about(40)],
    ['до 10 дронів', 'до 10', upTo(10)],
    ['від 10 до 15 дронів', 'від 10 до 15', range(10, 15)],
  ]);
});

describe('number words', () => {
  table('en', [
    ['twenty-two drones', 'twenty-two', exact(22)],
    ['Forty drones', 'Forty', exact(40)],
    ['two hundred and five drones', 'two hundred and five', exact(205)],
    ['a dozen drones', 'a dozen', exact(12)],
    ['two dozen drones', 'two dozen', exact(24)],
    ['about a hundred drones', 'about a hundred', about(100)],
    ['dozens of drones', 'dozens', vague(20)],
    ['several drones', 'several', vague(2)],
    ['hundreds of drones', 'hundreds', vague(200)],
    ['two or three drones', 'two or three', range(2, 3)],
    ['tens of thousands of shells', 'tens of thousands', vague(20000)],
  ]);
  table('ru', [
    ['один беспилотник', 'один', exact(1)],
    ['одну ракету', 'одну', exact(1)],
    ['одним дроном', 'одним', exact(1)],
    ['двумя ракетами', 'двумя', exact(2)],
    ['две ракеты', 'две', exact(2)],
    ['трёх дронов', 'трёх', exact(3)],
    ['трех дронов', 'трех', exact(3)],
    ['четырьмя дронами', 'четырьмя', exact(4)],
    ['пятью беспилотниками', 'пятью', exact(5)],
    ['двадцать два беспилотника', 'двадцать два', exact(22)],
    ['сорока двух беспилотников', 'сорока двух', exact(42)],
    ['ста двадцати трёх беспилотников', 'ста двадцати трёх', exact(123)],
    ['девяноста дронов', 'девяноста', exact(90)],
    ['двести дронов', 'двести', exact(200)],
    ['двухсот дронов', 'двухсот', exact(200)],
    ['пятисот дронов', 'пятисот', exact(500)],
    ['двое раненых', 'двое', exact(2)],
    ['трое раненых', 'трое', exact(3)],
    ['пятеро раненых', 'пятеро', exact(5)],
    ['полторы тысячи дронов', 'полторы тысячи', exact(1500)],
    ['двух десятков дронов', 'двух десятков', exact(20)],
    ['около сотни дронов', 'около сотни', about(100)],
    ['более десятка дронов', 'более десятка', over(10)],
    ['десятки дронов', 'десятки', vague(20)],
    ['десятков дронов', 'десятков', vague(20)],
    ['несколько дронов', 'несколько', vague(2)],
    ['несколько десятков дронов', 'несколько десятков', vague(20)],
    ['сотни дронов', 'сотни', vague(200)],
    ['пять-шесть дронов', 'пять-шесть', range(5, 6)],
    ['сотни тысяч снарядов', 'сотни тысяч', vague(200000)],
  ]);
  table('uk', [
    ['один дрон', 'один', exact(1)],
    ['одній ракеті', 'одній', exact(1)],
    ['дві ракети', 'дві', exact(2)],
    ['двома ракетами', 'двома', exact(2)],
    ['трьох дронів', 'трьох', exact(3)],
    ['чотирьох дронів', 'чотирьох', exact(4)],
    ["п'ять дронів", "п'ять", exact(5)],
    ['п’яти дронів', 'п’яти', exact(5)],
    ['пʼяти дронів', 'пʼяти', exact(5)],
    ['двадцять дронів', 'двадцять', exact(20)],
    ['двадцяти двох дронів', 'двадцяти двох', exact(22)],
    ['сорока дронів', 'сорока', exact(40)],
    ["дев'яносто дронів", "дев'яносто", exact(90)],
    ['сто дронів', 'сто', exact(100)],
    ['ста дронів', 'ста', exact(100)],
    ['двісті дронів', 'двісті', exact(200)],
    ['триста дронів', 'триста', exact(300)],
    ['двоє поранених', 'двоє', exact(2)],
    ['троє поранених', 'троє', exact(3)],
    ["п'ятеро поранених", "п'ятеро", exact(5)],
    ['два десятки дронів', 'два десятки', exact(20)],
    ['десятки дронів', 'десятки', vague(20)],
    ['десятків дронів', 'десятків', vague(20)],
    ['кілька дронів', 'кілька', vague(2)],
    ['декілька дронів', 'декілька', vague(2)],
    ['сотні дронів', 'сотні', vague(200)],
  ]);
});

describe('not counts', () => {
  const negatives: Record<Lang, string[]> = {
    en: [
      'a Kh-101 missile',
      'an Su-34 jet',
      'an S-300 battery',
      'Tu-22M3 bombers',
      'at 20.00',
      'at 23:00',
      'on 21.11.2024',
      'in 2025',
      '2025',
      'since 1991',
      'up 40%',
      'the 5th brigade',
      'call +7 495 123-45-67',
      'on May 6',
      'on 6 May 2025',
      'at 8 pm',
      'between 8 and 11 pm',
      'for 3 hours',
      'a three-year-old',
      'an 11-year-old girl',
      'a 24-hour curfew',
      'Shahed136',
      'night vision',
    ],
    ru: [
      'ракета Х-101',
      'самолёт Су-34',
      'бомбардировщик Ту-22М3',
      'комплекс С-300',
      'комплекс «Искандер-М»',
      'в 20.00',
      'до 7.00',
      'в 23:00',
      '21.11.2024',
      '2025 года',
      'в 2024 году',
      '2025',
      'рост на 40%',
      '41-й бригады',
      'в 90-х годах',
      '21 ноября',
      'в ночь с 20 на 21 ноября',
      'с 20 до 23 часов',
      'около 150-мм',
      'в 5 утра',
      'ученики 1-х классов',
    ],
    uk: [
      'ракета Х-101',
      'комплекс «Іскандер-М»',
      'з 18:00 до 08:00',
      '21 листопада',
      'у ніч з 20 на 21 листопада',
      '2024 року',
      "сім'я",
      'о 12 годині',
    ],
  };
  for (const [lang, texts] of Object.entries(negatives) as [Lang, string[]][]) {
    for (const text of texts) {
      test(`${lang}: ${text}`, () => {
        assert.deepEqual(findNumbers(text, lang), []);
      });
    }
  }
});

describe('in running text', () => {
  test('every count, sorted, with offsets into the input', () => {
    const text = 'Over 70 drones in two regions; Kaluga downed 40 UAVs, Moscow 32 drones on 21.11.2024.';
    const found = findNumbers(text, 'en');
    assert.deepEqual(
      found.map((m) => [m.text, m.count]),
      [
        ['Over 70', over(70)],
        ['two', exact(2)],
        ['40', exact(40)],
        ['32', exact(32)],
      ],
    );
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  });

  test('a model name beside a count keeps the count', () => {
    const text = 'Над областью сбиты 3 ракеты Х-101 и 12 беспилотников «Герань-2».';
    assert.deepEqual(
      findNumbers(text, 'ru').map((m) => m.count.value),
      [3, 12],
    );
  });

  test('a count after the month in a date is not the day', () => {
    assert.deepEqual(
      findNumbers('в марте 40 дронов', 'ru').map((m) => m.count.value),
      [40],
    );
  });
});
