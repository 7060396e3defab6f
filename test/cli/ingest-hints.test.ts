// What `ingest` and `status` say of a folder's files: which file gave no facts (not only the folder's total), and
// once per channel that a Telegram channel named after a person names no role, with the way around it (never for an
// outlet's channel, which speaks for no one).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-hints-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function post(published: string, source: string, text: string): string {
  return `---\npublished: ${published}\nsource: ${source}\nlang: ru\n---\n${text}\n`;
}

test('ingest names each file with no facts and hints once per channel that names no role; status lists both', () => {
  const folder = join(dir, 'night');
  mkdirSync(folder);
  const channel = 'Пётр Сидоренко (Telegram)';
  writeFileSync(
    join(folder, '01.md'),
    post('2025-06-10T02:10:00+03:00', channel, 'Над Орлом сбиты 3 беспилотника. Пострадавших нет.'),
  );
  writeFileSync(
    join(folder, '02.md'),
    post('2025-06-10T03:40:00+03:00', channel, 'Над Орлом сбиты ещё 2 беспилотника.'),
  );
  writeFileSync(
    join(folder, '03.md'),
    post('2025-06-10T07:00:00+03:00', 'Орёл сегодня', 'Доброе утро! В городе солнечно, до +24.'),
  );
  // Outlets and aggregators speak for no one (README: an outlet names no speaker): no hint for them.
  writeFileSync(
    join(folder, '04.md'),
    post('2025-06-10T04:00:00+03:00', 'Ньюсач/Двач (Telegram)', 'Над Орлом сбиты 4 беспилотника. Пострадавших нет.'),
  );
  writeFileSync(
    join(folder, '05.md'),
    post('2025-06-10T04:20:00+03:00', 'Новости Орла (Telegram)', 'Над Орлом сбит беспилотник.'),
  );
  const db = join(dir, 'night.db');
  const r = spawnSync(process.execPath, [bin, 'ingest', '--db', db, folder], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: .*03\.md: no facts read from this report/);
  assert.doesNotMatch(r.stderr, /0[12]\.md: no facts/);
  const hints = r.stderr.split('\n').filter((l) => l.startsWith('hint: '));
  assert.equal(hints.length, 1, r.stderr);
  assert.match(hints[0]!, /"Пётр Сидоренко \(Telegram\)" names no role.*`speaker`.*\(2 posts\)/);

  const status = spawnSync(process.execPath, [bin, 'status', '--db', db], { encoding: 'utf8', timeout: 60_000 });
  assert.match(status.stdout, /03\.md\n\s+warning: no facts read from this report/);
});
