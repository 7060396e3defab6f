// ux35 #18: an incident with no region (a nationwide summary) that names one place with coordinates is drawn there,
// marked not precise, instead of being left out of GeoJSON; two places, or none with coordinates, still leave it out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { incidentPoint } from '../../src/pipeline/geo.ts';
import { makeIncident } from '../helpers/incidents.ts';

const kyiv = { name: 'Kyiv', lat: 50.45, lon: 30.52 };

test('a nationwide incident naming one located place is drawn there, not precisely', () => {
  const national = makeIncident('n', { region: null, place: null, places: [kyiv] });
  assert.deepEqual(incidentPoint(national), { lat: 50.45, lon: 30.52, precise: false, name: 'Kyiv' });
});

test('two located places, or one without coordinates, give no point', () => {
  const two = makeIncident('t', {
    region: null,
    place: null,
    places: [kyiv, { name: 'Lviv', lat: 49.84, lon: 24.03 }],
  });
  assert.equal(incidentPoint(two), null);
  const unlocated = makeIncident('u', {
    region: null,
    place: null,
    places: [{ name: 'Somewhere', lat: null, lon: null }],
  });
  assert.equal(incidentPoint(unlocated), null);
});
