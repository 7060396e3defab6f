import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { postIncidents } from '../../src/eval/real-clusters.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night } from './make.ts';

// An air force's morning post (invented): its headline tells a missile hit on Kharkiv Oblast, its body the drones
// shot down over Poltava Oblast, in two sentences. Most facts lie with the interceptions; the post is about the hit.
const KHA = { code: 'UA-63', name: 'Харківщині' };
const POL = { code: 'UA-53', name: 'Полтавщиною' };
const NIGHT = night('2024-11-27T21:00:00+02:00', '2024-11-28T07:00:00+02:00');
const reports = [
  makeReport({ id: 'af', published_at: '2024-11-28T08:10:00+02:00', lang: 'uk' }),
  makeReport({ id: 'ova', published_at: '2024-11-28T06:40:00+02:00', lang: 'uk' }),
];
const span = (start: number) => ({ start, end: start + 50, text: '' });
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

test('a report in several incidents is marked in the one its lead tells, not the one with most of its facts', () => {
  const incidents = resolve(facts);
  const mains = incidents.map((i) => [i.kind, i.sources.filter((s) => s.main).map((s) => s.report_id)]);
  assert.deepEqual(mains, [
    ['interception', []],
    ['strike', ['af']],
  ]);
  // The regional administration's post tells one incident only: no mark.
  const strike = incidents.find((i) => i.kind === 'strike')!;
  assert.equal(strike.sources.find((s) => s.report_id === 'ova')?.main, undefined);
});

test('within the lead sentence, the incident holding most of the report facts is the main one', () => {
  // A one-sentence list: the Poltava interception and the Kharkiv hit told in the same sentence, Poltava twice.
  const oneSentence = facts.map((f) => (f.report_id === 'af' ? { ...f, evidence: span(0) } : f));
  const incidents = resolve(oneSentence);
  const marked = incidents.filter((i) => i.sources.some((s) => s.report_id === 'af' && s.main));
  assert.deepEqual(
    marked.map((i) => i.kind),
    ['interception'],
  );
});

test('the real-day eval files a post under its main incident', () => {
  const incidents = resolve(facts);
  const reportOfFact = new Map(facts.map((f) => [f.id, f.report_id]));
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const lead = new Map(facts.map((f) => [f.id, f.evidence.start]));
  const strike = incidents.find((i) => i.kind === 'strike')!;
  assert.equal(postIncidents(incidents, reportOfFact, order, lead).get('af'), strike.id);
});
