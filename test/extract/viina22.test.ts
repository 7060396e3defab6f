// Twenty-second session (viina22): mechanisms read on VIINA headlines. Each text is invented, in the style of
// Ukrainian and Russian news headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T12:00:00+02:00';
const kinds = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'}`).sort();

describe('a place’s preposition repeated after a comma or a conjunction keeps one list (LIST_PREPOSITION_GLUE)', () => {
  it('uk: «у Бєлгороді та у Курську», each place its fact', () => {
    const facts = extractText('Пожежа на нафтобазі у Бєлгороді та у Курську.', 'uk', at);
    assert.deepEqual(kinds(facts), ['fire RU-BEL', 'fire RU-KRS']);
  });

  it('ru: «под Брянском и в Курске»', () => {
    const facts = extractText('Пожары на складах под Брянском и в Курске – видео', 'ru', at);
    assert.deepEqual(kinds(facts), ['fire RU-BRY', 'fire RU-KRS']);
  });

  it('uk: after a comma, «у Бєлгороді, у Курську та в Орлі»', () => {
    const facts = extractText('Пожежа на нафтобазі у Бєлгороді, у Курську та в Орлі.', 'uk', at);
    assert.deepEqual(kinds(facts), ['fire RU-BEL', 'fire RU-KRS', 'fire RU-ORL']);
  });

  it('negative: without a comma or a conjunction the second place holds the first («в Октябрьском в Крыму»)', () => {
    const facts = extractText('Взрывы на складе в Октябрьском в Крыму.', 'ru', at);
    assert.ok(!facts.some((f) => f.region === null), JSON.stringify(kinds(facts)));
  });
});
