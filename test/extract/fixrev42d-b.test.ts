// Review 42d #3–#5 of fixux42b's rules: "from <clock>" alone, an opening time before "N were shot down", "all" before a
// weapon after a number of its own. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const facts = (text: string, lang: 'en' | 'ru' | 'uk', published: string) =>
  extractText(text, lang, published).map((f) => ({
    kind: f.kind,
    count: f.count?.value ?? null,
    launched: f.launched?.value ?? null,
    when: f.when ? [f.when.start, f.when.end] : null,
  }));

// #3: "from" says when something began, not that it went on until the post: alone it is that moment.
test('review 42d #3: a lone "from <clock>" is a moment, not a window to publication', () => {
  const out = facts(
    'From 4 pm, Russian troops hit Zaporizhzhia with guided bombs, killing one man in the Komunarskyi district.',
    'en',
    '2025-06-12T08:45:00+03:00',
  );
  assert.ok(out.length > 0);
  for (const f of out) assert.deepEqual(f.when, ['2025-06-11T16:00:00+03:00', '2025-06-11T16:00:00+03:00']);
  const shelled = facts(
    'Russian artillery shelled Nikopol from 05:30, wounding two.',
    'en',
    '2025-06-12T10:20:00+03:00',
  );
  for (const f of shelled) assert.deepEqual(f.when, ['2025-06-12T05:30:00+03:00', '2025-06-12T05:30:00+03:00']);
});

test('review 42d #3 near-misses: "since <clock>" runs to publication; "from <clock>" beside a night ends with it', () => {
  const pub = '2025-06-12T08:45:00+03:00';
  assert.deepEqual(facts('Since 20:00, air defences have downed 9 drones over Poltava region.', 'en', pub)[0]?.when, [
    '2025-06-11T20:00:00+03:00',
    pub,
  ]);
  assert.deepEqual(
    facts('From 20:00 last night, air defences downed 9 drones over Poltava region.', 'en', pub)[0]?.when,
    ['2025-06-11T20:00:00+03:00', '2025-06-12T07:00:00+03:00'],
  );
  assert.deepEqual(facts('З 20:00 сили ППО збили 9 дронів над Полтавщиною.', 'uk', pub)[0]?.when, [
    '2025-06-11T20:00:00+03:00',
    pub,
  ]);
});

// #4: an opening time before "N were shot down" must be the time of the launch the sentence before told.
test('review 42d #4: "<another day>, N were shot down" does not count the launch told before', () => {
  const pub = '2025-06-12T08:30:00+03:00';
  for (const opener of ['On June 9', 'On Monday']) {
    const out = facts(
      `Russia launched 64 Shahed drones at Ukraine overnight. ${opener}, 25 were shot down.`,
      'en',
      pub,
    );
    assert.ok(!out.some((f) => f.kind === 'interception'), `${opener}: ${JSON.stringify(out)}`);
  }
  const undated = facts('Russia launched 64 Shahed drones at Ukraine. On June 9, 25 were shot down.', 'en', pub);
  assert.ok(!undated.some((f) => f.kind === 'interception'), JSON.stringify(undated));
});

test('review 42d #4 near-misses: the same night, an hour in it, and "as of" still count the launch', () => {
  const pub = '2025-06-12T08:30:00+03:00';
  for (const second of [
    'Overnight, 25 were shot down.',
    'At 02:00, 25 were shot down.',
    'As of 08:00, 25 were shot down.',
  ]) {
    const out = facts(`Russia launched 64 Shahed drones at Ukraine overnight. ${second}`, 'en', pub);
    const hit = out.find((f) => f.kind === 'interception');
    assert.deepEqual([hit?.count, hit?.launched], [25, 64], `${second}: ${JSON.stringify(out)}`);
  }
});

// #5: "all" after a number with no other weapon between is the number's own phrase ("15 of all the drones").
test('review 42d #5: "N of all the <weapon>" keeps its number', () => {
  const out = facts(
    'Air defence destroyed 23 of all the drones sent toward the Sumy region.',
    'en',
    '2025-06-12T08:30:00+03:00',
  );
  assert.deepEqual(
    out.filter((f) => f.kind === 'interception').map((f) => f.count),
    [23],
  );
});
