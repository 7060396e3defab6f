// ux35 #10: a source read whole but with an item that failed (a broken JSONL line) fails `watch --once` (exit code 1,
// as `ingest` of the file does) and shows as the source's last error in `sitrep sources`, without backing it off.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-item-failure-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const GOOD =
  '{"text": "Air defences destroyed 6 drones over Tambov Oblast overnight, the governor said.", "published_at": "2025-06-09T07:50:00+03:00", "url": "https://agency.example.org/t1"}';
const BROKEN =
  '{"text": "Debris fell in Rasskazovo", "published_at": "2025-06-09T08:10:00+03:00", "url": "https://agency';

test('a failed item is the last error of its source; the source is not backed off', async () => {
  const path = join(dir, 'agency.jsonl');
  writeFileSync(path, `${GOOD}\n${BROKEN}\n`);
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('agency', path, { kind: 'jsonl', poll_seconds: 30 });
  const t = Date.parse('2026-11-10T09:00:00Z');
  const [r] = await watchSources(store, [row], {
    now: () => new Date(t),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  assert.equal(r?.new, 1);
  assert.equal(r?.failed, 1);
  const state = (await store.getSourceStates()).get('agency')!;
  assert.match(state.last_error ?? '', /^1 item\(s\) failed: .*agency\.jsonl.*2/);
  assert.equal(state.last_error_at, new Date(t).toISOString());
  assert.equal(state.last_success_at, new Date(t).toISOString());
  assert.equal(state.consecutive_failures, 0);
  assert.equal(state.next_poll_ms, t + 30_000);
  await store.close();
});

test('watch --once exits 1 when an item failed, and sources shows why', async () => {
  const path = join(dir, 'agency-cli.jsonl');
  writeFileSync(path, `${GOOD}\n${BROKEN}\n`);
  const yaml = join(dir, 'sources.yaml');
  writeFileSync(yaml, `sources:\n  - id: agency\n    kind: jsonl\n    path: ${path}\n    poll: 30s\n`);
  const db = join(dir, 'cli.db');
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    assert.equal(await runCommand(['watch', '--db', db, '--once', yaml]), 1);
    assert.equal(await runCommand(['sources', '--db', db, '--json', yaml]), 0);
  } finally {
    log.mock.restore();
  }
  const rows = JSON.parse(lines.slice(lines.findIndex((l) => l.startsWith('['))).join('\n'));
  assert.match(rows[0].last_error, /1 item\(s\) failed/);
});
