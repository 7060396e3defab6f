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
    // The message says which copy is kept and why: the one published first, with its time.
    if (order[0] === copies[0]) {
      assert.match(
        outcomes[1]!.message ?? '',
        /\(first ingested from forward\.md\); this copy, published earlier \(2025-04-09T07:05:00\+03:00\), is now the report of record/,
      );
    } else assert.doesNotMatch(outcomes[1]!.message ?? '', /report of record/);
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

test('a bare copy of a stored text (no url, title or publisher) never erases its provenance, in either order', async () => {
  const published = '2025-04-09T07:05:00+03:00';
  const rich = {
    input: 'post.md',
    url: 'https://t.me/example_governor/1',
    title: 'Kursk',
    source: 'Example Governor',
    published,
  };
  const bare = { input: 'api', url: null, published };
  for (const order of [
    [rich, bare],
    [bare, rich],
  ]) {
    const store = await openStore({ url: ':memory:' });
    const outcomes = [];
    for (const c of order) outcomes.push(await ingestBytes(store, bytes, { ...c, now }));
    assert.equal(await store.countReports(), 1);
    const report = await store.getReport(outcomes[0]!.report_id!);
    assert.equal(report?.url, 'https://t.me/example_governor/1');
    assert.equal(report?.title, 'Kursk');
    assert.equal(report?.publisher, 'Example Governor');
    await store.close();
  }
});

test('a near-duplicate warning names the similar report but claims no origin (a copy a week later is another statement)', async () => {
  const store = await openStore({ url: ':memory:' });
  const first = await ingestBytes(store, bytes, { input: 'a.md', published: '2025-04-02T07:05:00+03:00', now });
  const later = new TextEncoder().encode(`${TEXT} Работают экстренные службы.`);
  const second = await ingestBytes(store, later, { input: 'b.md', published: '2025-04-09T07:05:00+03:00', now });
  const warning = second.warnings.find((w) => w.startsWith('near-duplicate of'));
  assert.equal(warning, `near-duplicate of ${first.report_id} (similar text)`);
  await resolveDirty(store);
  const origins = new Set((await store.listIncidents({})).flatMap((i) => i.sources.map((s) => s.origin_id)));
  assert.equal(origins.size, 2, 'two origins');
  await store.close();
});

test('a copy first ingested from stdin is named as such in the duplicate message', async () => {
  const store = await openStore({ url: ':memory:' });
  await ingestBytes(store, bytes, { input: '-', url: null, published: '2025-04-09T07:09:00+03:00', now });
  const again = await ingestBytes(store, bytes, { input: '-', url: null, published: '2025-04-09T07:09:00+03:00', now });
  assert.match(again.message ?? '', /already ingested: same text as rep_\w+ \(first ingested from stdin\)$/);
  await store.close();
});
