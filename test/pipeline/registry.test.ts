// sources.yaml: rows checked field by field, and a channel's speaker attributed to its unsigned posts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseRegistry } from '../../src/ingest/registry.ts';
import { loadRegistry } from '../../src/pipeline/registry.ts';
import { ingestSourceFiles } from '../../src/pipeline/sources.ts';
import { openStore } from '../../src/store/index.ts';
import { DROPPED_BY_SHIPPED } from '../helpers/learned-drop.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const now = () => new Date('2025-05-25T12:00:00Z');

test('every problem of a sources.yaml is named by its row and field', () => {
  const { registry, errors } = parseRegistry(
    `sources:
  - id: Bad Id
    kind: tv
    url: ftp://x
  - { id: a, kind: feed }
  - { id: a, kind: feed, path: x.xml, poll: soon, time_zone: Mars/Olympus, speaker: { role: king }, colour: red }
  - { id: ok, kind: html, url: "https://example.org/a", poll: 10s, speaker: { person: P, role: mayor } }
`,
    '/base',
  );
  assert.deepEqual(errors, [
    'source 1 (Bad Id): "id" is required: lower-case letters, digits, - and _',
    'source 1 (Bad Id): "kind" must be one of text, html, feed, telegram, jsonl',
    'source 1 (Bad Id): "url" must be an http(s) URL (files go under "path")',
    'source 2 (a): give a "url" or a "path"',
    'source 3 (a): "colour" is not a known field',
    'source 3 (a): "id" is used by an earlier source',
    'source 3 (a): "time_zone" is not a time zone name (e.g. Europe/Moscow)',
    'source 3 (a): "poll" must be seconds or like 30s, 10m, 1h',
    'source 3 (a): "speaker.role" must be one of governor, mayor, ministry, air_force, military_administration, emergency_service, aviation_authority, official, media',
  ]);
  assert.deepEqual(
    registry.sources.map((s) => [s.id, s.poll_seconds, s.speaker]),
    [['ok', 10, { person: 'P', role: 'mayor', region: null }]],
  );
  assert.deepEqual(parseRegistry('sources: [', '/').errors.length, 1);
  assert.deepEqual(parseRegistry('x: 1', '/').errors, ['expected a top-level "sources:" list']);
});

test("a post that names no speaker is its channel's speaker's, with the evidence saying so; a forward is not", async () => {
  const registry = await loadRegistry(join(SAMPLES, 'sources.yaml'));
  const row = registry.sources.find((s) => s.id === 'kursk-governor')!;
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestSourceFiles(store, row, { now });
  assert.equal(summary.counts.ingested, 3);
  assert.equal(summary.counts.skipped, 2);
  const byText = async (start: string) => {
    const o = summary.outcomes.find((x) => x.status === 'ingested' && x.input.endsWith(start))!;
    return { report: (await store.getReport(o.report_id!))!, facts: await store.getFactsByReport(o.report_id!) };
  };
  const unsigned = await byText('/101');
  assert.equal(unsigned.report.publisher, 'Kursk Governor');
  assert.equal(unsigned.report.url, 'https://t.me/example_kursk_governor/101');
  assert.equal(unsigned.report.published_at, '2025-05-25T04:05:00+03:00');
  const fact = unsigned.facts.find((f) => f.kind === 'interception')!;
  assert.deepEqual(fact.claimant, { name: 'Alexander Khinshtein', role: 'governor', channel: 'Telegram' });
  assert.deepEqual(fact.fields.claimant, { start: 0, end: 0, text: '', inferred: true, from: 'publisher' });
  assert.equal(fact.region?.code, 'RU-KRS');
  const forward = await byText('/104');
  assert.equal(forward.report.forwarded_from, 'https://t.me/example_mod/8801');
  for (const f of forward.facts) assert.notEqual(f.claimant?.name, 'Alexander Khinshtein');
  // The channel's state: items seen, last success.
  const state = (await store.getSourceStates()).get('kursk-governor')!;
  assert.equal(state.items_seen, 3);
  assert.equal(state.last_success_at, now().toISOString());
  // A second round reads nothing again.
  const again = await ingestSourceFiles(store, row, { now });
  assert.equal(again.counts.ingested, 0);
  assert.equal(again.counts.duplicate, 3);
  await store.close();
});

test('a city as the speaker region: an unsigned Kharkiv mayor post', async () => {
  const registry = await loadRegistry(join(SAMPLES, 'sources.yaml'));
  const row = registry.sources.find((s) => s.id === 'kharkiv-mayor')!;
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestSourceFiles(store, row, { now });
  const facts = await store.getFactsByReport(summary.outcomes[0]!.report_id!);
  assert.ok(facts.length > 0);
  for (const f of facts) {
    assert.deepEqual(f.claimant, { name: 'Ihor Terekhov', role: 'mayor', channel: 'Kharkiv Mayor' });
    assert.equal(f.region?.code, 'UA-63');
  }
  await store.close();
});

test('a crash between storing a report and remembering its item: the next round finds it a duplicate', async () => {
  const { ingestBytes } = await import('../../src/pipeline/ingest.ts');
  const { ingestSourceDocument } = await import('../../src/pipeline/sources.ts');
  const registry = await loadRegistry(join(SAMPLES, 'sources.yaml'));
  const row = registry.sources.find((s) => s.id === 'example-agency')!;
  const store = await openStore({ url: ':memory:' });
  const doc = {
    input: 'https://example.org/agency/x',
    bytes: new TextEncoder().encode('Air defences destroyed 4 drones over Tula Oblast overnight, the governor said.'),
    url: 'https://example.org/agency/x',
    published: '2025-05-25T07:00:00+03:00',
    key: 'x',
  };
  // The first run stored the report and died before remembering the item.
  await ingestBytes(store, doc.bytes, { input: doc.input, url: doc.url, published: doc.published, now: now() });
  const outcome = await ingestSourceDocument(store, row, doc, 'raw', { now });
  assert.equal(outcome.status, 'duplicate');
  assert.equal(await store.countReports(), 1);
  assert.equal((await store.getSourceItem('example-agency', 'x'))?.report_id, outcome.report_id);
  await store.close();
});

test('a source ingested with learned: true (sitrep watch --learned) gets the learned step; by default the rules alone', async () => {
  // A kindergarten's opening that recalls last year's damage (test/helpers/learned-drop.ts): the rules read the damage,
  // the shipped model reads no event and drops it (told in a warning). The flag must reach extraction.
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-learned-'));
  try {
    writeFileSync(join(dir, 'r.txt'), `${DROPPED_BY_SHIPPED}\n`);
    const { registry, errors } = parseRegistry('sources:\n  - { id: t, kind: text, path: r.txt }\n', dir);
    assert.deepEqual(errors, []);
    const kinds = async (learned: boolean) => {
      const store = await openStore({ url: ':memory:' });
      const summary = await ingestSourceFiles(store, registry.sources[0]!, { now, learned });
      const id = summary.outcomes.find((o) => o.status === 'ingested')!.report_id!;
      const facts = await store.getFactsByReport(id);
      await store.close();
      return facts.map((f) => f.kind);
    };
    assert.deepEqual(await kinds(false), ['damage']);
    assert.deepEqual(await kinds(true), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('speaker.region is checked as --region is: a value that names no region is one line naming the source and field (ux33 #10)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-speaker-region-'));
  try {
    const yaml = (region: string) =>
      `sources:\n  - id: orel-gov\n    kind: text\n    path: post.md\n    speaker: { role: governor, region: ${region} }\n`;
    writeFileSync(join(dir, 'bad.yaml'), yaml('Xyzzy'));
    await assert.rejects(loadRegistry(join(dir, 'bad.yaml')), (e: Error) => {
      assert.match(e.message, /source 1 \(orel-gov\): "speaker\.region" "Xyzzy" matches no region/);
      return true;
    });
    // What --region takes passes: a code in any case, names in three languages, the short «Орловская».
    for (const ok of [
      'RU-ORL',
      'ru-orl',
      'Oryol',
      'Oryol Oblast',
      'Орловская область',
      'Орловская',
      'Орловська область',
    ]) {
      writeFileSync(join(dir, 'ok.yaml'), yaml(ok));
      const registry = await loadRegistry(join(dir, 'ok.yaml'));
      assert.equal(registry.sources[0]?.speaker?.region, ok);
    }
    // And places a post that names no place in that region, as a code does.
    writeFileSync(join(dir, 'post.md'), 'Ночью над территорией области уничтожены два беспилотника.\n');
    for (const value of ['Орловская', 'ru-orl']) {
      writeFileSync(join(dir, 'ok.yaml'), yaml(value));
      const [row] = (await loadRegistry(join(dir, 'ok.yaml'))).sources;
      const store = await openStore({ url: ':memory:' });
      const summary = await ingestSourceFiles(store, row!, { now });
      const facts = await store.getFactsByReport(summary.outcomes[0]!.report_id!);
      assert.ok(facts.length > 0, value);
      for (const f of facts) assert.equal(f.region?.code, 'RU-ORL', `${value}: ${JSON.stringify(f.region)}`);
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
