// Twenty-third session (fixwhen23): the review of when23. A day and a night give the night only in one clause and
// only when the day names no later part; the loose English phrases ("early morning", "another night") date a sentence
// only when it names no other time and no year; a standfirst never takes a lead time from days before or from a
// sentence that tells the past. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { findTimes } from '../../src/extract/common/time.ts';
import { extractText } from '../helpers/extract-text.ts';
import { utc, windowOf } from '../helpers/windows.ts';

describe('a day and a night in one sentence: the night only for the day alone or its morning, in one clause', () => {
  const friday = '2025-03-14T19:00:00+02:00';
  const fridayKyiv = utc('2025-03-14T00:00:00+02:00 2025-03-15T00:00:00+02:00');
  const fridayMsk = utc('2025-03-14T00:00:00+03:00 2025-03-15T00:00:00+03:00');
  for (const [lang, text, day] of [
    [
      'en',
      'Russian artillery shelled Nikopol on Friday afternoon, injuring a woman, after drones struck Sumy overnight.',
      fridayKyiv,
    ],
    [
      'ru',
      'В пятницу ВСУ обстреляли Грайворон, ранены трое, а ночью ПВО сбила восемь беспилотников над Курской областью.',
      fridayMsk,
    ],
    [
      'uk',
      "У п'ятницю вдень росіяни обстріляли Нікополь, поранено двох людей, а вночі сили ППО збили 15 дронів.",
      fridayKyiv,
    ],
  ] as const) {
    it(`${lang}: the day's casualties keep the day: ${text}`, () => {
      assert.equal(windowOf(extractText(text, lang as Lang, friday), 'casualties'), day);
    });
  }
  it('a next sentence with no time of its own carries the day last named, not the night of another clause', () => {
    const text =
      'Ночью ПВО сбила восемь беспилотников над Курской областью, а в пятницу ВСУ обстреляли Грайворон. ' +
      'В Грайвороне повреждены дома.';
    assert.equal(windowOf(extractText(text, 'ru', friday), 'damage'), fridayMsk);
  });
});

describe('"early morning", "another night": a time only in a sentence that names no other time and no year', () => {
  const published = '2025-03-14T12:00:00+02:00';
  it('a stated date wins over "early morning", and dates the strike as history', () => {
    const facts = extractText(
      'In the early morning of March 5, Russian drones hit a power plant in Mykolaiv, the governor said.',
      'en',
      published,
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(windowOf(facts, 'strike'), utc('2025-03-05T00:00:00+02:00 2025-03-06T00:00:00+02:00'));
    assert.equal(strike?.historical, true);
  });
  it('"another night" in a sentence with a past year is no time of this week', () => {
    const facts = extractText(
      'Another night of Russian shelling followed in Bakhmut in May 2022, killing dozens of civilians.',
      'en',
      published,
    );
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.historical === true));
  });
  it('"the second night" after a dated night is not the time the next sentence carries', () => {
    const text =
      'Russian drones attacked Kyiv on the night of March 10, for the second night in a row. ' +
      'A drone hit a warehouse in Irpin.';
    const facts = extractText(text, 'en', published).filter((f) => f.evidence.text.includes('Irpin'));
    assert.equal(windowOf(facts, 'strike'), utc('2025-03-09T21:00:00+02:00 2025-03-10T07:00:00+02:00'));
  });
  it('a hyphen after "night" makes another word: "a second night-vision drone" is no time', () => {
    const ctx = { published, timeZone: 'Europe/Kyiv' };
    assert.deepEqual(
      findTimes('a second night-vision drone', 'en', ctx).map((t) => t.text),
      [],
    );
    assert.deepEqual(
      findTimes('another night-time alert', 'en', ctx).map((t) => t.text),
      ['night-time'],
    );
  });
  it('"the second night of the invasion" counts from the invasion: no time of this week', () => {
    const ctx = { published, timeZone: 'Europe/Kyiv' };
    assert.deepEqual(findTimes('On the second night of the full-scale invasion, missiles hit Kyiv.', 'en', ctx), []);
    assert.equal(findTimes('Drones attacked Kyiv for the second night in a row.', 'en', ctx)[0]?.text, 'second night');
  });
});

describe('a standfirst takes the lead first time only when it is recent and tells no past', () => {
  it('a time days before publication is background: the standfirst keeps none', () => {
    const text =
      'Drones hit Mykolaiv port\n\n' +
      'Russian drones struck the port of Mykolaiv, damaging a grain terminal, Governor Vitaliy Kim said on Monday. ' +
      'A similar attack on March 3 damaged two ships.';
    const facts = extractText(text, 'en', '2025-03-10T15:00:00+02:00').filter((f) =>
      f.evidence.text.includes('grain terminal'),
    );
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.when === null));
  });
  it('a time of a sentence that names a past year is background too', () => {
    const text =
      'Missile hits Kharkiv apartment block\n\n' +
      'A Russian missile hit an apartment block in Kharkiv, killing three people. ' +
      'On Thursday the city had marked two years since a 2023 strike that killed 20.';
    const facts = extractText(text, 'en', '2025-03-14T15:00:00+02:00').filter((f) =>
      f.evidence.text.includes('three people'),
    );
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.when === null && f.historical !== true));
  });
});
