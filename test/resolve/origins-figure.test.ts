import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { assignOrigins, type OriginInput } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput, person, seededShuffle } from './make.ts';

// Invented texts and figures, written for these tests.

const input = originInput;

const ministry = person(null, 'ministry');

function uav(reportId: string, n: number, count: number, region: string | null, extra: Partial<Fact> = {}): Fact {
  return makeFact({
    id: `${reportId}-${n}`,
    report_id: reportId,
    weapon: 'uav',
    count: exact(count),
    region: region ? { code: region, name: region } : null,
    claimant: ministry,
    ...extra,
  });
}

// The ministry's list, with its total read at the place of its first part (as extraction sometimes does).
const LIST = makeReport({
  id: 'rep_list',
  publisher: 'Channel A',
  published_at: '2025-03-09T07:02:00+03:00',
  text:
    'Defence ministry: "Overnight air defences destroyed 37 drones: 21 over Tula Oblast, 9 over Kaluga Oblast, ' +
    '7 over Oryol Oblast."',
});
const listFacts = (): Fact[] => [
  uav('rep_list', 1, 37, 'RU-TUL'),
  uav('rep_list', 2, 21, 'RU-TUL'),
  uav('rep_list', 3, 9, 'RU-KLU'),
  uav('rep_list', 4, 7, 'RU-ORL'),
];

test("a headline that gives the same voice's total is one origin with the list it sums up", () => {
  const headline = makeReport({
    id: 'rep_head',
    publisher: 'Channel B',
    published_at: '2025-03-09T07:10:00+03:00',
    text: 'Thirty-seven Ukrainian UAVs downed above Russian regions during the night (37) — the ministry',
  });
  const { origins, reasons } = assignOrigins([
    input(headline, [uav('rep_head', 1, 37, null, { aggregate: true })]),
    input(LIST, listFacts()),
  ]);
  assert.equal(origins.get('rep_head'), 'rep_list');
  assert.match(reasons.get('rep_head')![0]!, /^same figure 37 \(interception, uav\) from ministry as rep_list$/);
});

test('a figure that is a part of one report and the whole of the other is no retelling of it', () => {
  // The ministry's later post on one region: its figure is the list's part for that region, not its total.
  const later = makeReport({
    id: 'rep_later',
    publisher: 'Channel B',
    published_at: '2025-03-09T11:40:00+03:00',
    text: 'Between 10:00 and 11:30 another 9 fixed-wing UAVs were destroyed above Kaluga Oblast, the ministry said.',
  });
  const { origins } = assignOrigins([input(later, [uav('rep_later', 1, 9, 'RU-KLU')]), input(LIST, listFacts())]);
  assert.equal(origins.get('rep_later'), 'rep_later');
});

test('a post that opens on another statement and adds the total further down does not retell the total', () => {
  const damage = makeReport({
    id: 'rep_damage',
    publisher: 'Channel B',
    published_at: '2025-03-09T07:20:00+03:00',
    text:
      'Debris fell on a warehouse roof in a Tula suburb, the governor said; no one was hurt.\n\nThe window frames ' +
      'of two houses nearby were broken.\n\nThe ministry later put the night total at 37 drones.',
  });
  const { origins } = assignOrigins([
    input(damage, [
      makeFact({
        id: 'rep_damage-1',
        report_id: 'rep_damage',
        kind: 'debris',
        region: { code: 'RU-TUL', name: 'Tula' },
      }),
      uav('rep_damage', 2, 37, null),
    ]),
    input(LIST, listFacts()),
  ]);
  assert.equal(origins.get('rep_damage'), 'rep_damage');
});

test('the same figure from other voices, other places, far apart in time or of one drone makes no origin', () => {
  const head = (id: string, at: string, text: string, fact: Fact): OriginInput =>
    input(makeReport({ id, publisher: `Channel ${id}`, published_at: at, text }), [fact]);
  // Each pair differs in its fact keys, so that only a figure could join it (same-fact rules aside).
  const governor = person('Ivan Petrov', 'governor');
  const items = [
    head(
      'rep_g1',
      '2025-03-09T08:00:00+03:00',
      'Governor: 4 drones shot down over the region (4)',
      uav('rep_g1', 1, 4, null, { claimant: governor }),
    ),
    head(
      'rep_g2',
      '2025-03-09T08:05:00+03:00',
      'Ministry: 4 drones destroyed above Bryansk Oblast (4)',
      uav('rep_g2', 1, 4, 'RU-BRY'),
    ),
    head(
      'rep_p1',
      '2025-03-09T08:10:00+03:00',
      'Ministry says 6 UAVs intercepted above Kursk Oblast (6)',
      uav('rep_p1', 1, 6, 'RU-KRS'),
    ),
    head(
      'rep_p2',
      '2025-03-09T08:15:00+03:00',
      'Six drones hit over Belgorod Oblast, ministry says (6)',
      uav('rep_p2', 1, 6, 'RU-BEL'),
    ),
    head(
      'rep_t1',
      '2025-03-09T06:00:00+03:00',
      'Ministry: 15 drones destroyed during the night (15)',
      uav('rep_t1', 1, 15, null),
    ),
    head(
      'rep_t2',
      '2025-03-10T06:00:00+03:00',
      'Ministry tallies 15 UAVs downed last night (15)',
      uav('rep_t2', 1, 15, 'RU-VOR'),
    ),
    head(
      'rep_o1',
      '2025-03-09T09:00:00+03:00',
      'Ministry: one drone flying at the city destroyed (1)',
      uav('rep_o1', 1, 1, null),
    ),
    head(
      'rep_o2',
      '2025-03-09T09:40:00+03:00',
      'Ministry: 1 UAV destroyed on approach to the city (1)',
      uav('rep_o2', 1, 1, 'RU-MOW'),
    ),
  ];
  const { origins } = assignOrigins(items);
  for (const { report } of items) assert.equal(origins.get(report.id), report.id, report.id);
});

test('figure links do not depend on the order of the reports', () => {
  const headline = (id: string, at: string): OriginInput =>
    input(
      makeReport({
        id,
        publisher: `Channel ${id}`,
        published_at: at,
        text: `Ministry: 37 drones down over the regions (${id})`,
      }),
      [uav(id, 1, 37, null, { aggregate: true })],
    );
  const items = [
    input(LIST, listFacts()),
    headline('rep_h1', '2025-03-09T07:05:00+03:00'),
    headline('rep_h2', '2025-03-09T07:30:00+03:00'),
  ];
  const expected = assignOrigins(items).origins;
  assert.equal(expected.get('rep_h2'), 'rep_list');
  for (const seed of [1, 2, 3]) assert.deepEqual(assignOrigins(seededShuffle(items, seed)).origins, expected);
});

test("a roundup that gives several voices' counts is no retelling of one of them", () => {
  const mayor = person('Anna Lebedeva', 'mayor');
  const post = makeReport({
    id: 'rep_mayor',
    publisher: 'Channel A',
    published_at: '2025-03-09T06:30:00+03:00',
    text: 'In all, 12 drones flying at the city were downed overnight, the mayor said in her last update.',
  });
  const roundup = makeReport({
    id: 'rep_roundup',
    publisher: 'Channel B',
    published_at: '2025-03-09T09:00:00+03:00',
    text:
      'The mayor counted 12 drones downed on approach to the city overnight. The ministry put the night total over ' +
      'Tula Oblast at 21, and the governor spoke of a damaged substation.',
  });
  const { origins } = assignOrigins([
    input(post, [uav('rep_mayor', 1, 12, 'RU-MOW', { claimant: mayor })]),
    // Three facts, so that the one shared is not half of them (the same-claimant rule of the content links).
    input(roundup, [
      uav('rep_roundup', 1, 12, 'RU-MOW', { claimant: mayor }),
      uav('rep_roundup', 2, 21, 'RU-TUL'),
      makeFact({
        id: 'rep_roundup-3',
        report_id: 'rep_roundup',
        kind: 'damage',
        region: { code: 'RU-TUL', name: 'Tula' },
      }),
    ]),
  ]);
  assert.equal(origins.get('rep_roundup'), 'rep_roundup');
  // The mayor's count alone, retold, is the mayor's statement.
  const retold = makeReport({
    id: 'rep_retold',
    publisher: 'Channel C',
    published_at: '2025-03-09T07:00:00+03:00',
    text: 'Lebedeva: air defences brought down 12 UAVs heading for the city during the night',
  });
  const again = assignOrigins([
    input(post, [uav('rep_mayor', 1, 12, 'RU-MOW', { claimant: mayor })]),
    input(retold, [uav('rep_retold', 1, 12, null, { claimant: person('Lebedeva', null) })]),
  ]);
  assert.equal(again.origins.get('rep_retold'), 'rep_mayor');
});

test("an outlet's own figure is filed under no outlet, even beside a figure it credits to one", () => {
  const media = person(null, 'media');
  const credit = (text: string, inferred: boolean) => ({ claimant: { start: 0, end: 0, text, inferred } });
  // An outlet's own story: its own count of drones over Belgorod Oblast (no credit), and a figure it quotes from TASS.
  const own = makeReport({
    id: 'rep_own',
    publisher: 'Channel A',
    published_at: '2025-03-09T08:00:00+03:00',
    text: 'Our correspondent counted 12 drones downed over Belgorod Oblast overnight. TASS later wrote of 5 missiles.',
  });
  // Another channel crediting TASS with 12 drones, told of no region.
  const quoted = makeReport({
    id: 'rep_tass',
    publisher: 'Channel B',
    published_at: '2025-03-09T08:30:00+03:00',
    text: 'TASS: 12 UAVs were shot down during the night',
  });
  const { origins } = assignOrigins([
    input(own, [
      uav('rep_own', 1, 12, 'RU-BEL', { claimant: media, fields: credit('Channel A', true) }),
      uav('rep_own', 2, 5, 'RU-KRS', { claimant: media, weapon: 'missile', fields: credit('TASS', false) }),
    ]),
    input(quoted, [uav('rep_tass', 1, 12, null, { claimant: media, fields: credit('TASS', false) })]),
  ]);
  assert.equal(origins.get('rep_tass'), 'rep_tass');
});
