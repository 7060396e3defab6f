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

test('a near-duplicate warning names a similar report told of the same night, and claims no origin', async () => {
  const store = await openStore({ url: ':memory:' });
  const first = await ingestBytes(store, bytes, { input: 'a.md', published: '2025-04-09T07:05:00+03:00', now });
  const later = new TextEncoder().encode(`${TEXT} Работают экстренные службы.`);
  const second = await ingestBytes(store, later, { input: 'b.md', published: '2025-04-09T07:35:00+03:00', now });
  const warning = second.warnings.find((w) => w.startsWith('near-duplicate of'));
  assert.equal(warning, `near-duplicate of ${first.report_id} (similar text)`);
  await store.close();
});

test('a copy a week later is another statement: no near-duplicate warning, and two origins', async () => {
  const store = await openStore({ url: ':memory:' });
  await ingestBytes(store, bytes, { input: 'a.md', published: '2025-04-02T07:05:00+03:00', now });
  const later = new TextEncoder().encode(`${TEXT} Работают экстренные службы.`);
  const second = await ingestBytes(store, later, { input: 'b.md', published: '2025-04-09T07:05:00+03:00', now });
  assert.deepEqual(
    second.warnings.filter((w) => w.startsWith('near-duplicate of')),
    [],
  );
  await resolveDirty(store);
  const origins = new Set((await store.listIncidents({})).flatMap((i) => i.sources.map((s) => s.origin_id)));
  assert.equal(origins.size, 2, 'two origins');
  await store.close();
});

test('one template filled in for another region or another figure draws no near-duplicate warning', async () => {
  // Officials' channels post in fixed templates: the same words with another place or number are another statement.
  const template = (region: string, n: number) =>
    `Этой ночью над территорией ${region} дежурными средствами противовоздушной обороны перехвачены и уничтожены ` +
    `${n} беспилотных летательных аппаратов самолётного типа. Пострадавших среди мирного населения нет, разрушений ` +
    'на земле не зафиксировано, информация уточняется оперативными службами.';
  const store = await openStore({ url: ':memory:' });
  const at = (text: string, input: string, published: string) =>
    ingestBytes(store, new TextEncoder().encode(text), { input, published, now });
  const kursk = await at(template('Курской области', 12), 'kursk.md', '2025-04-09T07:05:00+03:00');
  const bryansk = await at(template('Брянской области', 12), 'bryansk.md', '2025-04-09T07:20:00+03:00');
  const kursk9 = await at(template('Курской области', 9), 'kursk9.md', '2025-04-09T07:40:00+03:00');
  const copy = await at(`${template('Курской области', 12)} Подписывайтесь.`, 'copy.md', '2025-04-09T07:50:00+03:00');
  const near = (o: { warnings: string[] }) => o.warnings.filter((w) => w.startsWith('near-duplicate of'));
  assert.deepEqual(near(bryansk), []);
  assert.deepEqual(near(kursk9), []);
  // The same statement copied is still named.
  assert.deepEqual(near(copy), [`near-duplicate of ${kursk.report_id} (similar text)`]);
  await store.close();
});

test('a copy first ingested from stdin is named as such in the duplicate message', async () => {
  const store = await openStore({ url: ':memory:' });
  await ingestBytes(store, bytes, { input: '-', url: null, published: '2025-04-09T07:09:00+03:00', now });
  const again = await ingestBytes(store, bytes, { input: '-', url: null, published: '2025-04-09T07:09:00+03:00', now });
  assert.match(again.message ?? '', /already ingested: same text as rep_\w+ \(first ingested from stdin\)$/);
  await store.close();
});
