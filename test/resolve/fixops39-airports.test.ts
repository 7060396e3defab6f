// ux39b trial item 5: lifted per airport. Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const MOW = { code: 'RU-MOW', name: 'Москва' };

function post(id: string, at: string, parts: Partial<Fact>[]) {
  const report = makeReport({ id, published_at: at, lang: 'ru' });
  const facts = withInferredWindows(
    parts.map((p, i) =>
      makeFact({
        id: `${id}-${i}`,
        report_id: id,
        region: MOW,
        kind: 'airport_disruption',
        evidence: { start: i * 50, end: i * 50 + 40, text: 'x' },
        ...p,
      }),
    ),
    at,
  );
  return { report, facts };
}

function resolve(posts: ReturnType<typeof post>[]) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey: '2025-09-15',
  });
}

const closure = post('a', '2025-09-15T00:20:00+03:00', [{ airports: ['DME', 'VKO'] }]);

// «Ограничения в аэропорту Внуково сняты. Аэропорт Домодедово продолжает работу с ограничениями.»: one airport's
// lifting ended the whole episode, and the other airport's sentence started a second one.
test('#5 one airport lifted while another stays closed: one episode, not lifted', () => {
  const partly = post('b', '2025-09-15T02:50:00+03:00', [
    { airports: ['VKO'], detail: 'restrictions lifted' },
    { airports: ['DME'] },
  ]);
  const incidents = resolve([closure, partly]);
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]!.airports, ['DME', 'VKO']);
  assert.equal(incidents[0]!.lifted, undefined);
});

test('#5 the episode is lifted once its last airport is', () => {
  const partly = post('b', '2025-09-15T02:50:00+03:00', [
    { airports: ['VKO'], detail: 'restrictions lifted' },
    { airports: ['DME'] },
  ]);
  const rest = post('c', '2025-09-15T04:10:00+03:00', [{ airports: ['DME'], detail: 'restrictions lifted' }]);
  const incidents = resolve([closure, partly, rest]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.lifted, true);
  // A closure after the whole episode was lifted starts another.
  const again = post('d', '2025-09-15T05:00:00+03:00', [{ airports: ['DME'] }]);
  assert.equal(resolve([closure, partly, rest, again]).length, 2);
});

test('#5 a lifting that names no airport lifts them all', () => {
  const all = post('b', '2025-09-15T02:50:00+03:00', [{ airports: [], detail: 'restrictions lifted' }]);
  const incidents = resolve([closure, all]);
  assert.equal(incidents[0]!.lifted, true);
});
