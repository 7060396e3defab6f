// fixcli35: `sitrep incidents --first-night/--last-night` select incidents by the night the store files them under,
// read by the API's own filter (first_night/last_night), so the command and the API list the same incidents, and a
// bad day or a swapped pair is a usage error naming the option as it is typed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, mock, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/api/app.ts';
import { runCommand } from '../../src/cli/commands.ts';
import { UsageError } from '../../src/core/errors.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-nights-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'nights.db');

before(async () => {
  const store = await openStore({ url: db });
  await seedIncidents(store, [
    makeIncident('n09', { when: nightOf(9) }),
    makeIncident('n10', { when: nightOf(10) }),
    makeIncident('n11', { when: nightOf(11) }),
  ]);
  // A daytime incident, 10:59 to 22:59 on 11 May: its window starts the day before the night it is filed under
  // (the 12th), and overlaps the last evening of the night of the 11th.
  const day = makeIncident('d11', {
    when: { start: '2025-05-11T10:59:00+03:00', end: '2025-05-11T22:59:00+03:00', precision: 'day' },
  });
  await store.replaceNightIncidents(['2025-05-12'], [{ incident: day, night_key: '2025-05-12' }], new Map());
  await store.close();
});

async function listed(args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    assert.equal(await runCommand(['incidents', '--db', db, '--format', 'json', ...args]), 0);
  } finally {
    log.mock.restore();
  }
  return (JSON.parse(lines.join('\n')) as Incident[]).map((i) => i.id);
}

async function apiListed(query: string): Promise<string[]> {
  const store = await openStore({ url: db, readOnly: true });
  try {
    const res = await createApp({ store, now: () => new Date('2025-05-20T09:00:00+03:00') }).request(
      `/api/incidents?${query}`,
    );
    assert.equal(res.status, 200, query);
    return ((await res.json()) as Incident[]).map((i) => i.id);
  } finally {
    await store.close();
  }
}

async function usage(args: string[]): Promise<string> {
  try {
    await runCommand(['incidents', '--db', db, ...args]);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  throw new Error(`no error for ${args.join(' ')}`);
}

test('--first-night/--last-night list what the API lists for first_night/last_night: the nights, not the times', async () => {
  const cases: [string[], string, string[]][] = [
    [
      ['--first-night', '2025-05-10', '--last-night', '2025-05-11'],
      'first_night=2025-05-10&last_night=2025-05-11',
      ['n11', 'n10'],
    ],
    [['--first-night', '2025-05-12'], 'first_night=2025-05-12', ['d11']],
    [['--last-night', '2025-05-09'], 'last_night=2025-05-09', ['n09']],
    [
      ['--first-night', '2025-05-11', '--last-night', '2025-05-11'],
      'first_night=2025-05-11&last_night=2025-05-11',
      ['n11'],
    ],
  ];
  for (const [args, query, expected] of cases) {
    const cli = await listed(args);
    assert.deepEqual(cli, expected, args.join(' '));
    assert.deepEqual(cli, await apiListed(query), query);
  }
  // The same nights as times would add the daytime incident, whose window overlaps them.
  assert.deepEqual(await listed(['--since', '2025-05-09T18:00:00+03:00', '--until', '2025-05-11T18:00:00+03:00']), [
    'd11',
    'n11',
    'n10',
  ]);
});

test('a csv export with the nights filter holds the same incidents', async () => {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    await runCommand(['incidents', '--db', db, '--format', 'csv', '--first-night', '2025-05-12']);
  } finally {
    log.mock.restore();
  }
  const rows = lines.join('\n').trim().split('\n');
  assert.equal(rows.length, 2, 'a header and one row');
  assert.match(rows[1]!, /d11/);
});

test('an atom feed with --public-url links to the API with first_night/last_night, the API parameters', async () => {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    await runCommand([
      'incidents',
      '--db',
      db,
      '--format',
      'atom',
      '--public-url',
      'https://sitrep.example.org/',
      '--first-night',
      '2025-05-10',
      '--last-night',
      '2025-05-11',
    ]);
  } finally {
    log.mock.restore();
  }
  assert.match(lines.join('\n'), /incidents\.atom\?first_night=2025-05-10&(?:amp|#38);last_night=2025-05-11/);
});

test('a bad night or a swapped pair is a usage error naming the option as typed', async () => {
  assert.equal(
    await usage(['--first-night', '12 May']),
    '--first-night must be a night as YYYY-MM-DD, like 2025-05-07',
  );
  assert.match(await usage(['--last-night', '2025-02-30']), /^--last-night \(2025-02-30\) names no real day: February/);
  assert.equal(
    await usage(['--first-night', '2025-05-12', '--last-night', '2025-05-10']),
    '--last-night (2025-05-10) is before --first-night (2025-05-12): no night is between them',
  );
  // Exit code 2, as every usage error.
  const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
  const r = spawnSync(process.execPath, [bin, 'incidents', '--db', db, '--first-night', '2025-13-01'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--first-night \(2025-13-01\) names no real day: month 13/);
});
