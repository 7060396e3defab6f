// User trial 40, defect 4: a ministry's count told jointly over two regions was in no incident and `status` called it
// an effect told with no attack. Every text is invented.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fixmod40-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function out(args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  const error = mock.method(console, 'error', () => {});
  try {
    await runCommand(args);
    return lines.join('\n');
  } finally {
    log.mock.restore();
    error.mock.restore();
  }
}

test('a count told jointly over two regions is listed on their incidents, and status says what it is', async () => {
  const db = join(dir, 'joint.db');
  const post = join(dir, 'joint.md');
  writeFileSync(
    post,
    '---\npublished: 2025-04-03T07:30:00+03:00\nsource: Минобороны России\n---\nМинувшей ночью дежурными средствами ПВО уничтожены два украинских беспилотника над территориями Орловской и Тульской областей.\n',
  );
  await out(['ingest', '--db', db, post]);
  const status = await out(['status', '--db', db]);
  assert.match(status, /2 incident\(s\)/);
  assert.doesNotMatch(status, /in no incident \(/);
  assert.doesNotMatch(status, /effects told with no attack/);
  assert.match(
    status,
    /^1 total\(s\) over several regions, in no incident of their own: each is listed under `aggregates`/m,
  );

  const list = JSON.parse(await out(['incidents', '--db', db, '--format', 'json'])) as {
    id: string;
    region: { code: string };
  }[];
  const orel = list.find((i) => i.region?.code === 'RU-ORL');
  assert.ok(orel, JSON.stringify(list));
  const explained = await out(['explain', '--db', db, orel.id]);
  assert.match(
    explained,
    /aggregate 2 uav over .+, .+ together \(.+\) in rep_\w+: told jointly over 2 incident\(s\), none of which shows a number of its own; «Минувшей ночью .+ областей\.»/,
  );
});
