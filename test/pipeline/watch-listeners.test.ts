// A watch that runs for weeks keeps its abort listeners bounded (ux31 #20): each round's wait used to add one to the
// stop signal and never remove it, and after 11 rounds Node warned of a possible memory leak.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { test } from 'node:test';
import type { SourceRow } from '../../src/ingest/registry.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';

test('the stop signal holds at most one abort listener, however many rounds watch runs', async () => {
  const store = await openStore({ url: ':memory:' });
  // A loopback source that is not allowed: refused at once, no network, a result (and a log line) every round.
  const row: SourceRow = {
    id: 'local',
    kind: 'feed',
    url: 'http://127.0.0.1:9/feed.xml',
    path: null,
    name: null,
    language: null,
    time_zone: null,
    poll_seconds: 10,
    speaker: null,
    full_text: false,
  };
  const stop = new AbortController();
  // Each call jumps a day on, so the source is always due again and each wait is the shortest (200 ms).
  let clock = Date.parse('2026-02-01T00:00:00Z');
  let rounds = 0;
  let most = 0;
  await watchSources(store, [row], {
    now: () => {
      clock += 86_400_000;
      return new Date(clock);
    },
    random: () => 0.5,
    allow: new Set(),
    signal: stop.signal,
    log: (line) => {
      if (!line.startsWith('local:')) return;
      most = Math.max(most, getEventListeners(stop.signal, 'abort').length);
      if (++rounds === 14) stop.abort();
    },
  });
  await store.close();
  assert.equal(rounds, 14);
  assert.ok(most <= 1, `${most} abort listeners after ${rounds} rounds`);
  assert.equal(getEventListeners(stop.signal, 'abort').length, 0);
});
