import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadClusterGold } from '../../src/eval/gold-clusters.ts';
import { ingestPaths, resolveAll } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';
import { withoutHistory } from '../helpers/expect-incidents.ts';

// Issue 4: the same reports in any order give the same incidents. The clustering gold set (112 reports over five
// nights, with tallies, forwards, rewrites and contradictions) is ingested one report at a time in three orders.
const gold = loadClusterGold(fileURLToPath(new URL('../gold/clusters/', import.meta.url)));
const now = () => new Date('2025-06-01T00:00:00Z');

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function incidentsFor(order: readonly string[]) {
  const store = await openStore({ url: ':memory:' });
  for (const file of order) await ingestPaths(store, [file], { now });
  const incidents = await store.listIncidents({});
  await resolveAll(store);
  assert.deepEqual(await store.listIncidents({}), incidents, 'resolve --all after online ingest changes nothing');
  await store.close();
  return withoutHistory(incidents);
}

test('the clustering gold set gives deep-equal incidents in file order, reversed, and shuffled', async () => {
  const first = await incidentsFor(gold.files);
  assert.ok(first.length >= 25, `expected the gold set's incidents, got ${first.length}`);
  assert.deepEqual(await incidentsFor([...gold.files].reverse()), first);
  assert.deepEqual(await incidentsFor(shuffled(gold.files, 7)), first);
});
