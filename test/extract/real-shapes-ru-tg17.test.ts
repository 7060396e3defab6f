// Russian Telegram news shapes of the seventeenth session (issue 8): the press named by its kind as the source.
// Texts are ours, in the style of real Telegram news; how the rules add up on real texts is measured by
// `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);

describe('the press by its kind is a media source', () => {
  for (const [text, what] of [
    ['Местные телеграм-каналы сообщают о взрывах в Харькове.', 'телеграм-каналы'],
    ['Мониторинговые каналы пишут о взрывах в Запорожье.', 'мониторинговые каналы'],
    ['В Сумах прогремели взрывы, сообщает издание «Новости Сум».', 'издание'],
    ['Местные издания заявляют, что в Полтаве прогремели взрывы.', 'издания'],
    ['Военкоры пишут, что в Николаеве прогремели взрывы.', 'военкоры'],
  ] as const) {
    it(what, () => {
      const facts = extract(text);
      assert.ok(facts.length > 0, text);
      for (const f of facts) assert.equal(f.claimant?.role, 'media', `${f.kind}: ${text}`);
    });
  }

  it('a governor writing in his telegram channel is still the governor', () => {
    const facts = extract(
      'Над Курской областью сбиты два беспилотника, сообщил губернатор Иван Петров в телеграм-канале.',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) assert.equal(f.claimant?.role, 'governor', f.kind);
  });
});

describe('an official who opens a post by giving an address speaks for its list', () => {
  it('«Путин выступил с обращением к гражданам, тезисы:» then dashed items', () => {
    const facts = extract(
      '**Путин выступил с телевизионным обращением к гражданам, тезисы:**\n\n' +
        '— 12 ноября ракетами ATACMS был нанесён удар по объекту в Брянской области;\n\n' +
        '— Цели противника не достигнуты.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'RU-BRY');
    assert.deepEqual([strike?.claimant?.name, strike?.claimant?.role], ['Путин', 'official']);
    assert.equal(strike?.fields.claimant?.inferred, true);
  });

  it('«Владимир Путин выступил с обращением к гражданам. Что сказал президент:»', () => {
    const facts = extract(
      'Владимир Путин выступил с обращением к гражданам. Что сказал президент:\n\n' +
        '— 3 октября ракетами ATACMS был нанесён удар по объекту в Брянской области.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.name, 'Путин');
    assert.equal(strike?.fields.claimant?.text, 'Владимир Путин');
  });

  it('the evidence is the name alone when the word before it is no first name («Сегодня Путин»)', () => {
    const facts = extract(
      'Сегодня Путин выступил с обращением. Тезисы:\n\n' +
        '— 12 ноября ракетами ATACMS был нанесён удар по объекту в Курской области.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.name, 'Путин');
    assert.equal(strike?.fields.claimant?.text, 'Путин');
  });

  it('a title before the name is no first name («Президент Путин»)', () => {
    const facts = extract(
      'Президент Путин выступил с обращением. Тезисы:\n\n' +
        '— 12 ноября ракетами ATACMS был нанесён удар по объекту в Курской области.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.name, 'Путин');
    assert.equal(strike?.fields.claimant?.text, 'Путин');
  });

  // An official and an address word near each other, but no address of the official's own: a law on something, an
  // address criticised or not commented on, citizens' appeals considered.
  for (const [first, last] of [
    ['Путин подписал закон об обращении с оружием.', ''],
    ['Главное к утру:\n\n— Путин подписал закон об обращении с оружием;', ''],
    ['Зеленский раскритиковал обращение Путина.', ''],
    ['', 'Песков не стал комментировать пресс-конференцию Зеленского.'],
    ['Гладков рассмотрел обращения жителей.', ''],
    ['Путин выступил с оценкой обращения Зеленского.', ''],
    // Another official's press conference, named after the channel word: the moderator gives none of his own.
    ['Песков провёл пресс-конференцию Путина.', ''],
  ] as const) {
    it(`negative: ${first || last}`, () => {
      const text = [first, 'Ночью над Брянской областью сбиты 10 беспилотников.', last].filter((s) => s).join('\n\n');
      const interception = extract(text).find((f) => f.kind === 'interception');
      assert.equal(interception?.region?.code, 'RU-BRY');
      assert.equal(interception?.claimant ?? null, null);
    });
  }

  it("negative: citizens' appeals answered are no channel of the official's statement", () => {
    const facts = extract(
      'Отвечая на обращения жителей, Гладков сообщил, что ночью над Белгородской областью сбиты два беспилотника.',
    );
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.claimant?.name, 'Гладков');
    assert.equal(interception?.claimant?.channel ?? null, null);
  });

  it('negative: an address named far into a sentence about something else names no speaker', () => {
    const facts = extract(
      'Журналисты в Москве весь вечер обсуждали, о чём Путин скажет в обращении.\n\n' +
        'Ночью над Брянской областью сбиты три беспилотника.',
    );
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.region?.code, 'RU-BRY');
    assert.equal(interception?.claimant ?? null, null);
  });
});

describe('a missile damaged by air defence is no damage on the ground', () => {
  for (const text of [
    'Над Курской областью сбиты четыре ракеты, одна повреждена, сообщили в Минобороны.',
    'Над Курской областью перехвачены четыре ракеты, ещё одна получила повреждения.',
    'Над Курской областью сбиты четыре ракеты. Обломки повреждённой ракеты упали в поле.',
    'Над Курской областью сбиты четыре ракеты, ещё одна была повреждена.',
    'Над Києвом збито три ракети, ще одна була пошкоджена.',
  ]) {
    it(text, () => {
      const facts = extractText(text, /[іїєґ]/u.test(text) ? 'uk' : 'ru', '2024-11-20T09:00:00+03:00');
      assert.ok(facts.some((f) => f.kind === 'interception'));
      assert.ok(!facts.some((f) => f.kind === 'damage'), facts.map((f) => f.kind).join(' '));
    });
  }

  for (const text of [
    'Над Курской областью сбиты четыре ракеты, повреждены окна в двух домах.',
    'Над Курской областью сбиты четыре ракеты, обломками одной повреждена крыша склада.',
    'Air defences shot down four missiles, but one damaged a power substation in the city.',
    // The weapon as the subject of an active verb or as the instrument: the damage is on the ground.
    'Над Белгородской областью сбиты три беспилотника. Обломки БПЛА повредили забор.',
    'Над Белгородской областью сбиты три беспилотника. Обломками ракеты повреждены фасады.',
    'Над Белгородской областью сбиты три беспилотника. Упавший БПЛА повредил линию электропередачи.',
    // The numeral one before a noun the lexicon does not know: one shed, one greenhouse, one bathhouse.
    'Над Белгородской областью сбиты три беспилотника, один гараж получил повреждения.',
    'Над Белгородской областью сбиты три беспилотника. Одна теплица повреждена.',
    'Над Белгородской областью сбиты три беспилотника. В селе одна баня повреждена.',
    'Над Києвом збито три ракети. Уламки дрона пошкодили гараж.',
    'Над Києвом збито три ракети. Уламками ракети пошкоджено паркан.',
    'Air defences shot down four drones; a drone damaged a fence.',
  ]) {
    it(`negative: ${text}`, () => {
      const lang = /^[A-Z][a-z]/u.test(text) ? 'en' : /[іїєґ]/u.test(text) ? 'uk' : 'ru';
      const facts = extractText(text, lang, '2024-11-20T09:00:00+03:00');
      assert.ok(
        facts.some((f) => f.kind === 'damage'),
        facts.map((f) => f.kind).join(' '),
      );
    });
  }
});
