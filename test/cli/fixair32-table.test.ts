// ux32 #20 (second bullet): the incidents table put an airport disruption's codes under a header that said WEAPONS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { table } from '../../src/cli/format.ts';
import { makeIncident } from '../helpers/incidents.ts';

/** The header word over the column where `value` stands in the row that holds it. */
function headerOver(text: string, value: string): string {
  const [head, ...rows] = text.split('\n');
  const row = rows.find((r) => r.includes(value))!;
  const at = row.indexOf(value);
  return head!.slice(at).split(/\s+/)[0]!;
}

test("#20 an airport disruption's codes stand under a header that names airports", () => {
  const out = table([makeIncident('inc_air', { kind: 'airport_disruption', weapons: [], airports: ['KLF', 'KZN'] })]);
  assert.match(headerOver(out, 'KLF,KZN'), /AIRPORTS/);
});

test('#20 negative: weapons still stand under a header that names weapons', () => {
  const n = { value: 4, min: 4, max: 4, approx: false };
  const out = table([makeIncident('inc_drones', { weapons: [{ type: 'uav', count: n }] })]);
  assert.match(headerOver(out, 'uav 4'), /WEAPONS/);
});
