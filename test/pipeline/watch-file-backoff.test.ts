// ux33 #12: a file source that fails on every poll (a missing file) backs off as a failing feed does, and its
// repeated failure is one line of `sitrep status`, with how many times and since when.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';
import { groupOutcomes } from '../../src/cli/outcome-groups.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-file-backoff-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a missing file backs off: each failure waits longer than the last, up to the poll interval doubled', async () => {
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('gone', join(dir, 'does-not-exist.md'), { kind: 'text', poll_seconds: 5 });
  const waits: number[] = [];
  let t = Date.parse('2026-11-10T09:00:00Z');
  for (let round = 0; round < 4; round++) {
    const [r] = await watchSources(store, [row], {
      now: () => new Date(t),
      random: () => 0.99,
      allow: new Set(),
      once: true,
    });
    assert.ok(r?.error, 'the round failed');
    const state = (await store.getSourceStates()).get('gone')!;
    waits.push(state.next_poll_ms! - t);
    t = state.next_poll_ms!;
  }
  await store.close();
  // 5 s doubled per failure (times a jitter of [0.5, 1)): never the flat 5 s of before.
  for (const [i, w] of waits.entries()) assert.ok(w > 5000 * 2 ** i * 0.9, `wait ${i}: ${w} ms (${waits})`);
  assert.ok(waits[3]! > waits[0]! * 4, String(waits));
});

test('a file that is back polls on its interval again', async () => {
  const store = await openStore({ url: ':memory:' });
  const path = join(dir, 'back.md');
  const row = fileFeedRow('back', path, { kind: 'text', poll_seconds: 5 });
  const t = Date.parse('2026-11-10T09:00:00Z');
  await watchSources(store, [row], { now: () => new Date(t), random: () => 0.5, allow: new Set(), once: true });
  writeFileSync(path, 'Air defences destroyed 3 drones over Oryol Oblast overnight, the governor said.\n');
  const [r] = await watchSources(store, [row], {
    now: () => new Date(t + 60_000),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  assert.equal(r?.error, null);
  assert.equal((await store.getSourceStates()).get('back')!.next_poll_ms, t + 60_000 + 5000);
  await store.close();
});

test('sitrep status shows a repeated failure once, with the count and the last time first', async () => {
  const path = join(dir, 'status.db');
  const store = await openStore({ url: path });
  const row = fileFeedRow('gone', join(dir, 'does-not-exist.md'), { kind: 'text', poll_seconds: 5 });
  for (let i = 0; i < 30; i++) {
    const t = Date.parse('2026-11-10T09:00:00Z') + i * 60_000;
    await watchSources(store, [row], { now: () => new Date(t), random: () => 0.5, allow: new Set(), once: true });
  }
  await store.logOutcome(
    { input: 'other.md', status: 'failed', report_id: null, message: 'not UTF-8', warnings: [], facts: 0 },
    '2026-11-10T08:00:00.000Z',
  );
  await store.close();
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    assert.equal(await runCommand(['status', '--db', path, '--failed', '--limit', '2']), 0);
  } finally {
    log.mock.restore();
  }
  const gone = lines.filter((l) => l.includes('does-not-exist.md'));
  assert.equal(gone.length, 1, lines.join('\n'));
  assert.match(gone[0]!, /^2026-11-10T09:29:00\.000Z\s+failed .*\(30 times since 2026-11-10T09:00:00\.000Z\)$/);
  // The other failure is not buried under the repeated one, and --limit counts the group once.
  assert.ok(
    lines.some((l) => l.includes('other.md')),
    lines.join('\n'),
  );
});

test('only identical failures group; ingested rows never do', () => {
  const row = (id: number, input: string, status: 'failed' | 'ingested', message: string | null) => ({
    id,
    input,
    status,
    report_id: null,
    message,
    facts: 0,
    at: `2026-11-10T09:0${id}:00.000Z`,
    warnings: [],
  });
  const groups = groupOutcomes([
    row(5, 'a.md', 'failed', 'no such file'),
    row(4, 'a.md', 'failed', 'not UTF-8'),
    row(3, 'a.md', 'failed', 'no such file'),
    row(2, 'b.md', 'ingested', null),
    row(1, 'b.md', 'ingested', null),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.row.id, g.times, g.first_at.slice(11, 16)]),
    [
      [5, 2, '09:03'],
      [4, 1, '09:04'],
      [2, 1, '09:02'],
      [1, 1, '09:01'],
    ],
  );
});
