import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { UsageError } from '../../src/core/errors.ts';
import { loadRealDays, moscowDay } from '../../src/eval/gold-real-clusters.ts';
import { pairwise, pairwiseFromCounts } from '../../src/eval/pairwise.ts';
import { evalRealClusters, oneThreshold, type Scored, THRESHOLDS, textClusters } from '../../src/eval/real-clusters.ts';

const post = (main: string | null, side: string[] = []) => ({ main, side });

describe('pairwise', () => {
  const gold = new Map([
    ['a', post('i1')],
    ['b', post('i1')],
    ['c', post('i2', ['i1'])],
    ['d', post(null)],
  ]);
  it('scores must pairs, ignores may pairs, punishes must-not pairs', () => {
    // a-b must (linked: TP); a-c, b-c may (ignored); every pair with d must-not.
    const s = pairwise(
      gold,
      new Map([
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'x'],
        ['d', null],
      ]),
    );
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
    const off = pairwise(
      gold,
      new Map([
        ['a', 'x'],
        ['b', 'y'],
        ['c', null],
        ['d', 'y'],
      ]),
    );
    assert.deepEqual([off.tp, off.fp, off.fn], [0, 1, 1]);
    assert.equal(off.f1, 0);
  });
  it('a post in no cluster links to nothing, and nothing to score is 1/1/1', () => {
    const s = pairwise(
      new Map([
        ['d', post(null)],
        ['e', post(null)],
      ]),
      new Map(),
    );
    assert.deepEqual([s.precision, s.recall, s.f1], [1, 1, 1]);
  });
});

describe('textClusters', () => {
  it('joins posts whose word sets overlap enough, single-link', () => {
    const words = new Map([
      ['a', new Set(['x', 'y', 'z'])],
      ['b', new Set(['x', 'y', 'w'])],
      ['c', new Set(['q'])],
    ]);
    const c = textClusters(words, 0.5);
    assert.equal(c.get('a'), c.get('b'));
    assert.notEqual(c.get('a'), c.get('c'));
  });
});

describe('real days', () => {
  // A made-up bench with two posts of one Moscow day (the first at 21:30 UTC on the 16th is the 17th in Moscow)
  // and one of the next day; texts are ours.
  const root = mkdtempSync(join(tmpdir(), 'sitrep-real-days-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const bench = join(root, 'bench');
  mkdirSync(join(bench, 'ru-telegram-news-2024'), { recursive: true });
  const row = (id: number, date: string, text: string) =>
    JSON.stringify({ channel: 'c', sender_id: -100, message_id: id, date_utc: date, text });
  writeFileSync(
    join(bench, 'ru-telegram-news-2024', 'posts.jsonl'),
    [
      row(
        1,
        '2024-11-16T21:30:00+00:00',
        'Ночью над Курской областью уничтожены 12 беспилотников, сообщил губернатор.',
      ),
      row(2, '2024-11-17T08:00:00+00:00', 'В Москве открылась выставка кошек.'),
      row(3, '2024-11-18T08:00:00+00:00', 'Другой день.'),
    ].join('\n'),
  );
  const gold = join(root, 'gold');
  mkdirSync(gold);
  const day = {
    day: '2024-11-17',
    split: 'dev',
    incidents: { i1: { kind: 'interception', regions: ['RU-KRS'], night: '2024-11-17', note: '' } },
    posts: {
      'ru-telegram-news-2024/-100_1': { origin: 'o1', main: 'i1', side: [] },
      'ru-telegram-news-2024/-100_2': { origin: 'o2', main: null, side: [] },
    },
  };
  writeFileSync(join(gold, '2024-11-17.json'), JSON.stringify(day));

  it('reads the posts of the Moscow day', () => {
    assert.equal(moscowDay('2024-11-16T21:30:00+00:00'), '2024-11-17');
    const [d] = loadRealDays(gold, bench);
    assert.deepEqual(
      d?.texts.map((t) => t.ref),
      ['ru-telegram-news-2024/-100_1', 'ru-telegram-news-2024/-100_2'],
    );
  });

  it("reads a day of another dated set from its own file, with each lead's feed as its source", () => {
    mkdirSync(join(bench, 'en-news-rss-2022-23'));
    const lead = (id: string, at: string, title: string) =>
      JSON.stringify({ id, title, text: '', published_at: at, outlet: 'https://feeds.example.org/world.rss' });
    writeFileSync(
      join(bench, 'en-news-rss-2022-23', 'posts.jsonl'),
      [
        lead('e1', '2023-05-29 22:10:00+00:00', 'Drones shot down over the capital overnight'),
        lead('e2', '2023-05-30 23:30:00+00:00', 'Next day in Moscow time'),
      ].join('\n'),
    );
    const en = join(root, 'en');
    mkdirSync(en);
    const enDay = {
      day: '2023-05-30',
      set: 'en-news-rss-2022-23',
      split: 'dev',
      incidents: { i1: { kind: 'interception', regions: ['RU-MOW'], night: '2023-05-30', note: '' } },
      posts: { 'en-news-rss-2022-23/e1': { origin: 'o1', main: 'i1', side: [] } },
    };
    writeFileSync(join(en, 'en-news-rss-2022-23.2023-05-30.json'), JSON.stringify(enDay));
    const [d] = loadRealDays(en, bench);
    assert.equal(d?.set, 'en-news-rss-2022-23');
    assert.deepEqual(
      d?.texts.map((t) => [t.ref, t.channel]),
      [['en-news-rss-2022-23/e1', 'feeds.example.org']],
    );
    // Its file must say its set, so that two sets' days of one date never collide.
    const misnamed = join(root, 'en-misnamed');
    mkdirSync(misnamed);
    writeFileSync(join(misnamed, '2023-05-30.json'), JSON.stringify(enDay));
    assert.throws(
      () => loadRealDays(misnamed, bench),
      (e: Error) => /file name must be en-news-rss-2022-23\.2023-05-30\.json/.test(e.message),
    );
  });

  it('names every problem: a post of the day with no label, a label for another day', () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    const posts = {
      'ru-telegram-news-2024/-100_1': day.posts['ru-telegram-news-2024/-100_1'],
      'ru-telegram-news-2024/-100_3': { origin: 'o3', main: null, side: [] },
    };
    writeFileSync(join(bad, '2024-11-17.json'), JSON.stringify({ ...day, posts }));
    assert.throws(
      () => loadRealDays(bad, bench),
      (e: Error) => e instanceof UsageError && /-100_2 has no label/.test(e.message) && /-100_3 is not/.test(e.message),
    );
  });

  it('ingests, resolves and scores the day beside the baselines', async () => {
    const r = await evalRealClusters(gold, bench, new Date('2024-12-01T00:00:00Z'));
    const [d] = r.days;
    assert.equal(d?.posts, 2);
    assert.equal(d?.withFacts, 1);
    assert.equal(d?.assignments[0]?.incident !== null, true);
    assert.deepEqual(d?.offTopicInIncidents, []);
    assert.equal(d?.system.incidents.bcubed.f1, 1);
    // One day: the one threshold for all the days is that day's own best.
    assert.equal(d?.textGrid.length, THRESHOLDS.length);
    assert.equal(r.total?.textOneThreshold.originThreshold, d?.textSimilarity.originThreshold);
    assert.deepEqual(r.total?.textOneThreshold.origins.pairwise, d?.textSimilarity.origins.pairwise);
  });
});

describe('text similarity at one threshold for all the days', () => {
  // A grid day whose pairs are (tp, fp, fn) at each threshold; every other threshold scores nothing.
  const day = (at: Record<number, [number, number, number]>) => ({
    textGrid: THRESHOLDS.map((t): Scored => {
      const [tp, fp, fn] = at[t] ?? [0, 9, 9];
      const g = { pairwise: pairwiseFromCounts(tp, fp, fn), bcubed: { precision: 1, recall: 1, f1: 1, items: 1 } };
      return { incidents: g, origins: g };
    }),
  });
  it('takes the threshold whose summed pairs score best, not each day its own', () => {
    // Day one alone is best at 0.3 (F1 1), day two alone at 0.6 (F1 1); summed, 0.4 scores best (F1 0.75 against 0.67).
    const one = day({ 0.3: [4, 0, 0], 0.4: [3, 1, 1], 0.6: [0, 0, 4] });
    const two = day({ 0.3: [0, 0, 4], 0.4: [3, 1, 1], 0.6: [4, 0, 0] });
    const r = oneThreshold([one, two]);
    assert.equal(r.originThreshold, 0.4);
    assert.equal(r.incidentThreshold, 0.4);
    assert.deepEqual([r.origins.pairwise.tp, r.origins.pairwise.fp, r.origins.pairwise.fn], [6, 2, 2]);
  });

  it('chosen on the days it is fitted on (the dev days), scored on the days given', () => {
    // Review rev1, finding 4: fitted on day one alone, the threshold is 0.3 (day one's best), and day two is scored
    // at 0.3 (F1 0), not at its own best or at the pooled 0.4.
    const one = day({ 0.3: [4, 0, 0], 0.4: [3, 1, 1], 0.6: [0, 0, 4] });
    const two = day({ 0.3: [0, 0, 4], 0.4: [3, 1, 1], 0.6: [4, 0, 0] });
    const r = oneThreshold([two], [one]);
    assert.equal(r.originThreshold, 0.3);
    assert.deepEqual([r.origins.pairwise.tp, r.origins.pairwise.fp, r.origins.pairwise.fn], [0, 0, 4]);
  });
});
