import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../../src/core/types.ts';
import { assignIds } from '../../src/resolve/identity.ts';

function inc(id: string, facts: string[], over: Partial<Incident> = {}): Incident {
  return {
    id,
    kind: 'interception',
    region: { code: 'RU-KLU', name: 'Калужская область' },
    place: null,
    when: null,
    weapons: [],
    effects: [],
    casualties: { killed: null, injured: null },
    airports: [],
    diverted_to: [],
    claimants: [],
    facts,
    sources: [],
    corroboration: { reports: 1, origins: 1, status: 'single_origin' },
    conflicts: [],
    related: [],
    updated_at: '',
    aggregates: [],
    tallies: {},
    reasons: [],
    ...over,
  };
}

test('an incident keeps its id as reports join it; the same facts change nothing', () => {
  const first = assignIds([], [inc('inc_a', ['f1'])]);
  assert.deepEqual(first.changes, [{ action: 'create', incident_id: 'inc_a' }]);
  const stored = { ...first.incidents[0]!, revision: 1 };
  // A report published earlier joins: the content id moves (its window starts earlier), the id does not.
  const joined = assignIds([stored], [inc('inc_b', ['f0', 'f1'])]);
  assert.equal(joined.incidents[0]!.id, 'inc_a');
  assert.equal(joined.incidents[0]!.revision, 1);
  assert.deepEqual(joined.changes, [{ action: 'update', incident_id: 'inc_a' }]);
  const again = assignIds(joined.incidents, [inc('inc_b', ['f0', 'f1'])]);
  assert.deepEqual(again.changes, []);
  assert.deepEqual(again.incidents, joined.incidents);
});

test('a merge of incidents told at the same time (or with no sources) keeps the smallest id; the other answers with merged_into', () => {
  const r = assignIds([inc('inc_y', ['f2']), inc('inc_x', ['f1'])], [inc('inc_n', ['f1', 'f2'])]);
  assert.equal(r.incidents[0]!.id, 'inc_x');
  assert.deepEqual(r.changes, [{ action: 'merge', incident_id: 'inc_x', merged: ['inc_y'] }]);
  assert.deepEqual(r.redirects, [{ id: 'inc_y', merged_into: 'inc_x', split_into: [] }]);
});

test('a split: the part holding most facts keeps the id, the other gets a new id recording its source', () => {
  const r = assignIds(
    [inc('inc_x', ['f1', 'f2', 'f3'])],
    [inc('inc_p', ['f1', 'f2'], { related: ['inc_q'] }), inc('inc_q', ['f3'], { related: ['inc_p'] })],
  );
  assert.deepEqual(
    r.incidents.map((i) => [i.id, i.split_from ?? null, i.related]),
    [
      ['inc_x', null, ['inc_q']],
      ['inc_q', ['inc_x'], ['inc_x']],
    ],
  );
  assert.deepEqual(r.changes, [
    { action: 'split', incident_id: 'inc_q', split_from: ['inc_x'] },
    { action: 'update', incident_id: 'inc_x' },
  ]);
});

const src = (report_id: string, published_at: string) => ({
  report_id,
  title: null,
  url: null,
  publisher: null,
  published_at,
  origin_id: report_id,
});

test('ux36 #5: a split into equal parts leaves the id with the part holding the first report, whatever the order', () => {
  // Stored: the ministry's 09:00 interception, and a damage remark published in the afternoon that joined it.
  const stored = inc('inc_ministry', ['mod:f0', 'remark:f0'], {
    sources: [src('mod', '2025-05-07T09:10:00+03:00'), src('remark', '2025-05-07T16:25:00+03:00')],
    reasons: [
      { fact_id: 'mod:f0', report_id: 'mod', reasons: [] },
      { fact_id: 'remark:f0', report_id: 'remark', reasons: [] },
    ],
  });
  // A governor's post of the night before draws the remark into a new incident that starts earlier (listed first).
  for (const order of [0, 1]) {
    const parts = [inc('inc_night', ['gov:f0', 'remark:f0']), inc('inc_morning', ['mod:f0'])];
    const r = assignIds([stored], order === 0 ? parts : parts.reverse());
    const morning = r.incidents.find((i) => i.facts.includes('mod:f0'))!;
    const night = r.incidents.find((i) => i.facts.includes('gov:f0'))!;
    assert.equal(morning.id, 'inc_ministry');
    assert.equal(morning.split_from, undefined);
    assert.notEqual(night.id, 'inc_ministry');
    assert.deepEqual(night.split_from, ['inc_ministry']);
  }
});

test('ux36 #5: a merge keeps the id of the incident first told, not the smallest', () => {
  const older = inc('inc_zz', ['a:f0'], { sources: [src('a', '2025-05-07T02:00:00+03:00')] });
  const newer = inc('inc_aa', ['b:f0'], { sources: [src('b', '2025-05-07T06:00:00+03:00')] });
  const r = assignIds([newer, older], [inc('inc_n', ['a:f0', 'b:f0'])]);
  assert.equal(r.incidents[0]!.id, 'inc_zz');
  assert.deepEqual(r.redirects, [{ id: 'inc_aa', merged_into: 'inc_zz', split_into: [] }]);
});
