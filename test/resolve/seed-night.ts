// The seed night as hand-built facts: two articles (invented wording, not the seeds' texts) that report
// one set of statements about the night of 6 to 7 May 2025. Shared by the incident tests.
import type { Fact, Report } from '../../src/core/types.ts';
import { atLeast, exact, makeFact, makeReport, night, person } from './make.ts';

export const SEED_NIGHT = night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00');
export const KALUGA = { code: 'RU-KLU', name: 'Kaluga Oblast' };
export const MOSCOW = { code: 'RU-MOW', name: 'Moscow' };
export const VORONEZH = { code: 'RU-VOR', name: 'Voronezh Oblast' };

export const seedReports: Report[] = [
  makeReport({
    id: 'rep_a',
    published_at: '2025-05-07T09:00:00+03:00',
    title: 'Forty drones downed over Kaluga',
    url: 'https://news.example/a',
    publisher: 'Example News',
  }),
  makeReport({
    id: 'rep_b',
    published_at: '2025-05-07T11:00:00+03:00',
    title: 'Governor: 40 UAVs destroyed',
    url: 'https://wire.example/b',
    publisher: 'Example Wire',
  }),
];

function reportFacts(rid: 'rep_a' | 'rep_b'): Fact[] {
  const f = (n: number, partial: Partial<Fact>): Fact =>
    makeFact({
      id: `${rid}-f${n}`,
      report_id: rid,
      when: SEED_NIGHT,
      evidence: { start: n * 100, end: n * 100 + 80, text: '' },
      ...partial,
    });
  const gusev = person('Alexander Gusev', 'governor');
  return [
    f(1, {
      weapon: 'uav',
      count: exact(40),
      region: rid === 'rep_a' ? KALUGA : { code: 'RU-KLU', name: 'Kaluga region' },
      claimant: rid === 'rep_b' ? person('Vladislav Shapsha', 'governor') : null,
    }),
    f(2, { kind: 'casualties', region: KALUGA, casualties: { killed: 0, injured: 0 } }),
    f(3, { weapon: 'uav', count: exact(32), region: MOSCOW }),
    f(4, { kind: 'airport_disruption', region: MOSCOW, diverted_to: ['LED', 'GOJ', 'KZN'] }),
    f(5, { weapon: 'high_speed_target', count: exact(1), region: VORONEZH, claimant: gusev }),
    f(6, {
      kind: 'damage',
      region: VORONEZH,
      object: 'residential_building',
      detail: rid === 'rep_a' ? 'windows, facades' : 'window panes, facades',
    }),
    f(7, { kind: 'fire', region: VORONEZH, object: 'administrative_building' }),
    f(8, { kind: 'power_outage', region: VORONEZH }),
    ...(rid === 'rep_b' ? [f(9, { weapon: 'uav', count: atLeast(71), aggregate: true })] : []),
  ];
}

export const seedFacts: Fact[] = [...reportFacts('rep_a'), ...reportFacts('rep_b')];
export const seedReportMap = new Map(seedReports.map((r) => [r.id, r]));
