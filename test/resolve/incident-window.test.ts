// An incident's window covers what its facts tell (ux30 #3): a closure posted at 00:42 and lifted "at 05:40" is the
// closure from 00:42 to 05:40, not the instant 05:40, so a since/until query over 01:00-03:00 finds it; the lifting
// time is kept as a value of its own (`lifted_at`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const MOW = { code: 'RU-MOW', name: 'Москва' };

function post(id: string, at: string, partial: Partial<Fact>) {
  const report = makeReport({ id, published_at: at, lang: 'ru' });
  const facts = withInferredWindows([makeFact({ id: `${id}-1`, report_id: id, region: MOW, ...partial })], at);
  return { report, facts };
}

function resolve(posts: { report: Report; facts: Fact[] }[]) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey: '2025-06-10',
  });
}

test('a closure told live and lifted at a stated time spans from the first post to the lifting', () => {
  const liftedAt = '2025-06-10T05:40:00+03:00';
  const posts = [
    post('a', '2025-06-10T00:42:00+03:00', { kind: 'airport_disruption', airports: ['VKO'] }),
    post('b', '2025-06-10T00:58:00+03:00', { kind: 'airport_disruption', airports: ['DME'] }),
    post('c', '2025-06-10T05:45:00+03:00', {
      kind: 'airport_disruption',
      airports: ['DME', 'VKO'],
      detail: 'restrictions lifted',
      when: { start: liftedAt, end: liftedAt, precision: 'exact' },
    }),
  ];
  for (const order of [posts, [...posts].reverse()]) {
    const [incident, ...rest] = resolve(order);
    assert.equal(rest.length, 0);
    assert.deepEqual(incident!.when, { start: '2025-06-10T00:42:00+03:00', end: liftedAt, precision: 'night' });
    assert.equal(incident!.lifted_at, liftedAt);
  }
});

test('interceptions told over a stated stretch and at one moment in it keep the stretch', () => {
  const incidents = resolve([
    post('mayor', '2025-09-03T01:10:00+03:00', { kind: 'interception', weapon: 'uav' }),
    post('mod', '2025-09-03T03:30:00+03:00', {
      kind: 'interception',
      weapon: 'uav',
      when: { start: '2025-09-03T00:30:00+03:00', end: '2025-09-03T03:00:00+03:00', precision: 'hour' },
    }),
    post('gov', '2025-09-03T02:50:00+03:00', {
      kind: 'interception',
      weapon: 'uav',
      when: { start: '2025-09-03T02:40:00+03:00', end: '2025-09-03T02:40:00+03:00', precision: 'exact' },
    }),
  ]);
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]!.when, {
    start: '2025-09-03T00:30:00+03:00',
    end: '2025-09-03T03:00:00+03:00',
    precision: 'hour',
  });
  assert.equal(incidents[0]!.lifted_at, undefined);
});
