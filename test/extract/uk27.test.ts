// Twenty-seventh session (uk27): a settlement's title before its name («м. Нікополь», «с. Веселе», «смт Велика
// Писарівка», «г. Курск») no longer keeps a verb from reading the place after it as its object; a title that says a
// village («с.», «село», «д.») makes a town of the gazetteer that shares the name a namesake, left unplaced when the
// report names another region; «МЛРС» (the General Staff's abbreviation of a multiple rocket launcher) is a rocket.
// Every text is invented, in the style of the channels' posts (BENCHMARKS.md, uk27).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-10T08:00:00+03:00';
const read = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a settlement title between a verb and its place (settlement_title)', () => {
  for (const [lang, text, expected] of [
    // The subject is no side word, so only the place after the verb makes the strike; the title stood between.
    ['uk', 'Вночі військові обстріляли м. Нікополь.', ['strike UA-12 -']],
    ['uk', 'Зранку військові рф вдарили по м. Марганець.', ['strike UA-12 -']],
    ['uk', 'Увечері обстріляли смт. Велика Писарівка.', ['strike UA-59 -']],
    ['uk', 'Увечері обстріляли смт Велика Писарівка.', ['strike UA-59 -']],
    ['uk', 'Вдень армія обстріляла м. Херсон з артилерії.', ['strike UA-65 -']],
    // A village the gazetteer lacks, then its region: the title is part of the name before the region.
    ['uk', 'Ввечері військові били по с. Веселе Харківського району.', ['strike UA-63 -']],
    ['ru', 'Ночью армия обстреляла г. Курск.', ['strike RU-KRS -']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});

describe('a settlement title tells no strike by itself (near misses, as on main)', () => {
  for (const [lang, text, expected] of [
    ['uk', 'Військові провели навчання біля м. Нікополь.', []],
    ['uk', 'Учні с. Веселе намалювали листівки для бійців.', []],
    ['uk', 'Ворог може обстріляти м. Нікополь найближчими днями.', []],
    ['uk', 'Військові обстріляли позиції ворога, повідомили в м. Нікополь.', []],
    ['uk', 'Ракета впала в полі за 500 м. від Нікополя.', []],
    ['uk', 'Військові ЗСУ провели розмінування в с. Веселе.', []],
    ['ru', 'Жители г. Курск обсуждали новости.', []],
    ['ru', 'Военные провели учения у г. Шебекино.', []],
    ['ru', 'Враг может обстрелять г. Курск в ближайшие дни.', []],
    // A side word already read the place after a title (attackerStrikes): unchanged.
    ['uk', "Окупанти обстріляли м. Куп'янськ, пошкоджено будинки.", ['damage UA-63 -', 'strike UA-63 -']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});

describe('a titled village is no town of another region (village_title)', () => {
  for (const [lang, text, expected] of [
    // Vesele of Zaporizhzhia is a town of 9,700 in the gazetteer; «с.» says the village of the region named.
    ['uk', 'Харківщина. Вранці дрон атакував с. Веселе.', ['strike UA-63 uav']],
    ['uk', 'Харківщина. Вранці ворожий дрон атакував село Веселе.', ['strike UA-63 uav']],
    ['ru', 'Курская область. Утром дрон атаковал с. Веселое.', ['strike RU-KRS uav']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
  // The town keeps its name when its own region is named, when no other region is, and with no village title.
  for (const [lang, text, expected] of [
    ['uk', 'Запорізька область. Вранці дрон атакував с. Веселе.', ['strike UA-23 uav']],
    ['uk', 'Вранці дрон атакував с. Веселе.', ['strike UA-23 uav']],
    ['uk', 'Сумщина. Вранці дрон атакував м. Суми.', ['strike UA-59 uav']],
    ['uk', 'Удар по Харківщині. Вночі ворог обстріляв Веселе.', ['strike UA-23 -', 'strike UA-63 -']],
  ] as const) {
    it(`${lang}: ${text} (as on main)`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});

describe('«МЛРС» is a rocket launcher (weapons)', () => {
  for (const [text, expected] of [
    [
      'Противник завдав 3 ракетних та 20 авіаційних ударів, 41 удар МЛРС по позиціях наших військ.',
      ['strike - -', 'strike - missile', 'strike - rocket'],
    ],
    ['Ворог обстріляв Херсон з МЛРС.', ['strike UA-65 rocket']],
    ['Окупанти вдарили по Нікополю з МЛРС «Град».', ['strike UA-12 rocket']],
    // Named as aid or on show: no attack, no fact.
    ['Партнери передали Україні нові МЛРС.', []],
    ['На виставці показали МЛРС нового зразка.', []],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(read(extractText(text, 'uk', at)), expected);
    });
  }
});
