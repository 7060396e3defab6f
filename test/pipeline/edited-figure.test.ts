// An edited post's new figure replaces its old one in the incident (ux31 #4): the governor's channel said 7, a wire
// quoted him with 7 an hour later, then he edited his post to 9. His figure is now 9 (the edit is his latest word,
// whenever it was published); the wire's 7 is an earlier step of his tally, not his standing value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../../src/core/types.ts';
import type { SourceRow } from '../../src/ingest/registry.ts';
import type { SourceDocument } from '../../src/ingest/source.ts';
import { resolveDirty } from '../../src/pipeline/resolve.ts';
import { ingestSourceDocument } from '../../src/pipeline/sources.ts';
import { openStore } from '../../src/store/index.ts';

const base: Omit<SourceRow, 'id' | 'kind' | 'url' | 'name' | 'language' | 'speaker'> = {
  path: null,
  time_zone: 'Europe/Moscow',
  poll_seconds: 60,
  full_text: false,
};
const channel: SourceRow = {
  ...base,
  id: 'gov',
  kind: 'telegram',
  url: 'https://t.me/example_gov',
  name: 'Example Governor',
  language: 'ru',
  speaker: { person: 'Oleg Vetrov', role: 'governor', region: 'RU-BEL' },
};
const wire: SourceRow = {
  ...base,
  id: 'wire',
  kind: 'feed',
  url: 'https://wire.example/rss',
  name: 'Example Wire',
  language: 'en',
  speaker: null,
};
const ministry: SourceRow = {
  ...channel,
  id: 'mod',
  url: 'https://mod.example/',
  name: 'Example Ministry',
  speaker: { person: null, role: 'ministry', region: null },
};

const post = (count: number): SourceDocument => ({
  input: 'https://t.me/example_gov/55',
  url: 'https://t.me/example_gov/55',
  key: 'telegram:example_gov/55',
  published: '2026-03-10T07:10:00+03:00',
  publisher: 'Example Governor',
  telegram: true,
  bytes: new TextEncoder().encode(
    `Ночью над территорией Белгородского района силами ПВО сбиты ${count} беспилотников.`,
  ),
});
const quote: SourceDocument = {
  input: 'https://wire.example/a1',
  url: 'https://wire.example/a1',
  key: 'a1',
  title: 'Drones downed over Belgorod region',
  published: '2026-03-10T08:20:00+03:00',
  publisher: 'Example Wire',
  bytes: new TextEncoder().encode(
    'Russian air defences shot down seven drones over the Belgorod district overnight, regional governor Oleg Vetrov said on Tuesday.',
  ),
};
const bulletin: SourceDocument = {
  input: 'https://mod.example/b1',
  url: 'https://mod.example/b1',
  key: 'b1',
  published: '2026-03-10T07:00:00+03:00',
  bytes: new TextEncoder().encode(
    'В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 12 украинских беспилотных летательных аппаратов над территорией Белгородской области.',
  ),
};

/** The values the uav count's conflict sets against each other, smallest first. */
function uavConflict(incident: Incident): number[] {
  const conflict = incident.conflicts.find((c) => c.field === 'weapons[uav].count');
  return (conflict?.values ?? [])
    .map((v) => (typeof v.value === 'number' ? v.value : ((v.value as { value: number | null }).value ?? -1)))
    .sort((a, b) => a - b);
}

test("an edited post's new figure replaces its old one in the incident's conflicts (and so its range)", async () => {
  const store = await openStore({ url: ':memory:' });
  let clock = Date.parse('2026-03-10T06:00:00Z');
  const at = () => new Date(clock);
  await ingestSourceDocument(store, ministry, bulletin, 'raw-b', { now: at });
  await ingestSourceDocument(store, channel, post(7), 'raw-1', { now: at });
  await ingestSourceDocument(store, wire, quote, 'raw-q', { now: at });
  await resolveDirty(store);
  const before = (await store.listIncidents()).find((i) => i.kind === 'interception' && i.region?.code === 'RU-BEL');
  assert.ok(before, 'the Belgorod interception');
  assert.deepEqual(uavConflict(before), [7, 12]);

  // Hours later the governor edits his post: 9, not 7. The page gives no edit time.
  clock = Date.parse('2026-03-10T16:00:00Z');
  const edit = await ingestSourceDocument(store, channel, post(9), 'raw-2', { now: at });
  assert.equal(edit.status, 'ingested');
  await resolveDirty(store);
  const after = (await store.listIncidents()).find((i) => i.kind === 'interception' && i.region?.code === 'RU-BEL');
  assert.ok(after);
  assert.deepEqual(
    uavConflict(after),
    [9, 12],
    'the governor stands at 9 beside the ministry, the quoted 7 is no longer his',
  );
  // The incident moved: its updated_at is when the edit was seen.
  assert.ok(after.updated_at >= '2026-03-10T16:00:00', after.updated_at);
  await store.close();
});
