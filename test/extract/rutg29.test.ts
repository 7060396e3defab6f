// Twenty-ninth session (rutg29): Russian Telegram news posts, kind and weapon. Each text is invented, in the style of
// the channels' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-28T10:00:00+03:00';
// Every fact, not one per kind: a second interception of the same weapon and place is a fact too.
const rows = (facts: Fact[]) =>
  facts
    .map((f) => {
      const n = f.count ? (f.count.value ?? `${f.count.min ?? ''}..${f.count.max ?? ''}`) : '';
      return `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}${n === '' ? '' : ` ${n}`}`;
    })
    .sort();

describe('troops or people destroyed («уничтожены 300 боевиков») are no weapons shot down', () => {
  for (const [text, expected] of [
    // The ministry's tally of enemy troops after the night's interceptions: one interception, the drones'.
    [
      'Ночью над Курской областью сбиты 10 беспилотников. На этом участке фронта штурмовики уничтожили за ночь более 200 военнослужащих ВСУ.',
      ['interception RU-KRS uav 10'],
    ],
    // Troops named after the verb, an adjective between; troops as the verb's subject.
    ['Ракетой "Искандер" в Сумской области уничтожены 15 иностранных специалистов.', []],
    ['Минобороны: в Запорожской области дроны "Ланцет" уничтожили до 30 солдат противника.', []],
    [
      'Операторы ударных дронов работали по группе у Суджи в Курской области. Около 90 ВСУшников уничтожено при попытке прорыва.',
      [],
    ],
  ] as const) {
    it(text, () => {
      assert.deepEqual(rows(extractText(text, 'ru', at)), expected);
    });
  }
  // Where weapons are what was destroyed, the interception stays.
  for (const [text, expected] of [
    [
      'Над Белгородской областью работала ПВО. Военнослужащими уничтожены 4 беспилотника.',
      ['interception RU-BEL uav 4'],
    ],
    ['Над Курском уничтожены 20 украинских беспилотников и до 10 боевиков.', ['interception RU-KRS uav 20']],
    [
      'Два беспилотника, атаковавшие военнослужащих, уничтожены над Белгородской областью.',
      ['interception RU-BEL uav 2'],
    ],
    ['Солдаты уничтожили 5 дронов над Курской областью.', ['interception RU-KRS uav 5']],
  ] as const) {
    it(`keeps: ${text}`, () => {
      assert.deepEqual(rows(extractText(text, 'ru', at)), expected);
    });
  }
});

describe('no news of a toll («информации о пострадавших нет») is no stated zero', () => {
  const casualties = (text: string, lang: 'ru' | 'uk') =>
    extractText(text, lang, at)
      .filter((f) => f.kind === 'casualties')
      .map((f) => f.casualties);
  for (const [text, lang] of [
    ['Над Курской областью сбит беспилотник, информации о пострадавших нет.', 'ru'],
    ['Беспилотник атаковал нефтебазу в Брянской области. Информации о жертвах и разрушениях пока нет.', 'ru'],
    ['Ракета попала в склад в Белгороде. Данных о погибших пока нет.', 'ru'],
    ['Над Харківщиною збито дрон, інформації про постраждалих немає.', 'uk'],
  ] as const) {
    it(text, () => {
      assert.deepEqual(casualties(text, lang), []);
    });
  }
  // A source phrase before the toll («по информации МЧС», «за даними ОВА») and a toll stated after are kept.
  for (const [text, lang, expected] of [
    ['Над Курской областью сбит беспилотник. По информации МЧС, пострадавших нет.', 'ru', { killed: 0, injured: 0 }],
    ['Над Тулой сбиты два беспилотника. Информации о разрушениях пока нет, двое жителей ранены.', 'ru', null],
    ['Дрон влучив у склад у Сумах. За даними ОВА, постраждалих немає.', 'uk', { killed: 0, injured: 0 }],
  ] as const) {
    it(`keeps: ${text}`, () => {
      const found = casualties(text, lang);
      assert.equal(found.length, 1);
      if (expected) assert.deepEqual(found[0], expected);
      else assert.ok((found[0]?.injured ?? 0) > 0);
    });
  }
});

describe('«ракетно-бомбовые удары» name no one class of weapon', () => {
  for (const [text, lang, expected] of [
    [
      'Армия Сирии при поддержке авиации отражает наступление в провинции Хама. ВКС наносят ракетно-бомбовые удары по складам и колоннам боевиков.',
      'ru',
      ['strike - -'],
    ],
    ['ВКС нанесли ракетно-бомбовый удар по складу в Харькове, сообщили в Минобороны.', 'ru', ['strike UA-63 -']],
    ['Російська авіація завдала ракетно-бомбового удару по Херсону.', 'uk', ['strike UA-65 -']],
    // A missile strike keeps its weapon.
    ['Россия нанесла ракетный удар по Харькову.', 'ru', ['strike UA-63 missile']],
  ] as const) {
    it(text, () => {
      assert.deepEqual(rows(extractText(text, lang, at)), expected);
    });
  }
});

describe('animals killed or hurt («семь собак погибли») are no casualties', () => {
  const casualties = (text: string, lang: 'ru' | 'en') =>
    extractText(text, lang, at)
      .filter((f) => f.kind === 'casualties')
      .map((f) => f.casualties);
  for (const [text, lang] of [
    ['Украинский дрон упал на ферму под Шебекино в Белгородской области, там погибли четыре собаки.', 'ru'],
    ['Беспилотник упал на ферму в Курской области, погибли находившиеся там коровы.', 'ru'],
    ['A drone hit a farm in the Kursk region, and ten cows were killed.', 'en'],
  ] as const) {
    it(text, () => {
      assert.deepEqual(casualties(text, lang), []);
    });
  }
  // People beside the animals keep the toll.
  for (const [text, killed] of [
    ['Беспилотник ударил по дому в Брянской области, погибли двое жителей и собака.', 2],
    ['Беспилотник ударил по дому в Брянской области, погибли два человека.', 2],
  ] as const) {
    it(`keeps: ${text}`, () => {
      assert.deepEqual(casualties(text, 'ru'), [{ killed, injured: null }]);
    });
  }
});
