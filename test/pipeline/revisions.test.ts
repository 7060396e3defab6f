import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ingestBytes,
  refreshStoredFacts,
  resolveAll,
  resolveDirty,
  resolveNightKey,
} from '../../src/pipeline/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { makeFact } from '../resolve/make.ts';

const now = new Date('2025-05-07T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

async function add(store: Store, id: string, text: string, published: string) {
  const outcome = await ingestBytes(store, enc(text), { input: `${id}.txt`, published, now });
  assert.equal(outcome.status, 'ingested', outcome.message ?? '');
  return outcome.report_id!;
}

const MOD = 'Overnight air defences destroyed 12 drones over Kursk Oblast, the Ministry of Defence said.';
const GOV = 'Air defences destroyed 12 drones over Kursk Oblast last night, Governor Alexei Smirnov said.';
const BEL = 'Overnight air defences destroyed 5 drones over Belgorod Oblast, the Ministry of Defence said.';

test('an incident keeps its id as reports join it, with one revision per change; resolve --all changes nothing', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await add(store, 'mod', MOD, '2025-05-07T08:00:00+03:00');
    await resolveDirty(store);
    const [first] = await store.listIncidents({ region: 'RU-KRS' });
    assert.ok(first);
    assert.equal(first.revision, 1);

    await add(store, 'gov', GOV, '2025-05-07T09:00:00+03:00');
    await add(store, 'bel', BEL, '2025-05-07T08:30:00+03:00');
    await resolveDirty(store);
    const [kursk] = await store.listIncidents({ region: 'RU-KRS' });
    assert.equal(kursk?.id, first.id);
    assert.equal(kursk?.sources.length, 2);
    const log = await store.listRevisions();
    assert.deepEqual(
      log.map((r) => [r.rev, r.action, r.incident_id === first.id]),
      [
        [1, 'create', true],
        [2, 'create', false],
        [3, 'update', true],
      ],
    );
    const before = await store.listIncidents({});
    await resolveAll(store);
    assert.deepEqual(await store.listIncidents({}), before);
    assert.equal((await store.listRevisions()).length, 3);
    assert.deepEqual(await store.listRevisions({ after: 2 }), [log[2]]);
  } finally {
    await store.close();
  }
});

test('a report stored while its night resolves is not lost: the stale write is refused and the night stays dirty', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await add(store, 'mod', MOD, '2025-05-07T08:00:00+03:00');
    const [night] = await store.dirtyNights();
    const state = await store.nightState(night!);
    // Another writer stores a report for the same night between this resolution's read and its write.
    await add(store, 'gov', GOV, '2025-05-07T09:00:00+03:00');
    assert.equal(
      await store.replaceNightIncidents([night!], [], new Map(), { expect: new Map([[night!, state!]]) }),
      false,
    );
    assert.deepEqual(await store.dirtyNights(), [night]);
    await resolveNightKey(store, night!);
    assert.deepEqual(await store.dirtyNights(), []);
    const [kursk] = await store.listIncidents({ region: 'RU-KRS' });
    assert.equal(kursk?.sources.length, 2);
  } finally {
    await store.close();
  }
});

test('interleaved ingests and resolves in one process end with every report in its incident', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const texts = Array.from({ length: 8 }, (_, i) => [
      `r${i}`,
      `Overnight air defences destroyed ${i + 2} drones over Kursk Oblast, channel ${i} reported.`,
      `2025-05-07T0${i}:30:00+03:00`,
    ]);
    await Promise.all(
      texts.map(async ([id, text, at]) => {
        await add(store, id!, text!, at!);
        await resolveDirty(store);
      }),
    );
    await resolveDirty(store);
    assert.deepEqual(await store.dirtyNights(), []);
    const sources = (await store.listIncidents({ region: 'RU-KRS' })).flatMap((i) => i.sources.map((s) => s.url));
    assert.deepEqual(sources.sort(), texts.map(([id]) => `${id}.txt`).sort());
  } finally {
    await store.close();
  }
});

test("the mayor's Moscow and the ministry's Moscow Oblast are one incident, found by either region", async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await add(
      store,
      'mayor',
      'Air defences shot down 32 drones approaching Moscow overnight, Mayor Sergei Sobyanin said.',
      '2025-05-07T06:00:00+03:00',
    );
    await add(
      store,
      'mod',
      'Overnight air defences destroyed 34 drones over Moscow Oblast, the Ministry of Defence said.',
      '2025-05-07T08:00:00+03:00',
    );
    await resolveDirty(store);
    const all = await store.listIncidents({});
    assert.equal(all.length, 1);
    const [moscow] = all;
    assert.equal(moscow?.region?.code, 'RU-MOS');
    assert.deepEqual(
      moscow?.regions?.map((r) => r.code),
      ['RU-MOS', 'RU-MOW'],
    );
    assert.deepEqual(moscow?.conflicts, []);
    assert.deepEqual(
      moscow?.weapons[0]?.scopes?.map((s) => [s.region?.code, s.count.value]),
      [
        ['RU-MOS', 34],
        ['RU-MOW', 32],
      ],
    );
    assert.deepEqual(
      (await store.listIncidents({ region: 'RU-MOW' })).map((i) => i.id),
      [moscow?.id],
    );
  } finally {
    await store.close();
  }
});

test('resolve --all brings facts stored under older rules up to date: windows inferred, nights re-keyed, once', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const report = {
      id: 'rep_old',
      hash: 'h_old',
      title: null,
      url: 'old.txt',
      publisher: null,
      published_at: '2025-05-07T15:00:00+03:00',
      published_inferred: false,
      lang: 'en' as const,
      text: 'Debris fell on a house in Kursk Oblast.',
      forwarded_from: null,
      removed: [],
    };
    const fact = makeFact({
      id: 'fact_old',
      report_id: 'rep_old',
      kind: 'debris',
      region: { code: 'RU-KRS', name: 'Kursk Oblast' },
      evidence: { start: 0, end: 39, text: report.text },
    });
    // Stored the way blocks were cut before issue 9 (noon to noon): the next night.
    await store.insertReport({
      report,
      night_key: '2025-05-07',
      facts: [{ fact, night_key: '2025-05-08' }],
      signature: [],
      bands: [],
      input: 'old.txt',
      ingestedAt: '2025-05-07T15:00:00Z',
    });
    await resolveAll(store);
    const [stored] = await store.getFactRowsByNight(['2025-05-07']);
    assert.equal(stored?.fact.fields.when?.from, 'publication');
    assert.deepEqual(await store.getFactRowsByNight(['2025-05-08']), []);
    const before = await store.listRevisions();
    assert.equal(await refreshStoredFacts(store), 0);
    await resolveAll(store);
    assert.deepEqual(await store.listRevisions(), before);
  } finally {
    await store.close();
  }
});
