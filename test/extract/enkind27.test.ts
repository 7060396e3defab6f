// enkind27 (twenty-seventh session), issue 8: a year that closes a span measuring one event ("the largest attack since
// the start of the invasion in 2022") dates nothing; the fact is this week's news (refine/historical.ts,
// `measuredSince`). A year with no such span, or a span with no record word (a tally), is history as before. Texts
// are ours, in the shapes of the dev leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-11-25T18:00:00+00:00';
const news = (text: string, lang: Lang = 'en'): Fact[] =>
  extractText(text, lang, PUBLISHED).filter((f) => !f.historical);
const kinds = (text: string, lang: Lang = 'en') =>
  news(text, lang)
    .map((f) => f.kind)
    .sort();

describe('a record measured since a past year is news', () => {
  const strikes = [
    'Russian drones hit Sumy in the heaviest raid the region has seen since the war began in 2022, officials said.',
    'Drones hit Odesa overnight in the heaviest raid on the port since it was shelled in July 2022, the governor said.',
    'A missile struck a power plant in Kharkiv, the deadliest blow to the city since February 2022.',
    'Officials said the barrage on Lviv was the largest since the war began in 2022.',
  ];
  for (const text of strikes) it(text, () => assert.ok(kinds(text).includes('strike')));

  it('a fresh attack told beside a past one keeps its toll', () => {
    assert.deepEqual(
      kinds('A Russian drone killed two people in Sumy, the deadliest attack on the town since the invasion in 2022.'),
      ['casualties', 'strike'],
    );
  });

  it('a quote keeps it', () => {
    assert.ok(
      kinds(
        '"This was the biggest missile attack on Dnipro since 2022," the mayor said of the strike on the bridge.',
      ).includes('strike'),
    );
  });
});

describe('the same in Russian and Ukrainian, through their own since and record words', () => {
  it('Russian', () => {
    assert.ok(
      kinds('Беспилотники атаковали Курск — это крупнейшая атака на город с начала 2022 года.', 'ru').includes(
        'strike',
      ),
    );
    assert.deepEqual(kinds('С начала 2022 года по Курску выпущено 300 ракет.', 'ru'), []);
  });
  it('Ukrainian', () => {
    assert.ok(
      kinds('Дрони атакували Суми — це наймасованіша атака на місто з початку 2022 року.', 'uk').includes('strike'),
    );
  });
});

describe('a past year with no record before its since is history, as before', () => {
  const past = [
    'A drone hit an oil tanker off Oman in 2021, killing two sailors.',
    'Since 2022, missiles have hit the plant in Zaporizhzhia five times, the operator said.',
    'In 2022 a missile hit the school in Kharkiv, the worst attack on the town since the war began.',
    'Officials recalled the largest strike since the war began, a missile that hit a mall in Kremenchuk in 2022.',
    // The span's own year is the first after "since"; a later one in the clause dates the event.
    'The deadliest strike on Kharkiv since 2014 came in 2022, when a missile hit the square.',
    'The heaviest barrage on the town since the invasion in 2022 hit Kherson on the last day of 2022, officials recalled.',
  ];
  for (const text of past) it(text, () => assert.deepEqual(kinds(text), []));

  it('a list: the past year dates its own item, the record item stays', () => {
    const text =
      'Drones struck Odesa on Friday in the heaviest raid since 2022; a missile hit the same port in 2022, killing ten.';
    assert.ok(kinds(text).includes('strike'));
  });
});
