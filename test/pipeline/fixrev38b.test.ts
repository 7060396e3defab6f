// Review 38b of fixops38: a new file with the text an edit gave another report (FOREIGN KEY, every round); feeds
// with a tag in a comment before the root, or a CDATA holding the root's end tag.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseSource } from '../../src/ingest/sources/index.ts';
import { stoppedAtOnceLine, watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fixrev38b-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const enc = (s: string) => new TextEncoder().encode(s);
const post = (published: string, body: string) => `---\npublished: ${published}\nlang: en\n---\n${body}\n`;

for (const rounds of [1, 2]) {
  test(`a new file with the text an edit gave another report is a duplicate of it (${rounds} round(s))`, async () => {
    const folder = join(dir, `edit${rounds}`);
    mkdirSync(folder);
    const before = 'Air defences destroyed 6 drones over Tambov Oblast overnight, the governor said.';
    const after = 'Air defences destroyed 9 drones over Tambov Oblast overnight, the governor said.';
    writeFileSync(join(folder, 'a.md'), post('2025-06-10T08:00:00+03:00', before));
    const store = await openStore({ url: ':memory:' });
    const row = fileFeedRow('desk', folder, { kind: 'text' });
    const opts = { random: () => 0.5, allow: new Set<never>(), once: true, workers: 0 };
    const round = async (at: string) => (await watchSources(store, [row], { ...opts, now: () => new Date(at) }))[0]!;
    await round('2025-06-10T09:00:00Z');
    writeFileSync(join(folder, 'a.md'), post('2025-06-10T08:00:00+03:00', after));
    if (rounds === 2) assert.equal((await round('2025-06-10T09:10:00Z')).updated, 1);
    // Published earlier than the edited report: the copy becomes its report of record, under the report's own id.
    writeFileSync(join(folder, 'b.md'), post('2025-06-10T07:00:00+03:00', after));
    for (const at of ['2025-06-10T09:20:00Z', '2025-06-10T09:30:00Z']) {
      const r = await round(at);
      assert.equal(r.failed, 0);
      assert.equal(r.error, null);
    }
    assert.equal(await store.countReports(), 1);
    const [report] = await store.listSourceItems('desk');
    assert.ok(report?.report_id);
    assert.equal((await store.getFactsByReport(report.report_id)).length > 0, true);
    await store.close();
  });
}

test('a second signal still prints what the run stored', () => {
  const under = new Map([
    ['desk', { done: 250, total: 900, counts: { ingested: 200, duplicate: 40, failed: 10, skipped: 0, facts: 0 } }],
  ]);
  assert.equal(
    stoppedAtOnceLine('SIGTERM', 7, under),
    'stopped at once by a second SIGTERM: 207 new or edited report(s) stored in this run, 1 round(s) cut short ' +
      '(their nights are resolved next run); start watch again to go on',
  );
  assert.match(
    stoppedAtOnceLine('SIGINT', 3, new Map()),
    /^stopped at once by a second SIGINT: 3 new or edited report\(s\) stored in this run; start/,
  );
});

test("a tag in a comment before the root, or the root's end tag in CDATA, does not fool the cut-feed check", () => {
  const item =
    '<item><title>Drones over Oryol</title><link>https://wire.example.org/1</link>' +
    '<pubDate>Tue, 10 Jun 2025 07:00:00 +0300</pubDate><description><![CDATA[Air defences destroyed 5 drones over ' +
    'Oryol Oblast overnight. <b>Update</b> </rss>]]></description></item>';
  const whole = `<?xml version="1.0"?>\n<!-- built by DeskCMS<br>cache: warm -->\n<rss version="2.0"><channel><title>W</title>${item}</channel></rss>\n`;
  assert.deepEqual(parseSource('feed', enc(whole), { input: 'ok.rss' }).failures, []);
  const cut = parseSource('feed', enc(`<rss version="2.0"><channel><title>W</title>${item}<item><title>Drones ov`), {
    input: 'cut.rss',
  });
  assert.match(cut.failures.find((f) => f.input === 'cut.rss')?.message ?? '', /^broken feed: .*<\/rss>/);
});
