// The ingest progress line: done/total and an ETA when the inputs could be counted, the file name shortened in its
// middle (never cut inside its extension); the inputs counted from names alone; near-duplicate warnings kept in the
// ingest log, where `sitrep status` shows them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';
import { middleEllipsis, progressText } from '../../src/cli/format.ts';
import { countInputs } from '../../src/ingest/sources/file/client.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-progress-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const counts = { ingested: 40, duplicate: 5, failed: 3, skipped: 2, facts: 91 };

test('the line shows done/total and an ETA, and keeps the end of a long file name', () => {
  const input = '/srv/incoming/telegram-drops/2025-06/oblast-administration-r00050.md';
  const line = progressText(counts, input, { total: 200, elapsedMs: 10_000, columns: 100 });
  assert.ok(line.length <= 99, line);
  assert.match(line, /^50\/200 · ETA 30s · ingested 40 · duplicate 5 · failed 3 · facts 91 {2}/);
  assert.match(line, /…[\w-]*r00050\.md$/, 'the name and its extension stay whole');
  // Unknown total (stdin, a feed), or passed (a folder's feed gave more): the count alone, no ETA.
  assert.match(progressText(counts, 'x.md', { total: null, elapsedMs: 10_000, columns: 100 }), /^50 · ingested 40/);
  assert.match(progressText(counts, 'x.md', { total: 30, elapsedMs: 10_000, columns: 100 }), /^50 · ingested 40/);
  assert.equal(middleEllipsis('/a/b/c/report.md', 40), '/a/b/c/report.md');
  assert.equal(middleEllipsis('/tmp/generated/r00005.md', 15).length, 15);
  assert.match(middleEllipsis('/tmp/generated/r00005.md', 15), /^\/tmp\/…r00005\.md$/);
});

test('inputs are counted from names: one outcome per file, hidden and unknown ones too; a feed makes it unknown', () => {
  const root = join(dir, 'count');
  mkdirSync(join(root, 'sub'), { recursive: true });
  for (const name of ['a.txt', 'b.md', 'notes.pdf', '.hidden', 'sub/c.html', 'sub/d'])
    writeFileSync(join(root, name), 'x');
  const single = join(dir, 'single.txt');
  writeFileSync(single, 'x');
  assert.equal(countInputs([root, single]), 7);
  assert.equal(countInputs([root, '-']), null, 'stdin');
  assert.equal(countInputs(['https://example.org/feed.xml']), null, 'a URL');
  writeFileSync(join(root, 'sub', 'feed.rss'), 'x');
  assert.equal(countInputs([root]), null, 'a feed holds many reports');
});

test("sitrep status shows each outcome's warnings, a near-duplicate among them", async () => {
  const db = join(dir, 'near.db');
  const posts = join(dir, 'posts');
  mkdirSync(posts);
  const body = (n: number) =>
    `---\npublished: 2025-06-10T07:00:00+03:00\n---\nOvernight air defences shot down ${n} drones over Penza Oblast, the regional governor wrote on his channel this morning, adding that nobody was hurt and no buildings were damaged.`;
  writeFileSync(join(posts, 'one.txt'), body(6));
  writeFileSync(join(posts, 'two.txt'), `${body(6)} Updated.`);
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  const error = mock.method(console, 'error', () => {});
  try {
    assert.equal(await runCommand(['ingest', '--quiet', '--workers', '0', '--db', db, posts]), 0);
    lines.length = 0;
    assert.equal(await runCommand(['status', '--db', db]), 0);
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
  const out = lines.join('\n');
  assert.match(out, /ingested +.*two\.txt\n +warning: near-duplicate of rep_\w+ \(similar text\)/);
});
