// `sitrep explain` says why each report is in an incident, including a retelling: a source with no fact of its own
// (resolve/incidents.ts), which has no reason under Facts. Incident made by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainIncident } from '../../src/cli/explain.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, seedIncidents } from '../helpers/incidents.ts';

const source = (report_id: string, published_at: string) => ({
  report_id,
  title: null,
  url: null,
  publisher: null,
  published_at,
  origin_id: 'ministry',
});

test('explain says why a source with no fact of its own is listed', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_retold', {
        facts: ['ministry:f0'],
        sources: [source('ministry', '2025-05-07T08:00:00+03:00'), source('denial', '2025-05-07T09:00:00+03:00')],
        corroboration: { reports: 2, origins: 1, status: 'single_origin' },
        reasons: [{ fact_id: 'ministry:f0', report_id: 'ministry', reasons: ['region RU-KLU'] }],
      }),
    ]);
    const out = (await explainIncident(store, 'inc_retold'))!;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  denial '));
    assert.ok(at > 0, out);
    assert.match(lines[at + 1]!, /no fact of its own: retells origin ministry/);
    // A report whose fact is in the incident is explained under Facts, not here.
    const ministry = lines.findIndex((l) => l.startsWith('  ministry '));
    assert.doesNotMatch(lines[ministry + 1]!, /no fact of its own/);
  } finally {
    await store.close();
  }
});

test('explain folds a publisher or sentence with a newline onto one line (display only)', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_folded', {
        facts: [],
        sources: [{ ...source('odesa', '2025-05-07T08:00:00+03:00'), publisher: 'Одеська\n  ОВА\t(канал)' }],
        corroboration: { reports: 1, origins: 1, status: 'single_origin' },
        reasons: [],
      }),
    ]);
    const out = (await explainIncident(store, 'inc_folded'))!;
    const line = out.split('\n').find((l) => l.startsWith('  odesa '));
    assert.ok(line, out);
    assert.match(out, /corroboration: single_origin, 1 report\(s\), 1 origin\(s\), 1 voice\(s\)/);
    assert.match(line, /^ {2}odesa Одеська ОВА \(канал\) {2}published 2025-05-07T08:00:00\+03:00, origin ministry$/);
  } finally {
    await store.close();
  }
});
