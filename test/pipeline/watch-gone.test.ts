// ux35 #8: a post deleted from a complete export that watch re-reads (a JSONL or Telegram export) is named once as
// gone from its source, with its report's id; its report stays (a deletion is not a retraction of its figure), and
// the post coming back is seen again, not stored twice. A feed lists only its newest items, so it is never checked.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { GONE } from '../../src/pipeline/sources.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gone-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const A =
  '{"text": "Air defences destroyed 6 drones over Tambov Oblast overnight, the governor said.", "published_at": "2025-06-09T07:50:00+03:00", "url": "https://agency.example.org/t1"}';
const B =
  '{"text": "A drone hit a warehouse in Michurinsk overnight, the governor said.", "published_at": "2025-06-09T08:10:00+03:00", "url": "https://agency.example.org/t2"}';

test('a line deleted from a JSONL export is named gone once; its report stays; back again, it is seen', async () => {
  const path = join(dir, 'agency.jsonl');
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('agency', path, { kind: 'jsonl', poll_seconds: 30 });
  let t = Date.parse('2026-11-10T09:00:00Z');
  const round = async () => {
    t += 60_000;
    const [r] = await watchSources(store, [row], {
      now: () => new Date(t),
      random: () => 0.5,
      allow: new Set(),
      once: true,
    });
    return r!;
  };
  writeFileSync(path, `${A}\n${B}\n`);
  assert.equal((await round()).new, 2);
  writeFileSync(path, `${A}\n`);
  const r2 = await round();
  assert.deepEqual([r2.new, r2.seen, r2.gone, r2.failed], [0, 1, 1, 0]);
  const logged = (await store.listOutcomes({ limit: 10 })).find((o) => o.message?.startsWith(GONE));
  assert.ok(logged?.report_id, 'the gone post names its report');
  assert.match(logged.message!, new RegExp(`its report ${logged.report_id} stays`));
  assert.equal(await store.countReports(), 2);
  // Named once, not every round.
  assert.equal((await round()).gone, 0);
  writeFileSync(path, `${A}\n${B}\n`);
  const r4 = await round();
  assert.deepEqual([r4.new, r4.updated, r4.seen, r4.gone], [0, 0, 2, 0]);
  assert.equal(await store.countReports(), 2);
  await store.close();
});

test('an item no longer listed by a feed file is not named gone: feeds list only their newest items', async () => {
  const path = join(dir, 'wire.rss');
  const item = (id: string, text: string) =>
    `<item><title>${id}</title><guid>${id}</guid><pubDate>Mon, 09 Jun 2025 07:00:00 +0300</pubDate><description>${text}</description></item>`;
  const feed = (...items: string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${items.join('')}</channel></rss>`;
  const one = item('w1', 'Air defences destroyed 6 drones over Tambov Oblast overnight, the governor said.');
  const two = item('w2', 'A drone hit a warehouse in Michurinsk overnight, the governor said.');
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('wire', path, { kind: 'feed' });
  const t = Date.parse('2026-11-10T09:00:00Z');
  writeFileSync(path, feed(two, one));
  await watchSources(store, [row], { now: () => new Date(t), random: () => 0.5, allow: new Set(), once: true });
  writeFileSync(path, feed(two));
  const [r] = await watchSources(store, [row], {
    now: () => new Date(t + 60_000),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  assert.equal(r?.gone, 0);
  await store.close();
});
