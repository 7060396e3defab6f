import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const GOOD = 'Overnight air defences destroyed 7 drones over Bryansk Oblast, Governor Alexander Bogomaz said.\n';
const now = () => new Date('2025-05-07T09:00:00+03:00');

test('one bad file never stops a batch: each gets a clear one-line reason, the good ones are ingested', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
  try {
    writeFileSync(join(dir, 'good.txt'), GOOD, 'utf8');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 drones destroyed over Kursk Oblast.', 'latin1'));
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const store = await openStore({ url: ':memory:' });
    const summary = await ingestPaths(store, [dir, join(dir, 'missing.txt'), 'http://10.0.0.1/news/1'], { now });
    const byName = new Map(summary.outcomes.map((o) => [o.input.split('/').pop(), o]));
    assert.equal(byName.get('good.txt')?.status, 'ingested');
    for (const [name, pattern] of [
      ['empty.txt', /empty/],
      ['binary.txt', /binary/],
      ['latin1.txt', /UTF-8/],
      ['big.txt', /too large/],
      ['missing.txt', /no such file/],
      ['1', /refused: 10\.0\.0\.1 is a private address/],
    ] as const) {
      const o = byName.get(name);
      assert.equal(o?.status, 'failed', name);
      assert.match(o?.message ?? '', pattern, name);
      assert.ok(!(o?.message ?? '').includes('\n'), `${name}: one line`);
    }
    assert.equal(summary.counts.ingested, 1);
    assert.equal(summary.counts.failed, 6);
    const failed = await store.listOutcomes({ status: 'failed' });
    assert.equal(failed.length, 6, 'failures are queryable');
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report with no date and no --published takes the file mtime, marked inferred, with a warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-mtime-'));
  try {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, GOOD, 'utf8');
    const mtime = new Date('2025-05-07T05:30:00Z');
    utimesSync(file, mtime, mtime);
    const store = await openStore({ url: ':memory:' });
    const summary = await ingestPaths(store, [file], { now });
    const outcome = summary.outcomes[0]!;
    assert.equal(outcome.status, 'ingested');
    assert.ok(outcome.warnings.some((w) => /modification time/.test(w)));
    const report = await store.getReport(outcome.report_id!);
    assert.equal(report?.published_inferred, true);
    assert.equal(Date.parse(report!.published_at), mtime.getTime());
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a directory of 10,000 files streams through, and the same text under another name is a duplicate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-many-'));
  try {
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(
        join(dir, 'many', `${String(i).padStart(5, '0')}.txt`),
        `Report ${i}: a quiet night, nothing to add.\n`,
      );
    }
    writeFileSync(join(dir, 'many', 'copy-of-00001.txt'), 'Report 1: a quiet night, nothing to add.\n');
    const store = await openStore({ url: ':memory:' });
    const summary = await ingestPaths(store, [join(dir, 'many')], { now, published: '2025-05-07T08:00:00+03:00' });
    assert.equal(summary.counts.ingested, 10_000);
    assert.equal(summary.counts.duplicate, 1);
    assert.equal(summary.counts.failed, 0);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
