// An incident's updated_at follows an edit of a report it cites (issue 10: "updated" rather than silent), through
// the whole pipeline: a Telegram export's `edited` time is stored as provenance and read by resolution.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

function exportWith(edited: Record<string, string>) {
  return {
    name: 'Example Governor Channel',
    type: 'public_channel',
    id: 1001,
    messages: [
      {
        id: 7,
        type: 'message',
        date: '2025-05-13T07:15:00',
        date_unixtime: '1747109700',
        ...edited,
        from: 'Example Governor Channel',
        from_id: 'channel1001',
        text: 'Ночью над Курской областью уничтожены 9 беспилотников. Пострадавших нет.',
      },
    ],
  };
}

test('an edited post moves its incident updated_at to the edit; an unedited one keeps the post time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edited-'));
  try {
    for (const [name, edited, expected] of [
      ['plain', {}, '2025-05-13T07:15:00+03:00'],
      ['edited', { edited: '2025-05-13T09:40:00', edited_unixtime: '1747118400' }, '2025-05-13T09:40:00+03:00'],
    ] as const) {
      const file = join(dir, name, 'result.json');
      mkdirp(join(dir, name));
      writeFileSync(file, JSON.stringify(exportWith(edited)));
      const store = await openStore({ url: ':memory:' });
      const summary = await ingestPaths(store, [file], { now: () => new Date('2025-05-13T12:00:00Z') });
      assert.equal(summary.counts.ingested, 1, name);
      const incidents = await store.listIncidents();
      assert.equal(incidents.length, 1, name);
      assert.equal(Date.parse(incidents[0]!.updated_at), Date.parse(expected), name);
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function mkdirp(path: string) {
  mkdirSync(path, { recursive: true });
}
