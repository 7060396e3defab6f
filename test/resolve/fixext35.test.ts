// ux35 #4: a governor's «обломками сбитого беспилотника» (one downed drone named in passing, `floor`) disputed the
// ministry's 15 as a count of 1. Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-06-08T21:00:00+03:00', '2025-06-09T07:00:00+03:00');
const KURSK = { code: 'RU-KRS', name: 'Курской областью' };

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-09',
  });
}

const reports = [
  makeReport({ id: 'mod', published_at: '2025-06-09T07:30:00+03:00' }),
  makeReport({ id: 'gov', published_at: '2025-06-09T08:10:00+03:00' }),
];
const ministry = makeFact({
  id: 'mod:f0',
  report_id: 'mod',
  weapon: 'uav',
  count: exact(15),
  region: KURSK,
  when: NIGHT,
  claimant: person(null, 'ministry'),
});
const debris = (floor: boolean) =>
  makeFact({
    id: 'gov:f0',
    report_id: 'gov',
    weapon: 'uav',
    count: exact(1),
    region: { code: 'RU-KRS', name: 'Рыльске' },
    when: NIGHT,
    claimant: person('Александр Хинштейн', 'governor'),
    ...(floor ? { floor: true as const } : {}),
  });

test('#4 one downed drone named in passing backs a larger count and disputes nothing', () => {
  const incidents = resolve([ministry, debris(true)], reports);
  const inc = incidents.find((i) => i.facts.includes('mod:f0'));
  assert.ok(inc);
  assert.ok(inc.facts.includes('gov:f0'));
  assert.equal(inc.weapons.find((w) => w.type === 'uav')?.count?.value, 15);
  assert.deepEqual(inc.conflicts, []);
});

test('#4 negative: a count of one told as a tally still disputes, and a lone floor stays one', () => {
  const both = resolve([ministry, debris(false)], reports).find((i) => i.facts.includes('mod:f0'));
  assert.ok(both && both.conflicts.length > 0);
  const alone = resolve([debris(true)], reports.slice(1));
  assert.equal(alone[0]?.weapons.find((w) => w.type === 'uav')?.count?.value, 1);
});
