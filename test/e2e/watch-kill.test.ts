// Killing `sitrep watch` with SIGKILL in the middle of a poll and starting it again loses nothing and stores
// nothing twice. The child polls a feed on the fixture server (127.0.0.1) whose item pages answer slowly; it is
// killed once some but not all items are stored, then a second run finishes the job.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { startFixtureServer } from '../helpers/fixture-server.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ITEMS = 12;
const REGIONS = [
  'Kursk',
  'Bryansk',
  'Belgorod',
  'Voronezh',
  'Kaluga',
  'Oryol',
  'Lipetsk',
  'Tula',
  'Smolensk',
  'Tver',
  'Ryazan',
  'Rostov',
];

test('SIGKILL mid-poll, then a restart: every item stored exactly once', async () => {
  let articleRequests = 0;
  const server = await startFixtureServer();
  const link = (i: number) => server.url(`/articles/${i}`);
  const items = REGIONS.slice(0, ITEMS)
    .map(
      (region, i) =>
        `<item><title>${region}</title><link>${link(i)}</link><guid>item-${i}</guid><pubDate>Mon, 26 May 2025 0${i % 10}:00:00 +0300</pubDate><description>summary</description></item>`,
    )
    .join('');
  server.routes.set('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"k1"' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Kill Wire</title>${items}</channel></rss>`);
  });
  for (let i = 0; i < ITEMS; i++) {
    server.routes.set(`/articles/${i}`, (_req, res) => {
      articleRequests++;
      // Slow enough that the kill lands in the middle of the round.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<html lang="en"><head><title>${REGIONS[i]}</title></head><body><article><p>Air defences destroyed ${i + 2} drones over ${REGIONS[i]} Oblast overnight, the governor said. Nobody was hurt in the attack, officials added on Monday morning.</p></article></body></html>`,
        );
      }, 120);
    });
  }
  const sources = join(dir, 'sources.yaml');
  writeFileSync(
    sources,
    `allow_private: [loopback]\nsources:\n  - { id: wire, kind: feed, url: "${server.url('/feed.xml')}", full_text: true, time_zone: Europe/Moscow }\n`,
  );
  const db = join(dir, 'watch.db');
  try {
    const child = spawn(process.execPath, [bin, 'watch', '--once', '--db', db, sources], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ? -1 : code)),
    );
    const deadline = Date.now() + 30_000;
    while (articleRequests < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    assert.equal(await exited, -1, 'the first run was killed, not finished');
    assert.ok(articleRequests >= 5 && articleRequests < ITEMS, `killed mid-poll (${articleRequests} article requests)`);

    const mid = await openStore({ url: db });
    const storedBefore = await mid.countReports();
    await mid.close();
    assert.ok(storedBefore < ITEMS, `the killed run stored ${storedBefore}`);

    const second = spawn(process.execPath, [bin, 'watch', '--once', '--db', db, sources], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    assert.equal(code, 0);

    const store = await openStore({ url: db });
    assert.equal(await store.countReports(), ITEMS, 'nothing lost, nothing twice');
    const ingested = await store.listOutcomes({ status: 'ingested', limit: 1000 });
    const reports = await store.getReports(ingested.map((o) => o.report_id!));
    assert.deepEqual(
      reports.map((r) => r.url).sort(),
      REGIONS.slice(0, ITEMS)
        .map((_, i) => link(i))
        .sort(),
    );
    assert.equal(new Set(ingested.map((o) => o.report_id)).size, ITEMS, 'each report ingested once');
    const state = (await store.getSourceStates()).get('wire');
    assert.equal(state?.items_seen, ITEMS);
    assert.equal(state?.etag, '"k1"');
    assert.equal(state?.last_error, null);
    await store.close();
  } finally {
    await server.close();
  }
});
