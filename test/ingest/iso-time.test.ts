// One reading of a stated time with an offset for every entrance (ux40 #9): RFC 3339's space for the T, as Python's
// str(datetime) writes it, is a time with an offset like any other, and a value that really lacks its offset is told
// what to add.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/api/app.ts';
import { missingOffsetHint, readIsoWithOffset } from '../../src/core/iso-time.ts';
import type { IngestOutcome } from '../../src/core/types.ts';
import { parseJsonLines } from '../../src/ingest/sources/jsonl/parse.ts';
import { toIsoWithOffset } from '../../src/ingest/zoned-time.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const TEXT = 'Overnight air defences destroyed 4 drones over Belgorod Oblast, the governor said.';

test('a space, a lower-case t or z, an offset without its colon and microseconds all read as one stored form', () => {
  assert.equal(readIsoWithOffset('2025-06-11 05:10:00+00:00'), '2025-06-11T05:10:00+00:00');
  assert.equal(readIsoWithOffset(' 2025-06-11t05:10z '), '2025-06-11T05:10Z');
  assert.equal(readIsoWithOffset('2025-06-11 08:10:00+0300'), '2025-06-11T08:10:00+03:00');
  assert.equal(readIsoWithOffset('2023-05-04 05:39:59.895857+00:00'), '2023-05-04T05:39:59.895857+00:00');
  assert.equal(toIsoWithOffset('2025-06-11 05:10:00+00:00', 'Europe/Kyiv'), '2025-06-11T05:10:00+00:00');
  for (const no of ['2025-06-11 05:10:00', '2025-06-11', '2025-02-30 07:00+03:00', '2025-06-11 24:00Z', '11 June']) {
    assert.equal(readIsoWithOffset(no), null, no);
  }
  assert.equal(readIsoWithOffset('2025-06-11  05:10Z'), null, 'two spaces are no RFC 3339 separator');
});

test("an hour-only offset (PostgreSQL's timestamptz text, ISO 8601 ±hh) reads as whole hours", () => {
  assert.equal(readIsoWithOffset('2025-06-11 05:10:00+00'), '2025-06-11T05:10:00+00:00');
  assert.equal(readIsoWithOffset('2025-06-11T08:10:00.25-03'), '2025-06-11T08:10:00.25-03:00');
  assert.equal(toIsoWithOffset('2025-06-11 05:10:00+00', 'Europe/Kyiv'), '2025-06-11T05:10:00+00:00');
  assert.equal(readIsoWithOffset('2025-06-11 05:10:00+15'), null, 'no offset past 14 hours');
  assert.equal(readIsoWithOffset('2025-06-11 05:10:00+3'), null, 'an hour needs two digits');
});

test('a value without an offset is told what to add; one that is no date gets no such hint', () => {
  assert.equal(
    missingOffsetHint('2025-06-11 05:10:00'),
    'has no UTC offset: add one, e.g. 2025-06-11T05:10:00+03:00, or Z for UTC',
  );
  assert.match(missingOffsetHint('2025-06-11')!, /day without a time/);
  assert.equal(missingOffsetHint('2025-06-11 05:10:00+00:00'), null);
  assert.equal(missingOffsetHint('yesterday'), null);
});

test('JSON Lines: a spaced published_at is read; a really offset-less one fails with what to add', () => {
  const lines = [
    { text: TEXT, published_at: '2025-06-11 05:10:00+00:00' },
    { text: TEXT.replace('4', '5'), published_at: '2025-06-11 05:10:00' },
  ];
  const parsed = parseJsonLines(new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join('\n')), {
    input: 'x.jsonl',
  });
  assert.equal(parsed.documents[0]?.published, '2025-06-11T05:10:00+00:00');
  assert.equal(parsed.failures.length, 1);
  assert.match(parsed.failures[0]!.message, /line 2: .* has no UTC offset: add one, e\.g\. 2025-06-11T05:10:00\+03:00/);
  assert.doesNotMatch(parsed.failures[0]!.message, /has no offset;/);
});

test('front matter, --published and the API read the spaced form too, and store it with a T', async () => {
  const front = prepareReport(new TextEncoder().encode(`---\npublished: 2025-06-11 08:10:00+03:00\n---\n${TEXT}`), {
    input: 'post.md',
    lang: 'en',
    now: new Date('2025-06-11T12:00:00+03:00'),
  });
  assert.ok(front.ok);
  assert.equal(front.report.published_at, '2025-06-11T08:10:00+03:00');
  assert.deepEqual(front.warnings, []);

  const cli = spawnSync(
    process.execPath,
    [bin, 'extract', '--lang', 'en', '--published', '2025-06-11 08:10:00+03:00', '-'],
    {
      input: TEXT,
      encoding: 'utf8',
    },
  );
  assert.equal(cli.status, 0, cli.stderr);
  const bare = spawnSync(process.execPath, [bin, 'extract', '--published', '2025-06-11 08:10', '-'], {
    input: TEXT,
    encoding: 'utf8',
  });
  assert.equal(bare.status, 2);
  assert.match(
    bare.stderr,
    /--published "2025-06-11 08:10" has no UTC offset: add one, e\.g\. 2025-06-11T08:10\+03:00/,
  );

  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now: () => new Date('2025-06-11T12:00:00+03:00') });
  const post = (published_at: string) =>
    app.request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: TEXT, published_at }),
    });
  const created = await post('2025-06-11 08:10:00+03:00');
  assert.equal(created.status, 201);
  const { report_id } = (await created.json()) as IngestOutcome;
  const report = (await (await app.request(`/api/reports/${report_id}`)).json()) as { published_at: string };
  assert.equal(report.published_at, '2025-06-11T08:10:00+03:00');
  const refused = await post('2025-06-11 08:10:00');
  assert.equal(refused.status, 400);
  assert.match(((await refused.json()) as { error: string }).error, /has no UTC offset: add one/);
  await store.close();
});
