// ux39b #8: an incident that changed (a late confirmation: its report older than the newest source) kept its Atom
// `updated`, the newest publication time, so a feed reader keyed on it missed the change. Lines are ours.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { toAtom } from '../../src/export/atom.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import type { Store } from '../../src/store/index.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-atom-updated-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ministry = JSON.stringify({
  text: 'За прошедшую ночь над территорией Тульской области дежурными средствами ПВО уничтожены три беспилотника.',
  published_at: '2025-09-15T07:05:00+03:00',
  source: 'Минобороны России',
  url: 'https://t.me/mod_demo/8',
  speaker: { role: 'ministry' },
});
const governor = JSON.stringify({
  text: 'Ночью над Тульской областью силами ПВО уничтожены три беспилотника. Пострадавших нет.',
  published_at: '2025-09-15T06:50:00+03:00',
  source: 'Дмитрий Миляев',
  url: 'https://t.me/gov_demo/21',
  speaker: { person: 'Дмитрий Миляев', role: 'governor', region: 'RU-TUL' },
});

async function incidents(store: Store) {
  const out = [];
  for (const key of await store.allNightKeys()) out.push(...(await store.listNightIncidents(key)));
  return out;
}

test("an entry's updated moves when its incident changes, even by a report older than its newest source", async () => {
  const path = join(dir, 'wire.jsonl');
  writeFileSync(path, `${ministry}\n`);
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('wire', path, { kind: 'jsonl' });
  const round = (at: string) =>
    watchSources(store, [row], { now: () => new Date(at), random: () => 0.5, allow: new Set(), once: true });
  await round('2025-09-15T04:10:00Z');
  const [first] = await incidents(store);
  assert.equal(first?.revised_at, '2025-09-15T04:10:00.000Z');
  appendFileSync(path, `${governor}\n`);
  await round('2025-09-15T04:20:00Z');
  const [later] = await incidents(store);
  assert.equal(later?.id, first?.id);
  assert.equal(later?.updated_at, first?.updated_at, 'the newest source is still the ministry post');
  assert.notEqual(later?.corroboration.status, first?.corroboration.status);
  const feed = toAtom([later!], { locate: () => null, regionName: () => undefined, now: new Date(0) });
  assert.match(feed, /<entry>[\s\S]*<updated>2025-09-15T04:20:00\+00:00<\/updated>/);
  // A round that changes nothing leaves it where it was.
  await round('2025-09-15T04:30:00Z');
  const [same] = await incidents(store);
  assert.equal(same?.revised_at, '2025-09-15T04:20:00.000Z');
  await store.close();
});
