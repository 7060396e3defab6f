// ux31 #9: a JSON Lines line names who speaks with its own `speaker` (the mapping a sources.yaml row takes); its
// `source` stays a publisher's name that names no one. So a body's bulletin and a wire's attributed rewrite of it are
// one voice. Every text is invented.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseJsonLines } from '../../src/ingest/sources/jsonl/parse.ts';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-speaker-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2026-04-08T12:00:00Z');

const bulletin = {
  text: 'Overnight on April 8, Russia attacked with 64 attack drones. Air defence destroyed 52 drones.',
  published_at: '2026-04-08T09:00:00+03:00',
  source: 'Ukrainian Air Force',
  url: 'https://example.org/bulletin/0408',
  lang: 'en',
};
const rewrite = {
  text: "Ukraine's air force said 52 of 64 Russian drones were shot down overnight.",
  published_at: '2026-04-08T10:40:00+03:00',
  source: 'Example Wire',
  url: 'https://example.com/wire/0408',
  lang: 'en',
};

async function ingest(lines: object[]) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [path], { now });
  return { store, summary };
}

test('#9: a line\'s "speaker" is the claimant of what its text attributes to no one; "source" alone is not', async () => {
  const roles = async (line: object) => {
    const { store, summary } = await ingest([line]);
    const [done] = summary.outcomes.filter((o) => o.status === 'ingested');
    assert.ok(done, JSON.stringify(summary.outcomes));
    return (await store.getFactsByReport(done.report_id!)).map((f) => f.claimant?.role ?? null);
  };
  const plain = await roles(bulletin);
  assert.ok(plain.length > 0 && plain.every((r) => r === null), JSON.stringify(plain));
  const said = await roles({ ...bulletin, speaker: { role: 'air_force' } });
  assert.ok(said.length > 0 && said.every((r) => r === 'air_force'), JSON.stringify(said));
});

test("#9: the body's bulletin with its speaker and a wire's attributed rewrite are one voice", async () => {
  const { store } = await ingest([{ ...bulletin, speaker: { role: 'air_force' } }, rewrite]);
  const incidents = await store.listIncidents();
  const drones = incidents.filter((i) => i.kind === 'interception');
  assert.equal(drones.length, 1, JSON.stringify(drones.map((i) => i.id)));
  assert.equal(drones[0]!.corroboration.voices, 1, JSON.stringify(drones[0]!.corroboration));
  assert.equal(drones[0]!.corroboration.status, 'single_origin');
});

test('#9: a speaker that is no mapping of a known role fails its line, naming the field', () => {
  const bytes = new TextEncoder().encode(
    `${JSON.stringify({ ...bulletin, speaker: 'Air Force' })}\n${JSON.stringify({ ...bulletin, speaker: { role: 'general' } })}\n`,
  );
  const parsed = parseJsonLines(bytes, { input: 'x.jsonl' });
  assert.equal(parsed.documents.length, 0);
  assert.equal(parsed.failures.length, 2);
  for (const f of parsed.failures) assert.match(f.message, /"speaker" must be/);
});
