// Trial ux38, the operator's small things: the first ETA is paced from the first outcome, not from the start-up
// (#11); each --help lines up its options' descriptions (#11); the top-level help says watch creates the database
// too (#10).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressText } from '../../src/cli/format.ts';
import { HELP, MAIN_HELP } from '../../src/cli/help.ts';

const counts = (done: number) => ({ ingested: done, duplicate: 0, failed: 0, skipped: 0, facts: done });

test('the ETA is paced from the first outcome, and only after a second of it', () => {
  // Start-up took 2.5 s, then a first batch of 100 came at once: no ETA yet (it said 42 minutes for an 8 s run).
  const since = { done: 1, elapsedMs: 2_500 };
  const first = progressText(counts(100), 'a.md', { total: 1000, elapsedMs: 2_510, columns: 120, since });
  assert.doesNotMatch(first, /ETA/);
  // A second later, 300 done: 299 in 1 s, 700 to go: about 2 s, not (3.5 s / 300) × 700.
  const later = progressText(counts(300), 'a.md', { total: 1000, elapsedMs: 3_500, columns: 120, since });
  assert.match(later, /^300\/1000 · ETA 2s ·/);
});

test("every command's options have their descriptions in one column", () => {
  for (const [command, text] of Object.entries(HELP)) {
    const columns = new Set(
      text
        .split('\n')
        .filter((line) => /^ {2}--?\w\S*( \S+)? {2,}\S/.test(line))
        .map((line) => line.search(/(?<=\S) {2,}\S/) + (/(?<=\S) {2,}/.exec(line)?.[0].length ?? 0)),
    );
    assert.ok(columns.size <= 1, `${command}: descriptions start at columns ${[...columns].join(', ')}`);
  }
});

test('the top-level help names every command that creates the database', () => {
  assert.match(MAIN_HELP.replace(/\s+/g, ' '), /Only ingest, watch and demo create it/);
});
