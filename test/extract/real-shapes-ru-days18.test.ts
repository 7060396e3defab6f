// Russian Telegram news shapes of the eighteenth session (issue 9: incidents on real days). A headline that names no
// time takes the time of the body's first paragraph, never one told only further down (2024-11-19's strike had been
// dated the day before by «Накануне СМИ сообщили о решении …» two paragraphs below it); a power cut named by its noun.
// Texts are ours, in the style of real Telegram news; how the rules add up on real texts is measured by
// `sitrep eval --texts` and `sitrep eval --real-clusters`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published: string): Fact[] => extractText(text, 'ru', published);
const headlineStrike = (facts: readonly Fact[]) => facts.find((f) => f.kind === 'strike' && f.evidence.start === 0);

describe('a headline takes the time of its lead paragraph only', () => {
  it('a time in a later paragraph of background does not date the headline', () => {
    const facts = extract(
      '**Дроны впервые ударили по нефтебазе в Орловской области — источник**\n\n' +
        'Беспилотники поразили нефтебазу под Орлом, утверждает местное издание со ссылкой на свой источник.\n\n' +
        'Накануне СМИ сообщили о новых поставках дальнобойных дронов.',
      '2024-10-09T12:30:00+03:00',
    );
    const strike = headlineStrike(facts);
    assert.ok(strike, 'the headline tells a strike');
    // No time of its own: ingest gives it the publication's window (resolve/infer-window.ts), not «Накануне».
    assert.equal(strike.when, null);
  });

  it('a night told in a later paragraph about an earlier attack does not date the headline', () => {
    const facts = extract(
      '**В Житомире дрон попал в подстанцию, часть города без света — мэр**\n\n' +
        '«Энергетики работают на месте. Подробности позже», — написал мэр в телеграм-канале.\n\n' +
        'В ночь на воскресенье в Житомире дрон попал в жилой дом, пострадали два человека.',
      '2024-10-08T04:10:00+03:00',
    );
    const strike = headlineStrike(facts);
    assert.ok(strike, 'the headline tells a strike');
    // Ingest gives it the night behind the publication, the night just ended.
    assert.equal(strike.when, null);
  });

  it('the lead paragraph’s time still dates the headline', () => {
    const facts = extract(
      '**Число погибших при ударе по Сумам выросло до пяти**\n\n' +
        'В результате удара дронов по Сумам, нанесенного накануне поздно вечером, погибли пять человек.\n\n' +
        'Ранее спасатели сообщали о трех погибших.',
      '2024-10-09T12:30:00+03:00',
    );
    const strike = headlineStrike(facts);
    assert.ok(strike, 'the headline tells a strike');
    assert.equal(strike.fields.when?.inferred, true);
    assert.equal(strike.when?.start.slice(0, 10), '2024-10-08', 'the evening before, from the lead');
  });
});

describe('a power cut named by its noun (Russian, as the Ukrainian lexicon has it)', () => {
  for (const text of [
    'В Херсоне введены экстренные отключения электричества после ночного удара дронов.',
    'Энергетики объявили графики отключений электроэнергии в Херсоне после обстрела подстанции.',
  ]) {
    it(text, () => {
      const cut = extract(text, '2024-10-09T09:00:00+03:00').find((f) => f.kind === 'power_outage');
      assert.equal(cut?.region?.code, 'UA-65');
    });
  }
});
