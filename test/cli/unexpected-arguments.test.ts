// A word after a command that takes none was dropped without a word (`sitrep incidents Kursk` listed everything,
// exit 0), while a typo in an option's name was caught (ux40 #10): refused with exit 2 and the option it fits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));

async function refused(argv: string[], message: RegExp): Promise<void> {
  await assert.rejects(runCommand(argv), (e: Error) => {
    assert.equal(e.name, 'UsageError', e.message);
    assert.match(e.message, message);
    return true;
  });
}

test('incidents: a stray word is refused with the filter it fits (region, kind, weapon word, else free text)', async () => {
  await refused(
    ['incidents', '--db', ':memory:', 'Kursk'],
    /^unexpected argument 'Kursk' \(did you mean --region Kursk\?\)/,
  );
  await refused(['incidents', '--limit', '1', 'strike'], /\(did you mean --kind strike\?\)/);
  await refused(['incidents', 'RU-BEL'], /\(did you mean --region RU-BEL\?\)/);
  await refused(['incidents', 'Бєлгородська область'], /--region 'Бєлгородська область'/);
  await refused(['incidents', 'drones'], /\(did you mean --weapon uav\?\)/);
  await refused(['incidents', 'Zorblat'], /\(did you mean --q Zorblat\?\)/);
});

test('commands that take no words, or one, say so; explain takes one id and names the second', async () => {
  await refused(['status', '--failed', 'foo'], /^unexpected argument 'foo': status takes no arguments$/);
  await refused(['resolve', 'all'], /resolve takes no arguments/);
  await refused(
    ['regions', 'Kursk'],
    /regions takes no arguments \(it lists every region: sitrep regions \| grep -i Kursk\)/,
  );
  await refused(['explain', 'inc_aaaa', 'inc_bbbb'], /^unexpected argument 'inc_bbbb': explain takes one incident id/);
  await refused(['serve', '8080'], /serve takes no arguments/);
  await refused(['eval', 'test/gold/extract'], /eval takes no arguments/);
});

test('the real binary exits 2 before it opens any store, and with no stray word it still answers', () => {
  const r = spawnSync(process.execPath, [bin, 'incidents', '--db', '/nonexistent/x.db', 'Kursk'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unexpected argument 'Kursk' \(did you mean --region Kursk\?\)/);
  assert.equal(r.stdout, '');
  const ok = spawnSync(process.execPath, [bin, 'regions', '--json'], { encoding: 'utf8' });
  assert.equal(ok.status, 0);
});
