import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Report } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { makeFact, makeReport, night, originInput, person, strikeWithInjured } from './make.ts';

// Outlets' own leads on one attack tell the same facts (the place, the weapon, the toll) in their own words: two
// sources on one event, not one statement retold (days31; the English dev days' gold gives each outlet's own lead an
// origin of its own). A rewrite keeps the source's words, and a voice both credit marks one statement. Invented texts,
// places and figures, written for these tests.

const input = originInput;

const ODESA = { code: 'UA-51', name: 'Odesa' };
const when = night('2025-03-03T23:00:00+02:00', '2025-03-04T05:00:00+02:00');

/** The night's strike on Odesa and its five injured, as every lead below tells them; `extra` adds the damage. */
function odesaFacts(reportId: string, claimant: Claimant | null, extra = false): Fact[] {
  return strikeWithInjured(reportId, ODESA, when, 5, claimant, extra);
}

const at = (hm: string) => `2025-03-04T${hm}:00+00:00`;

const WIRE = makeReport({
  id: 'rep_wire',
  publisher: 'wire.example',
  published_at: at('05:10'),
  text: 'Five hurt as swarm of drones batters Odesa port district, regional officials say',
});
const OWN_1 = makeReport({
  id: 'rep_own1',
  publisher: 'daily.example',
  published_at: at('06:40'),
  text:
    'Black Sea city endures longest night of the year\n\nA shipyard warehouse was gutted and five residents were ' +
    'taken to hospital after an hours-long Russian drone raid.',
});
const OWN_2 = makeReport({
  id: 'rep_own2',
  publisher: 'weekly.example',
  published_at: at('07:15'),
  text: 'Russia pounds Ukrainian harbour with Shaheds, injuring 5 and damaging cranes on the quay',
});
const RERUN = makeReport({
  id: 'rep_rerun',
  publisher: 'portal.example',
  published_at: at('08:00'),
  text:
    'Five hurt as swarm of drones batters Odesa port district - officials\n\nThe regional officials said a ' +
    'swarm of drones battered the port district overnight.',
});

test("outlets' own leads on one attack, its facts in their own words and no voice in common, are origins of their own", () => {
  const officials = person(null, 'official');
  const { origins } = assignOrigins([
    input(OWN_2, odesaFacts('rep_own2', null, true)),
    input(WIRE, odesaFacts('rep_wire', officials)),
    input(OWN_1, odesaFacts('rep_own1', null, true)),
  ]);
  // All of the wire's two facts are in each outlet's three, and the outlets' three are the same three.
  assert.equal(origins.get('rep_wire'), 'rep_wire');
  assert.equal(origins.get('rep_own1'), 'rep_own1');
  assert.equal(origins.get('rep_own2'), 'rep_own2');
});

test("a rerun that keeps the wire's words is the wire's origin, and so is an outlet's own words crediting its voice", () => {
  const officials = person(null, 'official');
  const governor = person('Petro Ivanenko', 'governor');
  const credited = makeReport({
    id: 'rep_credit',
    publisher: 'evening.example',
    published_at: at('09:30'),
    text: 'Governor Petro Ivanenko counted five injured after drones hit the harbour district overnight.',
  });
  const governorPost = makeReport({
    id: 'rep_gov',
    publisher: 'governor.example',
    published_at: at('05:00'),
    text: 'Odesa: drones struck the port zone at night. Wounded: 5. Services are at work.',
  });
  const { origins } = assignOrigins([
    // The rerun credits the officials as its text does (a rerun with no credit read beside the governor's named
    // credit keeps their fact-only link: origins-credit-one-side.test.ts).
    input(RERUN, odesaFacts('rep_rerun', officials)),
    input(WIRE, odesaFacts('rep_wire', officials)),
    input(credited, odesaFacts('rep_credit', governor, true)),
    input(governorPost, odesaFacts('rep_gov', governor)),
  ]);
  assert.equal(origins.get('rep_rerun'), 'rep_wire');
  assert.equal(origins.get('rep_credit'), 'rep_gov');
  assert.equal(origins.get('rep_wire'), 'rep_wire');
});

/** A fact whose stated spans are these words of the text: `field -> phrase`. */
function spanned(reportId: string, n: number, text: string, partial: Partial<Fact>, words: Record<string, string>) {
  const fields: Fact['fields'] = {};
  for (const [field, phrase] of Object.entries(words)) {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    fields[field as keyof Fact['fields']] = { start, end: start + phrase.length, text: phrase, inferred: false };
  }
  return makeFact({ id: `${reportId}-${n}`, report_id: reportId, region: ODESA, when, fields, ...partial });
}

function headlineFacts(report: Report, drones: string, hurt: string): Fact[] {
  return [
    spanned(
      report.id,
      1,
      report.text,
      { kind: 'strike', weapon: 'uav' },
      { weapon: drones, kind: 'hit', region: 'Odesa' },
    ),
    spanned(
      report.id,
      2,
      report.text,
      { kind: 'casualties', casualties: { killed: null, injured: 5 } },
      { casualties: hurt },
    ),
  ];
}

test("two outlets' headlines on one attack that share only the words its facts are read from are no lead retold", () => {
  const port = makeReport({
    id: 'rep_port',
    publisher: 'harbour.example',
    published_at: at('06:00'),
    text:
      'Drones hit Odesa port district, five injured\n\nCranes and a grain terminal were damaged, the harbour ' +
      'master told reporters.',
  });
  const raid = makeReport({
    id: 'rep_raid',
    publisher: 'night.example',
    published_at: at('06:30'),
    text:
      'Five injured as drones hit Odesa in record raid\n\nResidents spent the night in shelters while sirens ' +
      'sounded for six hours.',
  });
  const { origins } = assignOrigins([
    input(raid, headlineFacts(raid, 'drones', 'Five injured')),
    input(port, headlineFacts(port, 'Drones', 'five injured')),
  ]);
  assert.equal(origins.get('rep_raid'), 'rep_raid');
  // Without facts the same headlines are two statements' leads retold (the rule for statements is unchanged).
  const bare = assignOrigins([input(raid, []), input(port, [])]);
  assert.equal(bare.origins.get('rep_raid'), 'rep_port');
});
