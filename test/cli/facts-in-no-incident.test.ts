import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-no-incident-'));
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

test('status counts the stored facts that are in no incident (effects told with no attack or time)', async () => {
  const db = join(dir, 'night.db');
  // Damage and people hurt, no attack read (a bare «обласний центр» names no place), no debris, no time: stored, but
  // they join only an attack's incident.
  const lone = join(dir, 'lone.md');
  writeFileSync(
    lone,
    '---\npublished: 2025-06-12T07:00:00+03:00\n---\nХерсон: ворог атакував обласний центр. Пошкоджено приватний будинок і автомобіль. Поранено одного чоловіка.\n',
  );
  await out(['ingest', '--db', db, lone]);
  const status = await out(['status', '--db', db]);
  assert.match(status, /1 report\(s\), 0 incident\(s\)/);
  assert.match(status, /^2 fact\(s\) in no incident \(casualties 1, damage 1\): /m);

  // With an attack of that night and place the same effects are in its incident, and the line goes.
  const attack = join(dir, 'attack.md');
  writeFileSync(
    attack,
    '---\npublished: 2025-06-12T07:30:00+03:00\n---\nВночі ворог атакував Херсон ударними дронами, пошкоджено будинки.\n',
  );
  await out(['ingest', '--db', db, attack]);
  assert.doesNotMatch(await out(['status', '--db', db]), /in no incident/);
});

test('status leaves out facts told of an earlier year: they join no incident by design (review 39b #6)', async () => {
  const db = join(dir, 'past.db');
  const past = join(dir, 'past.md');
  writeFileSync(
    past,
    '---\npublished: 2025-06-12T07:00:00+03:00\n---\nУ 2022 році окупанти обстріляли Суми ракетами, загинули 7 людей.\n',
  );
  await out(['ingest', '--db', db, past]);
  const status = await out(['status', '--db', db]);
  assert.match(status, /1 report\(s\), 0 incident\(s\)/);
  assert.doesNotMatch(status, /in no incident/);
});
