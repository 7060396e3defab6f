import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { MAX_SENTENCE, splitSentences } from '../../src/ingest/sentences.ts';

function split(text: string, lang: Lang): string[] {
  const spans = splitSentences(text, lang);
  for (const s of spans) {
    assert.equal(text.slice(s.start, s.end), s.text, 'span must equal the slice');
    assert.equal(s.text, s.text.trim(), 'span must be trimmed');
    assert.ok(s.text.length > 0);
  }
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.start >= spans[i - 1]!.end, 'spans in order');
  return spans.map((s) => s.text);
}

describe('splitSentences', () => {
  test('en: plain sentences, ! and ?', () => {
    assert.deepEqual(split('Drones attacked. Two were shot down! Was anyone hurt? No.', 'en'), [
      'Drones attacked.',
      'Two were shot down!',
      'Was anyone hurt?',
      'No.',
    ]);
  });

  test('en: abbreviations and initials do not end sentences', () => {
    assert.deepEqual(
      split('On Nov. 5 Gov. A. Petrov visited St. Mary hospital in the U.S. state. Then he left.', 'en'),
      ['On Nov. 5 Gov. A. Petrov visited St. Mary hospital in the U.S. state.', 'Then he left.'],
    );
  });

  test('en: "p.m." before "Moscow time" does not end the sentence', () => {
    assert.deepEqual(split('At 9 p.m. Moscow time the airport closed. Flights resumed.', 'en'), [
      'At 9 p.m. Moscow time the airport closed.',
      'Flights resumed.',
    ]);
  });

  test('ru: обл., г., ст. and initials', () => {
    const text =
      'В г. Белгород и Белгородской обл. сбиты 5 БПЛА. Губернатор В.В. Гладков сообщил о повреждениях. Ст. 205 УК РФ применена.';
    assert.deepEqual(split(text, 'ru'), [
      'В г. Белгород и Белгородской обл. сбиты 5 БПЛА.',
      'Губернатор В.В. Гладков сообщил о повреждениях.',
      'Ст. 205 УК РФ применена.',
    ]);
  });

  test('ru: an abbreviation after a number may end a sentence; т.д. may too', () => {
    assert.deepEqual(split('Это было в 2024 г. Позже атаки повторились, горели склады и т.д. Пожар потушен.', 'ru'), [
      'Это было в 2024 г.',
      'Позже атаки повторились, горели склады и т.д.',
      'Пожар потушен.',
    ]);
  });

  test('ru: times and decimals are not boundaries', () => {
    assert.deepEqual(split('Около 20.00 мск сбиты 2,5 десятка дронов. Сирена звучала 1.5 часа.', 'ru'), [
      'Около 20.00 мск сбиты 2,5 десятка дронов.',
      'Сирена звучала 1.5 часа.',
    ]);
  });

  test('ru: no break inside «…», even on an abbreviation or a full stop', () => {
    const text = '«Над г. Курск сбит дрон. Пострадавших нет», — написал губернатор. Позже он уточнил данные.';
    assert.deepEqual(split(text, 'ru'), [
      '«Над г. Курск сбит дрон. Пострадавших нет», — написал губернатор.',
      'Позже он уточнил данные.',
    ]);
  });

  test('ru: a quotation that closes the sentence ends it', () => {
    assert.deepEqual(split('Он сказал: «Атака отражена.» Затем связь прервалась.', 'ru'), [
      'Он сказал: «Атака отражена.»',
      'Затем связь прервалась.',
    ]);
  });

  test('ru: an unclosed quote does not swallow the rest of the line', () => {
    assert.deepEqual(split('ГУР назвал ракету «Кедр. Это не подтверждено.', 'ru'), [
      'ГУР назвал ракету «Кедр.',
      'Это не подтверждено.',
    ]);
  });

  test('uk: м., вул., тис. and lower-case continuation', () => {
    const text = 'У м. Суми на вул. Шевченка пошкоджено 2 тис. кв. метрів даху. Постраждалих немає.';
    assert.deepEqual(split(text, 'uk'), [
      'У м. Суми на вул. Шевченка пошкоджено 2 тис. кв. метрів даху.',
      'Постраждалих немає.',
    ]);
  });

  test('uk: смт. and с. (settlement types) end no sentence, as пгт. in Russian', () => {
    const text = 'Внаслідок обстрілу смт. Велика Писарівка поранено жінку. Вночі с. Бобрик обстріляли. Далі.';
    assert.deepEqual(split(text, 'uk'), [
      'Внаслідок обстрілу смт. Велика Писарівка поранено жінку.',
      'Вночі с. Бобрик обстріляли.',
      'Далі.',
    ]);
  });

  test('line breaks always end a sentence; a headline without a full stop is its own', () => {
    const text = 'Ночная атака на Приморский район\n\n- Сбиты 7 дронов.\n- Пострадавших нет\nДругое. Ещё';
    assert.deepEqual(split(text, 'ru'), [
      'Ночная атака на Приморский район',
      'Сбиты 7 дронов.',
      'Пострадавших нет',
      'Другое.',
      'Ещё',
    ]);
  });

  test('a hard line break inside a sentence runs on: the line ends with no mark, the next starts lower case or with a comma', () => {
    const text =
      'Надійшло 5 повідомлень про\nруйнування будинків.\nБПЛА атакували Суми\n, а також Конотоп.\nДругий рядок\n\nвже новий абзац';
    assert.deepEqual(split(text, 'uk'), [
      'Надійшло 5 повідомлень про\nруйнування будинків.',
      'БПЛА атакували Суми\n, а також Конотоп.',
      'Другий рядок',
      'вже новий абзац',
    ]);
    // A full stop, a colon or a capital ends the line's sentence as before.
    assert.deepEqual(split('Сбиты 7 дронов.\nещё два\nИтоги:\nсбиты\nНовый', 'ru'), [
      'Сбиты 7 дронов.',
      'ещё два',
      'Итоги:',
      'сбиты',
      'Новый',
    ]);
  });

  test('a line that ends in a conjunction runs on, and a colon runs on into a line that opens with a count', () => {
    const text = 'Над областю знищено 6 дронів:\n4 над Полтавщиною та\n2 над Сумщиною.\nСлава ЗСУ!';
    assert.deepEqual(split(text, 'uk'), [
      'Над областю знищено 6 дронів:\n4 над Полтавщиною та\n2 над Сумщиною.',
      'Слава ЗСУ!',
    ]);
    assert.deepEqual(split('Сбиты 4 дрона над Брянской областью и\n2 над Калужской.', 'ru'), [
      'Сбиты 4 дрона над Брянской областью и\n2 над Калужской.',
    ]);
    // A word that merely ends in the conjunction's letters, a colon before a word or a bare number, stay apart.
    assert.deepEqual(split('Знищено шахеди\nВибухи в Одесі', 'uk'), ['Знищено шахеди', 'Вибухи в Одесі']);
    assert.deepEqual(split('Итоги:\n5\nСбиты:\nДва дрона', 'ru'), ['Итоги:', '5', 'Сбиты:', 'Два дрона']);
    // A list line that ends its item stays a line of its own under the header.
    assert.deepEqual(split('Знищено 25 цілей:\n20 ударних БпЛА;\n5 крилатих ракет.', 'uk'), [
      'Знищено 25 цілей:',
      '20 ударних БпЛА;',
      '5 крилатих ракет.',
    ]);
  });

  test('after a conjunction a capital letter opens a new sentence or a header, not the list’s next item', () => {
    assert.deepEqual(
      split('Над Брянской областью сбиты 3 беспилотника и\nКалужская область подверглась обстрелу.', 'ru'),
      ['Над Брянской областью сбиты 3 беспилотника и', 'Калужская область подверглась обстрелу.'],
    );
    assert.deepEqual(split('Суми: влучання в гараж та\nХерсон: обстріл, пошкоджено авто.', 'uk'), [
      'Суми: влучання в гараж та',
      'Херсон: обстріл, пошкоджено авто.',
    ]);
    assert.deepEqual(split('Moscow threatened to strike Kyiv and\nDrones hit a depot in Lviv overnight.', 'en'), [
      'Moscow threatened to strike Kyiv and',
      'Drones hit a depot in Lviv overnight.',
    ]);
    assert.deepEqual(split('Follow us on Telegram and\nX', 'en'), ['Follow us on Telegram and', 'X']);
  });

  test('a bullet in the middle of a line starts a new sentence', () => {
    assert.deepEqual(split('Итоги: • сбиты 3 дрона • пострадавших нет', 'ru'), [
      'Итоги:',
      'сбиты 3 дрона',
      'пострадавших нет',
    ]);
  });

  test('ellipsis before a capital ends a sentence, before lower case it does not', () => {
    assert.deepEqual(split('Ждали атаки… и она была. Потом тишина... Утром всё стихло.', 'ru'), [
      'Ждали атаки… и она была.',
      'Потом тишина...',
      'Утром всё стихло.',
    ]);
  });

  test('offsets survive leading spaces, CR-free blank lines and a trailing space', () => {
    const text = '  First one.  Second one.\n\n   Third  ';
    const spans = splitSentences(text, 'en');
    assert.deepEqual(
      spans.map((s) => [s.start, s.end]),
      [
        [2, 12],
        [14, 25],
        [30, 35],
      ],
    );
  });

  test('an over-long run of clauses is cut after its commas into pieces of at most MAX_SENTENCE', () => {
    // One POST of thousands of clauses and no full stop: extraction pairs a sentence's mentions with each other.
    const clause = 'Над Брянской областью сбит 1 беспилотник, ';
    const text = clause.repeat(3000);
    const pieces = split(text, 'ru');
    assert.ok(pieces.length >= Math.ceil(text.length / MAX_SENTENCE), `${pieces.length} pieces`);
    for (const p of pieces) {
      assert.ok(p.length <= MAX_SENTENCE, `${p.length} characters`);
      assert.ok(p.startsWith('Над') && p.endsWith(','), p.slice(-30));
    }
    assert.equal(pieces.join(' '), text.trim());
  });

  test('an over-long sentence with no comma is cut at a space, one with no space at the limit', () => {
    const words = 'Курск Брянск Орёл '.repeat(400);
    for (const p of split(words, 'ru')) assert.ok(p.length <= MAX_SENTENCE && !p.includes('  '));
    // Astral characters: a cut never parts a surrogate pair.
    const glyphs = '\u{1F6E9}'.repeat(MAX_SENTENCE);
    const pieces = split(glyphs, 'en');
    assert.equal(pieces.join(''), glyphs);
    for (const p of pieces) assert.ok(p.length <= MAX_SENTENCE && p.length % 2 === 0 && p.charCodeAt(0) === 0xd83d);
  });

  test('a long sentence under the limit is left whole (a list of thirty regions)', () => {
    const items = Array.from({ length: 30 }, (_, i) => `${i + 2} – над территорией Курской области`);
    const sentence = `Перехвачены и уничтожены 400 беспилотников: ${items.join(', ')}.`;
    assert.ok(sentence.length < MAX_SENTENCE);
    assert.deepEqual(split(`${sentence} Пострадавших нет.`, 'ru'), [sentence, 'Пострадавших нет.']);
  });

  test('empty and blank text give no spans', () => {
    assert.deepEqual(splitSentences('', 'en'), []);
    assert.deepEqual(splitSentences(' \n \n', 'ru'), []);
  });
});
