import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput } from './make.ts';

// Invented texts and figures, written for these tests.

const input = originInput;

const LIPETSK = { code: 'RU-LIP', name: 'Lipetsk' };

/** A strike with three missiles and its casualties: the two facts every report below tells. */
function strikeFacts(reportId: string): Fact[] {
  return [
    makeFact({
      id: `${reportId}-1`,
      report_id: reportId,
      kind: 'strike',
      weapon: 'missile',
      count: exact(3),
      region: LIPETSK,
    }),
    makeFact({ id: `${reportId}-2`, report_id: reportId, kind: 'casualties', region: LIPETSK }),
  ];
}

const SHORT_A = makeReport({
  id: 'rep_a',
  publisher: 'Channel A',
  published_at: '2025-02-12T10:00:00+03:00',
  text: 'Three missiles struck a depot near Yelets; a guard was wounded, investigators said.',
});
// A rewrite keeps the source's words around its facts (days31: the same facts in other words are two sources).
const SHORT_B = makeReport({
  id: 'rep_b',
  publisher: 'Channel B',
  published_at: '2025-02-12T10:06:00+03:00',
  text: 'Investigators in Yelets say a depot was struck by three missiles overnight and a guard was wounded.',
});
// Another outlet's own report of the same strike: the same two facts, none of the words.
const OWN_C = makeReport({
  id: 'rep_c',
  publisher: 'Channel E',
  published_at: '2025-02-12T10:20:00+03:00',
  text: 'A watchman was hurt when a storage yard outside Yelets came under a strike by 3 missiles.',
});
// The evening roundup: its other items are about other nights, so its facts in this block are the strike's two.
const ROUNDUP = makeReport({
  id: 'rep_round',
  publisher: 'Channel C',
  published_at: '2025-02-12T19:00:00+03:00',
  text:
    'The day in brief:\n— Yelets: warehouse hit overnight, one injured;\n— talks on grain transit ' +
    'postponed;\n— the river port reopened after repairs;\n— a new bridge section lifted into place.',
});

test('a report whose facts are all in another one of one region is one origin with it', () => {
  const { origins, reasons } = assignOrigins([
    input(SHORT_B, strikeFacts('rep_b')),
    input(SHORT_A, strikeFacts('rep_a')),
  ]);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.ok(reasons.get('rep_b')!.some((r) => /^all 2 facts of the shorter report shared with rep_a$/.test(r)));
});

test("two outlets' own reports of one strike, its facts told in other words and by no voice, are two origins", () => {
  const { origins } = assignOrigins([
    input(OWN_C, strikeFacts('rep_c')),
    input(SHORT_A, strikeFacts('rep_a')),
    input(SHORT_B, strikeFacts('rep_b')),
  ]);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.equal(origins.get('rep_c'), 'rep_c');
});

test('a roundup is no rewrite of one of its items, however its facts in the block match', () => {
  const { origins } = assignOrigins([
    input(ROUNDUP, strikeFacts('rep_round')),
    input(SHORT_A, strikeFacts('rep_a')),
    input(SHORT_B, strikeFacts('rep_b')),
  ]);
  assert.equal(origins.get('rep_round'), 'rep_round');
  assert.equal(origins.get('rep_b'), 'rep_a');
});

// A governor's list of what one attack damaged details that attack: no roundup, and an outlet's rewrite that adds
// later details is one origin with it. Invented texts.
const BELGOROD = { code: 'RU-BEL', name: 'Belgorod' };
const GOVERNOR_TEXT =
  'Two drones struck the Shebekino district overnight. Damage:\n— a house roof in Maslova Pristan;\n' +
  '— windows of a school;\n— a fence and a car.';

function belgorodFacts(reportId: string, text: string, extra: number): Fact[] {
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase };
  };
  const governor = { name: null, role: 'governor' as const, channel: null };
  const facts = [
    makeFact({
      id: `${reportId}-1`,
      report_id: reportId,
      kind: 'strike',
      weapon: 'uav',
      count: exact(2),
      region: BELGOROD,
      claimant: governor,
      evidence: at('Two drones struck'),
    }),
    makeFact({
      id: `${reportId}-2`,
      report_id: reportId,
      kind: 'damage',
      region: BELGOROD,
      claimant: governor,
      evidence: at('a house roof'),
    }),
  ];
  for (let i = 0; i < extra; i++)
    facts.push(
      makeFact({
        id: `${reportId}-x${i}`,
        report_id: reportId,
        kind: i === 0 ? 'power_outage' : i === 1 ? 'fire' : 'debris',
        region: BELGOROD,
        claimant: governor,
      }),
    );
  return facts;
}

test("a list of one attack's damage is no roundup: an outlet's fuller rewrite is one origin with it", () => {
  const governor = makeReport({
    id: 'rep_gov',
    publisher: 'Governor',
    published_at: '2025-02-12T08:00:00+03:00',
    text: GOVERNOR_TEXT,
  });
  const rewrite = makeReport({
    id: 'rep_outlet',
    publisher: 'Channel D',
    published_at: '2025-02-12T09:30:00+03:00',
    text:
      'A house roof, school windows and a car were damaged when two UAVs hit Shebekino district at night, the ' +
      'governor reported; later a power line was cut, a shed burned and debris was found in a field.',
  });
  const { origins, reasons } = assignOrigins([
    input(governor, belgorodFacts('rep_gov', GOVERNOR_TEXT, 0)),
    input(rewrite, belgorodFacts('rep_outlet', rewrite.text, 3)),
  ]);
  assert.equal(origins.get('rep_outlet'), 'rep_gov');
  assert.ok(reasons.get('rep_outlet')!.some((r) => /^all 2 facts of the shorter report shared with rep_gov$/.test(r)));
});
