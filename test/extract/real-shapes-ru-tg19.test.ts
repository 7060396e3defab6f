// Russian Telegram news shapes of the nineteenth session (issue 8): a number after a verb of destroying that counts a
// noun of its own. Texts are ours, in the style of real Telegram news; how the rule adds up on real texts is measured
// by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const downed = (facts: Fact[]) => facts.filter((f) => f.kind === 'interception');

describe('a number right after a verb of destroying with a noun of its own counts that noun', () => {
  // After a sentence with a weapon, a sentence that names none reads its number as that weapon's count («Протиповітряна
  // оборона збила близько 60 з них»), unless a word right after the number is the noun it counts.
  for (const text of [
    'Украинские дроны атаковали позиции под Горловкой. Уничтожено до 15 военнослужащих противника.',
    'Ночью беспилотники атаковали позиции противника под Кременной. Уничтожены более 20 целей.',
    'Беспилотники атаковали Курскую область. Обезврежено 300 взрывоопасных предметов.',
    'Беспилотники атаковали Брянскую область. Также ликвидированы ещё два строения и ангар.',
  ]) {
    it(text, () => assert.deepEqual(downed(extract(text)), []));
  }

  // Negative cases: the number is bare, or a place, a time or «из них» follows it.
  for (const [text, count] of [
    ['Беспилотники атаковали Белгородскую область. Уничтожены 4 над Белгородским районом.', 4],
    ['Беспилотники атаковали Брянскую область. Уничтожено ещё 7.', 7],
    ['Противник запустил 12 беспилотников по Курской области. Сбиты 10 из них.', 10],
    ['Беспилотники атаковали Курскую область. Сбиты 5 ночью, сообщил губернатор.', 5],
  ] as const) {
    it(`${text} (${count})`, () => {
      const facts = downed(extract(text));
      assert.ok(
        facts.some((f) => f.weapon === 'uav' && f.count?.value === count),
        JSON.stringify(facts.map((f) => [f.weapon, f.count])),
      );
    });
  }
});
