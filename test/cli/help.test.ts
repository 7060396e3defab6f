// Every command's --help teaches it: an example, every option it takes in its usage line and explained below it,
// and the defaults a user would otherwise have to guess.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HELP } from '../../src/cli/help.ts';
import { OPTIONS } from '../../src/cli/options.ts';
import { CLAIMANT_ROLES, FACT_KINDS } from '../../src/core/types.ts';

const mentions = (text: string, option: string) => new RegExp(`--${option}(?![a-z-])`).test(text);

for (const [command, options] of Object.entries(OPTIONS)) {
  test(`${command} --help: an example, every option in its usage line and explained`, () => {
    const help = HELP[command];
    assert.ok(help, `${command} has no help`);
    const [usage = '', ...rest] = help.split('\n\n');
    const body = rest.join('\n\n');
    assert.match(body, /^Examples?:\n {2}[\s\S]*?\bsitrep /m, `${command}: no example`);
    for (const option of Object.keys(options)) {
      assert.ok(mentions(usage, option), `${command}: --${option} is missing from the usage line`);
      assert.ok(mentions(body, option), `${command}: --${option} is not explained`);
    }
    if ('db' in options) assert.match(body, /--db PATH .*default \$SITREP_DB, else \.\/sitrep\.db/);
    assert.ok(
      help.split('\n').every((line) => line.length <= 118),
      `${command}: a line over 118 columns`,
    );
  });
}

test('the defaults and values a user has to know are stated', () => {
  const incidents = HELP.incidents ?? '';
  assert.match(incidents, /--format F .*table \(the default\)/);
  assert.match(incidents, /--limit N .*default: every match/);
  assert.match(incidents, /overlaps/);
  for (const kind of FACT_KINDS) assert.ok(incidents.includes(kind), `incidents --help: kind ${kind}`);
  assert.match(HELP.status ?? '', /--limit N .*\(default 50\)/);
  assert.match(HELP.serve ?? '', /--host ADDR .*default 127\.0\.0\.1/);
  // sources.yaml's allowed speaker roles, which the loader enforces, are in its docs, not only in its error.
  for (const role of CLAIMANT_ROLES) assert.ok((HELP.sources ?? '').includes(role), `sources --help: role ${role}`);
});
