// A post that names no time, written in the evening, has a window of the twelve hours behind it, which misses the
// night that ended that morning: when its own voice told that night's attack, it is that attack (ux32 item 10).
// Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const OBLAST = { code: 'RU-TAM', name: 'Тамбовская область' };
const GOVERNOR = person('Евгений Первышов', 'governor');
const NIGHT = night('2025-07-14T21:00:00+03:00', '2025-07-15T07:00:00+03:00');

function post(id: string, time: string, claimant: Claimant | null, stated: boolean): [Fact[], Report] {
  const published = `2025-07-15T${time}:00+03:00`;
  const report = makeReport({ id, published_at: published, publisher: `${id} channel`, lang: 'ru' });
  const base = { report_id: id, region: OBLAST, claimant, when: stated ? NIGHT : null };
  const facts = [
    makeFact({ ...base, id: `${id}:s`, kind: 'strike', weapon: 'uav' }),
    makeFact({ ...base, id: `${id}:f`, kind: 'fire' }),
  ];
  return [stated ? facts : withInferredWindows(facts, published), report];
}

function resolve(posts: [Fact[], Report][]): Incident[] {
  return resolveNight({
    facts: posts.flatMap(([f]) => f),
    reports: new Map(posts.map(([, r]) => [r.id, r])),
    origins: new Map(posts.map(([, r]) => [r.id, r.id])),
    nightKey: '2025-07-15',
  });
}

test('an evening post with no time joins the night its own voice told, not an incident of its own', () => {
  const incidents = resolve([post('a', '19:30', GOVERNOR, false), post('b', '20:10', GOVERNOR, true)]);
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]!.sources.map((s) => s.report_id).sort(), ['a', 'b']);
  const reasons = incidents[0]!.reasons.find((r) => r.fact_id === 'a:s')?.reasons.join('; ') ?? '';
  assert.match(reasons, /the night behind the post/);
});

test("another voice's evening post with no time stays apart from the night", () => {
  const incidents = resolve([
    post('a', '19:30', person('Иван Сидоров', 'mayor'), false),
    post('b', '20:10', GOVERNOR, true),
  ]);
  assert.equal(incidents.length, 2);
});
