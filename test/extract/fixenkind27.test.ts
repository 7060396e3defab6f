// fixenkind27 (twenty-seventh session): the review of enkind27's `measuredSince` (refine/historical.ts). A record
// measured since a past year is news only when the span names no event of its own: not when the span after the since
// word is a clause with its own event or toll, not when a relative clause right after the year tells the measured
// event, not in a sentence that recalls the past (the lexicons' `look_back` words). Texts are ours, invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-10T12:00:00+00:00';
const news = (text: string, lang: Lang = 'en'): Fact[] =>
  extractText(text, lang, PUBLISHED).filter((f) => !f.historical);
const kinds = (text: string, lang: Lang = 'en') =>
  news(text, lang)
    .map((f) => f.kind)
    .sort();

const lang = (text: string): Lang => (/[іїєґ]/iu.test(text) ? 'uk' : /[а-я]/iu.test(text) ? 'ru' : 'en');

describe('an old event measured by a record stays history', () => {
  const past = [
    // The span after "since" is a clause with its own event and toll: the toll is that event's.
    'A missile hit Kherson, the deadliest strike since the depot explosion in 2023 killed 12 workers.',
    'Drones hit Sumy, the worst attack on the region since a rocket struck the market in 2022.',
    // A relative clause right after the year tells the measured event.
    'She described the largest raid on the harbour since the invasion began in 2015, when a rocket hit the dock in Mykolaiv.',
    'Residents of Poltava remember the deadliest attack on the town since the war began in 2023, which hit a school.',
    'Жителі Сум згадують наймасованішу атаку на місто з початку 2022 року, коли ракета влучила в лікарню.',
    'Жители Курска вспоминают крупнейшую атаку на город с начала 2022 года, когда ракета попала в больницу.',
    // A sentence that looks back.
    'Looking back: the heaviest drone raid on Chernihiv since 2023 damaged a bridge.',
    'Three years on, the biggest missile strike on Zhytomyr since 2022 is marked with a memorial.',
  ];
  for (const text of past) it(text, () => assert.deepEqual(kinds(text, lang(text)), []));
});

describe("the review's inputs (published 2025-03-10) stay history", () => {
  const review = [
    'He recalled the largest attack on the port since the war began in 2014, when a missile hit the pier in Odesa.',
    'Two years on, residents of Dnipro remember the deadliest strike on the city since the war began in 2022, when a missile hit an apartment block.',
    'The museum exhibit shows the most destructive strike on Kharkiv since the war began in 2022, which flattened the opera house.',
    'Looking back: the worst missile attack on Lviv since 2022 destroyed a power station.',
    'A missile hit Kyiv, the deadliest strike since the Olenivka prison blast in 2022 killed 50 prisoners.',
  ];
  for (const text of review) it(text, () => assert.deepEqual(kinds(text), []));
});

describe('a record since a past year with no event of the span is still news', () => {
  const fresh = [
    'Russian drones hit Poltava in the heaviest raid on the city since the war began in 2022, officials said.',
    'A missile struck a depot in Chernihiv, the deadliest blow to the region since February 2022.',
    // Kept by its own day: a relative clause after the year no longer spares it, the day does.
    'Drones hit Sumy on Sunday, the biggest attack on the town since 2022, which officials called a war crime.',
  ];
  for (const text of fresh) it(text, () => assert.ok(kinds(text).includes('strike')));
});
