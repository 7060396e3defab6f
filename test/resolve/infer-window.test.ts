import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { inferredWindow, isInferredWindow, withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport, night } from './make.ts';

const KRS = { code: 'RU-KRS', name: 'Kursk Oblast' };

test('a morning post tells of the night behind it; a later one of the last twelve hours', () => {
  assert.deepEqual(inferredWindow('2025-05-07T08:15:00+03:00'), {
    start: '2025-05-06T21:00:00+03:00',
    end: '2025-05-07T08:15:00+03:00',
    precision: 'night',
  });
  // The same instant written in UTC keeps its own clock.
  assert.equal(inferredWindow('2025-05-07T05:15:00Z')?.start, '2025-05-06T18:00:00Z');
  assert.deepEqual(inferredWindow('2025-05-07T15:00:00+03:00'), {
    start: '2025-05-07T03:00:00+03:00',
    end: '2025-05-07T15:00:00+03:00',
    precision: 'unknown',
  });
  assert.equal(inferredWindow('yesterday'), null);
});

test('only facts without a window get one, marked inferred from the publication', () => {
  const stated = makeFact({
    id: 'a',
    report_id: 'r',
    when: night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00'),
  });
  const bare = makeFact({ id: 'b', report_id: 'r' });
  const [a, b] = withInferredWindows([stated, bare], '2025-05-07T09:00:00+03:00');
  assert.equal(a, stated);
  assert.equal(isInferredWindow(a!), false);
  assert.equal(isInferredWindow(b!), true);
  assert.deepEqual(b?.fields.when, { start: 0, end: 0, text: '', inferred: true, from: 'publication' });
});

test("an inferred window meets that night's incident, and the stated window narrows it", () => {
  const reports = [
    makeReport({ id: 'mod', published_at: '2025-05-07T08:00:00+03:00' }),
    makeReport({ id: 'gov', published_at: '2025-05-07T14:00:00+03:00' }),
    makeReport({ id: 'eve', published_at: '2025-05-07T23:00:00+03:00' }),
  ];
  const mod = makeFact({
    id: 'mod-1',
    report_id: 'mod',
    region: KRS,
    when: night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00'),
  });
  const evening = makeFact({
    id: 'eve-1',
    report_id: 'eve',
    region: KRS,
    when: { start: '2025-05-07T20:00:00+03:00', end: '2025-05-07T22:00:00+03:00', precision: 'hour' },
  });
  // The governor's afternoon post names no time: its window [03:00, 14:00] overlaps only the night's.
  const [gov] = withInferredWindows(
    [makeFact({ id: 'gov-1', report_id: 'gov', region: KRS })],
    reports[1]!.published_at,
  );
  const incidents = resolveNight({
    facts: [mod, gov!, evening],
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-05-07',
  });
  assert.equal(incidents.length, 2);
  const first = incidents.find((i) => i.facts.includes('mod-1'))!;
  assert.deepEqual(first.facts, ['gov-1', 'mod-1']);
  assert.deepEqual(first.when, mod.when);
});
