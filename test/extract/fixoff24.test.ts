// Review of off24, twenty-fourth session: what a weapon is for, and dates long ago, must not take real news. A finite
// perfect ("has used … to strike") is a news lead's verb as often as a practice's, and is read as usual; a one-event
// word, a toll anywhere in the sentence or a main verb of the event keeps a described weapon's strike; a clause dated
// long ago stays history whatever time of the report's week the clause also names. Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const news = (text: string, lang: Lang = 'en', at = PUBLISHED): Fact[] =>
  extractText(text, lang, at).filter((f) => !f.historical);
const kinds = (text: string, lang: Lang = 'en', at = PUBLISHED) =>
  news(text, lang, at)
    .map((f) => f.kind)
    .sort();

describe('a present-perfect news lead tells its strike', () => {
  it('"has used … to strike … for the first time"', () => {
    assert.deepEqual(kinds('Ukraine has used HIMARS rockets to strike targets inside Russia for the first time.'), [
      'strike',
    ]);
  });

  it('"has used" another weapon the same way', () => {
    assert.deepEqual(kinds('Kyiv has used French SCALP missiles to strike Russia for the first time, Paris says.'), [
      'strike',
    ]);
  });

  it('"have used … in an attack", told as a claim', () => {
    assert.deepEqual(kinds('Ukrainian forces have used drones in an attack on the Russian capital, Moscow claims.'), [
      'strike',
    ]);
  });

  it("a one-event word keeps a described weapon's strike", () => {
    assert.deepEqual(
      kinds('Long-range missiles being used by Ukraine to strike Russia for the first time came from the US.'),
      ['strike'],
    );
  });
});

describe("a toll in the sentence keeps a described weapon's strike", () => {
  it('the toll in the clause joined after', () => {
    assert.deepEqual(kinds('Drones supplied by Iran are being used by Russia to attack Odesa, killing two people.'), [
      'casualties',
      'strike',
    ]);
  });

  it('"has used … to attack …, killing"', () => {
    assert.deepEqual(kinds('Russia has used drones to attack Mykolaiv, killing three people.'), [
      'casualties',
      'strike',
    ]);
  });
});

describe('a main verb of the event keeps the strike', () => {
  it('"being used in the attack … exploded"', () => {
    assert.deepEqual(kinds('Drones being used in the attack on Kharkiv exploded over the city centre.'), ['strike']);
  });
});

describe('"used in" is no described use', () => {
  it('"used in attacks on … were made with": read as usual', () => {
    // The entry never matched its documented shape; it is dropped, and the strike word is read as usual.
    assert.deepEqual(kinds('Shahed drones used in attacks on Odesa were made with Western parts.'), ['strike']);
  });
});

describe("a clause dated long ago stays history beside a time of the report's week", () => {
  it("a reporting time does not revive last month's strike", () => {
    assert.deepEqual(kinds('On Wednesday prosecutors named the officer whose missile hit the clinic last month.'), []);
  });

  it('its twin with no date word is news', () => {
    assert.deepEqual(kinds('On Wednesday a Russian missile hit the clinic in Sumy.'), ['strike']);
  });

  it("ru: a reporting day does not revive last month's strike", () => {
    assert.deepEqual(
      kinds('В среду стало известно о попадании ракеты в поликлинику в Сумах в прошлом месяце.', 'ru'),
      [],
    );
  });

  it('ru twin with no date word is news', () => {
    assert.deepEqual(kinds('В среду ракета попала в поликлинику в Сумах.', 'ru'), ['strike']);
  });
});

describe('"earlier this month" dates nothing by itself', () => {
  it('early in a month it can only mean this week: news', () => {
    assert.deepEqual(
      kinds(
        'A Russian drone hit a substation in Sumy earlier this month, officials said.',
        'en',
        '2024-12-02T10:00:00+02:00',
      ),
      ['strike'],
    );
  });
});
