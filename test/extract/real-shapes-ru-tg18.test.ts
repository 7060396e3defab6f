// Russian Telegram news shapes of the eighteenth session (issue 8): windows and claimants. Texts are ours, in the
// style of real Telegram news; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const span = (f: Fact | undefined) => [f?.when?.start, f?.when?.end];

describe('a time before the speaker and a verb of saying is when it was said', () => {
  it('«Ранее утром Минобороны РФ объявило, что ночью …»: the night, not the morning', () => {
    const facts = extract(
      'Аэропорт Пензы временно закрыт.\n\n' +
        'Ранее утром Минобороны РФ объявило, что ночью над Пензенской областью был сбит один беспилотник.',
    );
    const downed = facts.find((f) => f.kind === 'interception');
    assert.deepEqual(span(downed), ['2024-11-19T21:00:00+03:00', '2024-11-20T07:00:00+03:00']);
  });

  it("«Утром во вторник Воздушные силы ВСУ заявили об ударе …»: the sentence's only time is the strike's", () => {
    // Review of fixtg18: with no time of its own after the verb and no «Ранее», the time is the event's.
    const facts = extract('Утром во вторник Воздушные силы ВСУ заявили об ударе ракетой по Кривому Рогу.');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'UA-12');
    assert.equal(strike?.when?.start, '2024-11-19T00:00:00+03:00');
  });

  it("a comma after the time keeps it the event's («Утром, как сообщил губернатор, …»)", () => {
    const facts = extract('Утром, как сообщил губернатор, над Курской областью сбиты три беспилотника.');
    const downed = facts.find((f) => f.kind === 'interception');
    assert.deepEqual(span(downed), ['2024-11-20T00:00:00+03:00', '2024-11-21T00:00:00+03:00']);
  });

  it("a time before an ordinary subject and verb stays the event's («Ночью беспилотники атаковали …»)", () => {
    const facts = extract('Ночью украинские беспилотники атаковали Брянскую область, сообщил губернатор.');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.deepEqual(span(strike), ['2024-11-19T21:00:00+03:00', '2024-11-20T07:00:00+03:00']);
  });
});

describe('a source named in Latin letters in a Russian text is a foreign outlet', () => {
  for (const text of [
    'ВСУ впервые ударили ракетами ATACMS по Курской области, пишет Politico со ссылкой на источник.',
    'Украина впервые выпустила ракеты Storm Shadow по Брянской области, сообщает The Guardian.',
    'The Guardian пишет, что ВСУ впервые ударили ракетами ATACMS по Курской области.',
  ]) {
    it(text, () => {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.ok(strike, text);
      assert.deepEqual([strike.claimant?.name, strike.claimant?.role], [null, 'media']);
    });
  }

  it('a name in Cyrillic stays a person', () => {
    const strike = extract('Беспилотник атаковал склад в Курске, сообщил Алексей Смирнов.').find(
      (f) => f.kind === 'strike',
    );
    assert.equal(strike?.claimant?.role === 'media', false);
    assert.equal(strike?.claimant?.name, 'Алексей Смирнов');
  });

  it('English has no script of its own for names: "Bloomberg" stays as the text names it', () => {
    const strike = extractText(
      'A drone hit a depot in Kursk, Bloomberg reported.',
      'en',
      '2024-11-20T09:00:00+03:00',
    )[0];
    assert.notEqual(strike?.claimant?.role, 'media');
  });
});
