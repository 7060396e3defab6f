import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { postIncidents } from '../../src/eval/real-clusters.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night } from '../resolve/make.ts';

// The real-day eval's convention for filing a post whose facts lie in several incidents (eval/main-incident.ts).
// An air force's morning post (invented): its headline tells a missile hit on Kharkiv Oblast, its body the drones
// shot down over Poltava Oblast, in two sentences. Most facts lie with the interceptions.
const KHA = { code: 'UA-63', name: 'Харківщині' };
const POL = { code: 'UA-53', name: 'Полтавщиною' };
const NIGHT = night('2024-11-27T21:00:00+02:00', '2024-11-28T07:00:00+02:00');
const reports = [
  makeReport({ id: 'af', published_at: '2024-11-28T08:10:00+02:00', lang: 'uk' }),
  makeReport({ id: 'ova', published_at: '2024-11-28T06:40:00+02:00', lang: 'uk' }),
];
const span = (start: number, end = start + 50) => ({ start, end, text: '' });
const facts: Fact[] = [
  makeFact({
    id: 'af-1',
    report_id: 'af',
    kind: 'strike',
    weapon: 'missile',
    region: KHA,
    when: NIGHT,
    evidence: span(0),
  }),
  makeFact({
    id: 'af-2',
    report_id: 'af',
    kind: 'interception',
    weapon: 'uav',
    count: exact(12),
    region: POL,
    when: NIGHT,
    evidence: span(90),
  }),
  makeFact({
    id: 'af-3',
    report_id: 'af',
    kind: 'interception',
    weapon: 'uav',
    count: exact(3),
    region: POL,
    when: NIGHT,
    evidence: span(160),
  }),
  makeFact({ id: 'ova-1', report_id: 'ova', kind: 'strike', weapon: 'missile', region: KHA, when: NIGHT }),
];

function resolve(list: Fact[]) {
  return resolveNight({
    facts: list,
    reports: new Map(reports.map((r: Report) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2024-11-28',
  });
}

const byId = (list: readonly Fact[]) => new Map(list.map((f) => [f.id, f]));
const filed = (incidents: readonly Incident[], list: readonly Fact[], report: string) =>
  incidents.find((i) => i.id === postIncidents(incidents, byId(list)).get(report))?.kind;

test('the eval files a post under the incident holding most of its facts, wherever its lead is', () => {
  assert.equal(filed(resolve(facts), facts, 'af'), 'interception');
  // The same post with the hit told three times, all after the shoot-downs: the hit holds most (3 against 2) though
  // the shoot-downs come first.
  const thrice = [
    { ...facts[0]!, evidence: span(220) },
    ...facts.slice(1),
    makeFact({ ...facts[0]!, id: 'af-4', evidence: span(280) }),
    makeFact({ ...facts[0]!, id: 'af-5', evidence: span(340) }),
  ];
  assert.equal(filed(resolve(thrice), thrice, 'af'), 'strike');
});

test('two incidents holding as many of the post facts: the one whose fact comes first', () => {
  // The Poltava interception told once, before the hit (invented spans): equal counts, the earlier fact wins.
  const one = [facts[0]!, { ...facts[1]!, evidence: span(0, 30) }, facts[3]!].map((f) =>
    f.id === 'af-1' ? { ...f, evidence: span(40) } : f,
  );
  assert.equal(filed(resolve(one), one, 'af'), 'interception');
});

test('equal counts: the fact that starts first wins, even when the other ends first', () => {
  // One shoot-down told over a long clause from the sentence's start, one hit inside it (invented spans).
  const nested = [{ ...facts[0]!, evidence: span(10, 40) }, { ...facts[1]!, evidence: span(0, 100) }, facts[3]!];
  for (const list of [nested, [...nested].reverse()]) assert.equal(filed(resolve(list), list, 'af'), 'interception');
});

test('equal counts and equal spans: the smaller fact id wins, for any order of input', () => {
  // Two facts told in one clause, each in its own incident: nothing but their ids tells them apart.
  const same = [{ ...facts[0]!, evidence: span(0, 60) }, { ...facts[1]!, evidence: span(0, 60) }, facts[3]!];
  for (const list of [same, [...same].reverse()]) {
    const incidents = resolve(list);
    for (const order of [incidents, [...incidents].reverse()]) assert.equal(filed(order, list, 'af'), 'strike');
  }
  const renamed = same.map((f) => (f.id === 'af-1' ? { ...f, id: 'af-9' } : f));
  assert.equal(filed(resolve(renamed), renamed, 'af'), 'interception');
});

test('two incidents tied in the lead sentence: the pick reads the facts, not their order', () => {
  // «Вночі ворог атакував Харківщину ракетою, над Полтавщиною збито дрон» (invented): one sentence, one fact in each
  // incident. The hit's evidence is its clause, which ends first; the shoot-down's runs to the end of the sentence.
  const tied = [
    { ...facts[0]!, evidence: span(0, 40) },
    { ...facts[1]!, count: exact(1), evidence: span(0, 70) },
    facts[3]!,
  ];
  for (const list of [tied, [...tied].reverse()]) {
    const incidents = resolve(list);
    for (const order of [incidents, [...incidents].reverse()]) {
      assert.equal(filed(order, list, 'af'), 'strike');
    }
  }
  // The same two spans with the interception's clause first: the pick follows the spans.
  const swapped = [{ ...tied[0]!, evidence: span(0, 70) }, { ...tied[1]!, evidence: span(0, 40) }, tied[2]!];
  assert.equal(filed(resolve(swapped), swapped, 'af'), 'interception');
});

test('the product marks no main incident: every source entry is the same whatever else the report tells', () => {
  const incidents = resolve(facts);
  for (const inc of incidents) {
    for (const s of inc.sources) assert.equal('main' in s, false, `${inc.kind} ${s.report_id}`);
  }
});

test('a post whose facts fall on two nights is filed once, under its first fact when counts tie', () => {
  // A report published 22:30 (invented): its headline tells tonight's strike on Kharkiv, its body yesterday's strike
  // and yesterday's shoot-down over Poltava. Two nights, three incidents; filed under tonight's strike.
  const late = makeReport({ id: 'late', published_at: '2024-11-28T22:30:00+02:00', lang: 'uk' });
  const TONIGHT = night('2024-11-28T21:00:00+02:00', '2024-11-28T22:30:00+02:00');
  const tonight = [
    makeFact({ id: 'late-1', report_id: 'late', kind: 'strike', weapon: 'missile', region: KHA, when: TONIGHT }),
  ];
  const yesterday = [
    makeFact({ id: 'late-2', report_id: 'late', kind: 'strike', weapon: 'missile', region: KHA, when: NIGHT }),
    makeFact({ id: 'late-3', report_id: 'late', kind: 'interception', weapon: 'uav', region: POL, when: NIGHT }),
  ].map((f, i) => ({ ...f, evidence: span(80 + 60 * i) }));
  const all = [...tonight.map((f) => ({ ...f, evidence: span(0) })), ...yesterday];
  const nightOf = (list: Fact[], nightKey: string) =>
    resolveNight({
      facts: list,
      reports: new Map([[late.id, late]]),
      origins: new Map([[late.id, late.id]]),
      nightKey,
    });
  const incidents = [...nightOf(yesterday, '2024-11-28'), ...nightOf([all[0]!], '2024-11-29')];
  assert.equal(incidents.length, 3);
  const pick = postIncidents(incidents, byId(all)).get('late');
  assert.deepEqual(incidents.find((i) => i.id === pick)?.facts, ['late-1']);
});
