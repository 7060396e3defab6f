// Russian Telegram news and VIINA headline shapes of the nineteenth session (issue 8): a number after a verb of
// destroying that counts a noun of its own; an attack noun after a word of cause beside the harm it did. Texts are
// ours, in the style of real Telegram news and headlines; how the rules add up on real texts is measured by
// `sitrep eval --texts`.
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

describe('an attack noun after a word of cause, beside the harm it did, is a strike', () => {
  // «в результате», «после», «от»: the attacks did the harm the sentence tells, so even a plural is an event, and a
  // town left without power is harm too.
  for (const [text, region] of [
    ['В Бериславе в результате российских ударов повреждены подстанция и башня связи.', 'UA-65'],
    ['Часть Каховки обесточена в результате обстрела.', 'UA-65'],
    ['В Херсонской области после ударов по подстанциям без света остались 20 тысяч абонентов.', 'UA-65'],
    ['Подполье сообщило о пожаре на нефтебазе в Луганске после ударов.', 'UA-09'],
  ] as const) {
    it(text, () => {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.equal(strike?.region?.code, region);
    });
  }

  // Negative cases: no harm told, so the plural stays talk of attacks.
  for (const text of [
    'После ударов по Киеву Зеленский призвал союзников ускорить поставки ПВО.',
    'Украине нужна защита от ракетных ударов по Одессе.',
  ]) {
    it(text, () => assert.deepEqual(extract(text), []));
  }
});
