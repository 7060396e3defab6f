// Nameless officials ("officials said", «власти», "Ukraine says": role `official`, no name) beside a named body of
// their side may be that body's word, so they add no voice beside it (voice41, the trial store's air force beside
// "Ukrainian officials"); two named bodies stay two voices (ux40 #1: the air force and Kyiv's mayor).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Lang, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const KYIV = { code: 'UA-30', name: 'Kyiv' };
const when = night('2025-06-11T21:00:00+03:00', '2025-06-12T06:00:00+03:00');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-12',
  });
}

const downed = (id: string, claimant: Fact['claimant']) =>
  makeFact({
    id,
    report_id: `rep_${id}`,
    kind: 'interception',
    weapon: 'uav',
    count: exact(14),
    region: KYIV,
    when,
    claimant,
  });
const story = (id: string, publisher: string, hour: number, lang: Lang = 'en') =>
  makeReport({ id: `rep_${id}`, published_at: `2025-06-12T0${hour}:00:00+03:00`, publisher, lang });

test('a named body and nameless officials of its side are one voice', () => {
  // "The air force said it downed 14 drones" in one outlet, "14 drones were downed, officials said" in another.
  const [one] = resolve(
    [downed('a', person(null, 'air_force')), downed('b', person(null, 'official'))],
    [story('a', 'Kyiv Daily', 7), story('b', 'Wire Service', 8)],
  );
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 1, status: 'single_origin' });
  assert.equal(one!.claimants.length, 2, 'both credits stay listed');
});

test('an outlet credited ("state media reported") beside a named body retells it: one voice', () => {
  const [one] = resolve(
    [downed('a', person(null, 'ministry')), downed('b', person(null, 'media'))],
    [story('a', 'Kyiv Daily', 7), story('b', 'Wire Service', 8)],
  );
  assert.equal(one!.corroboration.voices, 1);
});

test('a mayor and the air force are two voices, and nameless officials beside them add no third', () => {
  const [two] = resolve(
    [downed('a', person(null, 'air_force')), downed('b', person('Vitali Klitschko', 'mayor'))],
    [story('a', 'Kyiv Daily', 7), story('b', 'Wire Service', 8)],
  );
  assert.deepEqual(two!.corroboration, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
  const [still] = resolve(
    [
      downed('a', person(null, 'air_force')),
      downed('b', person('Vitali Klitschko', 'mayor')),
      downed('c', person(null, 'official')),
    ],
    [story('a', 'Kyiv Daily', 7), story('b', 'Wire Service', 8), story('c', 'Evening Post', 9)],
  );
  assert.equal(still!.corroboration.voices, 2);
});

test('one channel retelling one voice in two stories is one voice', () => {
  const [one] = resolve(
    [downed('a', person('Oleh Kiper', 'military_administration')), downed('b', person('Oleh Kiper', null))],
    [story('a', 'Odesa News', 7), story('b', 'Odesa News', 9)],
  );
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 1, status: 'single_origin' });
});

test('nameless officials with no named body of their side stay a voice', () => {
  // Alone beside an outlet's own unsigned report: the officials are the only official voice there is.
  const [two] = resolve(
    [downed('a', person(null, 'official')), downed('b', null)],
    [story('a', 'Wire Service', 7), story('b', 'Kyiv Daily', 8)],
  );
  assert.equal(two!.corroboration.voices, 2);
  // In a Russian post («власти сообщили») beside a Ukrainian body's post: the language tells another side.
  const [sides] = resolve(
    [downed('a', person(null, 'air_force')), downed('b', person(null, 'official'))],
    [story('a', 'Повітряні сили', 7, 'uk'), story('b', 'Новости', 8, 'ru')],
  );
  assert.equal(sides!.corroboration.voices, 2);
});
