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
  it('«Путин выступил с обращением, главное:» then dashed items', () => {
    const facts = extract(
      '**Путин выступил с важным обращением, главное:**\n\n' +
        '— 12 ноября ракетами ATACMS был нанесён удар по объекту в Брянской области;\n\n' +
        '— Цели противника не достигнуты.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'RU-BRY');
    assert.deepEqual([strike?.claimant?.name, strike?.claimant?.role], ['Путин', 'official']);
    assert.equal(strike?.fields.claimant?.inferred, true);
  });

  it('«Владимир Путин выступил с обращением. Что сказал президент:»', () => {
    const facts = extract(
      'Владимир Путин выступил с обращением. Что сказал президент:\n\n' +
        '— 12 ноября ракетами ATACMS был нанесён удар по объекту в Курской области.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.name, 'Путин');
    assert.equal(strike?.fields.claimant?.text, 'Владимир Путин');
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
  ]) {
    it(text, () => {
      const facts = extract(text);
      assert.ok(facts.some((f) => f.kind === 'interception'));
      assert.ok(!facts.some((f) => f.kind === 'damage'), facts.map((f) => f.kind).join(' '));
    });
  }

  for (const text of [
    'Над Курской областью сбиты четыре ракеты, повреждены окна в двух домах.',
    'Над Курской областью сбиты четыре ракеты, обломками одной повреждена крыша склада.',
    'Air defences shot down four missiles, but one damaged a power substation in the city.',
  ]) {
    it(`negative: ${text}`, () => {
      const lang = /^[A-Z][a-z]/u.test(text) ? 'en' : 'ru';
      const facts = extractText(text, lang, '2024-11-20T09:00:00+03:00');
      assert.ok(
        facts.some((f) => f.kind === 'damage'),
        facts.map((f) => f.kind).join(' '),
      );
    });
  }
});
