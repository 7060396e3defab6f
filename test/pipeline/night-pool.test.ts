// Bulk ingest resolves each night's pure part on the extraction workers while this thread reads and writes the
// nights around it: the store must end up exactly as when every night is resolved here, a worker's death included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import type { NightResolver } from '../../src/pipeline/night-work.ts';
import { stageReport } from '../../src/pipeline/stage.ts';
import { createStagePool } from '../../src/pipeline/stage-pool.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const now = new Date('2025-05-12T12:00:00Z');
const enc = new TextEncoder();
const REGIONS = ['Kursk Oblast', 'Bryansk Oblast', 'Belgorod Oblast', 'Voronezh Oblast'];

// Invented: each morning a governor's count of the night's drones, an outlet's rewrite of it, and a second region.
function reports(): { text: string; published: string }[] {
  const out: { text: string; published: string }[] = [];
  for (let day = 2; day <= 9; day++) {
    const published = `2025-05-0${day}T08:${String(10 + day).padStart(2, '0')}:00+03:00`;
    const region = REGIONS[day % REGIONS.length]!;
    const lead = `Air defences destroyed ${day + 4} drones over ${region} overnight, Governor Ivan Petrov said.`;
    out.push({ text: `${lead} Nobody was hurt.`, published });
    out.push({ text: `${lead} Nobody was hurt. Follow our channel.`, published: published.replace('T08', 'T09') });
    out.push({
      text: `${day * 2} drones were shot down over ${REGIONS[(day + 1) % REGIONS.length]} last night, the regional head wrote.`,
      published,
    });
  }
  return out;
}

async function filled(): Promise<{ store: Store; ids: string[] }> {
  const store = await openStore({ url: ':memory:' });
  const ids: string[] = [];
  for (const [i, r] of reports().entries()) {
    const outcome = await ingestBytes(store, enc.encode(r.text), { input: `r${i}.txt`, published: r.published, now });
    assert.equal(outcome.status, 'ingested', outcome.message ?? '');
    ids.push(outcome.report_id!);
  }
  return { store, ids };
}

async function snapshot(store: Store, ids: readonly string[]) {
  const incidents = await store.listIncidents();
  const origins = (await store.getReports(ids)).map((r) => r.origin_id);
  return { incidents, origins, revisions: await store.listRevisions(), dirty: await store.dirtyNights() };
}

async function resolvedWith(pool: NightResolver | null) {
  const { store, ids } = await filled();
  try {
    const nights = await resolveDirty(store, { pool });
    return { nights, keys: await store.allNightKeys(), ...(await snapshot(store, ids)) };
  } finally {
    await store.close();
  }
}

/** The pool, counting the nights it was given. */
function counting(pool: NightResolver): NightResolver & { nights: number } {
  const counted = {
    nights: 0,
    resolveNight(work: Parameters<NightResolver['resolveNight']>[0]) {
      counted.nights++;
      return pool.resolveNight(work);
    },
  };
  return counted;
}

test('nights resolved on a worker leave the store as nights resolved here', async () => {
  const here = await resolvedWith(null);
  assert.ok(here.nights > 2, `several nights (${here.nights})`);
  assert.ok(here.incidents.length > 2);
  assert.ok(new Set(here.origins).size < here.origins.length, 'some reports share an origin');
  const pool = createStagePool({ size: 1, inline: stageReport });
  try {
    await pool.stage([
      { bytes: enc.encode('warm-up'), opts: { input: 'w.txt', published: '2025-05-07T08:00:00Z', now } },
    ]);
    assert.ok(pool.ready);
    const resolver = counting(pool);
    const there = await resolvedWith(resolver);
    assert.equal(resolver.nights, here.nights, 'every night went to the worker');
    assert.deepEqual(there, here);
  } finally {
    await pool.close();
  }
});

test('a worker that dies on a night: that night is resolved here and the store is the same', async () => {
  const here = await resolvedWith(null);
  assert.ok(
    here.keys.some((key) => key.endsWith('-05')),
    `the worker dies on one of these nights: ${here.keys.join(' ')}`,
  );
  const pool = createStagePool({
    size: 1,
    inline: stageReport,
    script: new URL('../helpers/crashing-night-worker.ts', import.meta.url),
  });
  try {
    await pool.stage([
      { bytes: enc.encode('warm-up'), opts: { input: 'w.txt', published: '2025-05-07T08:00:00Z', now } },
    ]);
    const there = await resolvedWith(pool);
    assert.deepEqual(there, here);
  } finally {
    await pool.close();
  }
});
