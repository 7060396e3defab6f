import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../../src/core/types.ts';
import { ingestPaths, resolveAll } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';
import {
  assertAggregates,
  assertEvidence,
  assertIncidents,
  type ExpectedAggregate,
  type ExpectedIncident,
  withoutHistory,
} from '../helpers/expect-incidents.ts';

const dir = fileURLToPath(new URL('../fixtures/e2e/seed-night/', import.meta.url));
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  reports: string[];
  incidents: ExpectedIncident[];
  aggregates: ExpectedAggregate[];
};
const now = () => new Date('2025-05-07T12:00:00+03:00');

test('the seed night, retold in our own three reports, gives exactly the five expected incidents', async () => {
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(
    store,
    expected.reports.map((f) => join(dir, f)),
    { now },
  );
  assert.equal(summary.counts.ingested, expected.reports.length);
  assert.equal(summary.counts.failed, 0);
  const incidents = await store.listIncidents({});
  const facts = new Map<string, Fact>((await store.getFacts(incidents.flatMap((i) => i.facts))).map((f) => [f.id, f]));
  assertIncidents(incidents, facts, expected.incidents);
  assertAggregates(incidents, expected.aggregates);
  for (const fact of facts.values()) {
    const report = await store.getReport(fact.report_id);
    assertEvidence(fact, report!.text);
  }
  await store.close();
});

test('ingesting the same files again adds nothing, and resolving again changes nothing', async () => {
  const store = await openStore({ url: ':memory:' });
  const paths = expected.reports.map((f) => join(dir, f));
  await ingestPaths(store, paths, { now });
  const before = await store.listIncidents({});
  const again = await ingestPaths(store, paths, { now });
  assert.equal(again.counts.duplicate, paths.length);
  assert.equal(again.counts.ingested, 0);
  await resolveAll(store);
  await resolveAll(store);
  assert.deepEqual(await store.listIncidents({}), before);
  await store.close();
});

test('the order of ingestion does not change the incidents', async () => {
  const paths = expected.reports.map((f) => join(dir, f));
  const orders = [paths, [...paths].reverse(), [paths[1]!, paths[2]!, paths[0]!]];
  const results = [];
  for (const order of orders) {
    const store = await openStore({ url: ':memory:' });
    for (const p of order) await ingestPaths(store, [p], { now });
    results.push(withoutHistory(await store.listIncidents({})));
    await store.close();
  }
  assert.deepEqual(results[1], results[0]);
  assert.deepEqual(results[2], results[0]);
});
