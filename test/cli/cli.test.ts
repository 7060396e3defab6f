import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, SITREP_DB: join(dir, 'env.db') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const GOOD = 'Overnight air defences destroyed 7 drones over Bryansk Oblast, Governor Alexander Bogomaz said.\n';

test('exit codes: 0 when all ingested, 1 when some inputs failed (the rest ingested), 2 on usage errors', () => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, GOOD);
  const db = join(dir, 'a.db');
  const ok = sitrep(['ingest', '--quiet', '--db', db, '--published', '2025-05-07T08:00:00+03:00', good]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /1 ingested/);

  const partial = sitrep(['ingest', '--quiet', '--db', db, good, join(dir, 'nope.txt')]);
  assert.equal(partial.code, 1);
  assert.match(partial.out, /0 ingested .* 1 duplicate, 1 failed/);
  assert.match(partial.err, /nope\.txt: no such file/);

  assert.equal(sitrep(['ingest']).code, 2);
  assert.equal(sitrep(['ingest', '--published', 'tomorrow', good]).code, 2);
  assert.equal(sitrep(['frobnicate']).code, 2);
  assert.equal(sitrep(['incidents', '--format', 'xml']).code, 2);
});

test('SITREP_DB is the default database, and incidents prints every format', () => {
  const good = join(dir, 'good2.txt');
  writeFileSync(good, GOOD);
  assert.equal(sitrep(['ingest', '--quiet', '--published', '2025-05-07T08:00:00+03:00', good]).code, 0);
  const table = sitrep(['incidents']);
  assert.match(table.out, /interception\s+RU-BRY/);
  const json = JSON.parse(sitrep(['incidents', '--format', 'json']).out) as { region: { code: string } }[];
  assert.equal(json[0]?.region.code, 'RU-BRY');
  assert.equal(sitrep(['incidents', '--format', 'jsonl']).out.trim().split('\n').length, 1);
  assert.match(sitrep(['incidents', '--format', 'csv']).out, /^id,kind,region_code/);
  const geo = JSON.parse(sitrep(['incidents', '--format', 'geojson']).out) as {
    features: { geometry: { coordinates: number[] } }[];
  };
  assert.equal(geo.features.length, 1);
  const id = (json[0] as unknown as { id: string }).id;
  assert.match(sitrep(['explain', id]).out, /because: /);
  assert.match(sitrep(['status']).out, /1 report\(s\), 1 incident\(s\)/);
});

test('extract prints facts with evidence; --jsonl keeps order and reports a bad line without stopping', () => {
  const one = sitrep(['extract', '--published', '2025-05-07T08:00:00+03:00', '-'], GOOD);
  assert.equal(one.code, 0, one.err);
  const parsed = JSON.parse(one.out) as { facts: { kind: string; evidence: { text: string } }[] };
  assert.equal(parsed.facts[0]?.kind, 'interception');
  assert.match(parsed.facts[0]!.evidence.text, /destroyed 7 drones/);

  const lines = [
    JSON.stringify({ id: 'a', text: GOOD, published_at: '2025-05-07T08:00:00+03:00' }),
    '{ broken',
    JSON.stringify({
      id: 'c',
      text: 'Над Курской областью сбиты три беспилотника.',
      published_at: '2025-05-07T08:00:00+03:00',
    }),
  ].join('\n');
  const batch = sitrep(['extract', '--jsonl', '-'], lines);
  const out = batch.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; error?: string; facts?: unknown[] });
  assert.deepEqual(
    out.map((o) => o.id),
    ['a', 'line 2', 'c'],
  );
  assert.ok(out[1]?.error);
  assert.ok((out[2]?.facts?.length ?? 0) > 0);
});

test('--help teaches each command', () => {
  const main = sitrep(['--help']);
  assert.equal(main.code, 0);
  for (const cmd of ['ingest', 'extract', 'incidents', 'serve', 'eval', 'explain', 'resolve', 'status']) {
    assert.match(main.out, new RegExp(`\\b${cmd}\\b`));
    const h = sitrep([cmd, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: sitrep/);
  }
});
