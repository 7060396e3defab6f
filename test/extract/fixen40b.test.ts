// ux40 #3, #5, #6, #12: English wire leads. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const windows = (text: string, published: string) =>
  extractText(text, 'en', published).map((f) => [f.kind, f.region?.code ?? null, f.when?.start ?? null] as const);

test('#3: a dateline\'s date is when the story was filed; "on Tuesday" is the latest Tuesday on or before it', () => {
  // Filed on Thursday 12 March, published the same night: the strike of "Tuesday" is the 10th, not the 12th.
  assert.deepEqual(
    windows(
      'LVIV, March 12 (Reuters) - A Russian drone hit a warehouse in Lutsk on Tuesday, the regional governor said.',
      '2026-03-12T23:30:00+02:00',
    ),
    [['strike', 'UA-07', '2026-03-10T00:00:00+02:00']],
  );
  // Filed on Monday 16 March, published on Tuesday 17th after midnight: "on Tuesday" is the 10th, a week back, as the
  // story was written on the Monday.
  assert.deepEqual(
    windows(
      'WASHINGTON, March 16 - Russia struck Zaporizhzhia with glide bombs on Tuesday, Governor Ivan Fedorov said.',
      '2026-03-17T01:00:00+02:00',
    ),
    [['strike', 'UA-23', '2026-03-10T00:00:00+02:00']],
  );
});

test('#3 negative: a dateline without a weekday in the story dates nothing; a date in the story still does', () => {
  assert.deepEqual(
    windows(
      'LVIV, March 12 (Reuters) - A Russian drone hit a warehouse in Lutsk on March 11, the regional governor said.',
      '2026-03-12T23:30:00+02:00',
    ),
    [['strike', 'UA-07', '2026-03-11T00:00:00+02:00']],
  );
});

const kinds = (text: string) =>
  extractText(text, 'en', '2026-03-12T08:00:00+02:00').map((f) => [f.kind, f.region?.code ?? null] as const);

test("#6: a witness's blasts in a city stay an explosion after a national tally that only borrowed that city", () => {
  assert.deepEqual(
    kinds(
      "Ukraine's air force said on Thursday it shot down 41 of 48 drones.\n\nAn AP reporter heard several explosions in Sumy overnight.",
    ),
    [
      ['interception', null],
      ['explosion', 'UA-59'],
    ],
  );
});

test('#6 negative: an interception told of the same city is what the blasts were', () => {
  assert.deepEqual(
    kinds(
      'Air defences shot down 12 drones over Sumy overnight, the governor said. A witness heard explosions in Sumy.',
    ),
    [['interception', 'UA-59']],
  );
});

test("#6 negative: a cause that names what it hit and takes the blasts' city is what the blasts were", () => {
  const facts = kinds('Explosions rocked Lutsk overnight. A drone hit a fuel depot, the mayor said.');
  assert.ok(!facts.some(([kind]) => kind === 'explosion'), JSON.stringify(facts));
});
