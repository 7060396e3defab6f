// Usage errors a user can act on: the option at fault in one line, the command's own --help named, and a clear
// word for --db given to a command that reads no database.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { helpCommandOf, runCommand } from '../../src/cli/commands.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));

test('an unknown option is one short line naming it and the option it was likely meant to be', async () => {
  await assert.rejects(runCommand(['incidents', '--regoin', 'Kursk']), (e: Error) => {
    assert.equal(e.message, 'unknown option --regoin (did you mean --region?)');
    return true;
  });
  await assert.rejects(runCommand(['status', '--zzzzzz']), (e: Error) => {
    assert.equal(e.message, 'unknown option --zzzzzz');
    return true;
  });
  await assert.rejects(runCommand(['incidents', '--db']), /^Error: --db needs a value$|--db needs a value/);
  await assert.rejects(runCommand(['watch', '--once=yes', 'x.yaml']), /--once takes no value/);
  await assert.rejects(runCommand(['incidnets']), /unknown command "incidnets" \(did you mean incidents\?\)/);
});

test('regions and extract, which read no database, say so for --db instead of "unknown option"', async () => {
  await assert.rejects(runCommand(['regions', '--db', 'a.db']), /--db has no use here: regions .* reads no database/);
  await assert.rejects(runCommand(['extract', '--db', 'a.db', '-']), /--db has no use here: extract .* stores nothing/);
});

test("a usage error names the command's own --help (the real binary, as a user sees it)", () => {
  assert.equal(helpCommandOf(['incidents', '--x']), 'incidents');
  assert.equal(helpCommandOf(['toString']), null);
  const r = spawnSync(process.execPath, [bin, 'incidents', '--regoin', 'Kursk'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option --regoin \(did you mean --region\?\)/);
  assert.match(r.stderr, /Run 'sitrep incidents --help'/);
  assert.doesNotMatch(r.stderr, /positional argument/);
  const unknown = spawnSync(process.execPath, [bin, 'frob'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Run 'sitrep --help' for the commands/);
});
