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
    'Беспилотники атаковали Брянскую область. Кроме того, разрушены ещё три склада и гараж.',
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
  // «в результате», «вследствие», «после»: the attacks did the harm the sentence tells, so even a plural is an event,
  // and a town left without power is harm too.
  for (const [text, region] of [
    ['В Новой Каховке вследствие обстрелов повреждены трансформатор и водонапорная башня.', 'UA-65'],
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

// After the review of rutg19 (fixrutg19): invented inputs, each failing before its fix.
const intercepted = (facts: Fact[]) => downed(facts).map((f) => f.count?.value ?? null);

describe('the number a verb of destroying counts is the first after it, or none', () => {
  // A number that counts a noun of its own leaves the sentence with no count: a later one is another clause's.
  for (const [text, lang, count] of [
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 19 и 5 подавлены.', 'ru', 19],
    [
      'Противник запустил 24 беспилотника по Орловской области. Уничтожены 21 расчётами ПВО, 3 — средствами РЭБ.',
      'ru',
      21,
    ],
    ['Russia launched 40 drones at Odesa overnight. Air defences destroyed 33 and 7 were jammed.', 'en', 33],
    ['Ворог атакував Полтавщину 26 ударними БпЛА. Збито 22 зі 26.', 'uk', 22],
  ] as const) {
    it(text, () => assert.deepEqual(intercepted(extractText(text, lang, '2024-11-20T09:00:00+03:00')), [count]));
  }
  it('a number with a noun of its own gives no interception through the number after it', () => {
    const text = 'Russia launched 40 drones at Odesa. The ministry said it destroyed 16 tanks, 3 armoured vehicles.';
    assert.deepEqual(intercepted(extractText(text, 'en', '2024-11-20T09:00:00+03:00')), []);
  });
});

describe('a word after the number that no numeral governs leaves the number bare', () => {
  // Adjectives with no noun after them, the means in the instrumental, a counter, a manner, an agent's preposition,
  // a clause's join: the number still counts the weapons of the sentence before.
  for (const [text, lang, count] of [
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 18 вражеских.', 'ru', 18],
    ['Противник запустил 24 беспилотника по Орловской области. Уничтожены 14 украинских.', 'ru', 14],
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 18 штук.', 'ru', 18],
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 21 подразделениями ПВО.', 'ru', 21],
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 21 огнём ПВО.', 'ru', 21],
    ['Противник запустил 24 беспилотника по Орловской области. Сбиты 21 при подлёте к Орлу.', 'ru', 21],
    ['Ворог атакував Полтавщину 26 ударними БпЛА. Збито 19 ворожих.', 'uk', 19],
    ['Ворог атакував Полтавщину 26 ударними БпЛА. Знищено 19 мобільними вогневими групами.', 'uk', 19],
    ['Ворог атакував Полтавщину 26 ударними БпЛА. Збито 19 штук.', 'uk', 19],
    ['Russia launched 40 drones at Odesa overnight. Air defences destroyed 31 Ukrainian.', 'en', 31],
    ['Russia launched 40 drones at Odesa overnight. Air defences shot down 31 using mobile fire groups.', 'en', 31],
    ['Russia launched 40 drones at Odesa overnight. Air defences shot down 31 with mobile fire groups.', 'en', 31],
    ['Russia launched 40 drones at Odesa overnight. Air defences destroyed 31 as they neared the port.', 'en', 31],
  ] as const) {
    it(text, () => assert.deepEqual(intercepted(extractText(text, lang, '2024-11-20T09:00:00+03:00')), [count]));
  }
});

describe('Russian words of cause that tell no attack', () => {
  // «от» only before one attack, and a blow of another kind (heat, current, fate, sanctions) is no attack at all.
  for (const text of [
    'Дачник скончался от солнечного удара.',
    'Электрик погиб от удара током.',
    'От удара о землю погиб пилот дельтаплана.',
    'После удара головой пострадал вратарь.',
    'Экспорт региона пострадал от удара санкций.',
    'В Орловской области жара. Водитель скончался от теплового удара.',
    'Во Владимире открыли пункт помощи для пострадавших от ударов.',
    'Губернатор встретился с семьями, пострадавшими от атак ВСУ на Курск.',
    'От ударов стихии пострадали жители Ставропольского края.',
  ]) {
    it(text, () =>
      assert.deepEqual(
        extract(text).filter((f) => f.kind === 'strike'),
        [],
      ),
    );
  }
  it('«от» before one attack with a toll still tells it', () => {
    const text = 'В Курской области мужчина погиб от удара дрона.';
    assert.equal(extract(text).find((f) => f.kind === 'strike')?.region?.code, 'RU-KRS');
  });
});

describe('a plural after a word of cause: not a past year, a span or a foreign target', () => {
  for (const text of [
    'Спустя год после ударов по Николаеву восстановлены 35 разрушенных домов.',
    'После ударов 2022 года в Житомире погибли десятки людей.',
    'После израильских ударов по Дамаску погибли 9 человек.',
  ]) {
    it(text, () =>
      assert.deepEqual(
        extract(text).filter((f) => f.kind === 'strike'),
        [],
      ),
    );
  }
});

describe('a town without power tells a strike only after the attacks named as its cause', () => {
  for (const [text, lang] of [
    ['Черкаси знеструмлені: удари по енергетиці тривають.', 'uk'],
    ['Чернигов обесточен: удары по энергетике продолжаются.', 'ru'],
    ['Через атаки на енергосистему Суми досі без світла.', 'uk'],
  ] as const) {
    it(text, () =>
      assert.deepEqual(
        extractText(text, lang, '2024-11-20T09:00:00+03:00').filter((f) => f.kind === 'strike'),
        [],
      ),
    );
  }
});
