import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night } from './make.ts';

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
