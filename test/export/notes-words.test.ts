// The notes column reads as English: each effect with its own preposition and its object in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notesText } from '../../src/export/values.ts';
import { makeIncident } from '../helpers/incidents.ts';

test('effects in the notes: "fire at an industrial site", never "fire to industrial"', () => {
  const incident = makeIncident('inc_effects', {
    kind: 'strike',
    effects: [
      { kind: 'fire', object: 'industrial', detail: null },
      { kind: 'damage', object: 'residential_building', detail: null },
      { kind: 'debris', object: 'vehicle', detail: null },
      { kind: 'power_outage', object: null, detail: null },
    ],
  });
  const notes = notesText(incident, 'Lipetsk Oblast');
  assert.match(
    notes,
    /reported fire at an industrial site, damage to residential buildings, debris on vehicles, power outage\./,
  );
  assert.doesNotMatch(notes, / to industrial|_/);
});
