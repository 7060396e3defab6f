import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const MOW = { code: 'RU-MOW', name: 'Москвы' };
const MOS = { code: 'RU-MOS', name: 'Подмосковья' };

function post(id: string, at: string, airports: string[], region = MOW, detail: string | null = null) {
  const report = makeReport({ id, published_at: at });
  const facts = withInferredWindows(
    [makeFact({ id: `${id}-1`, report_id: id, kind: 'airport_disruption', region, airports, detail })],
    at,
  );
  return { report, facts };
}

function resolve(posts: { report: Report; facts: Fact[] }[]) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey: '2024-09-01',
  });
}

test("one disruption per city and episode: the airports grow, Zhukovsky is Moscow's, a lifting ends it", () => {
  const incidents = resolve([
    post('a', '2024-09-01T01:00:00+03:00', ['DME', 'VKO']),
    post('b', '2024-09-01T02:00:00+03:00', ['ZIA'], MOS),
    post('c', '2024-09-01T04:00:00+03:00', ['DME'], MOW, 'restrictions lifted'),
    post('d', '2024-09-01T05:00:00+03:00', ['SVO']),
  ]);
  assert.deepEqual(
    incidents.map((i) => [i.kind, i.airports, i.sources.map((s) => s.report_id)]),
    [
      ['airport_disruption', ['DME', 'VKO', 'ZIA'], ['a', 'b', 'c']],
      ['airport_disruption', ['SVO'], ['d']],
    ],
  );
});

test('posts more than six hours apart are two episodes; another city is another disruption', () => {
  const incidents = resolve([
    post('a', '2024-09-01T01:00:00+03:00', ['VKO']),
    post('b', '2024-09-01T09:00:00+03:00', ['VKO']),
    post('k', '2024-09-01T02:00:00+03:00', ['KLF'], { code: 'RU-KLU', name: 'Калуги' }),
  ]);
  assert.equal(incidents.length, 3);
});

test('two episodes of one city with the same start are two incidents with two ids', () => {
  const when = { start: '2024-09-01T12:32:00+03:00', end: '2024-09-01T12:32:00+03:00', precision: 'exact' as const };
  const posts = ['a', 'b'].map((id, i) => ({
    report: makeReport({ id, published_at: `2024-09-01T1${3 + i}:00:00+03:00` }),
    facts: [
      makeFact({
        id: `${id}-1`,
        report_id: id,
        kind: 'airport_disruption',
        region: MOW,
        airports: ['VKO'],
        when,
        detail: 'restrictions lifted',
      }),
    ],
  }));
  const incidents = resolve(posts);
  assert.equal(incidents.length, 2);
  assert.notEqual(incidents[0]!.id, incidents[1]!.id);
  // Named the same whichever order the facts come in.
  assert.deepEqual(
    resolve([...posts].reverse())
      .map((i) => i.id)
      .sort(),
    incidents.map((i) => i.id).sort(),
  );
});
