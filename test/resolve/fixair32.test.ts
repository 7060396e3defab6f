// ux32 trial items on airport episodes. Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const KDA = { code: 'RU-KDA', name: 'Сочи' };

function post(id: string, at: string, partial: Partial<Fact>) {
  const report = makeReport({ id, published_at: at, lang: 'ru' });
  const facts = withInferredWindows([makeFact({ id: `${id}-1`, report_id: id, region: KDA, ...partial })], at);
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

// ux32 #9: a closure posted in the evening (its inferred window the twelve hours before, 'unknown') and lifted at a
// stated minute made the episode 'unknown' (CSV time_precision 3), though it runs from a post's minute to the lifting.
test('#9 an evening closure lifted at a stated time is no vaguer than its night', () => {
  const incidents = resolve(
    [
      post('a', '2025-06-03T22:50:00+03:00', { kind: 'airport_disruption', airports: ['AER'] }),
      post('b', '2025-06-04T01:40:00+03:00', {
        kind: 'airport_disruption',
        airports: ['AER'],
        detail: 'restrictions lifted',
        when: at('2025-06-04T01:25:00+03:00'),
      }),
    ],
    '2025-06-04',
  );
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]!.when, {
    start: '2025-06-03T22:50:00+03:00',
    end: '2025-06-04T01:25:00+03:00',
    precision: 'night',
  });
});

test('#9 negative: a closure with no stated time at all keeps its inferred precision', () => {
  const incidents = resolve(
    [post('a', '2025-06-03T22:50:00+03:00', { kind: 'airport_disruption', airports: ['AER'] })],
    '2025-06-04',
  );
  assert.equal(incidents[0]!.when?.precision, 'unknown');
});

// ux32 #7: a lifting with no time («ограничения сняты.») left no mark on the episode; `lifted` says it ended.
test('#7 an episode a report says was lifted is marked lifted, with lifted_at only when a time is stated', () => {
  const closure = post('a', '2025-06-04T01:10:00+03:00', { kind: 'airport_disruption', airports: ['AER'] });
  const untimed = post('b', '2025-06-04T04:00:00+03:00', {
    kind: 'airport_disruption',
    airports: ['AER'],
    detail: 'restrictions lifted',
  });
  const [plain] = resolve([closure, untimed], '2025-06-04');
  assert.equal(plain!.lifted, true);
  assert.equal(plain!.lifted_at, undefined);
  const timed = post('c', '2025-06-04T04:00:00+03:00', {
    kind: 'airport_disruption',
    airports: ['AER'],
    detail: 'restrictions lifted',
    when: at('2025-06-04T03:45:00+03:00'),
  });
  const [stated] = resolve([closure, timed], '2025-06-04');
  assert.equal(stated!.lifted, true);
  assert.equal(stated!.lifted_at, '2025-06-04T03:45:00+03:00');
});

test('#7 negative: an episode no report says ended has neither mark', () => {
  const [open] = resolve(
    [post('a', '2025-06-04T01:10:00+03:00', { kind: 'airport_disruption', airports: ['AER'] })],
    '2025-06-04',
  );
  assert.equal(open!.lifted, undefined);
  assert.equal(open!.lifted_at, undefined);
});

// ux32 #8a: «Во Внуково ограничения сняты в 00:20. В Шереметьево введен план «Ковёр».»: the new closure carries the
// lifting's 00:20 from the sentence before, and was taken for a retelling of the Vnukovo episode it ends.
test("#8a a closure that borrows the previous sentence's lifting time starts an episode of its own", () => {
  const MOW = { code: 'RU-MOW', name: 'Москва' };
  const span = (inferred: boolean) => ({ start: 20, end: 27, text: 'в 00:20', inferred });
  const closure = post('a', '2025-06-05T22:15:00+03:00', {
    kind: 'airport_disruption',
    airports: ['VKO'],
    region: MOW,
  });
  const both = makeReport({ id: 'b', published_at: '2025-06-06T00:30:00+03:00', lang: 'ru' });
  const lifting = makeFact({
    id: 'b-1',
    report_id: 'b',
    region: MOW,
    kind: 'airport_disruption',
    airports: ['VKO'],
    detail: 'restrictions lifted',
    when: at('2025-06-06T00:20:00+03:00'),
    fields: { when: span(false) },
  });
  const kovyor = makeFact({
    id: 'b-2',
    report_id: 'b',
    region: MOW,
    kind: 'airport_disruption',
    airports: ['SVO'],
    when: at('2025-06-06T00:20:00+03:00'),
    fields: { when: span(true) },
  });
  const end = post('c', '2025-06-06T03:00:00+03:00', {
    kind: 'airport_disruption',
    airports: ['SVO'],
    region: MOW,
    detail: 'restrictions lifted',
    when: at('2025-06-06T02:45:00+03:00'),
  });
  const incidents = resolve([closure, { report: both, facts: [lifting, kovyor] }, end], '2025-06-06');
  const byAirports = new Map(incidents.map((i) => [i.airports.join(','), i]));
  assert.deepEqual([...byAirports.keys()].sort(), ['SVO', 'VKO']);
  assert.equal(byAirports.get('VKO')!.lifted_at, '2025-06-06T00:20:00+03:00');
  assert.equal(byAirports.get('SVO')!.lifted_at, '2025-06-06T02:45:00+03:00');
});
