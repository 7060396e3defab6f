// Small CLI promises from an independent review: extract --jsonl keeps a row's url and names the row's fields,
// incidents --limit 0 is refused, SITREP_WORKERS that is no number is warned of, the table shows voices.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands.ts';
import { table } from '../../src/cli/format.ts';
import { UsageError } from '../../src/core/errors.ts';
import { makeIncident } from '../helpers/incidents.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-review-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function captured(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    return { code: await runCommand(args), lines };
  } finally {
    log.mock.restore();
  }
}

test("extract --jsonl: a row's url is the report's url (never its id), and a bad row names its own field", async () => {
  const file = join(dir, 'rows.jsonl');
  const text = 'Overnight air defences destroyed 7 drones over Bryansk Oblast, Governor Alexander Bogomaz said.';
  const published = '2025-05-07T08:00:00+03:00';
  writeFileSync(
    file,
    [
      { id: 'a1', text, published_at: published, url: 'https://example.org/a1' },
      { id: 'a2', text, published_at: published },
      { id: 'a3', text, published_at: 'yesterday' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const { code, lines } = await captured(['extract', '--jsonl', file]);
  assert.equal(code, 1);
  const rows = lines.map((l) => JSON.parse(l) as { id: string; report?: { url: string | null }; error?: string });
  assert.equal(rows[0]?.report?.url, 'https://example.org/a1');
  assert.equal(rows[1]?.report?.url, null);
  assert.match(rows[2]?.error ?? '', /^"published_at" must be ISO 8601/);
  assert.doesNotMatch(rows[2]?.error ?? '', /--published/);
});

test('incidents --limit 0 is a usage error that says what to do, not an empty answer', async () => {
  await assert.rejects(runCommand(['incidents', '--db', join(dir, 'none.db'), '--limit', '0']), (e: unknown) => {
    assert.ok(e instanceof UsageError);
    assert.match(e.message, /--limit takes a whole number of 1 or more/);
    return true;
  });
});

test('the table shows voices beside reports and origins', () => {
  const inc = makeIncident('inc_a', {
    corroboration: { reports: 3, origins: 2, voices: 1, status: 'single_origin' },
  });
  assert.match(table([inc]), /single_origin \(3r\/2o\/1v\)/);
});

test('SITREP_WORKERS that is no whole number is warned of, not silently ignored', () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Overnight air defences destroyed 7 drones over Bryansk Oblast.\n');
  const r = spawnSync(
    process.execPath,
    [bin, 'ingest', '--quiet', '--db', join(dir, 'w.db'), '--published', '2025-05-07T08:00:00+03:00', file],
    { encoding: 'utf8', env: { ...process.env, SITREP_WORKERS: 'abc' }, timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: SITREP_WORKERS="abc" is not a whole number/);
});
