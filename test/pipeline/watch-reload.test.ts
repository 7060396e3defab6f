// ux35 #17: a running watch reads sources.yaml again each round, so a row added while it runs is polled without a
// restart; a file that stops loading keeps the rows of before.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SourceRow } from '../../src/ingest/registry.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-reload-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a row added to the registry while watch runs is polled in a later round', async () => {
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, 'Air defences destroyed 3 drones over Oryol Oblast overnight, the governor said.\n');
  writeFileSync(b, 'Air defences destroyed 5 drones over Kaluga Oblast overnight, the governor said.\n');
  const rowA = fileFeedRow('live-a', a, { kind: 'text', poll_seconds: 5 });
  const rowB = fileFeedRow('live-b', b, { kind: 'text', poll_seconds: 5 });
  const registries: (readonly SourceRow[] | Error)[] = [[rowA], new Error('bad yaml'), [rowA, rowB]];
  let reads = 0;
  const store = await openStore({ url: ':memory:' });
  const stop = new AbortController();
  const polled: string[] = [];
  const lines: string[] = [];
  // Each reading of the clock is ten minutes on: every source is due again at once, no real wait.
  let t = Date.parse('2026-11-10T09:00:00Z');
  await watchSources(store, [rowA], {
    now: () => {
      t += 600_000;
      return new Date(t);
    },
    random: () => 0.5,
    allow: new Set(),
    signal: stop.signal,
    log: (line) => lines.push(line),
    reload: async () => {
      const next = registries[Math.min(reads++, registries.length - 1)]!;
      if (next instanceof Error) throw next;
      return next;
    },
    onRound: (r) => {
      polled.push(r.source_id);
      // Stops at live-b, or after a few rounds without it (a watch that never reloads).
      if (r.source_id === 'live-b' || polled.length > 6) stop.abort();
    },
  });
  await store.close();
  assert.ok(polled.includes('live-b'), polled.join(' '));
  assert.ok(
    lines.some((l) => l.startsWith('sources file not reloaded')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l === 'sources file reloaded: added live-b'),
    lines.join('\n'),
  );
});
