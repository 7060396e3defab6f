// Voices agree with the claimants an incident lists (ux40 #1, issue 9): a claimant counts once however many origins
// carry it, and an origin once however many claimants it relays. Two origins linked by a shared claimant are not one
// voice when one of them also relays a second claimant.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report, SourceRef } from '../../src/core/types.ts';
import { corroborate } from '../../src/resolve/corroboration.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const source = (id: string, origin: string): SourceRef => ({
  report_id: id,
  title: null,
  url: null,
  publisher: null,
  published_at: '2025-06-12T08:00:00+03:00',
  origin_id: origin,
});
const keys = (entries: Record<string, string[]>) =>
  new Map(Object.entries(entries).map(([id, ks]) => [id, new Set(ks)] as const));

test("an outlet's story relaying the air force and the mayor, beside another's air-force story, is two voices", () => {
  const c = corroborate([source('rep_a', 'rep_a'), source('rep_b', 'rep_b')], [], {
    keys: keys({ rep_a: ['air_force', 'mayor klitschko'], rep_b: ['air_force'] }),
  });
  assert.deepEqual(c, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
});

test('a claimant counts once however many origins carry it, an origin once however many claimants it relays', () => {
  // The governor's two posts: two origins, one voice.
  const posts = corroborate([source('rep_a', 'rep_a'), source('rep_b', 'rep_b')], [], {
    keys: keys({ rep_a: ['governor'], rep_b: ['governor'] }),
  });
  assert.equal(posts.voices, 1);
  // One story relaying two claimants is one origin, so one voice: voices never outnumber origins.
  const one = corroborate([source('rep_a', 'rep_a')], [], { keys: keys({ rep_a: ['air_force', 'mayor'] }) });
  assert.equal(one.voices, 1);
  // Three origins over two claimants: two voices, whichever origin is read first.
  const three = corroborate([source('rep_c', 'rep_c'), source('rep_a', 'rep_a'), source('rep_b', 'rep_b')], [], {
    keys: keys({ rep_a: ['air_force'], rep_b: ['air_force', 'mayor'], rep_c: ['air_force'] }),
  });
  assert.equal(three.voices, 2);
  // An origin that credits no one is a voice of its own.
  const bare = corroborate([source('rep_a', 'rep_a'), source('rep_b', 'rep_b')], [], {
    keys: keys({ rep_a: ['air_force'] }),
  });
  assert.equal(bare.voices, 2);
});

const when = night('2025-06-11T21:00:00+03:00', '2025-06-12T06:00:00+03:00');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-12',
  });
}

test('a nationwide tally and a mayor in one story, the tally again in another outlet: as many voices as claimants', () => {
  const tally = (id: string, report: string) =>
    makeFact({
      id,
      report_id: report,
      kind: 'interception',
      weapon: 'uav',
      count: exact(40),
      country: 'UA',
      when,
      claimant: person(null, 'air_force'),
    });
  const incidents = resolve(
    [
      tally('a1', 'rep_a'),
      makeFact({
        id: 'a2',
        report_id: 'rep_a',
        kind: 'interception',
        weapon: 'uav',
        count: exact(1),
        region: { code: 'UA-30', name: 'Kyiv' },
        when,
        claimant: person('Vitali Klitschko', 'mayor'),
      }),
      tally('b1', 'rep_b'),
    ],
    [
      makeReport({ id: 'rep_a', published_at: '2025-06-12T08:00:00+03:00', publisher: 'Wire One' }),
      makeReport({ id: 'rep_b', published_at: '2025-06-12T09:00:00+03:00', publisher: 'Wire Two' }),
    ],
  );
  const wave = incidents.find((i) => i.claimants.length === 2);
  assert.ok(wave, JSON.stringify(incidents.map((i) => [i.kind, i.claimants, i.corroboration])));
  assert.deepEqual(wave.corroboration, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
});

test("an uncredited headline that is one origin with another outlet's credited story is that claimant's voice", () => {
  const drone = (id: string, claimant: Fact['claimant']) =>
    makeFact({
      id,
      report_id: `rep_${id}`,
      kind: 'interception',
      weapon: 'uav',
      count: exact(1),
      region: { code: 'RU-MOW', name: 'Moscow' },
      when,
      claimant,
    });
  const [one] = resolveNight({
    facts: [drone('h', null), drone('m', person(null, 'mayor')), drone('s', person('Sergei Sobyanin', 'mayor'))],
    reports: new Map(
      [
        makeReport({ id: 'rep_h', published_at: '2025-06-12T07:30:00+03:00', publisher: 'Daily Example' }),
        makeReport({ id: 'rep_m', published_at: '2025-06-12T07:45:00+03:00', publisher: 'Wire One' }),
        makeReport({ id: 'rep_s', published_at: '2025-06-12T08:50:00+03:00', publisher: 'Evening Example' }),
      ].map((r) => [r.id, r]),
    ),
    origins: new Map([
      ['rep_h', 'rep_h'],
      ['rep_m', 'rep_h'],
      ['rep_s', 'rep_s'],
    ]),
    nightKey: '2025-06-12',
  });
  assert.deepEqual(one!.corroboration, { reports: 3, origins: 2, voices: 1, status: 'single_origin' });
});
