// Twenty-seventh session (fixuk27): the review's defects on uk27. A village's title makes only a small town a
// namesake («с. Краматорськ» stays the city); a settlement's title inside a list of places no longer ends the list
// («по м. Нікополь та м. Харків»); a launcher's abbreviation («МЛРС», «РСЗВ», «РСЗО», the lexicon's `launcher`) that a
// verb of destroying destroyed is a military target struck, not a rocket shot down. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-10T08:00:00+03:00';
const read = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();
const places = (facts: Fact[]) => [...new Set(facts.map((f) => f.place?.name ?? '-'))].sort();

describe('a village title makes only a small town a namesake (village_title)', () => {
  for (const [lang, text, expected, where] of [
    // A city after «с.»: the city, whatever region the report names (as on main).
    ['uk', 'Харківщина. Вранці дрон атакував с. Краматорськ.', ['strike UA-14 uav'], ['Kramatorsk']],
    ['uk', 'Сумщина. Ввечері ворожий дрон атакував село Краматорськ.', ['strike UA-14 uav'], ['Kramatorsk']],
    ['ru', 'Курская область. Утром дрон атаковал с. Белгород.', ['strike RU-BEL uav'], ['Belgorod']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.deepEqual(read(facts), expected);
      assert.deepEqual(places(facts), where);
    });
  }
  // A small town of another region is still the namesake (uk27's reading kept).
  it('uk: Харківщина. Вранці дрон атакував с. Веселе.', () => {
    const facts = extractText('Харківщина. Вранці дрон атакував с. Веселе.', 'uk', at);
    assert.deepEqual(read(facts), ['strike UA-63 uav']);
    assert.deepEqual(places(facts), ['-']);
  });
});

describe('a settlement title inside a list of places (list glue)', () => {
  for (const [lang, text, expected] of [
    ['uk', 'Вночі обстріляли м. Нікополь та м. Харків.', ['strike UA-12 -', 'strike UA-63 -']],
    ['uk', 'Армія вдарила по м. Нікополь та с. Веселе Харківської області.', ['strike UA-12 -', 'strike UA-63 -']],
    ['uk', 'Ворог атакував дронами м. Суми, м. Харків і смт Козача Лопань.', ['strike UA-59 uav', 'strike UA-63 uav']],
    ['ru', 'Вечером обстреляли г. Курск и г. Белгород.', ['strike RU-BEL -', 'strike RU-KRS -']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
  // Near misses: a title after a full stop opens a new sentence; one region's towns stay one fact (as untitled).
  for (const [lang, text, expected] of [
    ['uk', 'Харківщина: вночі обстріляли с. Кочеток та м. Чугуїв.', ['strike UA-63 -']],
    ['uk', 'Вночі обстріляли Нікополь. М. Харків готується до зими.', ['strike UA-12 -']],
    ['uk', 'Ракета впала за 500 м. від Нікополя, у Харкові тихо.', []],
  ] as const) {
    it(`${lang}: ${text} (unchanged)`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});

describe('a launcher destroyed is a target, not an interception (launcher)', () => {
  for (const [lang, text, expected] of [
    ['uk', 'Сили оборони знищили МЛРС ворога на Запорізькому напрямку.', ['damage UA-23 -', 'strike UA-23 -']],
    ['uk', 'Сили оборони знищили РСЗВ ворога на Запорізькому напрямку.', ['damage UA-23 -', 'strike UA-23 -']],
    ['uk', 'Прикордонники знищили дві РСЗВ «Град» на Херсонщині.', ['damage UA-65 -', 'strike UA-65 -']],
    [
      'uk',
      'Бійці знищили реактивну систему залпового вогню окупантів на Запорізькому напрямку.',
      ['damage UA-23 -', 'strike UA-23 -'],
    ],
    ['ru', 'На Запорожском направлении уничтожена РСЗО HIMARS.', ['damage UA-23 -', 'strike UA-23 -']],
    ['ru', 'Уничтожены две РСЗО в Херсонской области.', ['damage UA-65 -', 'strike UA-65 -']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.deepEqual(read(facts), expected);
      assert.ok(facts.every((f) => f.kind !== 'strike' || f.object === 'military'));
    });
  }
  // Fired from, or the rockets themselves: the weapon, as before.
  for (const [lang, text, expected] of [
    ['uk', 'Ворог обстріляв Херсон з МЛРС.', ['strike UA-65 rocket']],
    ['uk', 'Окупанти вдарили по Нікополю з РСЗВ, зруйновано будинок.', ['damage UA-12 -', 'strike UA-12 rocket']],
    ['uk', 'Сили ППО збили МЛРС над Харківщиною.', ['interception UA-63 rocket']],
    [
      'ru',
      'Средствами ПВО уничтожены 4 реактивных снаряда РСЗО HIMARS над Белгородской областью.',
      ['interception RU-BEL rocket'],
    ],
    ['ru', 'ВСУ обстреляли Белгород из РСЗО.', ['strike RU-BEL rocket']],
  ] as const) {
    it(`${lang}: ${text} (unchanged)`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});
