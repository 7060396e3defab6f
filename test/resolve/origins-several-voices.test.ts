import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { voicesOf } from '../../src/resolve/origin-voices.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput, person, seededShuffle } from './make.ts';

// Invented texts and figures, written for these tests: a wire that quotes both sides of one night links to each
// side's own post, and must not make the two posts one statement.

const airForce = person(null, 'air_force');
const ministry = person(null, 'ministry');
const SUMY = { code: 'UA-59', name: 'Sumy region' };

function fact(reportId: string, n: number, partial: Partial<Fact>): Fact {
  return makeFact({ id: `${reportId}-${n}`, report_id: reportId, weapon: 'uav', ...partial });
}

const AF = makeReport({
  id: 'rep_af',
  publisher: 'Air Force channel',
  published_at: '2025-07-02T08:30:00+03:00',
  lang: 'uk',
  text:
    'У ніч на 2 липня противник атакував 48 ударними БпЛА. Збито 41 ворожий БпЛА. ' +
    'Зафіксовано влучання 7 ударних БпЛА на Сумщині.',
});
const afFacts = (): Fact[] => [
  fact('rep_af', 1, { kind: 'interception', count: exact(41), launched: exact(48), hit: exact(7), claimant: airForce }),
  fact('rep_af', 2, { kind: 'strike', region: SUMY, claimant: airForce }),
];

const MOD = makeReport({
  id: 'rep_mod',
  publisher: 'Ministry channel',
  published_at: '2025-07-02T10:10:00+03:00',
  lang: 'ru',
  text: 'Нанесён групповой удар по складам горючего в Сумской области. Все цели поражены.',
});
const modFacts = (): Fact[] => [fact('rep_mod', 1, { kind: 'strike', region: SUMY, claimant: ministry })];

const WIRE = makeReport({
  id: 'rep_wire',
  publisher: 'Some Wire',
  published_at: '2025-07-02T12:00:00+03:00',
  text:
    "Ukraine's air force said it shot down 41 of 48 drones overnight, with seven hitting targets in Sumy region. " +
    "Russia's defence ministry said its strike on fuel depots in Sumy region had hit all its targets.",
});
const wireFacts = (): Fact[] => [
  fact('rep_wire', 1, { kind: 'interception', count: exact(41), launched: exact(48), claimant: airForce }),
  fact('rep_wire', 2, { kind: 'strike', region: SUMY, claimant: ministry }),
];

test('a report that quotes two sides has two voices; one voice told by name and role is one', () => {
  assert.equal(voicesOf(wireFacts()).length, 2);
  assert.equal(voicesOf(afFacts()).length, 1);
  const governor = [
    fact('r', 1, { claimant: person('Ivan Petrenko', 'governor') }),
    fact('r', 2, { kind: 'strike', claimant: person(null, 'governor') }),
    fact('r', 3, { kind: 'strike', claimant: person(null, 'official') }),
  ];
  assert.equal(voicesOf(governor).length, 1);
});

test("a wire that quotes both sides never makes the two sides' own posts one origin", () => {
  const inputs = [originInput(AF, afFacts()), originInput(MOD, modFacts()), originInput(WIRE, wireFacts())];
  for (const seed of [1, 2, 3]) {
    const { origins } = assignOrigins(seededShuffle(inputs, seed));
    assert.equal(origins.get('rep_af'), 'rep_af');
    assert.equal(origins.get('rep_mod'), 'rep_mod');
    // The wire retells both; it stays with one of them.
    assert.ok(['rep_af', 'rep_mod'].includes(origins.get('rep_wire')!));
  }
});

test('a retelling of one voice still joins that voice', () => {
  const { origins } = assignOrigins([originInput(AF, afFacts()), originInput(WIRE, wireFacts().slice(0, 1))]);
  assert.equal(origins.get('rep_wire'), 'rep_af');
});
