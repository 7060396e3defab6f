// Fixes after the review of rutg23 (twenty-third session): debris told falling. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-20T12:00:00+03:00';
const brief = (facts: Fact[], kind: Fact['kind']) =>
  facts.filter((f) => f.kind === kind).map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);
const show = (facts: Fact[]) =>
  JSON.stringify(facts.map((f) => [f.kind, f.region?.code, f.weapon, f.count?.value, f.launched?.value]));

describe('a weapon striking later in the sentence of a falling wreck is still a strike', () => {
  for (const [lang, text, strike] of [
    ['ru', 'Обломки упали на крышу гаража, другая ракета попала в котельную в Белгороде.', 'RU-BEL missile'],
    ['ru', 'Обломки дрона упали на гараж, а второй беспилотник атаковал склад в Орле.', 'RU-ORL uav'],
    ['en', 'Debris hit a garage and a second drone struck a depot in Poltava.', 'UA-53 uav'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(brief(facts, 'strike').includes(strike), show(facts));
    });
  }
});

describe('a weapon told striking after a falling wreck is not the launch of its interception', () => {
  for (const [lang, text, region] of [
    [
      'ru',
      'Обломки ракеты упали на склады в Днепре. Позже глава области сообщил, что ракета попала в больницу.',
      'UA-12',
    ],
    ['en', 'Fragments of a missile fell on garages in Odesa. Another missile hit a hotel in the city.', 'UA-51'],
    ['uk', 'Уламки ракети впали на гаражі в Одесі. Ще одна ракета влучила в готель.', 'UA-51'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(brief(facts, 'strike').includes(`${region} missile`), show(facts));
      assert.ok(
        facts.every((f) => f.kind !== 'interception' || f.launched === null),
        show(facts),
      );
    });
  }
  it('ru: two drones that struck after the wreck stay a strike of two', () => {
    const facts = extractText(
      'Обломки беспилотника упали на дом в Брянске. Еще три дрона атаковали котельную.',
      'ru',
      at,
    );
    assert.ok(
      facts.some((f) => f.kind === 'strike' && f.weapon === 'uav' && f.count?.value === 3),
      show(facts),
    );
    assert.ok(
      facts.every((f) => f.kind !== 'interception' || f.launched === null),
      show(facts),
    );
  });
});

describe('a count from an article in a debris phrase is no launch', () => {
  for (const [lang, text] of [
    ['en', 'Russia launched about 20 drones overnight and debris from a downed drone damaged a school near Lutsk.'],
    ['en', 'Moscow fired 30 drones at the south, and wreckage of an intercepted drone set a barn on fire in Mykolaiv.'],
    // No article in Russian or Ukrainian: the singular participle phrase never became a launch; guards.
    ['ru', 'Противник запустил 15 дронов, обломки сбитого беспилотника повредили крышу школы в Житомире.'],
    ['uk', 'Ворог запустив 15 дронів, уламки збитого безпілотника пошкодили дах школи в Житомирі.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(
        facts.every((f) => f.launched?.value !== 1),
        show(facts),
      );
    });
  }
});

describe('an article before the weapon launched still counts the launch', () => {
  it('en: launched a missile, destroyed the missile', () => {
    const facts = extractText(
      'Russia launched 14 drones and a ballistic missile at Ukraine overnight, and air defences destroyed the missile and 11 of the drones.',
      'en',
      at,
    );
    assert.ok(
      facts.some((f) => f.kind === 'interception' && f.weapon === 'ballistic_missile' && f.launched?.value === 1),
      show(facts),
    );
  });
});

describe('debris that is the object of one clause is not the subject of the next', () => {
  for (const [lang, text, strike] of [
    ['ru', 'Пока пожарные разбирали обломки ещё один дрон атаковал котельную в Белгороде.', 'RU-BEL uav'],
    ['en', 'While crews removed the debris a second drone struck a depot in Poltava.', 'UA-53 uav'],
    ['uk', 'Поки рятувальники прибирали уламки ворожий дрон атакував склад у Полтаві.', 'UA-53 uav'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(brief(facts, 'strike').includes(strike), show(facts));
      assert.deepEqual(brief(facts, 'interception'), [], show(facts));
    });
  }
  for (const [lang, text, interception] of [
    // A genitive ordinal and "of" tie the weapon to its debris.
    ['ru', 'Обломки второго беспилотника упали на склад в Орле.', 'RU-ORL uav'],
    ['en', 'Fragments of a second drone fell on a warehouse in Lviv.', 'UA-46 uav'],
    // Feminine genitives that look like a masculine nominative («второй», «другой», «очередной») and «ещё одного».
    ['ru', 'Обломки второй ракеты упали на жилой дом в Орле.', 'RU-ORL missile'],
    ['ru', 'Обломки очередной ракеты упали на склад в Орле.', 'RU-ORL missile'],
    ['ru', 'Обломки ещё одного беспилотника упали на гараж в Орле.', 'RU-ORL uav'],
    ['uk', 'Уламки ще одного дрона впали на житловий будинок у Полтаві.', 'UA-53 uav'],
  ] as const) {
    it(`the debris's own weapon: ${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.deepEqual(brief(facts, 'strike'), [], show(facts));
      assert.ok(brief(facts, 'interception').includes(interception), show(facts));
    });
  }
});

describe('an apostrophe in a word between the debris and its verb keeps the debris its subject', () => {
  it("uk: «Уламки дрона у п'ятницю вранці впали на склад у Житомирі»", () => {
    const facts = extractText("Уламки дрона у п'ятницю вранці впали на склад у Житомирі.", 'uk', at);
    assert.deepEqual(brief(facts, 'strike'), [], show(facts));
    assert.ok(brief(facts, 'interception').includes('UA-18 uav'), show(facts));
  });
});
