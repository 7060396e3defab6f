// The children among the tolls in the CSV export (trial defect 11, session 37): two columns at the end, empty when not
// told, a disputed figure said as the tolls' are. Invented incidents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportContext } from '../../src/pipeline/geo.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({ now: new Date('2025-05-20T09:00:00Z') });

// "A drone hit a house in Kharkiv: two people were killed and 9 injured, among them three children."
const TOLL = makeIncident('kh', {
  kind: 'strike',
  region: { code: 'UA-63', name: 'Kharkiv Oblast' },
  when: nightOf(7),
  weapons: [{ type: 'uav', count: null }],
  casualties: { killed: 2, injured: 9, children_killed: null, children_injured: 3 },
});

test('the children among the injured fill their own column; the killed one stays empty', async () => {
  const [row] = parseCsv(await renderExport('csv', [TOLL], ctx));
  assert.equal(row!.fatalities, '2');
  assert.equal(row!.injured, '9');
  assert.equal(row!.children_injured, '3');
  assert.equal(row!.children_killed, '');
});

test('an incident stored before the children were read (no such keys) exports empty cells', async () => {
  const [row] = parseCsv(
    await renderExport('csv', [makeIncident('old', { casualties: { killed: 1, injured: null } })], ctx),
  );
  assert.equal(row!.children_killed, '');
  assert.equal(row!.children_injured, '');
});

test('a disputed figure of children is said with the other value, as a toll is', async () => {
  const disputed = makeIncident('kh2', {
    ...TOLL,
    conflicts: [
      {
        field: 'casualties.children_injured',
        values: [
          { value: 3, report_ids: ['r1'] },
          { value: 4, report_ids: ['r2'] },
        ],
      },
    ],
  });
  const [row] = parseCsv(await renderExport('csv', [disputed], ctx));
  assert.match(row!.children_injured!, /^3 \(.*4.*\)$/);
  assert.match(row!.conflicts!, /casualties\.children_injured: 3 vs 4/);
});
