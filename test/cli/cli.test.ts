import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands.ts';
import { UsageError } from '../../src/core/errors.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The real binary, as a user runs it: for exit codes and stdin. */
function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same commands in this process (each spawn costs two or three seconds of CPU), with console output captured.
 *  What bin/sitrep.js adds (exit codes from thrown errors, stdin) is tested through the real binary above. */
async function inProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  const error = mock.method(console, 'error', (...xs: unknown[]) => errors.push(xs.join(' ')));
  try {
    const code = await runCommand(args);
    return { code, out: lines.join('\n'), err: errors.join('\n') };
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
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

  const usage = sitrep(['ingest', '--published', 'tomorrow', good]);
  assert.equal(usage.code, 2);
  assert.match(usage.err, /--published takes ISO 8601/);
});

test('usage errors are thrown for the CLI to map to exit code 2', async () => {
  await assert.rejects(runCommand(['ingest']), /at least one file/);
  await assert.rejects(runCommand(['frobnicate']), /unknown command/);
  await assert.rejects(runCommand(['incidents', '--format', 'xml']), /--format takes/);
  await assert.rejects(runCommand(['incidents', '--bogus']), /: unknown option --bogus$/);
  await assert.rejects(runCommand(['incidents', '--kind', 'parade']), /--kind takes one of/);
});

test('SITREP_DB is the default database, and incidents prints every format', async () => {
  const good = join(dir, 'good2.txt');
  writeFileSync(good, GOOD);
  const previous = process.env.SITREP_DB;
  process.env.SITREP_DB = join(dir, 'env.db');
  try {
    assert.equal((await inProcess(['ingest', '--quiet', '--published', '2025-05-07T08:00:00+03:00', good])).code, 0);
    assert.match((await inProcess(['incidents'])).out, /interception\s+RU-BRY/);
    const json = JSON.parse((await inProcess(['incidents', '--format', 'json'])).out) as {
      id: string;
      region: { code: string };
    }[];
    assert.equal(json[0]?.region.code, 'RU-BRY');
    const russian = JSON.parse((await inProcess(['incidents', '--format', 'json', '--lang', 'ru'])).out) as {
      region: { name: string };
    }[];
    assert.equal(russian[0]?.region.name, 'Брянская область');
    await assert.rejects(inProcess(['incidents', '--lang', 'de']), /--lang takes en, ru or uk/);
    assert.equal((await inProcess(['incidents', '--format', 'jsonl'])).out.trim().split('\n').length, 1);
    assert.match((await inProcess(['incidents', '--format', 'csv'])).out, /^incident_id,event_date,time_precision,/);
    const atom = (await inProcess(['incidents', '--format', 'atom'])).out;
    assert.match(atom, /<entry>/);
    assert.match(atom, /<link rel="alternate" type="application\/json" href="\/api\/incidents\/inc_/);
    // With the server readers reach, the file names that server's feed for the same filters, and entries link there.
    const served = (
      await inProcess([
        'incidents',
        '--region',
        'Брянская',
        '--format',
        'atom',
        '--public-url',
        'https://sitrep.example.org/',
      ])
    ).out;
    assert.match(served, /<link rel="self" href="https:\/\/sitrep\.example\.org\/api\/incidents\.atom\?region=%D0%91/);
    assert.match(served, /href="https:\/\/sitrep\.example\.org\/api\/incidents\/inc_/);
    const proxied = (await inProcess(['incidents', '--format', 'atom', '--public-url', 'https://example.org/sitrep']))
      .out;
    assert.match(proxied, /<link rel="self" href="https:\/\/example\.org\/sitrep\/api\/incidents\.atom"\/>/);
    assert.match(proxied, /href="https:\/\/example\.org\/sitrep\/api\/incidents\/inc_/);
    await assert.rejects(
      inProcess(['incidents', '--format', 'csv', '--public-url', 'https://sitrep.example.org/']),
      /goes with --format atom/,
    );
    await assert.rejects(inProcess(['incidents', '--format', 'atom', '--public-url', 'sitrep.org']), /http\(s\) URL/);
    // A region by name in any of the three languages, as the API takes it; a name that matches nothing says so.
    assert.equal(
      (await inProcess(['incidents', '--region', 'Брянская', '--format', 'jsonl'])).out.trim().split('\n').length,
      1,
    );
    assert.equal((await inProcess(['incidents', '--region', 'Kursk', '--format', 'jsonl'])).out.trim(), '');
    await assert.rejects(inProcess(['incidents', '--region', 'Atlantis']), /--region "Atlantis" matches no region/);
    const geo = JSON.parse((await inProcess(['incidents', '--format', 'geojson'])).out) as { features: unknown[] };
    assert.equal(geo.features.length, 1);
    assert.match((await inProcess(['explain', json[0]!.id])).out, /because: /);
    assert.match((await inProcess(['status'])).out, /1 report\(s\), 1 incident\(s\)/);
    assert.match((await inProcess(['resolve', '--all'])).out, /resolved 1 night\(s\) into 1 incident\(s\)/);
  } finally {
    if (previous === undefined) delete process.env.SITREP_DB;
    else process.env.SITREP_DB = previous;
  }
});

test("--version prints package.json's version; regions lists codes with names in three languages", async () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  assert.equal((await inProcess(['--version'])).out, `sitrep ${pkg.version}`);
  const regions = (await inProcess(['regions'])).out.split('\n');
  assert.ok(regions.some((l) => /^RU-KRS\s+Kursk Oblast\s+Курская область\s+Курська область$/.test(l)));
  assert.ok(regions.some((l) => l.startsWith('UA-63 ')));
  const json = JSON.parse((await inProcess(['regions', '--json'])).out) as { code: string; name: { uk: string } }[];
  assert.equal(json.find((r) => r.code === 'UA-32')?.name.uk, 'Київська область');
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

test('extract reads an article page as ingest does (no markup, no script); a feed is many reports and says so', async () => {
  const page = join(dir, 'article.html');
  writeFileSync(
    page,
    `<!doctype html><html lang="en"><head><title>Drones over Bryansk | Example Post</title>
<meta property="article:published_time" content="2025-05-07T08:00:00+03:00">
<script>var promo = "Moscow: 900 drones destroyed";</script></head><body>
<nav>Subscribe for news about Kursk</nav><article><h1>Drones over Bryansk</h1>
<p>${GOOD.trim()}</p></article></body></html>`,
  );
  const out = await inProcess(['extract', page]);
  const { report, facts } = JSON.parse(out.out) as {
    report: { text: string; published_at: string };
    facts: { region: { code: string } | null; evidence: { text: string } }[];
  };
  assert.doesNotMatch(report.text, /<|900|Subscribe/);
  assert.equal(report.published_at, '2025-05-07T08:00:00+03:00');
  assert.ok(facts.length > 0);
  assert.ok(facts.every((f) => f.region?.code === 'RU-BRY' && !f.evidence.text.includes('<')));
  const feed = join(dir, 'feed.rss');
  writeFileSync(
    feed,
    '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</title></item></channel></rss>',
  );
  await assert.rejects(inProcess(['extract', feed]), /is a feed of many reports: extract reads one text/);
});

test('--help teaches each command', async () => {
  const main = await inProcess(['--help']);
  assert.equal(main.code, 0);
  for (const cmd of [
    'ingest',
    'extract',
    'incidents',
    'serve',
    'eval',
    'explain',
    'resolve',
    'status',
    'demo',
    'sources',
    'watch',
  ]) {
    assert.match(main.out, new RegExp(`\\b${cmd}\\b`));
    const h = await inProcess([cmd, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: sitrep/);
  }
});

test('commands that read a database refuse one that does not exist, with a hint; only ingest creates one', async () => {
  const typo = join(dir, 'typo.db');
  for (const args of [['incidents'], ['status'], ['explain', 'inc_x'], ['resolve'], ['serve']]) {
    await assert.rejects(runCommand([...args, '--db', typo]), /no database at .*typo\.db .*sitrep ingest --db/);
  }
  assert.equal(existsSync(typo), false, 'no empty database was created');
  // A usage error is what bin/sitrep.js answers with exit code 2 (src/cli/main.ts; the first test runs that).
  await assert.rejects(runCommand(['incidents', '--db', typo]), UsageError);
});

test('a folder: README, LICENSE and dotfiles are listed as skipped, never read as reports', async () => {
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  writeFileSync(join(folder, 'one.md'), GOOD);
  writeFileSync(join(folder, 'README.md'), '| night | 40 drones over Kursk Oblast |\n');
  writeFileSync(join(folder, 'LICENSE'), 'MIT');
  writeFileSync(join(folder, '.DS_Store'), 'x');
  const r = await inProcess([
    'ingest',
    '--quiet',
    '--db',
    join(dir, 'skip.db'),
    '--published',
    '2025-05-07T08:00:00+03:00',
    folder,
  ]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /1 ingested .* 3 skipped/);
  assert.match(r.err, /skipped: .*README\.md: not a report/);
  assert.match(r.err, /skipped: .*LICENSE: not a report/);
  assert.match(r.err, /skipped: .*\.DS_Store: hidden file/);
});

test('sources lists the registry with the state of each source; without a database, every source is never polled', async () => {
  const none = await inProcess(['sources', '--db', join(dir, 'no-such.db'), 'samples/sources.yaml']);
  assert.equal(none.code, 0);
  assert.match(none.out, /no database at .*no-such\.db yet/);
  assert.match(none.out, /kursk-governor\s+telegram\s+governor Alexander Khinshtein RU-KRS\s+never\s+0/);
  assert.equal(existsSync(join(dir, 'no-such.db')), false);
  const json = JSON.parse(
    (await inProcess(['sources', '--json', '--db', join(dir, 'no-such.db'), 'samples/sources.yaml'])).out,
  ) as {
    id: string;
  }[];
  assert.deepEqual(
    json.map((r) => r.id),
    ['kursk-governor', 'kharkiv-mayor', 'example-daily', 'example-wire', 'example-agency'],
  );
  await assert.rejects(runCommand(['sources', join(dir, 'missing.yaml')]), /cannot read .*missing\.yaml: no such file/);
});

test('eval: a path that does not exist, real-text labels without --texts, and a broken set are usage errors with a hint', async () => {
  await assert.rejects(runCommand(['eval', '--gold', join(dir, 'nowhere')]), (e: unknown) => {
    assert.ok(e instanceof UsageError);
    assert.match(e.message, /--gold .*nowhere: no such file or folder/);
    return true;
  });
  const real = join(dir, 'real-labels');
  mkdirSync(real, { recursive: true });
  writeFileSync(
    join(real, 'set.jsonl'),
    `${JSON.stringify({ ref: 'set/1', split: 'dev', lang: 'en', shape: 'negative', facts: [] })}\n`,
  );
  await assert.rejects(runCommand(['eval', '--gold', real]), (e: unknown) => {
    assert.ok(e instanceof UsageError);
    assert.match(e.message, /by reference .*--texts/);
    return true;
  });
  const broken = join(dir, 'broken.jsonl');
  writeFileSync(broken, Array.from({ length: 30 }, (_, i) => JSON.stringify({ nope: i })).join('\n'));
  await assert.rejects(runCommand(['eval', '--gold', broken]), (e: unknown) => {
    assert.ok(e instanceof UsageError);
    assert.match(e.message, /gold set is invalid \(\d+ problems\)/);
    assert.match(e.message, /… and \d+ more$/);
    assert.ok(e.message.split('\n').length <= 22);
    return true;
  });
});

test('incidents with --since after --until is a usage error naming the slip, not an empty list', async () => {
  await assert.rejects(
    runCommand([
      'incidents',
      '--db',
      join(dir, 'none.db'),
      '--since',
      '2025-05-08T00:00:00Z',
      '--until',
      '2025-05-07T00:00:00Z',
    ]),
    (e: unknown) => {
      assert.ok(e instanceof UsageError);
      assert.match(e.message, /--until .* is before since .*the window is empty/);
      return true;
    },
  );
});

test('ingest --time-zone writes a Telegram export in that zone, so an English post\u2019s overnight is its night', async () => {
  const folder = join(dir, 'tz-export');
  mkdirSync(folder);
  const exportFile = join(folder, 'result.json');
  writeFileSync(
    exportFile,
    JSON.stringify({
      name: 'Example Wire',
      type: 'public_channel',
      id: 42,
      messages: [
        {
          id: 7,
          type: 'message',
          date: '2025-06-02T07:15:00',
          // 04:15 UTC, 07:15 in Moscow
          date_unixtime: '1748837700',
          text: 'Air defences destroyed 25 drones over Bryansk Oblast overnight, the governor said.',
        },
      ],
    }),
  );
  const when = async (db: string, extra: string[]) => {
    assert.equal((await inProcess(['ingest', '--quiet', '--db', db, ...extra, exportFile])).code, 0);
    const [incident] = JSON.parse((await inProcess(['incidents', '--db', db, '--format', 'json'])).out) as {
      when: { start: string; end: string };
    }[];
    return incident!.when;
  };
  assert.deepEqual(await when(join(dir, 'tz-utc.db'), []), {
    start: '2025-06-01T21:00:00+00:00',
    end: '2025-06-02T07:00:00+00:00',
    precision: 'night',
  });
  assert.deepEqual(await when(join(dir, 'tz-msk.db'), ['--time-zone', 'Europe/Moscow']), {
    start: '2025-06-01T21:00:00+03:00',
    end: '2025-06-02T07:00:00+03:00',
    precision: 'night',
  });
  await assert.rejects(
    inProcess(['ingest', '--time-zone', 'Mars/Olympus', exportFile]),
    /--time-zone takes a time zone/,
  );
});
