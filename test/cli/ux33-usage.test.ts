// ux33 #13: a negative number for a whole-number option gets the project's own line, not parseArgs' "ambiguous";
// a swapped pair of letters gets a "did you mean" in every command; `show <id>` points at explain; a date whose
// month or day does not exist says so; explain --json prints one incident as the API does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { runCommand } from '../../src/cli/commands.ts';
import { closest } from '../../src/core/suggest.ts';
import { incidentFilter } from '../../src/pipeline/incident-filter.ts';
import { calendarProblem } from '../../src/pipeline/iso.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, seedIncidents } from '../helpers/incidents.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ux33-usage-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function usage(argv: string[]): Promise<string> {
  try {
    await runCommand(argv);
  } catch (error) {
    return message(error);
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

test('a negative number for a whole-number option is our own line, naming the least it takes', async () => {
  assert.equal(await usage(['incidents', '--limit', '-1']), '--limit takes a whole number of 1 or more, got -1');
  assert.equal(await usage(['status', '--limit', '-5']), '--limit takes a whole number of 1 or more, got -5');
  assert.equal(
    await usage(['ingest', '--workers', '-2', 'x.md']),
    '--workers takes a whole number of 0 or more, got -2',
  );
  assert.equal(await usage(['incidents', '--limit=-1']), '--limit takes a whole number of 1 or more, got -1');
  assert.doesNotMatch(await usage(['incidents', '--limit', '-1']), /ambiguous|XYZ/);
  // A negative number after a boolean option is still a stray argument, not that option's value.
  assert.match(await usage(['regions', '--json', '-1']), /unknown option -1|Unknown option/i);
  assert.equal(await usage(['incidents', '--limit', 'ten']), '--limit takes a whole number, got "ten"');
});

test('two letters swapped get a "did you mean" in every command, as other typos do', async () => {
  assert.equal(await usage(['serve', '--prot', '8090']), 'unknown option --prot (did you mean --port?)');
  assert.equal(await usage(['regions', '--jsno']), 'unknown option --jsno (did you mean --json?)');
  assert.equal(closest('prot', ['port', 'host']), 'port');
  // Still nothing for a word far from every option.
  assert.equal(closest('xyzw', ['port', 'json']), null);
});

test('`sitrep show <id>` points at explain and incidents --format json', async () => {
  const text = await usage(['show', 'inc_1234']);
  assert.match(text, /^unknown command "show": /);
  assert.match(text, /sitrep explain <id>/);
  assert.match(text, /incidents --format json/);
});

test('a date whose month or day does not exist says which', async () => {
  assert.equal(
    await usage(['incidents', '--since', '2025-13-01']),
    '--since "2025-13-01" names no real time: month 13 does not exist (01-12)',
  );
  assert.match(await usage(['incidents', '--until', '2025-02-30']), /February 2025 has 28 days, not 30/);
  assert.equal(calendarProblem('2024-02-29'), null);
  assert.equal(calendarProblem('2025-05-07T08:00:00+03:00'), null);
  assert.equal(calendarProblem('2025-05-07T24:10+03:00'), 'hour 24 does not exist (00-23)');
  assert.equal(calendarProblem('yesterday'), null);
  // The API's filter reads the same way (field "since").
  assert.throws(() => incidentFilter({ since: '2025-13-01' }), /month 13 does not exist/);
});

test('explain --json prints the incident with its fact details, as the API does; exit 1 for no such id', async () => {
  const path = join(dir, 'one.db');
  const store = await openStore({ url: path });
  await seedIncidents(store, [makeIncident('inc_json', {})]);
  await store.close();
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  const err = mock.method(console, 'error', () => {});
  try {
    assert.equal(await runCommand(['explain', '--db', path, '--json', 'inc_json']), 0);
    assert.equal(await runCommand(['explain', '--db', path, '--json', 'inc_none']), 1);
  } finally {
    log.mock.restore();
    err.mock.restore();
  }
  const out = JSON.parse(lines.join('\n')) as { id: string; fact_details: unknown[]; history: unknown[] };
  assert.equal(out.id, 'inc_json');
  assert.ok(Array.isArray(out.fact_details));
  assert.ok(Array.isArray(out.history));
});
