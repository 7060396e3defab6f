// fixrev42c-ru (forty-second session): review 42c's findings on ru42's claimant rules. The texts are ours, invented in
// the shape of Telegram news posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-25T10:00:00+03:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'ru', PUBLISHED).map(who);
const claimants = (text: string) => whoOf(text).map((w) => w[2]);

describe('fixrev42c-ru: a message that names its owner does not point back', () => {
  const ministry = 'Минобороны РФ заявило об отражении атаки на Курскую область.\n\n';
  const quote = '«В Курске после атаки беспилотника выбиты окна в трех домах», — говорится в сообщении ';

  it('an owner the lexicon does not read as a role is not the speaker before', () => {
    for (const owner of [
      'районной администрации.',
      'в Telegram-канале городской администрации.',
      'главы района.',
      ', размещенном на сайте районной администрации.',
    ]) {
      const got = claimants(ministry + quote + owner);
      assert.ok(got.length > 0, owner);
      for (const c of got.slice(1)) assert.notEqual(c, 'ministry', owner);
    }
  });

  it('«ведомства» after a body is that body, after a governor no one', () => {
    assert.deepEqual(claimants(`${ministry + quote}ведомства.`), ['ministry', 'ministry']);
    const governor = 'Губернатор Алексей Смирнов сообщил о ракетной опасности в Курской области.\n\n';
    const got = claimants(`${governor + quote}ведомства.`);
    assert.ok(got.length > 1);
    for (const c of got.slice(1)) assert.notEqual(c, 'Алексей Смирнов');
  });
});

describe('fixrev42c-ru: an outlet is who heard only before the person who told it', () => {
  it('an outlet followed by a time, an adverb or its own reporter stays the source', () => {
    const fact = 'Беспилотник атаковал нефтебазу в Брянской области, ';
    for (const tail of [
      'сообщает ТАСС днем.',
      'пишет Mash повторно.',
      'сообщает Baza первой.',
      'сообщил РИА Новости собственный корреспондент.',
      'сообщает ТАСС без указания источника.',
    ])
      assert.deepEqual(claimants(fact + tail), ['media'], tail);
  });

  it('an outlet followed by the person who told it is no speaker', () => {
    assert.deepEqual(
      claimants('Беспилотник атаковал нефтебазу в Брянской области, рассказала ТАСС жительница поселка.'),
      [null],
    );
  });
});

describe('fixrev42c-ru: a closing name past the outlet is a person', () => {
  const fact = 'Обломки беспилотника упали на склад в Белгородской области, ';

  it('capitalised words of a body or a place are no name', () => {
    for (const tail of [
      'сообщил РИА Новости представитель Вооруженных Сил.',
      'рассказал ТАСС очевидец из района Южный Поселок.',
      'рассказал ТАСС житель улицы Светлая Поляна.',
    ]) {
      const got = claimants(fact + tail);
      assert.ok(got.length > 0, tail);
      for (const c of got) assert.equal(c, null, tail);
    }
  });

  it('a first name and a surname still speak', () => {
    const got = claimants(`${fact}рассказал ТАСС житель поселка Сергей Кузнецов.`);
    assert.ok(got.length > 0);
    for (const c of got) assert.equal(c, 'Сергей Кузнецов');
  });
});

describe('fixrev42c-ru: a possessive points back only to a speaker it agrees with', () => {
  it('«по ее данным» is not a ministry that «заявило»', () => {
    const text =
      'Администрация Курска сообщила о выбитых окнах. Минобороны РФ заявило о сбитых над Курской областью БПЛА.\n\n' +
      'По ее данным, в Курске ранены три человека.';
    assert.notEqual(whoOf(text).at(-1)?.[2], 'ministry');
  });

  it('«по их словам» is not a governor who «сообщил»', () => {
    const text =
      'Губернатор Иван Петров сообщил о сбитом над Брянской областью беспилотнике. Очевидцы слышали хлопки.\n\n' +
      'По их словам, в Брянске загорелся гараж.';
    for (const w of whoOf(text).filter((x) => x[0] === 'fire')) assert.notEqual(w[2], 'Иван Петров');
  });

  it('a governor of one region is not «по его данным» of a sentence in another', () => {
    const text =
      'Губернатор Курской области Иван Петров сообщил о сбитом беспилотнике.\n\n' +
      'Над Брянской областью ночью сбиты три беспилотника. По его данным, пострадавших нет.';
    assert.notEqual(whoOf(text).at(-1)?.[2], 'Иван Петров');
  });

  it('«по ее данным» after «заявили в мэрии» is still the mayor', () => {
    const text =
      'Ночью беспилотник атаковал Курск, заявили в мэрии Курска.\n\n' +
      'По ее данным, в городе выбиты окна в двух домах.';
    assert.deepEqual(claimants(text), ['mayor', 'mayor']);
  });
});
