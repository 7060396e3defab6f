// Twenty-sixth session (enwin26): when it happened, in English news leads. (Its long-headline rule was removed by
// fixenwin26.) A named day of the calendar ("New Year's Eve") is a day; "on Monday night" is that Monday, of precision
// evening; "overnight Wednesday" is the night that ended on Wednesday; a time inside what was said ("said a rocket
// strike on Sunday evening hurt five", "claims Kyiv mounted an overnight drone raid") is the event's, not the
// statement's. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimes } from '../../src/extract/common/time.ts';
import { extractText } from '../helpers/extract-text.ts';
import { utc, windowOf } from '../helpers/windows.ts';

const WEDNESDAY = '2024-03-13T09:30:00+00:00';
const TUESDAY_ALL = utc('2024-03-12T00:00:00+00:00 2024-03-13T00:00:00+00:00');
const NIGHT_TO_WEDNESDAY = utc('2024-03-12T21:00:00+00:00 2024-03-13T07:00:00+00:00');

describe('a long first line in sentence case is no headline (the rule was removed by fixenwin26)', () => {
  const headline =
    'War briefing: drones hit a fuel depot in the Bryansk region and cut a power line near the border, the governor says';
  it('negative: a first line closed by a full stop is a sentence, not a headline, and takes no later time', () => {
    const text = `${headline}.\n\nThe drones came late on Tuesday, Governor Ivan Petrenko wrote on Telegram.`;
    assert.equal(windowOf(extractText(text, 'en', WEDNESDAY), 'strike'), null);
  });
});

describe('a named day of the calendar', () => {
  const published = '2024-01-03T08:00:00+00:00';
  it('"on New Year\'s Eve" is December 31 of the year before', () => {
    const text = 'Russia fired 14 cruise missiles at Kharkiv on New Year’s Eve, killing two people.';
    assert.equal(
      windowOf(extractText(text, 'en', published), 'strike'),
      utc('2023-12-31T00:00:00+00:00 2024-01-01T00:00:00+00:00'),
    );
  });
  it('"New Years Day" before a noun, without its apostrophe', () => {
    const times = findTimes('the New Years Day strike on a barracks', 'en', { published, timeZone: 'UTC' });
    assert.deepEqual(
      times.map((t) => [t.text, t.when.start, t.when.end]),
      [['New Years Day', '2024-01-01T00:00:00+00:00', '2024-01-02T00:00:00+00:00']],
    );
  });
  it('negative: "New Year" alone names no day', () => {
    assert.deepEqual(findTimes('a New Year address to the nation', 'en', { published, timeZone: 'UTC' }), []);
  });
});

describe('"on Monday night": that whole day, of precision evening', () => {
  it('a strike told on the night of a named weekday', () => {
    const text = 'Russian missiles struck Kramatorsk twice on Tuesday night, killing three people, officials said.';
    const facts = extractText(text, 'en', WEDNESDAY);
    assert.equal(windowOf(facts, 'strike'), TUESDAY_ALL);
    assert.equal(facts.find((f) => f.kind === 'strike')?.when?.precision, 'evening');
  });
  it('"overnight Wednesday morning" is the night that ended on Wednesday', () => {
    const text = 'Missiles and drones hit the port of Izmail overnight Wednesday morning, injuring four people.';
    assert.equal(windowOf(extractText(text, 'en', WEDNESDAY), 'strike'), NIGHT_TO_WEDNESDAY);
  });
  it('negative: "the night of Tuesday" is still the night that ended on Tuesday', () => {
    const text = 'Drones attacked Sumy on the night of Tuesday, the regional administration said.';
    assert.equal(
      windowOf(extractText(text, 'en', WEDNESDAY), 'strike'),
      utc('2024-03-11T21:00:00+00:00 2024-03-12T07:00:00+00:00'),
    );
  });
});

describe('a time inside what was said is the event’s', () => {
  it('an attack word between the verb of saying and the time', () => {
    const text = 'Local officials said a missile attack on Tuesday evening wounded nine people in Nova Kakhovka.';
    assert.equal(windowOf(extractText(text, 'en', WEDNESDAY), 'strike'), TUESDAY_ALL);
  });
  it('a time right before an attack noun: "an overnight drone attack"', () => {
    const text = 'Moscow claims Kyiv staged an overnight drone attack on an airfield in the Pskov region.';
    assert.equal(windowOf(extractText(text, 'en', WEDNESDAY), 'strike'), NIGHT_TO_WEDNESDAY);
  });
  it('negative: "said on Tuesday" before the told clause is when it was said', () => {
    const text = 'The air force said on Tuesday drones hit a grain terminal in the Odesa region.';
    assert.equal(windowOf(extractText(text, 'en', WEDNESDAY), 'strike'), null);
  });
});
