// A Telegram Desktop export is a Telegram channel wherever its file lives: a chat named for a role ("Voronezh
// Governor") makes that role the claimant of the facts its posts attribute to no one, in a folder named anything. A
// JSON Lines row with the same source name is an outlet's and names no one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-claimant-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2025-07-04T12:00:00Z');
const post = 'Ночью над Воронежской областью сбиты 4 беспилотника. Пострадавших нет.';

function exportOf(name: string): string {
  return JSON.stringify({
    name,
    type: 'public_channel',
    id: 7001,
    messages: [{ id: 5, type: 'message', date: '2025-07-04T07:10:00', date_unixtime: '1751602200', text: post }],
  });
}

async function claimantsOf(folder: string, file: string, content: string) {
  const path = join(dir, folder);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, file), content);
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [join(path, file)], { now });
  const ingested = summary.outcomes.filter((o) => o.status === 'ingested');
  assert.equal(ingested.length, 1, JSON.stringify(summary.outcomes));
  const facts = await store.getFactsByReport(ingested[0]!.report_id!);
  assert.ok(facts.length > 0);
  return facts.map((f) => f.claimant?.role ?? null);
}

for (const folder of ['Export', 'voronezh-governor', 'downloads/2025-07', 'telegram/voronezh']) {
  test(`an export of "Voronezh Governor" under ${folder}/ speaks as the governor`, async () => {
    const roles = await claimantsOf(folder, 'result.json', exportOf('Voronezh Governor'));
    assert.ok(
      roles.every((r) => r === 'governor'),
      JSON.stringify(roles),
    );
  });
}

test("an export whose channel's name holds no role names no one", async () => {
  const roles = await claimantsOf('news', 'result.json', exportOf('Voronezh Today'));
  assert.ok(
    roles.every((r) => r === null),
    JSON.stringify(roles),
  );
});

test("a JSON Lines row's source named like the channel is an outlet's name: no claimant", async () => {
  const row = { text: post, published_at: '2025-07-04T07:10:00+03:00', source: 'Voronezh Governor', lang: 'ru' };
  const roles = await claimantsOf('rows', 'rows.jsonl', `${JSON.stringify(row)}\n`);
  assert.ok(
    roles.every((r) => r === null),
    JSON.stringify(roles),
  );
});
