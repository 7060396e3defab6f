import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const TEXT = 'Над территорией Курской области сбиты 12 вражеских БПЛА. Пострадавших нет.';
const now = new Date('2025-04-09T12:00:00+03:00');
const bytes = new TextEncoder().encode(TEXT);

test('the same text twice is stored once, and the earliest copy is the report of record in any order', async () => {
  const copies = [
    { input: 'forward.md', url: 'https://t.me/example_outlet/2', published: '2025-04-09T07:09:00+03:00' },
    { input: 'original.md', url: 'https://t.me/example_governor/1', published: '2025-04-09T07:05:00+03:00' },
  ];
  const results = [];
  for (const order of [copies, [...copies].reverse()]) {
    const store = await openStore({ url: ':memory:' });
    const outcomes = [];
    for (const c of order) outcomes.push(await ingestBytes(store, bytes, { ...c, now }));
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['ingested', 'duplicate'],
    );
    assert.equal(await store.countReports(), 1);
    const report = await store.getReport(outcomes[0]!.report_id!);
    assert.equal(report?.url, 'https://t.me/example_governor/1');
    assert.equal(report?.published_at, '2025-04-09T07:05:00+03:00');
    await resolveDirty(store);
    results.push(await store.listIncidents({}));
    await store.close();
  }
  assert.deepEqual(results[1], results[0]);
});
