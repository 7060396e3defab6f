import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const KDA = { code: 'RU-KDA', name: 'Краснодарского края' };
const NIGHT = night('2024-11-27T21:00:00+03:00', '2024-11-28T07:00:00+03:00');
const reports = [
  makeReport({ id: 'mod', published_at: '2024-11-28T07:06:00+03:00' }),
  makeReport({ id: 'gov', published_at: '2024-11-28T05:06:00+03:00' }),
  makeReport({ id: 'aside', published_at: '2024-11-28T22:05:00+03:00' }),
  makeReport({ id: 'crash', published_at: '2024-11-28T22:05:00+03:00' }),
];

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r: Report) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2024-11-28',
  });
}

const ministry = makeFact({
  id: 'mod-1',
  report_id: 'mod',
  kind: 'interception',
  weapon: 'uav',
  count: exact(14),
  region: KDA,
  when: NIGHT,
});
const governor = withInferredWindows(
  [
    makeFact({ id: 'gov-1', report_id: 'gov', kind: 'strike', weapon: 'uav', region: KDA }),
    makeFact({ id: 'gov-2', report_id: 'gov', kind: 'debris', region: KDA, object: 'residential_building' }),
  ],
  '2024-11-28T05:06:00+03:00',
);

test("a strike told with debris is the interception's aftermath: one incident", () => {
  const incidents = resolve([ministry, ...governor]);
  assert.deepEqual(
    incidents.map((i) => [i.kind, i.facts]),
    [['interception', ['gov-1', 'gov-2', 'mod-1']]],
  );
  // explain says what each fact's own report told: the strike came with debris, the debris needs no such note.
  const why = (id: string) => incidents[0]!.reasons.find((r) => r.fact_id === id)!.reasons.join('; ');
  assert.match(why('gov-1'), /strike told with debris, in the region and window of the interception/);
  assert.match(why('gov-2'), /debris, in the region and window of the interception/);
  assert.doesNotMatch(why('gov-2'), /told with debris/);
  // A strike whose debris another report told is not said to be told with debris.
  const [other] = resolve([ministry, governor[0]!, { ...governor[1]!, report_id: 'mod' }]);
  const otherWhy = other!.reasons.find((r) => r.fact_id === 'gov-1')!.reasons.join('; ');
  assert.match(otherWhy, /strike told beside debris another report gives/);
});

test('a strike without debris (an FPV drone hitting a car) stays beside the interception count', () => {
  const car = makeFact({
    id: 'gov-1',
    report_id: 'gov',
    kind: 'strike',
    weapon: 'fpv_drone',
    region: KDA,
    object: 'vehicle',
    when: NIGHT,
  });
  assert.equal(resolve([ministry, car]).length, 2);
});

test("an alert during an attack in its region is that attack's; an alert with no attack stays its own incident", () => {
  const danger = withInferredWindows(
    [makeFact({ id: 'gov-3', report_id: 'gov', kind: 'alert', weapon: 'uav', region: KDA })],
    '2024-11-28T05:06:00+03:00',
  );
  assert.deepEqual(
    resolve([ministry, ...danger]).map((i) => [i.kind, i.facts]),
    [['interception', ['gov-3', 'mod-1']]],
  );
  const elsewhere = danger.map((f) => ({ ...f, region: { code: 'RU-ORL', name: 'Орловской области' } }));
  assert.deepEqual(
    resolve([ministry, ...elsewhere])
      .map((i) => [i.kind, i.facts])
      .sort(),
    [
      ['alert', ['gov-3']],
      ['interception', ['mod-1']],
    ],
  );
  // An alert announced in the afternoon, after the night's attack: its window meets the attack's not at all.
  const later = withInferredWindows(
    [makeFact({ id: 'aside-2', report_id: 'aside', kind: 'alert', weapon: 'missile', region: KDA })],
    '2024-11-28T22:05:00+03:00',
  );
  assert.equal(resolve([ministry, ...later]).length, 2);
});

test('alerts are folded one by one: a morning alarm chained to a night one by overlap stays apart from the attack', () => {
  const dawn = makeFact({
    id: 'gov-4',
    report_id: 'gov',
    kind: 'alert',
    weapon: 'uav',
    region: KDA,
    when: night('2024-11-28T06:00:00+03:00', '2024-11-28T09:00:00+03:00'),
  });
  const morning = makeFact({
    id: 'aside-3',
    report_id: 'aside',
    kind: 'alert',
    weapon: 'uav',
    region: KDA,
    when: night('2024-11-28T08:00:00+03:00', '2024-11-28T14:00:00+03:00'),
  });
  assert.deepEqual(
    resolve([ministry, dawn, morning])
      .map((i) => [i.kind, i.facts])
      .sort(),
    [
      ['alert', ['aside-3']],
      ['interception', ['gov-4', 'mod-1']],
    ],
  );
});

test('a fact with no region, no place and no time makes no incident; neither do untimed effects alone', () => {
  const [aside] = withInferredWindows(
    [makeFact({ id: 'aside-1', report_id: 'aside', kind: 'strike', weapon: 'missile', count: exact(1) })],
    '2024-11-28T22:05:00+03:00',
  );
  const [hurt] = withInferredWindows(
    [
      makeFact({
        id: 'crash-1',
        report_id: 'crash',
        kind: 'casualties',
        region: KDA,
        casualties: { killed: null, injured: 2 },
      }),
    ],
    '2024-11-28T22:05:00+03:00',
  );
  assert.deepEqual(resolve([aside!, hurt!]), []);
});

const BRY = { code: 'RU-BRY', name: 'Брянской области' };
const noon = '2024-11-28T12:15:00+03:00';
const placelessReports = [
  makeReport({ id: 'summary', published_at: noon }),
  makeReport({ id: 'total', published_at: '2024-11-28T08:00:00+03:00' }),
  makeReport({ id: 'media', published_at: noon }),
  makeReport({ id: 'arsenal', published_at: '2024-11-28T09:40:00+03:00' }),
  makeReport({ id: 'plant', published_at: '2024-11-28T10:30:00+03:00' }),
];

function resolvePlaceless(facts: Fact[]) {
  const all = [...reports, ...placelessReports];
  return resolveNight({
    facts,
    reports: new Map(all.map((r: Report) => [r.id, r])),
    origins: new Map(all.map((r) => [r.id, r.id])),
    nightKey: '2024-11-28',
  });
}

// The ministry's noon summary, «ПВО сбили 2 крылатые ракеты Storm Shadow»: no region, place, country or time.
const [summary] = withInferredWindows(
  [
    makeFact({
      id: 'summary-1',
      report_id: 'summary',
      kind: 'interception',
      weapon: 'cruise_missile',
      weapon_model: 'Storm Shadow',
      count: exact(2),
      claimant: person(null, 'ministry'),
    }),
  ],
  noon,
);

test('a placeless interception told by a named speaker makes an incident of its own; unattributed or hearsay, none', () => {
  assert.deepEqual(
    resolvePlaceless([summary!]).map((i) => [i.kind, i.region, i.facts]),
    [['interception', null, ['summary-1']]],
  );
  assert.deepEqual(resolvePlaceless([{ ...summary!, claimant: null }]), []);
  // A link to another channel reads as "media": hearsay, nobody answers for it.
  assert.deepEqual(resolvePlaceless([{ ...summary!, claimant: person(null, 'media') }]), []);
});

test('a placeless interception joins the no-region interception incident its window overlaps', () => {
  // The air force's national total of the night, told of the country.
  const total = makeFact({
    id: 'total-1',
    report_id: 'total',
    kind: 'interception',
    weapon: 'uav',
    count: exact(36),
    country: 'UA',
    when: night('2024-11-27T21:00:00+03:00', '2024-11-28T07:00:00+03:00'),
  });
  assert.deepEqual(
    resolvePlaceless([total, summary!]).map((i) => [i.kind, i.facts]),
    [['interception', ['summary-1', 'total-1']]],
  );
});

// «ВСУ впервые атаковали объект на территории РФ ракетами ATACMS» (invented), at noon: told of the country only.
const [claim] = withInferredWindows(
  [
    makeFact({
      id: 'media-1',
      report_id: 'media',
      kind: 'strike',
      weapon: 'ballistic_missile',
      weapon_model: 'ATACMS',
      country: 'RU',
      claimant: person(null, 'media'),
    }),
  ],
  noon,
);
// The ministry: six ATACMS over Bryansk Oblast, five shot down, overnight.
const arsenal = makeFact({
  id: 'arsenal-1',
  report_id: 'arsenal',
  kind: 'interception',
  weapon: 'ballistic_missile',
  weapon_model: 'ATACMS',
  count: exact(5),
  region: BRY,
  when: night('2024-11-27T21:00:00+03:00', '2024-11-28T07:00:00+03:00'),
});

test("a country-level claim naming one weapon model joins the night's regional incident holding that model", () => {
  assert.deepEqual(
    resolvePlaceless([claim!, arsenal]).map((i) => [i.kind, i.region?.code ?? null, i.facts]),
    [['interception', 'RU-BRY', ['arsenal-1', 'media-1']]],
  );
});

test('a country-level claim stays apart from a regional incident of another model, and from one naming none', () => {
  const plant = makeFact({
    id: 'plant-1',
    report_id: 'plant',
    kind: 'strike',
    weapon: 'uav',
    region: BRY,
    when: night('2024-11-27T21:00:00+03:00', '2024-11-28T07:00:00+03:00'),
  });
  const other = { ...arsenal, weapon_model: 'Storm Shadow', weapon: 'cruise_missile' as const };
  assert.deepEqual(
    resolvePlaceless([claim!, other, plant])
      .map((i) => [i.kind, i.region?.code ?? null, i.facts])
      .sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    [
      ['interception', 'RU-BRY', ['arsenal-1']],
      ['strike', null, ['media-1']],
      ['strike', 'RU-BRY', ['plant-1']],
    ],
  );
});

test('a total whose own sentence lists the regions it counts is their sum: no nationwide wave holds them', () => {
  // «Минобороны России: над Брянской и Калужской областями сбиты 23 дрона» (the speaker's title names the country).
  const sentence = { start: 0, end: 80, text: '' };
  const NIGHT_OF = night('2024-11-27T21:00:00+03:00', '2024-11-28T07:00:00+03:00');
  const common = { report_id: 'total', kind: 'interception' as const, weapon: 'uav' as const, evidence: sentence };
  const facts = [
    makeFact({ ...common, id: 'total-1', count: exact(23), country: 'RU', when: NIGHT_OF }),
    makeFact({ ...common, id: 'total-2', region: BRY, when: NIGHT_OF }),
    makeFact({ ...common, id: 'total-3', region: { code: 'RU-KLU', name: 'Калужской' }, when: NIGHT_OF }),
  ];
  assert.deepEqual(
    resolvePlaceless(facts)
      .map((i) => [i.region?.code ?? null, i.facts])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    [
      ['RU-BRY', ['total-2']],
      ['RU-KLU', ['total-3']],
    ],
  );
});
