// A refusal for a setting does not carry its backoff into a watch started with another setting (ux31 #19): `watch
// --once` without --allow-private refuses a loopback source and backs it off; `watch --allow-private` started next
// polls it at once instead of "none due, next poll in 17s".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceRow } from '../../src/ingest/registry.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';

const row = (id: string, url: string): SourceRow => ({
  id,
  kind: 'feed',
  url,
  path: null,
  name: null,
  language: null,
  time_zone: null,
  poll_seconds: 600,
  speaker: null,
  full_text: false,
});

test('a source refused by a setting is due at once when watch starts again; other failures keep their backoff', async () => {
  const store = await openStore({ url: ':memory:' });
  const clock = Date.parse('2026-02-01T00:00:00Z');
  const refused = row('local', 'http://127.0.0.1:9/feed.xml');
  const base = { now: () => new Date(clock), random: () => 0.5 };
  const [first] = await watchSources(store, [refused], { ...base, allow: new Set(), once: true });
  assert.match(first?.error ?? '', /^refused: /);
  const backedOff = (await store.getSourceStates()).get('local')?.next_poll_ms ?? 0;
  assert.ok(backedOff > clock, 'the refusal backs the source off');
  // Another source failed on the network: its backoff stands.
  await store.saveSourceState({
    ...(await store.getSourceStates()).get('local')!,
    source_id: 'down',
    last_error: 'HTTP 503',
  });

  // Started again a second later, with loopback allowed: the refused source is due now, the failing one is not.
  const stop = new AbortController();
  const lines: string[] = [];
  const results = await watchSources(store, [refused, row('down', 'http://127.0.0.1:9/other.xml')], {
    now: () => new Date(clock + 1000),
    random: () => 0.5,
    allow: new Set(['loopback']),
    signal: stop.signal,
    log: (line) => {
      lines.push(line);
      stop.abort(); // one round is enough
    },
  });
  assert.match(lines[0] ?? '', /^watching 2 source\(s\); due now: local$/);
  assert.deepEqual(
    results.map((r) => r.source_id),
    ['local'],
  );
  assert.doesNotMatch(results[0]?.error ?? '', /^refused/);
  await store.close();
});
