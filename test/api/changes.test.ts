import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';

const now = () => new Date('2025-05-20T09:00:00+03:00');

interface Change {
  revision: number;
  action: string;
  incident_id: string;
  merged?: string[];
  split_from?: string[];
}

/** Three creations, then a merge of b into a and a split of c off a: revisions 1..5. */
async function withHistory(): Promise<Store> {
  const store = await openStore({ url: ':memory:' });
  const when = nightOf(7);
  await seedIncidents(store, [makeIncident('a', { when }), makeIncident('b', { when })]);
  await seedIncidents(store, [makeIncident('a', { when }), makeIncident('b', { when }), makeIncident('x', { when })]);
  await store.replaceNightIncidents(
    ['2025-05-07'],
    [makeIncident('a', { when }), makeIncident('c', { when, split_from: ['a'] })].map((incident) => ({
      incident,
      night_key: '2025-05-07',
    })),
    new Map(),
    {
      changes: [
        { action: 'merge', incident_id: 'a', merged: ['b'], night_key: '2025-05-07' },
        { action: 'split', incident_id: 'c', split_from: ['a'], night_key: '2025-05-07' },
      ],
      redirects: [{ id: 'b', merged_into: 'a', split_into: [], night_key: '2025-05-07' }],
    },
  );
  return store;
}

test('GET /api/changes names each change as created, merged or split, after a revision, in pages', async () => {
  const store = await withHistory();
  const app = createApp({ store, now });
  const all = (await (await app.request('/api/changes')).json()) as {
    changes: Change[];
    last_revision: number;
    next_since: number;
  };
  assert.deepEqual(
    all.changes.map((c) => [c.revision, c.action, c.incident_id]),
    [
      [1, 'created', 'a'],
      [2, 'created', 'b'],
      [3, 'created', 'a'],
      [4, 'created', 'b'],
      [5, 'created', 'x'],
      [6, 'merged', 'a'],
      [7, 'split', 'c'],
    ],
  );
  assert.deepEqual(all.changes[5]?.merged, ['b']);
  assert.deepEqual(all.changes[6]?.split_from, ['a']);
  assert.equal(all.last_revision, 7);
  const page = (await (await app.request('/api/changes?since=4&limit=2')).json()) as typeof all;
  assert.deepEqual(
    page.changes.map((c) => c.revision),
    [5, 6],
  );
  assert.equal(page.next_since, 6);
  assert.equal(page.last_revision, 7);
  const none = (await (await app.request('/api/changes?since=7')).json()) as typeof all;
  assert.deepEqual(none, { changes: [], last_revision: 7, next_since: 7 });
  // The detail view carries its incident's own entries.
  const a = (await (await app.request('/api/incidents/a')).json()) as { history: Change[] };
  assert.deepEqual(
    a.history.map((c) => [c.revision, c.action]),
    [
      [1, 'created'],
      [3, 'created'],
      [6, 'merged'],
    ],
  );
  assert.equal((await app.request('/api/changes?since=-1')).status, 400);
  // A revision this database never gave out (it was rebuilt or replaced): a 400 naming since, not an endless loop.
  const past = await app.request('/api/changes?since=100');
  assert.equal(past.status, 400);
  const body = (await past.json()) as { error: string; field: string };
  assert.equal(body.field, 'since');
  assert.match(body.error, /last revision \(7\).*since=0/);
  // The event stream asked the same answers the same, rather than replaying the log from revision 0.
  const streamed = await app.request('/api/changes?since=100', { headers: { accept: 'text/event-stream' } });
  assert.equal(streamed.status, 400);
  assert.deepEqual(await streamed.json(), body);
  assert.equal((await app.request('/api/changes?limit=5000')).status, 400);
  await store.close();
});

/** Reads server-sent events from a response until `count` have arrived. */
async function readEvents(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  count: number,
  buffer: { text: string },
): Promise<{ id: string; event: string; data: Change }[]> {
  const decoder = new TextDecoder();
  const events: { id: string; event: string; data: Change }[] = [];
  for (;;) {
    let cut = buffer.text.indexOf('\n\n');
    while (cut >= 0) {
      const block = buffer.text.slice(0, cut);
      buffer.text = buffer.text.slice(cut + 2);
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        const m = /^(id|event|data): ?(.*)$/.exec(line);
        if (m) fields.set(m[1]!, m[2]!);
      }
      if (fields.has('data')) {
        events.push({ id: fields.get('id')!, event: fields.get('event')!, data: JSON.parse(fields.get('data')!) });
      }
      if (events.length === count) return events;
      cut = buffer.text.indexOf('\n\n');
    }
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended after ${events.length} of ${count} events`);
    buffer.text += decoder.decode(value, { stream: true });
  }
}

test('the event stream sends the log, then changes written later, and resumes after Last-Event-ID', async () => {
  const store = await withHistory();
  const shutdown = new AbortController();
  const app = createApp({ store, now, signal: shutdown.signal, changePollMs: 20, heartbeatMs: 60 });
  const res = await app.request('/api/changes?since=5', { headers: { accept: 'text/event-stream' } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const reader = res.body!.getReader();
  const buffer = { text: '' };
  const first = await readEvents(reader, 2, buffer);
  assert.deepEqual(
    first.map((e) => [e.id, e.event, e.data.incident_id]),
    [
      ['6', 'merged', 'a'],
      ['7', 'split', 'c'],
    ],
  );
  // Written after the stream opened, as `sitrep ingest` in another process would.
  await seedIncidents(store, [makeIncident('late', { when: nightOf(9) })]);
  const [late] = await readEvents(reader, 1, buffer);
  assert.deepEqual([late?.id, late?.event, late?.data.incident_id], ['8', 'created', 'late']);

  const resumed = await app.request('/api/changes?since=0', {
    headers: { accept: 'text/event-stream', 'last-event-id': '6' },
  });
  const again = await readEvents(resumed.body!.getReader(), 2, { text: '' });
  assert.deepEqual(
    again.map((e) => e.id),
    ['7', '8'],
  );

  // While nothing happens, a comment line keeps the connection open.
  const quiet = await app.request('/api/changes?since=8', { headers: { accept: 'text/event-stream' } });
  const quietReader = quiet.body!.getReader();
  let text = '';
  while (!text.includes(': heartbeat')) {
    const { value, done } = await quietReader.read();
    if (done) throw new Error('the stream ended without a heartbeat');
    text += new TextDecoder().decode(value);
  }
  assert.ok(!text.includes('event:'), 'no change was after revision 8');
  await quietReader.cancel();

  // Shutdown ends every stream: the reader sees the end instead of waiting for the next poll forever.
  shutdown.abort();
  for (;;) {
    const { done } = await reader.read();
    if (done) break;
  }
  await store.close();
});

test('a Last-Event-ID ahead of the log, or no revision at all, starts the stream where it can still deliver', async () => {
  const store = await withHistory();
  const shutdown = new AbortController();
  const app = createApp({ store, now, signal: shutdown.signal, changePollMs: 20, heartbeatMs: 60 });
  for (const id of ['99999', '99999999999999999999999999', 'abc']) {
    const res = await app.request('/api/changes?since=5', {
      headers: { accept: 'text/event-stream', 'last-event-id': id },
    });
    const [first] = await readEvents(res.body!.getReader(), 1, { text: '' });
    // Ahead of a store whose last revision is 7: from the start; not a revision: from since=5.
    assert.equal(first?.id, id === '99999' ? '1' : '6', id);
  }
  shutdown.abort();
  await store.close();
});
