import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { atLeast, exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';
import { KALUGA, MOSCOW, SEED_NIGHT, seedFacts, seedReportMap, seedReports, VORONEZH } from './seed-night.ts';

const NIGHT_KEY = '2025-05-07';
const ONE_ORIGIN = new Map([
  ['rep_a', 'rep_a'],
  ['rep_b', 'rep_a'],
]);

function resolve(facts: Fact[], reports: Report[], origins?: Map<string, string>): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: origins ?? new Map(reports.map((r) => [r.id, r.id])),
    nightKey: NIGHT_KEY,
  });
}

function only(incidents: Incident[], kind: string, region: string): Incident {
  const found = incidents.filter((i) => i.kind === kind && i.region?.code === region);
  assert.equal(found.length, 1, `one ${kind} incident in ${region}, got ${found.length}`);
  return found[0]!;
}

const report = (id: string, published_at: string): Report => makeReport({ id, published_at });

test('seed night: Kaluga 40 from two reports of one origin is one incident, reports 2, origins 1', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: ONE_ORIGIN,
    nightKey: NIGHT_KEY,
  });
  const kaluga = only(incidents, 'interception', 'RU-KLU');
  assert.deepEqual(kaluga.weapons, [{ type: 'uav', count: exact(40) }]);
  assert.deepEqual(kaluga.corroboration, { reports: 2, origins: 1, voices: 1, status: 'single_origin' });
  assert.deepEqual(kaluga.conflicts, []);
  assert.deepEqual(kaluga.claimants, [person('Vladislav Shapsha', 'governor')]);
  // The name as the earliest report wrote it.
  assert.deepEqual(kaluga.region, KALUGA);
  assert.deepEqual(kaluga.casualties, { killed: 0, injured: 0, children_killed: null, children_injured: null });
  assert.deepEqual(kaluga.when, SEED_NIGHT);
  assert.deepEqual(
    kaluga.sources.map((s) => [s.report_id, s.origin_id]),
    [
      ['rep_a', 'rep_a'],
      ['rep_b', 'rep_a'],
    ],
  );
  assert.equal(kaluga.updated_at, '2025-05-07T11:00:00+03:00');
  assert.deepEqual(kaluga.facts, ['rep_a-f1', 'rep_a-f2', 'rep_b-f1', 'rep_b-f2']);
  // Aggregates never make incidents: Kaluga, Moscow x2, Voronezh.
  assert.equal(incidents.length, 4);
  assert.ok(incidents.every((i) => !i.facts.includes('rep_b-f9')));
});

test('seed night with two independent origins is corroborated', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: new Map([
      ['rep_a', 'rep_a'],
      ['rep_b', 'rep_b'],
    ]),
    nightKey: NIGHT_KEY,
  });
  assert.deepEqual(only(incidents, 'interception', 'RU-KLU').corroboration, {
    reports: 2,
    origins: 2,
    voices: 2,
    status: 'corroborated',
  });
});

test('reasons are true statements about each fact', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: ONE_ORIGIN,
    originReasons: new Map([['rep_b', ['same 8 facts as rep_a (facts J=0.89)']]]),
    nightKey: NIGHT_KEY,
  });
  const kaluga = only(incidents, 'interception', 'RU-KLU');
  const byFact = new Map(kaluga.reasons.map((r) => [r.fact_id, r.reasons]));
  assert.deepEqual(byFact.get('rep_b-f1'), [
    'same region RU-KLU',
    'same kind interception',
    'window 2025-05-06T21:00+03:00..2025-05-07T07:00+03:00',
    'claimant Vladislav Shapsha',
    'count 40 agrees',
    'origin: same 8 facts as rep_a (facts J=0.89)',
  ]);
  assert.ok(byFact.get('rep_a-f2')!.includes('casualties in the region of the interception, window overlapping it'));
  assert.deepEqual(
    kaluga.reasons.map((r) => r.fact_id),
    kaluga.facts,
  );
});

test('a running tally 2, 4, 8, 32, 34 from the mayor is one incident showing 34 with 5 steps', () => {
  const sobyanin = person('Sergei Sobyanin', 'mayor');
  const hours = ['00', '01', '02', '04', '05'];
  const counts = [2, 4, 8, 32, 34];
  const reports = hours.map((h, i) => report(`rep_t${i}`, `2025-05-07T${h}:10:00+03:00`));
  const facts = counts.map((n, i) =>
    makeFact({
      id: `t${i}`,
      report_id: `rep_t${i}`,
      weapon: 'uav',
      count: exact(n),
      region: MOSCOW,
      area: 'approaching',
      claimant: sobyanin,
      // Each post speaks of its own hour: the windows do not overlap.
      when: {
        start: `2025-05-07T${hours[i]}:00:00+03:00`,
        end: `2025-05-07T${hours[i]}:10:00+03:00`,
        precision: 'hour',
      },
    }),
  );
  const incidents = resolve(facts, reports);
  assert.equal(incidents.length, 1);
  const [moscow] = incidents;
  assert.deepEqual(moscow!.weapons, [{ type: 'uav', count: exact(34) }]);
  assert.deepEqual(moscow!.conflicts, []);
  const steps = moscow!.tallies['weapons[uav].count']!;
  assert.deepEqual(
    steps.map((s) => s.value),
    counts,
  );
  assert.deepEqual(
    steps.map((s) => s.report_id),
    reports.map((r) => r.id),
  );
  assert.equal(moscow!.when!.start, '2025-05-07T00:00:00+03:00');
  assert.equal(moscow!.when!.end, '2025-05-07T05:10:00+03:00');
  // Five posts, five origins, but one voice: the mayor does not corroborate himself.
  assert.deepEqual(moscow!.corroboration, { reports: 5, origins: 5, voices: 1, status: 'single_origin' });
});

test('"another 3" adds to the running tally', () => {
  const sobyanin = person('Sergei Sobyanin', 'mayor');
  const facts = [
    makeFact({ id: 'x1', report_id: 'rep_x1', weapon: 'uav', count: exact(5), region: MOSCOW, claimant: sobyanin }),
    makeFact({
      id: 'x2',
      report_id: 'rep_x2',
      weapon: 'uav',
      count: exact(3),
      region: MOSCOW,
      claimant: sobyanin,
      increment: true,
    }),
  ];
  const [inc] = resolve(facts, [
    report('rep_x1', '2025-05-07T01:00:00+03:00'),
    report('rep_x2', '2025-05-07T02:00:00+03:00'),
  ]);
  assert.deepEqual(inc!.weapons[0]!.count, exact(8));
  assert.deepEqual(
    inc!.tallies['weapons[uav].count']!.map((s) => [s.value, s.increment]),
    [
      [5, false],
      [3, true],
    ],
  );
});

test('two reports of one instant quoting one voice with two totals are a conflict, whichever report id sorts first', () => {
  const gov = person('Ivan Petrov', 'governor');
  const region = { code: 'RU-BRY', name: 'Bryansk' };
  const fact = (id: string, n: number) =>
    makeFact({ id, report_id: `rep_${id}`, weapon: 'uav', count: exact(n), region, claimant: gov });
  for (const [low, high] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    const [inc] = resolve(
      [fact(low, 12), fact(high, 15)],
      [report(`rep_${low}`, '2025-05-07T08:00:00+03:00'), report(`rep_${high}`, '2025-05-07T08:00:00+03:00')],
    );
    assert.deepEqual(inc!.weapons[0]!.count, exact(15));
    assert.deepEqual(
      inc!.conflicts.map((c) => c.values.map((v) => v.value)),
      [[15, 12]],
    );
    assert.equal(inc!.corroboration.status, 'disputed');
    // Not a history: neither was said after the other.
    assert.deepEqual(inc!.tallies, {});
  }
  // The voice restating one of them later settles them.
  const [settled] = resolve(
    [fact('p', 12), fact('q', 15), fact('r', 15)],
    [
      report('rep_p', '2025-05-07T08:00:00+03:00'),
      report('rep_q', '2025-05-07T08:00:00+03:00'),
      report('rep_r', '2025-05-07T09:00:00+03:00'),
    ],
  );
  assert.deepEqual(settled!.weapons[0]!.count, exact(15));
  assert.deepEqual(settled!.conflicts, []);
  // One report's two "another 4" are two steps: 10, +4, +4 make 18.
  const more = (id: string, n: number) => ({ ...fact(id, n), report_id: 'rep_m', increment: true });
  const [stepped] = resolve(
    [
      { ...fact('m0', 10), report_id: 'rep_m' },
      more('m1', 4),
      { ...more('m2', 4), evidence: { start: 9, end: 10, text: 'x' } },
    ],
    [report('rep_m', '2025-05-07T08:00:00+03:00')],
  );
  assert.deepEqual(stepped!.weapons[0]!.count, exact(18));
  assert.deepEqual(
    stepped!.tallies['weapons[uav].count']!.map((s) => [s.value, s.increment]),
    [
      [10, false],
      [4, true],
      [4, true],
    ],
  );
  // A copy at the same instant of the later total is one step, and the earlier total is still a step before it.
  const [inc] = resolve(
    [fact('c', 12), fact('d', 15), fact('e', 15)],
    [
      report('rep_c', '2025-05-07T07:00:00+03:00'),
      report('rep_d', '2025-05-07T08:00:00+03:00'),
      report('rep_e', '2025-05-07T08:00:00+03:00'),
    ],
  );
  assert.deepEqual(inc!.conflicts, []);
  assert.deepEqual(
    inc!.tallies['weapons[uav].count']!.map((s) => s.value),
    [12, 15],
  );
});

test('a total that shrinks in a later, separate window is not a tally: two incidents', () => {
  const gov = person('Ivan Petrov', 'governor');
  const region = { code: 'RU-BRY', name: 'Bryansk' };
  const at = (h: string): Fact['when'] => ({
    start: `2025-05-06T${h}:00:00+03:00`,
    end: `2025-05-06T${h}:30:00+03:00`,
    precision: 'hour',
  });
  const facts = [
    makeFact({ id: 'e1', report_id: 'rep_e1', weapon: 'uav', count: exact(9), region, claimant: gov, when: at('19') }),
    makeFact({ id: 'e2', report_id: 'rep_e2', weapon: 'uav', count: exact(2), region, claimant: gov, when: at('23') }),
  ];
  const incidents = resolve(facts, [
    report('rep_e1', '2025-05-06T19:40:00+03:00'),
    report('rep_e2', '2025-05-06T23:40:00+03:00'),
  ]);
  assert.equal(incidents.length, 2);
  assert.deepEqual(
    incidents.map((i) => i.weapons[0]!.count!.value),
    [9, 2],
  );
});

test('ministry 40 vs governor 38: disputed, both values kept, 40 shown', () => {
  const facts = [
    makeFact({
      id: 'm1',
      report_id: 'rep_m',
      weapon: 'uav',
      count: exact(40),
      region: KALUGA,
      when: SEED_NIGHT,
      claimant: person(null, 'ministry'),
    }),
    makeFact({
      id: 'g1',
      report_id: 'rep_g',
      weapon: 'uav',
      count: exact(38),
      region: KALUGA,
      when: SEED_NIGHT,
      claimant: person('Vladislav Shapsha', 'governor'),
    }),
  ];
  const [inc] = resolve(facts, [
    report('rep_m', '2025-05-07T08:00:00+03:00'),
    report('rep_g', '2025-05-07T07:00:00+03:00'),
  ]);
  assert.deepEqual(inc!.conflicts, [
    {
      field: 'weapons[uav].count',
      values: [
        { value: 40, report_ids: ['rep_m'], claimants: [person(null, 'ministry')] },
        { value: 38, report_ids: ['rep_g'], claimants: [person('Vladislav Shapsha', 'governor')] },
      ],
    },
  ]);
  assert.equal(inc!.corroboration.status, 'disputed');
  assert.deepEqual(inc!.weapons[0]!.count, exact(40));
  const reasons = new Map(inc!.reasons.map((r) => [r.fact_id, r.reasons]));
  assert.ok(reasons.get('g1')!.includes('count 38 conflicts with 40'));
  assert.ok(reasons.get('m1')!.includes('count 40 agrees'));
});

test('the value backed by more origins wins; a conflict inside one origin is not a dispute', () => {
  const w = { weapon: 'uav' as const, region: KALUGA, when: SEED_NIGHT };
  const facts = [
    makeFact({ id: 'a', report_id: 'rep_1', count: exact(38), claimant: person('Shapsha', 'governor'), ...w }),
    makeFact({ id: 'b', report_id: 'rep_2', count: exact(38), claimant: person(null, 'ministry'), ...w }),
    makeFact({ id: 'c', report_id: 'rep_3', count: exact(40), claimant: person(null, 'media'), ...w }),
  ];
  const reports = [
    report('rep_1', '2025-05-07T07:00:00+03:00'),
    report('rep_2', '2025-05-07T08:00:00+03:00'),
    report('rep_3', '2025-05-07T09:00:00+03:00'),
  ];
  const [disputed] = resolve(facts, reports);
  assert.equal(disputed!.weapons[0]!.count!.value, 38);
  assert.equal(disputed!.corroboration.status, 'disputed');

  const sameOrigin = new Map(reports.map((r) => [r.id, 'rep_1']));
  const [garbled] = resolve(facts, reports, sameOrigin);
  assert.equal(garbled!.conflicts.length, 1);
  assert.equal(garbled!.corroboration.status, 'single_origin');
});

test('"over 70" and 72 agree; an approximate "about 30" agrees with 32', () => {
  const w = { weapon: 'uav' as const, region: MOSCOW, when: SEED_NIGHT };
  const facts = [
    makeFact({ id: 'o1', report_id: 'rep_1', count: atLeast(71), claimant: person(null, 'media'), ...w }),
    makeFact({ id: 'o2', report_id: 'rep_2', count: exact(72), claimant: person(null, 'ministry'), ...w }),
  ];
  const [inc] = resolve(facts, [
    report('rep_1', '2025-05-07T07:00:00+03:00'),
    report('rep_2', '2025-05-07T08:00:00+03:00'),
  ]);
  assert.deepEqual(inc!.conflicts, []);
  assert.deepEqual(inc!.weapons[0]!.count, exact(72));
  // An outlet credited with "over 70" beside the ministry's 72 may retell the ministry: no second voice
  // (resolve/nameless-voices.ts).
  assert.equal(inc!.corroboration.status, 'single_origin');

  const approx = [
    makeFact({ id: 'p1', report_id: 'rep_1', count: { value: 30, min: null, max: null, approx: true }, ...w }),
    makeFact({ id: 'p2', report_id: 'rep_2', count: exact(32), ...w }),
  ];
  const [near] = resolve(approx, [
    report('rep_1', '2025-05-07T07:00:00+03:00'),
    report('rep_2', '2025-05-07T08:00:00+03:00'),
  ]);
  assert.deepEqual(near!.conflicts, []);
});

test('aggregate "over 70" is consistent with 40 + 32 and attached to both incidents', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: ONE_ORIGIN,
    nightKey: NIGHT_KEY,
  });
  const kaluga = only(incidents, 'interception', 'RU-KLU');
  const moscow = only(incidents, 'interception', 'RU-MOW');
  assert.equal(kaluga.aggregates.length, 1);
  const [check] = kaluga.aggregates;
  assert.equal(check!.fact_id, 'rep_b-f9');
  assert.equal(check!.sum, 72);
  assert.equal(check!.consistent, true);
  assert.deepEqual(check!.incident_ids, [kaluga.id, moscow.id].sort());
  assert.deepEqual(moscow.aggregates, kaluga.aggregates);
  // Voronezh's high-speed target is not a drone: not part of the drone sum.
  assert.deepEqual(only(incidents, 'interception', 'RU-VOR').aggregates, []);
});

test('aggregate "over 70" against 30 + 20 is inconsistent', () => {
  const w = { weapon: 'uav' as const, when: SEED_NIGHT, report_id: 'rep_s' };
  const facts = [
    makeFact({ id: 's1', count: exact(30), region: KALUGA, ...w }),
    makeFact({ id: 's2', count: exact(20), region: MOSCOW, ...w }),
    makeFact({ id: 's3', count: atLeast(71), aggregate: true, ...w }),
  ];
  const incidents = resolve(facts, [report('rep_s', '2025-05-07T08:00:00+03:00')]);
  assert.equal(incidents.length, 2);
  for (const inc of incidents) {
    assert.equal(inc.aggregates.length, 1);
    assert.equal(inc.aggregates[0]!.sum, 50);
    assert.equal(inc.aggregates[0]!.consistent, false);
  }
});

test('an aggregate from an unrelated report covers nothing', () => {
  const facts = [
    makeFact({ id: 'u1', report_id: 'rep_u1', weapon: 'uav', count: exact(30), region: KALUGA, when: SEED_NIGHT }),
    makeFact({ id: 'u2', report_id: 'rep_u2', weapon: 'uav', count: atLeast(71), aggregate: true, when: SEED_NIGHT }),
  ];
  const [inc] = resolve(facts, [
    report('rep_u1', '2025-05-07T08:00:00+03:00'),
    report('rep_u2', '2025-05-07T09:00:00+03:00'),
  ]);
  assert.deepEqual(inc!.aggregates, []);
});

test('an airport disruption and the interception over the same region are related both ways', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: ONE_ORIGIN,
    nightKey: NIGHT_KEY,
  });
  const airports = only(incidents, 'airport_disruption', 'RU-MOW');
  const moscow = only(incidents, 'interception', 'RU-MOW');
  assert.deepEqual(airports.related, [moscow.id]);
  assert.deepEqual(moscow.related, [airports.id]);
  assert.deepEqual(airports.diverted_to, ['GOJ', 'KZN', 'LED']);
  assert.deepEqual(only(incidents, 'interception', 'RU-KLU').related, []);
});

// ux41 #6: a ministry's «20 уничтожены над Белгородской областью» and the governor's «дрон попал в подстанцию» that
// night were two incidents with nothing between them.
test('an interception and a strike of one region the same night are related both ways, never merged', () => {
  const region = { code: 'RU-BEL', name: 'Belgorod Oblast' };
  const ministry = person(null, 'ministry');
  const facts = [
    makeFact({
      id: 'm1',
      report_id: 'rep_m',
      weapon: 'uav',
      count: exact(12),
      region,
      when: SEED_NIGHT,
      claimant: ministry,
    }),
    makeFact({
      id: 'g1',
      report_id: 'rep_g',
      kind: 'strike',
      weapon: 'uav',
      count: exact(1),
      region,
      when: SEED_NIGHT,
      claimant: person('Иван Петров', 'governor'),
    }),
    makeFact({
      id: 'v1',
      report_id: 'rep_v',
      weapon: 'uav',
      count: exact(3),
      region: VORONEZH,
      when: SEED_NIGHT,
      claimant: person('Пётр Сидоров', 'governor'),
    }),
  ];
  const reports = [
    report('rep_m', '2025-05-07T07:30:00+03:00'),
    report('rep_g', '2025-05-07T08:10:00+03:00'),
    report('rep_v', '2025-05-07T07:35:00+03:00'),
  ];
  for (const order of [facts, [...facts].reverse()]) {
    const incidents = resolve(order, reports);
    const downed = only(incidents, 'interception', 'RU-BEL');
    const hit = only(incidents, 'strike', 'RU-BEL');
    assert.deepEqual(downed.related, [hit.id]);
    assert.deepEqual(hit.related, [downed.id]);
    assert.deepEqual(downed.conflicts, []);
    assert.deepEqual(only(incidents, 'interception', 'RU-VOR').related, []);
  }
  // A strike whose window does not meet the interception's (a daytime hit after the night's count) is not linked.
  const day = night('2025-05-07T09:00:00+03:00', '2025-05-07T12:00:00+03:00');
  const apart = resolve([facts[0]!, { ...facts[1]!, when: day }], reports);
  assert.deepEqual(only(apart, 'interception', 'RU-BEL').related, []);
});

// Review 41b: a week's tally («за прошедшую неделю над Белгородской областью уничтожены 150 беспилотников») was linked
// to that night's strike in the region, as its window meets every night of the week.
test('an interception or strike whose window is longer than a day is related to no strike or interception', () => {
  const region = { code: 'RU-BEL', name: 'Belgorod Oblast' };
  const week = night('2025-04-30T18:00:00+03:00', '2025-05-07T18:00:00+03:00');
  const tally = makeFact({
    id: 'w1',
    report_id: 'rep_w',
    weapon: 'uav',
    count: exact(150),
    region,
    when: week,
    claimant: person('Иван Петров', 'governor'),
  });
  const hit = makeFact({
    id: 'g1',
    report_id: 'rep_g',
    kind: 'strike',
    weapon: 'uav',
    count: exact(1),
    region,
    when: SEED_NIGHT,
    claimant: person('Иван Петров', 'governor'),
  });
  const reports = [report('rep_w', '2025-05-07T18:30:00+03:00'), report('rep_g', '2025-05-07T08:10:00+03:00')];
  for (const facts of [
    [tally, hit],
    // The other way round: a strike told over the week beside one night's count.
    [
      { ...tally, when: SEED_NIGHT },
      { ...hit, when: week },
    ],
  ]) {
    const incidents = resolve(facts, reports);
    assert.deepEqual(only(incidents, 'interception', 'RU-BEL').related, []);
    assert.deepEqual(only(incidents, 'strike', 'RU-BEL').related, []);
  }
});

test("a nationwide wave is related to the strikes of the regions it names, not to every region's", () => {
  const ministry = person(null, 'ministry');
  const belgorod = { code: 'RU-BEL', name: 'Belgorod Oblast' };
  const facts = [
    makeFact({
      id: 'n1',
      report_id: 'rep_n',
      weapon: 'uav',
      count: exact(40),
      when: SEED_NIGHT,
      country: 'RU',
      claimant: ministry,
    }),
    makeFact({
      id: 'n2',
      report_id: 'rep_n',
      weapon: 'uav',
      count: exact(12),
      region: belgorod,
      when: SEED_NIGHT,
      claimant: ministry,
    }),
    makeFact({
      id: 'g1',
      report_id: 'rep_g',
      kind: 'strike',
      weapon: 'uav',
      count: exact(1),
      region: belgorod,
      when: SEED_NIGHT,
      claimant: person('Иван Петров', 'governor'),
    }),
    makeFact({
      id: 'k1',
      report_id: 'rep_k',
      kind: 'strike',
      weapon: 'uav',
      count: exact(1),
      region: KALUGA,
      when: SEED_NIGHT,
      claimant: person('Пётр Сидоров', 'governor'),
    }),
  ];
  const incidents = resolve(facts, [
    report('rep_n', '2025-05-07T07:30:00+03:00'),
    report('rep_g', '2025-05-07T08:10:00+03:00'),
    report('rep_k', '2025-05-07T08:20:00+03:00'),
  ]);
  const wave = incidents.find((i) => i.kind === 'interception');
  assert.ok(wave);
  const hit = only(incidents, 'strike', 'RU-BEL');
  assert.deepEqual(wave.related, [hit.id]);
  assert.deepEqual(hit.related, [wave.id]);
  assert.deepEqual(only(incidents, 'strike', 'RU-KLU').related, []);
});

test('effects merge into the interception: unique by kind and object, details merged', () => {
  const incidents = resolveNight({
    facts: seedFacts,
    reports: seedReportMap,
    origins: ONE_ORIGIN,
    nightKey: NIGHT_KEY,
  });
  const voronezh = only(incidents, 'interception', 'RU-VOR');
  assert.deepEqual(voronezh.effects, [
    { kind: 'damage', object: 'residential_building', detail: 'windows, facades, window panes' },
    { kind: 'fire', object: 'administrative_building', detail: null },
    { kind: 'power_outage', object: null, detail: null },
  ]);
  assert.deepEqual(voronezh.weapons, [{ type: 'high_speed_target', count: exact(1) }]);
  assert.deepEqual(voronezh.claimants, [person('Alexander Gusev', 'governor')]);
  assert.deepEqual(voronezh.region, VORONEZH);
});

test('effects prefer a strike; a bare "fire" is dropped beside a located fire; alone they are "damage"', () => {
  const region = { code: 'RU-BEL', name: 'Belgorod' };
  const base = { region, when: SEED_NIGHT, report_id: 'rep_1' };
  const facts = [
    makeFact({ id: 'k1', kind: 'strike', weapon: 'fpv_drone', ...base }),
    makeFact({ id: 'k2', kind: 'interception', weapon: 'uav', count: exact(3), ...base }),
    makeFact({ id: 'k3', kind: 'fire', object: 'vehicle', ...base }),
    makeFact({ id: 'k4', kind: 'fire', ...base }),
  ];
  const incidents = resolve(facts, [report('rep_1', '2025-05-07T08:00:00+03:00')]);
  const strike = only(incidents, 'strike', 'RU-BEL');
  assert.deepEqual(strike.effects, [{ kind: 'fire', object: 'vehicle', detail: null }]);
  assert.deepEqual(only(incidents, 'interception', 'RU-BEL').effects, []);

  const lonely = [
    makeFact({
      id: 'l1',
      kind: 'debris',
      region,
      when: SEED_NIGHT,
      report_id: 'rep_1',
      object: 'residential_building',
    }),
    makeFact({
      id: 'l2',
      kind: 'casualties',
      region: VORONEZH,
      when: SEED_NIGHT,
      report_id: 'rep_1',
      casualties: { killed: null, injured: 2, children_killed: null, children_injured: null },
    }),
  ];
  const own = resolve(lonely, [report('rep_1', '2025-05-07T08:00:00+03:00')]);
  // Same window: sorted by kind.
  assert.deepEqual(
    own.map((i) => [i.kind, i.region!.code]),
    [
      ['casualties', 'RU-VOR'],
      ['damage', 'RU-BEL'],
    ],
  );
  assert.deepEqual(own.find((i) => i.kind === 'casualties')!.casualties, {
    killed: null,
    injured: 2,
    children_killed: null,
    children_injured: null,
  });
});

test('casualties: a stated 0 stays 0, an unstated field stays null, different claims conflict', () => {
  const base = { kind: 'casualties' as const, region: KALUGA, when: SEED_NIGHT };
  const stated = [
    makeFact({
      id: 'c1',
      report_id: 'rep_1',
      casualties: { killed: null, injured: 0, children_killed: null, children_injured: null },
      ...base,
    }),
  ];
  const [zero] = resolve(stated, [report('rep_1', '2025-05-07T08:00:00+03:00')]);
  assert.deepEqual(zero!.casualties, { killed: null, injured: 0, children_killed: null, children_injured: null });

  const silent = [makeFact({ id: 'c0', report_id: 'rep_1', kind: 'interception', region: KALUGA, when: SEED_NIGHT })];
  const [none] = resolve(silent, [report('rep_1', '2025-05-07T08:00:00+03:00')]);
  assert.deepEqual(none!.casualties, { killed: null, injured: null, children_killed: null, children_injured: null });

  const differing = [
    ...stated,
    makeFact({
      id: 'c2',
      report_id: 'rep_2',
      casualties: { killed: null, injured: 2, children_killed: null, children_injured: null },
      claimant: person(null, 'ministry'),
      ...base,
    }),
  ];
  // Half an hour apart: a higher toll told hours later would be the count's later step (rising-toll.test.ts).
  const [disputed] = resolve(differing, [
    report('rep_1', '2025-05-07T08:00:00+03:00'),
    report('rep_2', '2025-05-07T08:30:00+03:00'),
  ]);
  assert.equal(disputed!.casualties.injured, 2);
  assert.deepEqual(
    disputed!.conflicts.map((c) => c.field),
    ['casualties.injured'],
  );
  assert.equal(disputed!.corroboration.status, 'disputed');
});

test('a fact with no window joins the largest incident of its region and kind', () => {
  const base = { region: KALUGA, weapon: 'uav' as const };
  const facts = [
    makeFact({ id: 'w1', report_id: 'rep_1', when: SEED_NIGHT, count: exact(4), ...base }),
    makeFact({ id: 'w2', report_id: 'rep_2', when: SEED_NIGHT, count: exact(4), ...base }),
    makeFact({
      id: 'w3',
      report_id: 'rep_3',
      when: { start: '2025-05-07T12:00:00+03:00', end: '2025-05-07T13:00:00+03:00', precision: 'hour' },
      count: exact(1),
      ...base,
    }),
    makeFact({ id: 'w4', report_id: 'rep_4', ...base }),
  ];
  const reports = ['rep_1', 'rep_2', 'rep_3', 'rep_4'].map((id, i) => report(id, `2025-05-07T1${i}:00:00+03:00`));
  const incidents = resolve(facts, reports);
  assert.equal(incidents.length, 2);
  assert.deepEqual(incidents[0]!.facts, ['w1', 'w2', 'w4']);
  assert.deepEqual(incidents[1]!.facts, ['w3']);
  // Sorted by window start; the hour-precise window is the second incident's window.
  assert.equal(incidents[1]!.when!.precision, 'hour');
});

function mixedNight(): { facts: Fact[]; reports: Report[]; origins: Map<string, string> } {
  const sobyanin = person('Сергей Собянин', 'mayor');
  const extra = [2, 5, 9].map((n, i) =>
    makeFact({
      id: `mx${i}`,
      report_id: `rep_mx${i}`,
      weapon: 'uav',
      count: exact(n),
      region: MOSCOW,
      claimant: sobyanin,
      increment: i === 2,
      when: { start: `2025-05-07T0${i}:00:00+03:00`, end: `2025-05-07T0${i}:20:00+03:00`, precision: 'hour' },
    }),
  );
  const dispute = makeFact({
    id: 'md',
    report_id: 'rep_md',
    weapon: 'uav',
    count: exact(38),
    region: KALUGA,
    when: SEED_NIGHT,
    claimant: person(null, 'ministry'),
  });
  const reports = [
    ...seedReports,
    ...[0, 1, 2].map((i) => report(`rep_mx${i}`, `2025-05-07T0${i}:30:00+03:00`)),
    report('rep_md', '2025-05-07T10:00:00+03:00'),
  ];
  const origins = new Map(reports.map((r) => [r.id, r.id === 'rep_b' ? 'rep_a' : r.id]));
  return { facts: [...seedFacts, ...extra, dispute], reports, origins };
}

test('order independence: the same facts shuffled 20 times give deep-equal incidents', () => {
  const { facts, reports, origins } = mixedNight();
  const expected = resolve(facts, reports, origins);
  assert.ok(expected.some((i) => i.conflicts.length > 0));
  assert.ok(expected.some((i) => Object.keys(i.tallies).length > 0));
  for (let seed = 1; seed <= 20; seed++) {
    const shuffledOrigins = new Map(seededShuffle([...origins.entries()], seed + 100));
    const got = resolve(seededShuffle(facts, seed), seededShuffle(reports, seed + 50), shuffledOrigins);
    assert.deepEqual(got, expected, `seed ${seed}`);
  }
});

test('resolving twice gives identical output; the output is sorted by window start, kind, region', () => {
  const { facts, reports, origins } = mixedNight();
  const first = resolve(facts, reports, origins);
  const second = resolve(facts, reports, origins);
  assert.equal(JSON.stringify(second), JSON.stringify(first));
  const keys = first.map((i) => [Date.parse(i.when!.start), i.kind, i.region!.code] as const);
  const sorted = [...keys].sort(
    (a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || (a[2] < b[2] ? -1 : 1),
  );
  assert.deepEqual(keys, sorted);
  assert.equal(new Set(first.map((i) => i.id)).size, first.length);
});

test('one claimant is one voice: "the governor" and "Governor Ivan Petrov" from two outlets are not corroboration', () => {
  const when = night('2025-05-06T21:00:00+03:00', '2025-05-07T06:00:00+03:00');
  const fact = (id: string, claimant: ReturnType<typeof person>) =>
    makeFact({ id, report_id: `rep_${id}`, weapon: 'uav', count: exact(12), region: MOSCOW, when, claimant });
  const reports = [report('rep_g1', '2025-05-07T08:00:00+03:00'), report('rep_g2', '2025-05-07T08:30:00+03:00')];
  const [one] = resolve([fact('g1', person(null, 'governor')), fact('g2', person('Ivan Petrov', 'governor'))], reports);
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 1, status: 'single_origin' });

  // Two named governors: the unnamed one could be either, and the two named ones are two voices.
  const three = [...reports, report('rep_g3', '2025-05-07T09:00:00+03:00')];
  const [two] = resolve(
    [
      fact('g1', person(null, 'governor')),
      fact('g2', person('Ivan Petrov', 'governor')),
      fact('g3', person('Pyotr Ivanov', 'governor')),
    ],
    three,
  );
  assert.equal(two!.corroboration.voices, 3);
  assert.equal(two!.corroboration.status, 'corroborated');
});

test('updated_at is the latest post or edit among its sources: an edited report moves it', () => {
  const when = night('2025-05-06T21:00:00+03:00', '2025-05-07T06:00:00+03:00');
  const facts = ['e1', 'e2'].map((id) =>
    makeFact({ id, report_id: `rep_${id}`, weapon: 'uav', count: exact(12), region: MOSCOW, when }),
  );
  const plain = [report('rep_e1', '2025-05-07T08:00:00+03:00'), report('rep_e2', '2025-05-07T08:30:00+03:00')];
  assert.equal(resolve(facts, plain)[0]!.updated_at, '2025-05-07T08:30:00+03:00');
  // The earlier post edited at noon: the incident was updated then, not at the later post's time.
  const edited = [{ ...plain[0]!, edited_at: '2025-05-07T12:00:00+03:00' }, plain[1]!];
  assert.equal(resolve(facts, edited)[0]!.updated_at, '2025-05-07T12:00:00+03:00');
  // An edit older than the newest post changes nothing.
  const early = [{ ...plain[0]!, edited_at: '2025-05-07T08:10:00+03:00' }, plain[1]!];
  assert.equal(resolve(facts, early)[0]!.updated_at, '2025-05-07T08:30:00+03:00');
});

test("an incident's place is one every report that counts its attack tells of: an oblast's total never stands at a town", () => {
  const region = { code: 'UA-51', name: 'Odesa Oblast' };
  const izmail = { name: 'Izmail', lat: 45.35, lon: 28.84 };
  const overOblast = makeFact({ id: 'o1', report_id: 'rep_o', weapon: 'uav', count: exact(11), region });
  const hitAt = (id: string, report_id: string) =>
    makeFact({ id, report_id, kind: 'strike', weapon: 'uav', region, place: izmail });
  const fire = makeFact({ id: 'f1', report_id: 'rep_i', kind: 'fire', region });
  const reports = [report('rep_o', '2025-05-07T06:10:00+03:00'), report('rep_i', '2025-05-07T07:30:00+03:00')];
  // The oblast's interception and the town's strike: no place, the town listed.
  const [both] = resolve(
    [overOblast, { ...hitAt('s1', 'rep_o'), place: null }, hitAt('s2', 'rep_i'), fire],
    reports,
  ).filter((i) => i.kind === 'strike');
  assert.equal(both!.place, null);
  assert.deepEqual(
    both!.places?.map((p) => p.name),
    ['Izmail'],
  );
  // Every report that counts the attack names the town (an effect told without it does not matter): the town.
  const [town] = resolve([hitAt('s3', 'rep_o'), hitAt('s4', 'rep_i'), fire], reports);
  assert.equal(town!.place?.name, 'Izmail');
  // One report: the oblast's 11 downed and debris at the town. The count is the oblast's, so no place; the town listed.
  const debris = makeFact({ id: 'd1', report_id: 'rep_o', kind: 'debris', weapon: 'uav', region, place: izmail });
  const [counted] = resolve([overOblast, debris], reports).filter((i) => i.kind === 'interception');
  assert.equal(counted!.place, null);
  assert.deepEqual(
    counted!.places?.map((p) => p.name),
    ['Izmail'],
  );
  // An uncounted strike beside its report's damage at the town still stands at the town.
  const strike = makeFact({ id: 'u1', report_id: 'rep_o', kind: 'strike', weapon: 'uav', region });
  const damage = makeFact({ id: 'u2', report_id: 'rep_o', kind: 'damage', region, place: izmail });
  const [uncounted] = resolve([strike, damage], reports).filter((i) => i.kind === 'strike');
  assert.equal(uncounted!.place?.name, 'Izmail');
});
