// Reports from which no fact is read (a politician's statement, a weapons-aid package, a court ruling) still have
// rewrites and forwards: they are resolved in the block of their publication, for origins only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveAll, resolveDirty } from '../../src/pipeline/index.ts';
import type { IngestBytesOptions } from '../../src/pipeline/stage.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const now = new Date('2025-05-07T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

async function add(store: Store, id: string, text: string, published: string, more: Partial<IngestBytesOptions> = {}) {
  const outcome = await ingestBytes(store, enc(text), { input: `${id}.txt`, published, now, ...more });
  assert.equal(outcome.status, 'ingested', outcome.message ?? '');
  assert.equal(outcome.facts, 0, `${id} was meant to tell no fact`);
  return outcome.report_id!;
}

async function originOf(store: Store, id: string): Promise<string | null> {
  return (await store.getReport(id))?.origin_id ?? null;
}

// Invented: one channel's post on a budget statement, another channel's rewrite with its own sign-off, and an
// unrelated post of the same morning.
const BUDGET =
  'The finance minister said on Tuesday that next year the budget will raise spending on schools, hospitals and ' +
  'rural roads by a fifth, and that the new tax on bank profits will pay for most of it.';
const BUDGET_REWRITE =
  'The finance minister said on Tuesday that next year the budget will raise spending on schools, hospitals and ' +
  'rural roads by a fifth, and that the new tax on bank profits will pay for most of it. Subscribe to Capital Wire.';
const FOOTBALL =
  'The national football team named a new coach on Tuesday after the federation ended the contract of his ' +
  'predecessor, whose side lost four of its last five matches.';

test('a fact-less rewrite pair shares an origin and makes no incident', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const first = await add(store, 'daily', BUDGET, '2025-05-06T09:10:00+03:00', { source: 'Daily Ledger' });
    const copy = await add(store, 'wire', BUDGET_REWRITE, '2025-05-06T09:25:00+03:00', { source: 'Capital Wire' });
    const other = await add(store, 'sport', FOOTBALL, '2025-05-06T09:20:00+03:00', { source: 'Capital Wire' });
    await resolveDirty(store);
    assert.deepEqual(await store.dirtyNights(), []);
    assert.equal(await originOf(store, first), first);
    assert.equal(await originOf(store, copy), first);
    assert.equal(await originOf(store, other), other);
    assert.deepEqual(await store.listIncidents({}), []);
    assert.equal(await store.lastRevision(), 0);
  } finally {
    await store.close();
  }
});

test('a forward of a fact-less post shares its origin, whatever its text', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const original = await add(
      store,
      'court',
      'The appeals court upheld the ruling against the port operator.',
      '2025-05-06T11:00:00+03:00',
      {
        url: 'https://t.me/court_news/812',
      },
    );
    const forward = await add(
      store,
      'fwd',
      'Court: ruling against the port operator stands.',
      '2025-05-06T11:40:00+03:00',
      {
        forwardedFrom: 'https://t.me/court_news/812',
      },
    );
    await resolveDirty(store);
    assert.equal(await originOf(store, forward), original);
    assert.deepEqual(await store.listIncidents({}), []);
  } finally {
    await store.close();
  }
});

test('posts published in different blocks are not compared (a post that names no time is its day until 22:00 Moscow time)', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const first = await add(store, 'daily', BUDGET, '2025-05-06T21:50:00+03:00');
    const late = await add(store, 'wire', BUDGET_REWRITE, '2025-05-06T22:10:00+03:00');
    await resolveDirty(store);
    assert.equal(await originOf(store, first), first);
    assert.equal(await originOf(store, late), late);
  } finally {
    await store.close();
  }
});

test('origins of fact-less reports do not depend on arrival order, and resolve --all changes no id and no revision', async () => {
  const posts: [string, string, string][] = [
    ['daily', BUDGET, '2025-05-06T09:10:00+03:00'],
    ['wire', BUDGET_REWRITE, '2025-05-06T09:25:00+03:00'],
    ['sport', FOOTBALL, '2025-05-06T09:20:00+03:00'],
    [
      'mod',
      'Overnight air defences destroyed 7 drones over Kursk Oblast, the Ministry of Defence said.',
      '2025-05-06T08:00:00+03:00',
    ],
  ];
  const results: Record<string, string>[] = [];
  for (const order of [posts, [...posts].reverse()]) {
    const store = await openStore({ url: ':memory:' });
    try {
      const names = new Map<string, string>();
      for (const [id, text, at] of order) {
        const outcome = await ingestBytes(store, enc(text), { input: `${id}.txt`, published: at, now });
        assert.equal(outcome.status, 'ingested');
        names.set(outcome.report_id!, id);
        await resolveDirty(store);
      }
      const incidents = await store.listIncidents({});
      assert.equal(incidents.length, 1, 'only the ministry post makes an incident');
      const revisions = await store.lastRevision();
      const origins = async () =>
        Object.fromEntries(
          await Promise.all(
            [...names].map(async ([rid, id]) => [id, names.get((await originOf(store, rid)) ?? '') ?? '?']),
          ),
        ) as Record<string, string>;
      const before = await origins();
      await resolveAll(store);
      await resolveAll(store);
      assert.deepEqual(await store.listIncidents({}), incidents);
      assert.equal(await store.lastRevision(), revisions);
      assert.deepEqual(await origins(), before);
      results.push(before);
    } finally {
      await store.close();
    }
  }
  assert.deepEqual(results[0], { daily: 'daily', wire: 'daily', sport: 'sport', mod: 'mod' });
  assert.deepEqual(results[1], results[0]);
});

test('a fact-less report stored while its block resolves is not lost: it gets its origin on the next resolution', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const first = await add(store, 'daily', BUDGET, '2025-05-06T09:10:00+03:00');
    const [night] = await store.dirtyNights();
    const state = await store.nightState(night!);
    // Another writer stores the rewrite between this resolution's read and its write.
    const copy = await add(store, 'wire', BUDGET_REWRITE, '2025-05-06T09:25:00+03:00');
    assert.equal(
      await store.replaceNightIncidents([night!], [], new Map([[first, first]]), {
        expect: new Map([[night!, state!]]),
      }),
      false,
    );
    assert.deepEqual(await store.dirtyNights(), [night]);
    await resolveDirty(store);
    assert.equal(await originOf(store, copy), first);
  } finally {
    await store.close();
  }
});

test('an earlier copy that becomes the report of record moves the report to its own block', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const first = await add(store, 'daily', BUDGET, '2025-05-06T21:00:00+03:00');
    // First seen after 22:00 (the next block), then an earlier copy of the same text arrives.
    const copy = await add(store, 'wire', BUDGET_REWRITE, '2025-05-06T22:30:00+03:00');
    await resolveDirty(store);
    assert.equal(await originOf(store, copy), copy);
    const again = await ingestBytes(store, enc(BUDGET_REWRITE), {
      input: 'wire-early.txt',
      published: '2025-05-06T21:30:00+03:00',
      now,
    });
    assert.equal(again.status, 'duplicate');
    await resolveDirty(store);
    assert.equal(await originOf(store, copy), first);
    assert.equal(await store.countReports(), 2);
    assert.deepEqual(await store.listIncidents({}), []);
  } finally {
    await store.close();
  }
});

test('a report stored under older rules gets its own block from resolve --all', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const first = await add(store, 'daily', BUDGET, '2025-05-06T09:10:00+03:00');
    const staged = await ingestBytes(store, enc(BUDGET_REWRITE), {
      input: 'wire.txt',
      published: '2025-05-06T09:25:00+03:00',
      now,
    });
    // As if stored before migration 0004 had a rule for it: a block that is not its publication's.
    await store.updateReportNights([{ id: staged.report_id!, night_key: '2025-01-01' }]);
    await resolveDirty(store);
    assert.equal(await originOf(store, staged.report_id!), staged.report_id);
    assert.deepEqual(await store.allNightKeys(), ['2025-01-01', '2025-05-06']);
    await resolveAll(store);
    assert.equal(await originOf(store, staged.report_id!), first);
    assert.deepEqual(await store.allNightKeys(), ['2025-05-06']);
    assert.deepEqual(await store.factlessReportIds(['2025-05-06']), [first, staged.report_id].sort());
  } finally {
    await store.close();
  }
});

test('three hundred copies of one statement in one block are one origin, found without comparing every pair', () => {
  const items = Array.from({ length: 300 }, (_, i) => {
    const text = `${BUDGET} Channel ${i % 3 === 0 ? 'North' : 'South'} news.`;
    const signature = minhashSignature(text, 'en');
    return {
      report: {
        id: `rep_${String(i).padStart(3, '0')}`,
        hash: `h${i}`,
        title: null,
        url: null,
        publisher: `Channel ${i}`,
        published_at: `2025-05-06T09:${String(i % 60).padStart(2, '0')}:00+03:00`,
        published_inferred: false,
        lang: 'en' as const,
        text,
        forwarded_from: null,
        removed: [],
      },
      signature,
      bands: lshBands(signature),
      facts: [],
    };
  });
  const { origins, reasons } = assignOrigins(items);
  assert.equal(new Set(origins.values()).size, 1);
  // Each copy is compared with the copies next to it in each band, not with all 299.
  const most = Math.max(...[...reasons.values()].map((r) => r.length));
  assert.ok(most < 150, `${most} links for one copy`);
});
