// Twenty-second session (viina22): mechanisms read on VIINA headlines. Each text is invented, in the style of
// Ukrainian and Russian news headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T12:00:00+02:00';
const kinds = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'}`).sort();

describe('a place’s preposition repeated after a conjunction keeps one list (LIST_PREPOSITION_GLUE)', () => {
  it('uk: «у Бєлгороді та у Курську», each place its fact', () => {
    const facts = extractText('Пожежа на нафтобазі у Бєлгороді та у Курську.', 'uk', at);
    assert.deepEqual(kinds(facts), ['fire RU-BEL', 'fire RU-KRS']);
  });

  it('ru: «под Брянском и в Курске»', () => {
    const facts = extractText('Пожары на складах под Брянском и в Курске – видео', 'ru', at);
    assert.deepEqual(kinds(facts), ['fire RU-BRY', 'fire RU-KRS']);
  });

  it('negative: after a bare comma the place is another clause’s («на Москву, в Наро-Фоминском округе»)', () => {
    const facts = extractText('Сбит беспилотник, летевший на Москву, в Наро-Фоминском городском округе.', 'ru', at);
    assert.deepEqual(kinds(facts), ['interception RU-MOS']);
  });

  it('negative: without a comma or a conjunction the second place holds the first («в Октябрьском в Крыму»)', () => {
    const facts = extractText('Взрывы на складе в Октябрьском в Крыму.', 'ru', at);
    assert.ok(facts.length > 0 && !facts.some((f) => f.region === null), JSON.stringify(kinds(facts)));
  });

  for (const [lang, text, expected] of [
    ['ru', 'Ракета попала в дом в Харькове и в Киеве объявили тревогу.', ['strike UA-63']],
    ['ru', 'Сбит беспилотник над Белгородом и в Курске закрыли аэропорт.', ['interception RU-BEL']],
    ['en', 'A missile hit a house in Kharkiv and in Kyiv officials declared an air alert.', ['strike UA-63']],
  ] as const) {
    it(`negative: a repeated preposition that opens a clause of its own is no list (${lang}: ${text})`, () => {
      assert.deepEqual(
        kinds(extractText(text, lang, at)).filter((k) => !k.startsWith('alert')),
        expected,
      );
    });
  }
});
