// ux39b #9: `sitrep explain` on an id merged into another said "no incident" where the API answers 301 with where
// it went. Posts are ours.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-explain-merged-'));
after(() => rmSync(dir, { recursive: true, force: true }));

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

test('explain of a merged-away id says where it went and explains that incident', async () => {
  const db = join(dir, 'm.db');
  const first = join(dir, 'first.jsonl');
  const second = join(dir, 'second.jsonl');
  const governor = { person: 'Максим Егоров', role: 'governor', region: 'RU-TAM' };
  writeFileSync(
    first,
    [
      {
        text: 'Около 23:05 над Тамбовом силами ПВО сбит беспилотник. Пострадавших нет.',
        published_at: '2025-09-14T23:20:00+03:00',
        source: 'Максим Егоров',
        url: 'https://t.me/gov_demo/5',
        speaker: governor,
      },
      {
        text: 'Около 04:40 над Мичуринским районом Тамбовской области сбиты два беспилотника, пишут местные жители.',
        published_at: '2025-09-15T05:00:00+03:00',
        source: 'Тамбов Онлайн',
        url: 'https://t.me/tmb_demo/9',
      },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );
  writeFileSync(
    second,
    JSON.stringify({
      text: 'За прошедшую ночь над территорией Тамбовской области дежурными средствами ПВО уничтожены три украинских беспилотных летательных аппарата.',
      published_at: '2025-09-15T07:20:00+03:00',
      source: 'Минобороны России',
      url: 'https://t.me/mod_demo/41',
      speaker: { role: 'ministry' },
    }),
  );
  assert.equal((await inProcess(['ingest', '--quiet', '--db', db, first])).code, 0);
  assert.equal((await inProcess(['ingest', '--quiet', '--db', db, second])).code, 0);
  const store = await openStore({ url: db });
  const revisions = await store.listRevisions();
  await store.close();
  const merged = revisions.find((r) => r.action === 'merge');
  assert.ok(merged?.merged?.[0], 'the second batch merges two incidents');
  const gone = merged.merged[0];
  const survivor = merged.incident_id;
  const r = await inProcess(['explain', '--db', db, gone]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`${gone} was merged into ${survivor} at revision \\d+`));
  assert.match(r.out, new RegExp(`^${survivor}: interception`));
  const json = await inProcess(['explain', '--db', db, '--json', gone]);
  assert.equal(JSON.parse(json.out).id, survivor);
  // An id the store never knew is still no incident.
  const none = await inProcess(['explain', '--db', db, 'inc_0000000000000000']);
  assert.equal(none.code, 1);
  assert.match(none.err, /no incident inc_0000000000000000/);
});
