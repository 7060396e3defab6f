import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDate } from '../../src/export/csv.ts';
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

test('a Russian or Ukrainian report stamped in UTC gets its window on Moscow or Kyiv time (ux39 #3)', () => {
  // 21:49:58 UTC is 00:49:58 in Moscow on the 30th: the night behind it, written as Moscow writes it.
  assert.deepEqual(inferredWindow('2024-10-29T21:49:58+00:00', 'ru'), {
    start: '2024-10-29T21:00:00+03:00',
    end: '2024-10-30T00:49:58+03:00',
    precision: 'night',
  });
  const window = inferredWindow('2024-10-29T21:49:58+00:00', 'ru')!;
  assert.equal(eventDate(window.start, window.end), '2024-10-30');
  // Kyiv keeps winter time: 05:30 UTC on 14 January is 07:30 there, and the night began at 21:00 Kyiv time.
  assert.deepEqual(inferredWindow('2025-01-14T05:30:00Z', 'uk'), {
    start: '2025-01-13T21:00:00+02:00',
    end: '2025-01-14T07:30:00+02:00',
    precision: 'night',
  });
  // An afternoon post: the twelve hours behind it, on the same clock.
  assert.deepEqual(inferredWindow('2024-11-20T12:00:00+00:00', 'ru'), {
    start: '2024-11-20T03:00:00+03:00',
    end: '2024-11-20T15:00:00+03:00',
    precision: 'unknown',
  });
  // Stamped in the report's own zone already: the publication is kept as written.
  assert.equal(inferredWindow('2025-05-07T08:15:00+03:00', 'ru')?.end, '2025-05-07T08:15:00+03:00');
  // An English report keeps the offset it was published in.
  assert.equal(inferredWindow('2025-05-07T05:15:00Z', 'en')?.start, '2025-05-06T18:00:00Z');
});

test('a window inferred under the older rule is inferred again; a current one is kept as it is', () => {
  const stale = makeFact({
    id: 's',
    report_id: 'r',
    when: { start: '2024-10-29T18:00:00+00:00', end: '2024-10-29T21:49:58+00:00', precision: 'night' },
    fields: { when: { start: 0, end: 0, text: '', inferred: true, from: 'publication' } },
  });
  const [again] = withInferredWindows([stale], '2024-10-29T21:49:58+00:00', 'ru');
  assert.equal(again?.when?.start, '2024-10-29T21:00:00+03:00');
  const [kept] = withInferredWindows([again!], '2024-10-29T21:49:58+00:00', 'ru');
  assert.equal(kept, again);
});
