// Twenty-seventh session (fixux27c, narrowed by fixux27c2): two defects a new user met (issue 8). A city in a time
// phrase with a zone word of its own ("Moscow time", «по времени Москвы») is no place, while a bare «в 03:00 по
// Москве» keeps its place (often the target); «між … та …», «между … и …» are windows like "between … and …".
// Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const MORNING = '2025-06-16T09:00:00+03:00';
const regions = (facts: readonly Fact[]) => facts.map((f) => f.region?.code ?? null).sort();
const when = (f: Fact | undefined) => (f?.when ? `${f.when.start} ${f.when.end}` : null);

describe('a city naming a time zone is no place', () => {
  it('"between 23:00 and 03:00 Moscow time" before the region', () => {
    const text = 'Between 22:00 and 02:00 Moscow time, 6 drones were shot down over Oryol region.';
    const facts = extractText(text, 'en', MORNING);
    assert.deepEqual(regions(facts), ['RU-ORL']);
    assert.equal(when(facts[0]), '2025-06-15T22:00:00+03:00 2025-06-16T02:00:00+03:00');
  });
  it('"Moscow time" between a total and its part', () => {
    const text = 'Air defences downed 14 drones between 10pm and 4am Moscow time, including 9 over Tula region.';
    const facts = extractText(text, 'en', MORNING);
    assert.ok(!regions(facts).includes('RU-MOW'));
    assert.ok(regions(facts).includes('RU-TUL'));
  });
  it('"Kyiv time"', () => {
    const text = 'At 02:30 Kyiv time, a missile hit a warehouse in Poltava region.';
    assert.deepEqual(regions(extractText(text, 'en', MORNING)), ['UA-53']);
  });
  it('Russian «по времени Москвы», «по московскому времени»', () => {
    for (const text of [
      'С 22:00 до 02:00 по времени Москвы над Орловской областью сбиты 6 БПЛА.',
      'Около 04:00 по московскому времени над Орловской областью сбиты 6 БПЛА.',
    ]) {
      const facts = extractText(text, 'ru', MORNING);
      assert.deepEqual(regions(facts), ['RU-ORL'], text);
      assert.equal(facts[0]?.count?.value, 6, text);
    }
  });
  it('a bare «по Москве», «по Киеву» after a clock is the place struck (fixux27c2, the review inputs)', () => {
    for (const [text, code] of [
      ['В 03:00 по Москве ударили 5 беспилотников, сообщил Собянин.', 'RU-MOW'],
      ['Около 04:00 по Киеву был нанесен ракетный удар, сообщил Кличко.', 'UA-30'],
      ['В 03:15 по Киеву был нанесен удар баллистическими ракетами; в Харькове повреждено здание.', 'UA-30'],
    ] as const)
      assert.ok(regions(extractText(text, 'ru', MORNING)).includes(code), text);
  });
  it('negative: Moscow named as a place keeps its region', () => {
    const text = 'At 03:00, two drones were shot down on approach to Moscow, the mayor said.';
    assert.ok(regions(extractText(text, 'en', MORNING)).includes('RU-MOW'));
  });
});

describe('«між … та …», «между … и …» are windows', () => {
  const WINDOW = '2025-06-15T23:15:00+03:00 2025-06-16T01:40:00+03:00';
  it('Ukrainian «між 23:15 та 01:40», «і»', () => {
    for (const text of [
      'Між 23:15 та 01:40 над Полтавщиною збито 5 дронів.',
      'Між 23:15 і 01:40 над Полтавщиною збито 5 дронів.',
    ])
      assert.equal(when(extractText(text, 'uk', MORNING)[0]), WINDOW, text);
  });
  it('Russian «между 23:15 и 01:40»', () => {
    assert.equal(
      when(extractText('Между 23:15 и 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru', MORNING)[0]),
      WINDOW,
    );
  });
  it('the shapes that worked before stay', () => {
    for (const [text, lang] of [
      ['С 23:15 до 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru'],
      ['З 23:15 до 01:40 над Полтавщиною збито 5 дронів.', 'uk'],
      ['Between 23:15 and 01:40 air defences shot down 5 drones over Oryol region.', 'en'],
      ['From 23:15 to 01:40 air defences shot down 5 drones over Oryol region.', 'en'],
    ] as const)
      assert.equal(when(extractText(text, lang, MORNING)[0]), WINDOW, text);
  });
  it('negative: two times joined without the opening word are two times', () => {
    const facts = extractText('В 23:15 и 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru', MORNING);
    assert.equal(when(facts[0]), '2025-06-15T23:15:00+03:00 2025-06-15T23:15:00+03:00');
  });
});
