// Twenty-third session (when23): the time window of each fact. A day and the night that ended on it, named in one
// sentence, give the night (the finer of the two), to the sentence's facts and to the sentences that carry its time;
// English "early morning" is this morning, and "the second night" of a series is the night just past. Every text is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { findTimes } from '../../src/extract/common/time.ts';
import { extractText } from '../helpers/extract-text.ts';
import { utc, windowOf } from '../helpers/windows.ts';

describe('a day and the night that ended on it, in one sentence: the night', () => {
  const friday = '2025-03-14T10:00:00+02:00';
  const night = utc('2025-03-13T21:00:00+02:00 2025-03-14T07:00:00+02:00');
  // A Russian report's hours are read in Moscow time.
  const nightMsk = utc('2025-03-13T21:00:00+03:00 2025-03-14T07:00:00+03:00');
  for (const [lang, text, kind] of [
    [
      'en',
      'Air raid alerts sounded across the south on Friday and followed overnight drone strikes on Mykolaiv.',
      'strike',
    ],
    [
      'en',
      'Seven people were injured on Friday in an overnight missile strike on Poltava, officials said.',
      'casualties',
    ],
    ['ru', 'Ночью и утром в пятницу армия нанесла удар по Харькову.', 'strike'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.equal(windowOf(extractText(text, lang as Lang, friday), kind), lang === 'ru' ? nightMsk : night);
    });
  }

  it('a sentence that carries its time on carries the night too', () => {
    const text = 'Ночью и утром в пятницу армия нанесла удар по Харькову. В Харькове повреждена подстанция.';
    assert.equal(windowOf(extractText(text, 'ru', friday), 'damage'), nightMsk);
  });

  // Negative cases: the night must end inside the day named.
  it('negative: a night that ended on another day leaves the day as it is', () => {
    const text = 'A drone hit a warehouse in Odesa on Wednesday, two days before an overnight attack on Kherson.';
    assert.equal(
      windowOf(extractText(text, 'en', friday), 'strike'),
      utc('2025-03-12T00:00:00+02:00 2025-03-13T00:00:00+02:00'),
    );
  });
  it('negative: a sentence with a day alone keeps the whole day', () => {
    const text = 'A drone hit a warehouse in Odesa on Friday.';
    assert.equal(
      windowOf(extractText(text, 'en', friday), 'strike'),
      utc('2025-03-14T00:00:00+02:00 2025-03-15T00:00:00+02:00'),
    );
  });
});

describe('English "early morning" and "the second night"', () => {
  const ctx = { published: '2025-06-03T04:30:00+03:00', timeZone: 'Europe/Kyiv' };
  it('"early morning" with no day is this morning: the whole day, even when published before six', () => {
    const [m] = findTimes("Russia's early morning attack on Dnipro", 'en', ctx);
    assert.deepEqual(
      [m?.text, m?.when.start, m?.when.end],
      ['early morning', '2025-06-03T00:00:00+03:00', '2025-06-04T00:00:00+03:00'],
    );
  });
  it('"early-morning", hyphenated, too', () => {
    assert.equal(findTimes('an early-morning strike', 'en', ctx)[0]?.when.start, '2025-06-03T00:00:00+03:00');
  });
  for (const text of [
    'Drones attacked Kyiv for the second night in a row',
    'A third night of missile strikes on Odesa',
    'Kharkiv was shelled for another night',
  ]) {
    it(`the night just past: ${text}`, () => {
      const [m] = findTimes(text, 'en', ctx);
      assert.deepEqual([m?.when.start, m?.when.end], ['2025-06-02T21:00:00+03:00', '2025-06-03T07:00:00+03:00']);
    });
  }
  it('negative: a bare "night" still needs a day ("night vision")', () => {
    assert.deepEqual(findTimes('drones with night vision cameras', 'en', ctx), []);
  });
});

describe('a standfirst told before the lead paragraph names its time takes that time, as the headline does', () => {
  const at = '2025-03-14T09:00:00+03:00';
  const night = '2025-03-13T18:00:00.000Z 2025-03-14T04:00:00.000Z';
  it('the standfirst sentence under a title', () => {
    const text =
      'Belgorod governor gives an update\n\n' +
      'Air defences destroyed six drones over the Belgorod region, the governor said.\n' +
      'The drones came overnight, he wrote on Telegram.';
    const facts = extractText(text, 'en', at).filter((f) => f.evidence.text.includes('Air defences'));
    assert.equal(windowOf(facts, 'interception'), night);
  });
  it('negative: with no title, a sentence before the first time keeps none', () => {
    const text =
      'Air defences destroyed six drones over the Belgorod region, the governor said. ' +
      'The drones came overnight, he wrote on Telegram.';
    assert.equal(windowOf(extractText(text, 'en', at), 'interception'), null);
  });
});
