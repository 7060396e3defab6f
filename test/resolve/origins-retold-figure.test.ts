import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, FactField } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput, person } from './make.ts';

// enorig34: two corrections of the origin rules found on the English news days (docs/eval-clusters.md, thirty-fourth
// session, branch enorig34). Invented texts, figures and places, written for these tests.

const input = originInput;
const at = (hm: string) => `2025-06-14T${hm}:00+03:00`;
const LVIV = { code: 'UA-46', name: 'Lviv' };

/** A span of `text` for a fact's field: the words the fact is read from. */
function span(text: string, words: string, inferred = false) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `${words} in ${text}`);
  return { start, end: start + words.length, text: words, inferred };
}

function downed(reportId: string, count: number, region: typeof LVIV | null, claimant: Claimant | null) {
  return makeFact({
    id: `${reportId}-1`,
    report_id: reportId,
    kind: 'interception',
    weapon: 'uav',
    count: exact(count),
    region,
    claimant,
  });
}

test("the air force's figure retold by outlets that credit no one or only officials is one origin", () => {
  const force = makeReport({
    id: 'rep_force',
    publisher: 'tabloid.example',
    published_at: at('06:10'),
    text:
      'Putin batters western city with swarm of attack drones overnight\n' +
      "Ukraine's Air Force said it destroyed 31 of the 35 drones launched, calling the raid one of the largest this spring.",
  });
  const plain = makeReport({
    id: 'rep_plain',
    publisher: 'cable.example',
    published_at: at('07:45'),
    text:
      'Explosions wake Lviv as Russia sends waves of Shaheds before the city festival\n' +
      'Ukraine shot down 31 of 35 kamikaze drones in a sweeping assault aimed at Lviv on Saturday.',
  });
  const vague = makeReport({
    id: 'rep_vague',
    publisher: 'paper.example',
    published_at: at('10:20'),
    text:
      'Russia mounts heavy night raid in the west\n' +
      "Ukraine's defences downed 31 of 35 unmanned aircraft aimed at Lviv and nearby targets, officials say.",
  });
  const { origins, reasons } = assignOrigins([
    input(plain, [downed('rep_plain', 31, LVIV, null)]),
    input(vague, [downed('rep_vague', 31, LVIV, person(null, 'official'))]),
    input(force, [downed('rep_force', 31, null, person(null, 'air_force'))]),
  ]);
  assert.equal(origins.get('rep_plain'), 'rep_force');
  assert.equal(origins.get('rep_vague'), 'rep_force');
  assert.ok(
    reasons.get('rep_plain')!.some((r) => /^same figure 31 \(interception, uav\) retold as rep_\w+$/.test(r)),
    reasons.get('rep_plain')!.join('; '),
  );
});

test('the same figure from two voices, or told further down only, is no retelling', () => {
  const governor = makeReport({
    id: 'rep_gov',
    publisher: 'region.example',
    published_at: at('06:10'),
    text: 'Governor Ivan Petrenko: 12 drones destroyed over the region during the night.',
  });
  const mayor = makeReport({
    id: 'rep_mayor',
    publisher: 'city.example',
    published_at: at('06:40'),
    text: 'Mayor Oksana Hrytsenko says air defence hit 12 Shaheds above the city; debris damaged a school.',
  });
  const later = makeReport({
    id: 'rep_later',
    publisher: 'weekly.example',
    published_at: at('09:00'),
    text:
      'A school gym in Lviv lost its windows to falling debris\n' +
      'Pupils were moved to the library for the day.\n\nThe night total was 12 drones shot down.',
  });
  const { origins } = assignOrigins([
    input(governor, [downed('rep_gov', 12, LVIV, person('Ivan Petrenko', 'governor'))]),
    input(mayor, [downed('rep_mayor', 12, LVIV, person('Oksana Hrytsenko', 'mayor'))]),
    input(later, [downed('rep_later', 12, LVIV, null)]),
  ]);
  assert.equal(origins.get('rep_mayor'), 'rep_mayor');
  assert.equal(origins.get('rep_later'), 'rep_later');
});

test("a headline-only repost whose words are all its facts' words shares no statement's wording", () => {
  // The mayor's damage report in an outlet's words, and another outlet's headline that tells the same strike and damage
  // in words that are all read as its facts: the cosine over those few words is high, but they share the event only.
  const mayorText =
    'Several apartment blocks in Lviv were damaged in a dawn drone attack, the mayor said; crews are on site.';
  const headText = 'Drones attack Lviv, damaging apartment blocks';
  const facts = (
    reportId: string,
    text: string,
    words: Partial<Record<FactField, string>>,
    claimant: Claimant | null,
  ) => {
    const fields = Object.fromEntries(Object.entries(words).map(([k, v]) => [k, span(text, v!)]));
    return ['strike', 'damage'].map((kind, i) =>
      makeFact({
        id: `${reportId}-${i + 1}`,
        report_id: reportId,
        kind: kind as Fact['kind'],
        weapon: kind === 'strike' ? 'uav' : null,
        region: LVIV,
        claimant,
        fields: fields as Fact['fields'],
      }),
    );
  };
  const mayor = makeReport({ id: 'rep_mayor', publisher: 'wire.example', published_at: at('07:00'), text: mayorText });
  const head = makeReport({ id: 'rep_head', publisher: 'portal.example', published_at: at('09:30'), text: headText });
  const { origins } = assignOrigins([
    input(
      mayor,
      facts(
        'rep_mayor',
        mayorText,
        { weapon: 'drone', kind: 'attack', region: 'Lviv', object: 'apartment blocks' },
        {
          ...person(null, 'mayor'),
        },
      ),
    ),
    input(
      head,
      facts(
        'rep_head',
        headText,
        { weapon: 'Drones', kind: 'attack', region: 'Lviv', object: 'damaging apartment blocks' },
        null,
      ),
    ),
  ]);
  assert.equal(origins.get('rep_head'), 'rep_head');
});
