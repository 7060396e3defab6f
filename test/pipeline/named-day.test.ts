// An evening roundup names the day ("On 7 May …"): its facts meet the morning's reports of that day's attack, though
// it is published after the 18:00 turn of the block.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-05-08T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

// Invented reports.
const MORNING =
  'Overnight, air defence destroyed 20 drones over the Belgorod region, the governor said. Nobody was hurt.';
const EVENING =
  'Main events of 7 May. On 7 May, Russian air defence shot down 20 Ukrainian drones over the Belgorod region, ' +
  'the defence ministry said.';

test("an evening roundup that names the day joins that morning's incident", async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const a = await ingestBytes(store, enc(MORNING), {
      input: 'morning.txt',
      published: '2025-05-07T08:00:00+03:00',
      source: 'Belgorod Daily',
      now,
    });
    const b = await ingestBytes(store, enc(EVENING), {
      input: 'evening.txt',
      published: '2025-05-07T19:30:00+03:00',
      source: 'Evening Wire',
      now,
    });
    assert.ok(a.report_id && b.report_id);
    await resolveDirty(store);
    const incidents = await store.listIncidents({});
    assert.equal(incidents.length, 1);
    assert.equal(incidents[0]!.kind, 'interception');
    const reports = new Set((await store.getFacts(incidents[0]!.facts)).map((f) => f.report_id));
    assert.deepEqual(reports, new Set([a.report_id, b.report_id]));
  } finally {
    await store.close();
  }
});
