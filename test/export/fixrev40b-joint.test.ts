// Review 40b, finding 4: a count told jointly over several regions is said in the CSV and Atom notes of each region's
// incident, not only in JSON and `explain`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notesText } from '../../src/export/values.ts';
import { makeIncident } from '../helpers/incidents.ts';

test('the notes say a joint total and over how many regions it was told', () => {
  const incident = makeIncident('inc_a', {
    aggregates: [
      {
        fact_id: 'rep_x:f0',
        report_id: 'rep_x',
        claimed: { value: 6, min: null, max: null, approx: false },
        sum: null,
        incident_ids: ['inc_a', 'inc_b'],
        consistent: null,
      },
    ],
  });
  assert.match(notesText(incident, 'Kaluga Oblast'), /6 told jointly over this and 1 other region\(s\)/);
});

test('a checked total adds nothing to the notes', () => {
  const incident = makeIncident('inc_a', {
    aggregates: [
      {
        fact_id: 'rep_x:f0',
        report_id: 'rep_x',
        claimed: { value: 6, min: null, max: null, approx: false },
        sum: 6,
        incident_ids: ['inc_a', 'inc_b'],
        consistent: true,
      },
    ],
  });
  assert.doesNotMatch(notesText(incident, 'Kaluga Oblast'), /jointly/);
});
