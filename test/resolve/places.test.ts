import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2024-09-09T21:00:00+03:00', '2024-09-10T07:00:00+03:00');
const NAMES: Record<string, string> = {
  'RU-MOS': 'Московская область',
  'RU-MOW': 'Москва',
  'RU-KLU': 'Калужская область',
};

function resolve(facts: Fact[], reports: Report[]) {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2024-09-10',
    regionName: (code, lang) => (lang === 'ru' ? (NAMES[code] ?? null) : null),
  });
}

const reports = [
  makeReport({ id: 'mayor', published_at: '2024-09-10T06:00:00+03:00', lang: 'ru' }),
  makeReport({ id: 'mod', published_at: '2024-09-10T08:00:00+03:00', lang: 'ru' }),
];
const mayor = makeFact({
  id: 'mayor-1',
  report_id: 'mayor',
  weapon: 'uav',
  count: exact(32),
  region: { code: 'RU-MOW', name: 'Москве' },
  area: 'approaching',
  when: NIGHT,
  claimant: person('Сергей Собянин', 'mayor'),
});
const ministry = makeFact({
  id: 'mod-1',
  report_id: 'mod',
  weapon: 'uav',
  count: exact(34),
  region: { code: 'RU-MOS', name: 'Московской областью' },
  when: NIGHT,
  claimant: person(null, 'ministry'),
});

test("the mayor's 32 approaching Moscow and the ministry's 34 over Moscow Oblast are one incident with both scopes", () => {
  const incidents = resolve([mayor, ministry], reports);
  assert.equal(incidents.length, 1);
  const [moscow] = incidents;
  assert.deepEqual(moscow?.region, { code: 'RU-MOS', name: 'Московская область' });
  assert.deepEqual(moscow?.regions, [
    { code: 'RU-MOS', name: 'Московская область' },
    { code: 'RU-MOW', name: 'Москва' },
  ]);
  assert.deepEqual(moscow?.conflicts, []);
  const uav = moscow?.weapons.find((w) => w.type === 'uav');
  assert.deepEqual(uav?.count, exact(34));
  assert.deepEqual(
    uav?.scopes?.map((s) => [s.region?.code, s.count.value, s.claimants.map((c) => c.role), s.report_ids]),
    [
      ['RU-MOS', 34, ['ministry'], ['mod']],
      ['RU-MOW', 32, ['mayor'], ['mayor']],
    ],
  );
});

test('Sevastopol and Crimea stay apart', () => {
  const sev = { ...mayor, id: 's', region: { code: 'UA-40', name: 'Севастополем' } };
  const crimea = { ...ministry, id: 'c', region: { code: 'UA-43', name: 'Крымом' } };
  assert.equal(resolve([sev, crimea], reports).length, 2);
});

test("a role and the named claimant with that role are one claimant; origins count the sources' origin ids", () => {
  const named = {
    ...ministry,
    id: 'g1',
    report_id: 'mayor',
    region: { code: 'RU-KLU', name: 'Калуге' },
    claimant: person('Владислав Шапша', 'governor'),
  };
  const role = {
    ...ministry,
    id: 'g2',
    report_id: 'mod',
    region: { code: 'RU-KLU', name: 'Калуге' },
    count: exact(3),
    claimant: person(null, 'governor'),
  };
  const [klu] = resolve([named, role], reports);
  assert.deepEqual(klu?.claimants, [person('Владислав Шапша', 'governor')]);
  assert.equal(klu?.corroboration.origins, new Set(klu?.sources.map((s) => s.origin_id)).size);
});

test("an aggregate is checked against its own claimant's numbers, not the value the incident shows", () => {
  const KDA = { code: 'RU-KDA', name: 'Краснодарским краем' };
  const BRY = { code: 'RU-BRY', name: 'Брянской областью' };
  const mod = (id: string, region: typeof KDA, n: number) =>
    makeFact({
      id,
      report_id: 'mod',
      weapon: 'uav',
      count: exact(n),
      region,
      when: NIGHT,
      claimant: person(null, 'ministry'),
    });
  const total = makeFact({
    id: 'mod-total',
    report_id: 'mod',
    weapon: 'uav',
    count: exact(20),
    when: NIGHT,
    aggregate: true,
    claimant: person(null, 'ministry'),
  });
  // The governor counted more over his region than the ministry did: the incident shows the governor's 16.
  const governor = makeFact({
    id: 'gov-1',
    report_id: 'mayor',
    weapon: 'uav',
    count: exact(16),
    region: KDA,
    when: NIGHT,
    claimant: person('Вениамин Кондратьев', 'governor'),
  });
  const incidents = resolve([mod('mod-kda', KDA, 14), mod('mod-bry', BRY, 6), total, governor], reports);
  const checks = incidents.flatMap((i) => i.aggregates);
  assert.ok(checks.length > 0);
  assert.ok(checks.every((c) => c.sum === 20 && c.consistent));
});

test('an incident of nationwide facts names their country; facts of two countries are two incidents', () => {
  const air = makeReport({ id: 'air', published_at: '2024-09-10T08:00:00+03:00', lang: 'ru' });
  const nationwide = (id: string, country: 'UA' | 'RU') =>
    makeFact({ id, report_id: 'air', weapon: 'missile', count: exact(40), when: NIGHT, country });
  const [ua] = resolve([nationwide('n-1', 'UA'), nationwide('n-2', 'UA')], [air]);
  assert.equal(ua?.country, 'UA');
  const mixed = resolve([nationwide('n-1', 'UA'), nationwide('n-2', 'RU')], [air]);
  assert.deepEqual(mixed.map((i) => i.country).sort(), ['RU', 'UA']);
  assert.ok(mixed.every((i) => i.conflicts.length === 0));
});

test("a nationwide total beside a region's own count: the nationwide scope's region is null, never a placeholder", () => {
  const ua = [
    makeReport({ id: 'af', published_at: '2024-09-10T08:00:00+03:00', lang: 'uk' }),
    makeReport({ id: 'ova', published_at: '2024-09-10T07:30:00+03:00', lang: 'uk' }),
  ];
  const airForce = makeFact({
    id: 'af-1',
    report_id: 'af',
    kind: 'interception',
    weapon: 'uav',
    count: exact(71),
    region: null,
    country: 'UA',
    when: NIGHT,
    claimant: person(null, 'air_force'),
  });
  const oblast = makeFact({
    id: 'ova-1',
    report_id: 'ova',
    kind: 'interception',
    weapon: 'uav',
    count: exact(11),
    region: { code: 'UA-32', name: 'Київщині' },
    when: NIGHT,
    claimant: person(null, 'military_administration'),
  });
  const [wave, ...rest] = resolve([airForce, oblast], ua);
  assert.equal(rest.length, 0);
  const uav = wave?.weapons.find((w) => w.type === 'uav');
  assert.deepEqual(
    uav?.scopes?.map((s) => [s.region?.code ?? null, s.count.value]),
    [
      [null, 71],
      ['UA-32', 11],
    ],
  );
  assert.equal(
    uav?.scopes?.some((s) => s.region?.code === '-'),
    false,
  );
});
