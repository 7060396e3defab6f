import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { makeReport, night, originInput, person, strikeWithInjured } from './make.ts';

// enorig33: nameless officials (the role with no name: "officials", "the authorities", "the government") are no voice
// two outlets share. Every outlet's own lead on one attack credits officials for its toll, so a wire's "…, officials
// say" and another outlet's own story that also cites officials are two statements unless their words say otherwise.
// A named official both credit is one voice, and so is an official body's own post (its channel's voice, credited in
// no words) beside an outlet that credits that body. Invented texts, names and places.

const input = originInput;
const VOLYN = { code: 'UA-07', name: 'Volyn' };
const when = night('2025-06-02T22:00:00+03:00', '2025-06-03T05:00:00+03:00');
const at = (hm: string) => `2025-06-03T${hm}:00+03:00`;

/** The night's strike on Lutsk and its four injured, credited to `claimant` in the words `credit` ('' for none). */
function lutskFacts(reportId: string, claimant: Claimant, credit: string, damage = false): Fact[] {
  return strikeWithInjured(reportId, VOLYN, when, 4, claimant, damage).map((f) => ({
    ...f,
    fields: { claimant: { start: 0, end: credit.length, text: credit, inferred: credit === '' } },
  }));
}

const wire = makeReport({
  id: 'rep_wire',
  publisher: 'wire.example',
  published_at: at('07:10'),
  text: 'Four hurt as drones hit Lutsk overnight, officials say',
});
const own = makeReport({
  id: 'rep_own',
  publisher: 'daily.example',
  published_at: at('09:25'),
  text: 'Night of sirens leaves a quiet lake town counting the cost\n\nLocal authorities said four people needed treatment.',
});
const officials = person(null, 'official');

test('a wire and an outlet that both credit nameless officials with the same toll are two statements', () => {
  const { origins, reasons } = assignOrigins([
    input(wire, lutskFacts('rep_wire', officials, 'officials')),
    input(own, lutskFacts('rep_own', officials, 'Local authorities')),
  ]);
  assert.equal(origins.get('rep_own'), 'rep_own', (reasons.get('rep_own') ?? []).join('; '));
});

test('nameless officials open no fact-only link either: the same three facts told in other words stay apart', () => {
  const { origins, reasons } = assignOrigins([
    input(wire, lutskFacts('rep_wire', officials, 'officials', true)),
    input(own, lutskFacts('rep_own', officials, 'Local authorities', true)),
  ]);
  assert.equal(origins.get('rep_own'), 'rep_own', (reasons.get('rep_own') ?? []).join('; '));
});

test('an official both name is one voice: the same toll credited to him is one statement retold', () => {
  const named = person('Ostap Hrytsai', 'official');
  const { origins } = assignOrigins([
    input(wire, lutskFacts('rep_wire', named, 'Ostap Hrytsai')),
    input(own, lutskFacts('rep_own', named, 'Hrytsai')),
  ]);
  assert.equal(origins.get('rep_own'), 'rep_wire');
});

test("an official body's own post and an outlet crediting that body are one voice", () => {
  const post = makeReport({
    id: 'rep_council',
    publisher: 'Lutsk City Council (Telegram)',
    published_at: at('06:40'),
    text: 'Четверо мешканців звернулися по допомогу після нічної атаки безпілотників.',
    lang: 'uk',
  });
  const { origins } = assignOrigins([
    input(post, lutskFacts('rep_council', officials, '')),
    input(own, lutskFacts('rep_own', officials, 'Local authorities')),
  ]);
  assert.equal(origins.get('rep_own'), 'rep_council');
});
