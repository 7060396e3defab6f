import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { makeReport, night, originInput, person, strikeWithInjured } from './make.ts';

// days31fix: the fact-only origin rules part two reports in other words only when neither credits the other's voice.
// A missing credit is no sign of reporting of one's own: when one report names the person it credits and the other
// credits no one (the credit was not read, or an official's unsigned post on his own channel), they keep their
// fact-only link. A role alone on one side does not. Invented texts, names and places.

const input = originInput;

const RIVNE = { code: 'UA-56', name: 'Rivne' };
const when = night('2025-04-10T22:00:00+03:00', '2025-04-11T05:00:00+03:00');
const at = (hm: string) => `2025-04-11T${hm}:00+03:00`;

/** The night's drone strike on Rivne and its three injured; `damage` adds the damaged houses. */
function rivneFacts(reportId: string, claimant: Claimant | null, damage = false): Fact[] {
  return strikeWithInjured(reportId, RIVNE, when, 3, claimant, damage);
}

test('an outlet crediting the governor by name and one whose credit was not read keep their fact-only link', () => {
  const credited = makeReport({
    id: 'rep_named',
    publisher: 'north.example',
    published_at: at('07:00'),
    text: 'Rivne struck by kamikaze drones, three hurt. Debris fell on a bakery at dawn, according to Governor Taras Vovk.',
  });
  const uncredited = makeReport({
    id: 'rep_plain',
    publisher: 'west.example',
    published_at: at('07:40'),
    text: 'Three residents wounded and cottages damaged as unmanned aircraft reached the city; Vovk posted photos online.',
  });
  const { origins } = assignOrigins([
    input(uncredited, rivneFacts('rep_plain', null, true)),
    input(credited, rivneFacts('rep_named', person('Taras Vovk', 'military_administration'))),
  ]);
  assert.equal(origins.get('rep_plain'), 'rep_named');
});

test('a role alone on one side is no shared voice: a wire crediting officials and an outlet crediting no one stay apart', () => {
  const wire = makeReport({
    id: 'rep_wire',
    publisher: 'wire.example',
    published_at: at('06:20'),
    text: 'Drone assault on Rivne injures three, local officials report',
  });
  const own = makeReport({
    id: 'rep_own',
    publisher: 'west.example',
    published_at: at('08:05'),
    text: 'Quiet western city wakes to smoke and sirens\n\nThree neighbours were treated for cuts after the Shahed raid.',
  });
  const { origins } = assignOrigins([
    input(own, rivneFacts('rep_own', null, true)),
    input(wire, rivneFacts('rep_wire', person(null, 'official'))),
  ]);
  assert.equal(origins.get('rep_own'), 'rep_own');
  // A person it names is a credit the other may have lost: the same pair with the head named keeps its link.
  const named = assignOrigins([
    input(own, rivneFacts('rep_own', null, true)),
    input(wire, rivneFacts('rep_wire', person('Taras Vovk', 'military_administration'))),
  ]);
  assert.equal(named.origins.get('rep_own'), 'rep_wire');
});
