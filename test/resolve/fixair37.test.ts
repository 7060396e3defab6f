// ux37 trial items on airport episodes. Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const MOW = { code: 'RU-MOW', name: 'Москва' };

function post(id: string, published: string, partials: Partial<Fact>[]) {
  const report = makeReport({ id, published_at: published, lang: 'ru' });
  const facts = withInferredWindows(
    partials.map((p, i) => makeFact({ id: `${id}-${i}`, report_id: id, region: MOW, ...p })),
    published,
  );
  return { report, facts };
}

function resolve(posts: { report: Report; facts: Fact[] }[], nightKey: string) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey,
  });
}

const at = (iso: string) => ({ start: iso, end: iso, precision: 'exact' as const });
const lifting = (airport: string, time: string): Partial<Fact> => ({
  kind: 'airport_disruption',
  airports: [airport],
  detail: 'restrictions lifted',
  when: at(time),
});

// ux37 #1: the authority's post lifting Vnukovo at 05:15 and Domodedovo at 05:25 made the second lifting an episode
// of its own, as a lifting ended the episode and anything after started another.
test("#1 liftings of the episode's airports one after another all end the one episode", () => {
  const incidents = resolve(
    [
      post('a', '2025-06-10T02:40:00+03:00', [{ kind: 'airport_disruption', airports: ['DME', 'VKO'] }]),
      post('b', '2025-06-10T05:30:00+03:00', [
        lifting('VKO', '2025-06-10T05:15:00+03:00'),
        lifting('DME', '2025-06-10T05:25:00+03:00'),
      ]),
    ],
    '2025-06-10',
  );
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.when?.end, '2025-06-10T05:25:00+03:00');
});

test('#1 negative: a lifting of an airport already reopened still starts no second lifting of the episode', () => {
  const incidents = resolve(
    [
      post('a', '2025-06-10T02:40:00+03:00', [{ kind: 'airport_disruption', airports: ['VKO'] }]),
      post('b', '2025-06-10T05:30:00+03:00', [lifting('VKO', '2025-06-10T05:15:00+03:00')]),
      post('c', '2025-06-10T09:30:00+03:00', [lifting('VKO', '2025-06-10T09:15:00+03:00')]),
    ],
    '2025-06-10',
  );
  assert.equal(incidents.length, 2);
});
