// A long report POSTed to `sitrep serve` is read off the server's thread (ux34 #1: one POST of 4,500 clauses held
// every request, /healthz too, for minutes, and SIGTERM for as long): the server answers meanwhile, and a SIGTERM
// ends it with exit code 0 while the report is still being read. The text is ours, invented clauses in the style of a
// regional channel's count; no clock is asserted, only the order in which answers come.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-long-post-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const REGIONS = ['Брянской', 'Курской', 'Белгородской', 'Орловской', 'Тульской', 'Калужской'];
/** About 1.3 MB of clauses, seconds of reading: far longer than a /healthz answer takes. */
const LONG = {
  text: Array.from(
    { length: 15_000 },
    (_, i) => `над ${REGIONS[i % REGIONS.length]} областью уничтожено ${(i % 7) + 2} БПЛА, `,
  ).join(''),
  published_at: '2025-06-10T06:30:00+03:00',
};

/** A server on a free port of its own, with a body limit that lets the long report in. */
async function serve(name: string): Promise<{ child: ChildProcess; base: string; exit: Promise<number | null> }> {
  const db = join(dir, `${name}.db`);
  await (await openStore({ url: db })).close();
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--max-body', '8000000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /on (http:\/\/\S+?)\/?\n/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exit.then((code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
  });
  return { child, base, exit };
}

test('/healthz answers while a long report is being read', { timeout: 300_000 }, async () => {
  const { child, base, exit } = await serve('health');
  try {
    let posted: number | null = null;
    const posting = fetch(`${base}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(LONG),
    }).then((r) => {
      posted = r.status;
      return r.text();
    });
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(posted, null, 'the report was read before /healthz was answered');
    await posting;
    assert.equal(posted, 201);
  } finally {
    child.kill('SIGTERM');
    await exit;
  }
});

test('SIGTERM during a long POST ends serve with exit code 0', { timeout: 300_000 }, async () => {
  const { child, base, exit } = await serve('term');
  const posting = fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LONG),
  }).then(
    (r) => r.status,
    () => 'no answer',
  );
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
  // Stopped while the report was read: its request gets no answer, and nothing of it was stored.
  assert.equal(await posting, 'no answer');
});
