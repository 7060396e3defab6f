// A conflict whose values all come from one origin (two rewrites of one statement, one of them garbled) is no
// dispute, as the incident's status counts it: the cells and notes never say "disputed" beside single_origin
// (trial ux37, defect 5). Two origins' values are disputed as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident, SourceRef } from '../../src/core/types.ts';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportContext } from '../../src/pipeline/geo.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({ now: new Date('2025-05-20T09:00:00Z') });
const mayor = { name: 'Ivan Petrenko', role: 'mayor' as const, channel: null };

const source = (report_id: string, origin_id: string, publisher: string): SourceRef => ({
  report_id,
  origin_id,
  publisher,
  title: null,
  url: null,
  published_at: '2025-05-07T08:00:00+03:00',
});

function toll(origins: [string, string]): Incident {
  return makeIncident('toll', {
    kind: 'strike',
    region: { code: 'UA-51', name: 'Odesa Oblast' },
    place: { name: 'Odesa', lat: 46.48, lon: 30.74 },
    when: nightOf(7),
    weapons: [],
    casualties: { killed: null, injured: 14 },
    sources: [source('r_a', origins[0], 'Example Daily'), source('r_b', origins[1], 'Example Wire')],
    corroboration: {
      reports: 2,
      origins: new Set(origins).size,
      status: origins[0] === origins[1] ? 'single_origin' : 'disputed',
    },
    conflicts: [
      {
        field: 'casualties.injured',
        values: [
          { value: 14, report_ids: ['r_a'], claimants: [mayor] },
          { value: 11, report_ids: ['r_b'], claimants: [mayor] },
        ],
      },
    ],
  });
}

test('one origin\'s two values are "in one origin", never "disputed" beside single_origin', async () => {
  const [row] = parseCsv(await renderExport('csv', [toll(['o1', 'o1'])], ctx));
  assert.equal(row!.status, 'single_origin');
  assert.equal(row!.injured, '14 (11–14 in one origin)');
  assert.match(row!.notes!, /one origin gives different values for injured: 14 according to/);
  assert.doesNotMatch(`${row!.injured} ${row!.notes}`, /disput|disagree/);
});

test("two origins' values are still disputed", async () => {
  const [row] = parseCsv(await renderExport('csv', [toll(['o1', 'o2'])], ctx));
  assert.equal(row!.status, 'disputed');
  assert.equal(row!.injured, '14 (11–14 disputed)');
  assert.match(row!.notes!, /sources disagree on injured/);
});

// Review 37c: two named voices quoted in one wire ("4 killed, the governor said. The mayor said two") disagree: the
// cells say so, whatever the status counts.
test('two voices in one origin are still disputed', async () => {
  const incident = toll(['o1', 'o1']);
  incident.conflicts[0]!.values[1]!.claimants = [{ name: 'Olena Koval', role: 'governor', channel: null }];
  const [row] = parseCsv(await renderExport('csv', [incident], ctx));
  assert.equal(row!.injured, '14 (11–14 disputed)');
  assert.match(row!.notes!, /sources disagree on injured/);
});
