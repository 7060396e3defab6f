// The children among the killed and the injured (trial defect 11, session 37; detect/children.ts): «серед них троє
// дітей», «в том числе ребёнок», "including three children", "a child was killed". Texts are ours, in the shapes of real
// posts and leads; the children never add to the toll, and children named as no victims give nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-06-12T09:00:00+03:00';

function toll(text: string, lang: 'en' | 'ru' | 'uk'): Fact {
  const fact = extractText(text, lang, AT).find((f) => f.kind === 'casualties');
  assert.ok(fact, `a toll in: ${text}`);
  return fact;
}

/** Killed, injured, children killed, children injured; and each children value's evidence as written. */
function read(text: string, lang: 'en' | 'ru' | 'uk') {
  const f = toll(text, lang);
  const c = f.casualties!;
  for (const key of ['children_killed', 'children_injured'] as const) {
    const ev = f.fields[key];
    // Every value keeps its evidence, exact in the report's text; a value not told has none.
    assert.equal(ev !== undefined, (c[key] ?? null) !== null, `${key} evidence in: ${text}`);
    if (ev) assert.equal(text.slice(ev.start, ev.end), ev.text);
  }
  return {
    tally: [c.killed, c.injured, c.children_killed ?? null, c.children_injured ?? null],
    killedBy: f.fields.children_killed?.text ?? null,
    injuredBy: f.fields.children_injured?.text ?? null,
  };
}

describe('a part of the toll names the children among it', () => {
  it('Ukrainian: «серед них троє дітей», «у тому числі дитина» (a number word, or one child)', () => {
    const a = read('Ворог атакував Запоріжжя дронами: загинули 3 людини, поранено 11, серед них четверо дітей.', 'uk');
    assert.deepEqual(a.tally, [3, 11, null, 4]);
    assert.equal(a.injuredBy, 'серед них четверо дітей');
    const b = read('Внаслідок удару по Сумах загинули п’ятеро людей, у тому числі дитина, ще 8 поранено.', 'uk');
    assert.deepEqual(b.tally, [5, 8, 1, null]);
    assert.equal(b.killedBy, 'у тому числі дитина');
    // «в тому числі» after a vowel is the same words.
    const c = read('Ворог вдарив по Охтирці: 1 людина загинула, ще 3 – поранено, в тому числі 1 дитина.', 'uk');
    assert.deepEqual(c.tally, [1, 3, null, 1]);
  });

  it('Russian: «в том числе ребёнок», «среди них двое детей», «из них 5 детей»', () => {
    const a = read('При атаке беспилотников на Белгород ранены 14 человек, в том числе два ребёнка.', 'ru');
    assert.deepEqual(a.tally, [null, 14, null, 2]);
    const b = read('Число погибших при ракетном ударе по Херсону возросло до шести, среди них двое детей.', 'ru');
    assert.deepEqual(b.tally, [6, null, 2, null]);
    const c = read('При обстреле Курска пострадали 20 человек, из них 5 детей.', 'ru');
    assert.deepEqual(c.tally, [null, 20, null, 5]);
  });

  it('English: "including three children", "including a child" between commas before the verb', () => {
    const a = read(
      'A Russian missile strike on Dnipro injured 41 people, including nine children, officials said.',
      'en',
    );
    assert.deepEqual(a.tally, [null, 41, null, 9]);
    assert.equal(a.injuredBy, 'including nine children');
    const b = read('Five people, including a child, were killed when a drone hit a house in Odesa.', 'en');
    assert.deepEqual(b.tally, [5, null, 1, null]);
    const c = read('A missile attack on Kharkiv killed 4 people, including 2 children, and injured 30.', 'en');
    assert.deepEqual(c.tally, [4, 30, 2, null]);
  });

  it('an age is no count of children: "an 8-year-old child", «десятилетний ребёнок» are one', () => {
    const a = read('Six people were injured, including an 8-year-old child, in a drone attack on Kherson.', 'en');
    assert.deepEqual(a.tally, [null, 6, null, 1]);
    const b = read('В Одессе после атаки дронов пострадали 7 человек, среди них десятилетний ребёнок.', 'ru');
    assert.deepEqual(b.tally, [null, 7, null, 1]);
  });

  it('children with no figure ("including children") tell no number: null, and no evidence', () => {
    const a = read('At least 10 people were killed, including children, in the missile strike on Chernihiv.', 'en');
    assert.deepEqual(a.tally, [10, null, null, null]);
    const b = read('Внаслідок ракетного удару по Дніпру поранено 20 людей, серед них діти.', 'uk');
    assert.deepEqual(b.tally, [null, 20, null, null]);
  });
});

describe('the toll’s own victims are children', () => {
  it('one child: «погиб ребёнок», «поранено дитину», "a child was killed"', () => {
    assert.deepEqual(read('При ударе дрона по Брянской области погиб ребёнок.', 'ru').tally, [1, null, 1, null]);
    assert.deepEqual(read('Окупанти обстріляли Херсон, поранено дитину.', 'uk').tally, [null, 1, null, 1]);
    assert.deepEqual(read('A child was killed in a drone attack on Zaporizhzhia.', 'en').tally, [1, null, 1, null]);
  });

  it('a figure of children: «загинули двоє дітей», "two children were injured"', () => {
    assert.deepEqual(read('Через удар дрона по Херсону загинули двоє дітей.', 'uk').tally, [2, null, 2, null]);
    assert.deepEqual(read('Two children were injured and a man was killed in a drone attack on Sumy.', 'en').tally, [
      1,
      2,
      null,
      2,
    ]);
  });
});

describe('children named as no victims give nothing', () => {
  for (const [text, lang] of [
    ['A missile hit a children’s hospital in Kyiv, two people were injured.', 'en'],
    ["A drone attack damaged a children's hospital in Kyiv; three people were injured.", 'en'],
    ['Дрон влучив у дитячий садок у Харкові, поранено трьох людей.', 'uk'],
    ['После атаки дронов на Одессу дети в укрытии, пострадали два человека.', 'ru'],
    ['При обстреле Белгорода пострадали пять женщин и детей.', 'ru'],
    ['Ракета попала в детский сад в Харькове, погибли два человека.', 'ru'],
  ] as const) {
    it(text, () => {
      const c = toll(text, lang).casualties!;
      assert.equal(c.children_killed ?? null, null);
      assert.equal(c.children_injured ?? null, null);
    });
  }

  it('"no casualties" is no figure of children: they stay null, not 0', () => {
    const c = toll('Drones attacked Odesa overnight; there were no casualties.', 'en').casualties!;
    assert.deepEqual([c.killed, c.injured, c.children_killed, c.children_injured], [0, 0, null, null]);
  });
});
