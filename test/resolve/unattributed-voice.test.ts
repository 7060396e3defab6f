// A report that credits no one is no independent voice when nothing tells whose word it is (ux38 #9): with neither a
// claimant nor a channel of its own it could be a rewrite of a voice already counted, and posted on the channel of a
// report that credits someone it is that channel's word. Another channel's unsigned post stays a voice of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
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

const strike = (id: string, claimant: Fact['claimant']) =>
  makeFact({
    id,
    report_id: `rep_${id}`,
    kind: 'strike',
    weapon: 'uav',
    count: exact(20),
    region: KYIV,
    when,
    claimant,
  });
const post = (id: string, publisher: string | null, at: string) =>
  makeReport({ id: `rep_${id}`, published_at: at, publisher });

/** A fact whose claimant is the channel that posted it (the row's speaker): the channel's own speaker. */
const ownWord = (f: Fact): Fact => ({
  ...f,
  fields: { ...f.fields, claimant: { start: 0, end: 0, text: '', inferred: true, from: 'publisher' } },
});

test("an unsigned post of the channel that signed the other is that voice's, not a second one", () => {
  const [one] = resolve(
    [ownWord(strike('a', person(null, 'air_force'))), strike('b', null)],
    [
      post('a', '@airforce_channel', '2025-06-12T07:00:00+03:00'),
      post('b', '@airforce_channel', '2025-06-12T09:00:00+03:00'),
    ],
  );
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 1, status: 'single_origin' });
});

test('a report with no claimant and no channel confirms no one; alone it is the one voice there is', () => {
  const [one] = resolve(
    [strike('a', person(null, 'air_force')), strike('b', null)],
    [post('a', '@airforce_channel', '2025-06-12T07:00:00+03:00'), post('b', null, '2025-06-12T09:00:00+03:00')],
  );
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 1, status: 'single_origin' });
  const [alone] = resolve(
    [strike('c', null), strike('d', null)],
    [post('c', null, '2025-06-12T07:00:00+03:00'), post('d', null, '2025-06-12T09:00:00+03:00')],
  );
  assert.equal(alone!.corroboration.voices, 1);
});

test("another channel's unsigned post, and a second named voice, still corroborate", () => {
  const [two] = resolve(
    [strike('a', person(null, 'air_force')), strike('b', null)],
    [post('a', '@airforce_channel', '2025-06-12T07:00:00+03:00'), post('b', 'Kyiv Daily', '2025-06-12T09:00:00+03:00')],
  );
  assert.deepEqual(two!.corroboration, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
  // An outlet quoting two people: its own unsigned report retells neither statement, so it is the outlet's voice.
  const [three] = resolve(
    [strike('a', person('Ivan Petrenko', 'mayor')), strike('b', person(null, 'air_force')), strike('c', null)],
    [
      post('a', 'City desk', '2025-06-12T07:00:00+03:00'),
      post('b', 'City desk', '2025-06-12T08:00:00+03:00'),
      post('c', 'City desk', '2025-06-12T09:00:00+03:00'),
    ],
  );
  assert.equal(three!.corroboration.voices, 3);
});

test("an outlet's own unsigned report stays its voice; one retelling a statement it credited joins that voice", () => {
  const facts = [
    strike('a', null),
    strike('b', person('Oleh Syniehubov', 'governor')),
    strike('c', person('Oleh Syniehubov', 'governor')),
  ];
  const reports = [
    post('a', '@city_live', '2025-06-12T06:30:00+03:00'),
    post('b', '@city_live', '2025-06-12T08:10:00+03:00'),
    post('c', '@governor_channel', '2025-06-12T08:00:00+03:00'),
  ];
  const [own] = resolve(facts, reports);
  assert.deepEqual(own!.corroboration, { reports: 3, origins: 3, voices: 2, status: 'corroborated' });
  // The unsigned post retells the governor's statement (one origin with his post on the outlet): his voice.
  const [retold] = resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map([
      ['rep_a', 'rep_b'],
      ['rep_b', 'rep_b'],
      ['rep_c', 'rep_c'],
    ]),
    nightKey: '2025-06-12',
  });
  assert.equal(retold!.corroboration.voices, 1);
});

test("a web page naming no site is its address's outlet: two outlets' articles are two voices", () => {
  const page = (id: string, url: string | null, at: string) => ({ ...post(id, null, at), url });
  const [two] = resolve(
    [strike('a', null), strike('b', null)],
    [
      page('a', 'https://kursk-daily.example/news/1', '2025-06-12T07:00:00+03:00'),
      page('b', 'https://www.seym-news.example/a/2', '2025-06-12T09:00:00+03:00'),
    ],
  );
  assert.deepEqual(two!.corroboration, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
  // One outlet's two articles: one voice. A file path is no address: a pasted text stays no voice of its own.
  const [one] = resolve(
    [strike('a', null), strike('b', null), strike('c', person(null, 'air_force'))],
    [
      page('a', 'https://kursk-daily.example/news/1', '2025-06-12T07:00:00+03:00'),
      page('b', 'https://kursk-daily.example/news/2', '2025-06-12T09:00:00+03:00'),
      page('c', 'notes/pasted.txt', '2025-06-12T09:30:00+03:00'),
    ],
  );
  assert.equal(one!.corroboration.voices, 2);
  const [pasted] = resolve(
    [strike('a', null), strike('b', person(null, 'air_force'))],
    [
      page('a', 'notes/pasted.txt', '2025-06-12T07:00:00+03:00'),
      post('b', '@airforce_channel', '2025-06-12T09:00:00+03:00'),
    ],
  );
  assert.equal(pasted!.corroboration.voices, 1);
});
