// ux33 #11: an alert and its all-clear are one alert incident whose window is the alarm's span, marked lifted.
// Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const KRS = { code: 'RU-KRS', name: 'Курская область' };

function post(id: string, at: string, partial: Partial<Fact>) {
  const report = makeReport({ id, published_at: at, lang: 'ru' });
  const facts = withInferredWindows(
    [makeFact({ id: `${id}-1`, report_id: id, kind: 'alert', weapon: 'uav', region: KRS, ...partial })],
    at,
  );
  return { report, facts };
}

function resolve(posts: { report: Report; facts: Fact[] }[]) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey: '2026-03-04',
  });
}

test('#11 an alert and its all-clear give the alarm its window and mark it lifted', () => {
  const incidents = resolve([
    post('a', '2026-03-04T01:05:00+03:00', {}),
    post('b', '2026-03-04T01:50:00+03:00', { detail: 'all clear' }),
  ]);
  assert.equal(incidents.length, 1);
  const alert = incidents[0]!;
  assert.deepEqual(alert.when, {
    start: '2026-03-04T01:05:00+03:00',
    end: '2026-03-04T01:50:00+03:00',
    precision: 'exact',
  });
  assert.equal(alert.lifted, true);
  assert.equal(alert.lifted_at, '2026-03-04T01:50:00+03:00');
});

test('#11 negative: alerts with no all-clear are not lifted and keep the night window', () => {
  const incidents = resolve([post('a', '2026-03-04T01:05:00+03:00', {}), post('b', '2026-03-04T01:50:00+03:00', {})]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.lifted, undefined);
  assert.equal(incidents[0]!.lifted_at, undefined);
  assert.notEqual(incidents[0]!.when?.precision, 'exact');
});
