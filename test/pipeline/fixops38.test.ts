// The operator's defects of trial ux38: a feed file cut short fails as a broken feed naming the file (#8); a JSONL
// export's `channel` is its publisher (#9); a YAML error keeps the lines it quotes (#11); a file source's round goes
// through the bulk stream, says how far it has come, and a signal stops it reading further files (#7).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseRegistry } from '../../src/ingest/registry.ts';
import { parseSource } from '../../src/ingest/sources/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import type { RoundProgress } from '../../src/pipeline/sources.ts';
import { progressLine, stoppingLine, watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fixops38-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const enc = (s: string) => new TextEncoder().encode(s);

const ITEM = (n: number) =>
  `<item><title>Drones over Bryansk ${n}</title><link>https://wire.example.org/${n}</link>` +
  `<pubDate>Tue, 10 Jun 2025 07:0${n}:00 +0300</pubDate>` +
  `<description>Air defences destroyed ${n + 2} drones over Bryansk Oblast overnight, the governor said.</description></item>`;
const HEAD = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>';

test('a feed file cut short fails naming the file; its whole items are kept, the cut one is not', () => {
  const cut = parseSource('feed', enc(`${HEAD}${ITEM(1)}${ITEM(2)}<item><title>Drones ov`), { input: 'wire.rss' });
  assert.deepEqual(
    cut.documents.map((d) => d.url),
    ['https://wire.example.org/1', 'https://wire.example.org/2'],
  );
  const whole = cut.failures.filter((f) => f.input === 'wire.rss');
  assert.equal(whole.length, 1, JSON.stringify(cut.failures));
  assert.match(
    whole[0]!.message,
    /^broken feed: the file ends before its closing <\/rss> .*2 whole item\(s\) read; the item it ends in is not stored$/,
  );
  // Cut inside its only item: nothing stored, one failure (not also "the feed has no items").
  const bare = parseSource('feed', enc('<rss><channel><item><title>x</title>'), { input: 'short.rss' });
  assert.equal(bare.documents.length, 0);
  assert.equal(bare.failures.length, 1);
  assert.match(bare.failures[0]!.message, /^broken feed: .*<\/rss>/);
  // An Atom feed cut after its entry, and a whole feed: the first fails, the second does not.
  const atom = parseSource(
    'feed',
    enc('<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><id>1</id><title>Drones</title></entry>'),
    { input: 'w.atom' },
  );
  assert.match(atom.failures[0]?.message ?? '', /<\/feed>/);
  assert.deepEqual(parseSource('feed', enc(`${HEAD}${ITEM(1)}</channel></rss>\n`), { input: 'ok.rss' }).failures, []);
});

test('ingest of a cut feed exits as a failure naming the file', async () => {
  const store = await openStore({ url: ':memory:' });
  const path = join(dir, 'cut.rss');
  writeFileSync(path, '<rss><channel><item><title>x</title>');
  const summary = await ingestPaths(store, [path], { now: () => new Date('2025-06-10T09:00:00Z'), workers: 0 });
  assert.deepEqual([summary.counts.ingested, summary.counts.failed], [0, 1]);
  assert.equal(summary.outcomes[0]!.input, path);
  await store.close();
});

test("a JSONL line's channel is its publisher when it names no source", () => {
  const parsed = parseSource(
    'jsonl',
    enc(
      '{"text": "Air defences destroyed 5 drones.", "channel": "@desk_channel"}\n' +
        '{"text": "Air defences destroyed 6 drones.", "channel": "@desk_channel", "source": "Desk"}\n',
    ),
    { input: 'posts.jsonl' },
  );
  assert.deepEqual(
    parsed.documents.map((d) => d.publisher),
    ['@desk_channel', 'Desk'],
  );
  assert.match(
    parseSource('jsonl', enc('{"text": "x", "channel": 5}\n'), { input: 'p.jsonl' }).failures[0]!.message,
    /"channel" must be a string/,
  );
});

test('a YAML error quotes the lines around the fault and points at it', () => {
  const { errors } = parseRegistry('sources:\n  - id: a\n   kind: text\n', '/base');
  assert.equal(errors.length, 1);
  const lines = errors[0]!.split('\n');
  assert.match(lines[0]!, /^not valid YAML: .* at line 3, column \d+:$/);
  assert.ok(
    lines.some((l) => l.trim() === 'kind: text'),
    errors[0],
  );
  assert.ok(
    lines.some((l) => l.trim() === '^'),
    errors[0],
  );
});

test("a file source's round says how far it has come, and what a signal leaves under way", async () => {
  const folder = join(dir, 'desk');
  mkdirSync(folder);
  for (let i = 0; i < 3; i++) {
    writeFileSync(
      join(folder, `r${i}.md`),
      `---\npublished: 2025-06-1${i}T08:00:00+03:00\nsource: Desk ${i}\nlang: en\n---\n` +
        `Air defences destroyed ${i + 3} drones over Kursk Oblast overnight, the governor said.\n`,
    );
  }
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('desk', folder, { kind: 'text' });
  const seen: RoundProgress[] = [];
  const [r] = await watchSources(store, [row], {
    now: () => new Date('2025-06-13T09:00:00Z'),
    random: () => 0.5,
    allow: new Set(),
    once: true,
    workers: 0,
    onProgress: (id, p) => {
      assert.equal(id, 'desk');
      seen.push({ ...p, counts: { ...p.counts } });
    },
  });
  assert.equal(r!.new, 3);
  assert.deepEqual(
    seen.map((p) => [p.done, p.total, p.counts.ingested]),
    [
      [1, 3, 1],
      [2, 3, 2],
      [3, 3, 3],
    ],
  );
  assert.equal(progressLine('desk', seen[1]!), 'desk: 2 of 3 item(s) read so far (2 new, 0 seen, 0 failed)');
  // Stopped during that round: one line at once, naming it and how far it came; between rounds, none.
  const line = stoppingLine('SIGTERM', new Map([['desk', seen[1]!]]));
  assert.match(line ?? '', /^SIGTERM: finishing the round under way \(desk: 2 of 3 item\(s\) read \(2 new/);
  assert.match(line ?? '', /no further file is read/);
  assert.equal(stoppingLine('SIGTERM', new Map()), null);
  // The round again: every item is remembered, so all are seen, none stored twice.
  const [again] = await watchSources(store, [row], {
    now: () => new Date('2025-06-13T09:10:00Z'),
    random: () => 0.5,
    allow: new Set(),
    once: true,
    workers: 0,
  });
  assert.deepEqual([again!.new, again!.seen], [0, 3]);
  await store.close();
});

test('a round told to stop reads no further file; the next round reads them', async () => {
  const folder = join(dir, 'desk2');
  mkdirSync(folder);
  for (let i = 0; i < 2; i++) {
    writeFileSync(
      join(folder, `r${i}.md`),
      `---\npublished: 2025-06-1${i}T08:00:00+03:00\nsource: Desk\nlang: en\n---\n` +
        `Air defences destroyed ${i + 7} drones over Oryol Oblast overnight, the governor said.\n`,
    );
  }
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('desk2', folder, { kind: 'text' });
  const stop = new AbortController();
  stop.abort();
  const opts = { random: () => 0.5, allow: new Set<never>(), once: true, workers: 0 };
  const [cut] = await watchSources(store, [row], {
    ...opts,
    now: () => new Date('2025-06-13T09:00:00Z'),
    signal: stop.signal,
  });
  assert.equal(cut!.new, 0);
  const [rest] = await watchSources(store, [row], { ...opts, now: () => new Date('2025-06-13T09:10:00Z') });
  assert.equal(rest!.new, 2);
  await store.close();
});
