// An incident's effects keep a damaged hospital told with no object beside homes damaged (the thirty-second session's
// trial, item 12: the hospital dropped out of `effects`), while a bare "damage" beside a damaged object still folds
// into it. Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, night } from './make.ts';

const REGION = { code: 'UA-23', name: 'Запорізька область' };
const NIGHT = night('2025-06-10T21:00:00+03:00', '2025-06-11T07:00:00+03:00');
const PLACE = { name: 'Zaporizhzhia', lat: 47.84, lon: 35.14 };

function resolve(facts: Fact[]): Incident[] {
  const reports: Report[] = [
    makeReport({ id: 'a', published_at: '2025-06-11T08:00:00+03:00', publisher: 'ОВА', lang: 'uk' }),
  ];
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-11',
  });
}

const fact = (id: string, kind: Fact['kind'], extra: Partial<Fact> = {}): Fact =>
  makeFact({ id: `a:${id}`, report_id: 'a', kind, region: REGION, place: PLACE, when: NIGHT, weapon: null, ...extra });

test('a hospital damaged with no object stays beside the homes damaged', () => {
  const [inc] = resolve([
    fact('s', 'strike', { weapon: 'missile' }),
    fact('d1', 'damage', { object: 'residential_building', detail: 'windows' }),
    fact('d2', 'damage', { object: null, detail: 'hospital, school' }),
  ]);
  assert.deepEqual(
    inc!.effects.filter((e) => e.kind === 'damage'),
    [
      { kind: 'damage', object: null, detail: 'hospital, school' },
      { kind: 'damage', object: 'residential_building', detail: 'windows' },
    ],
  );
});

test('a bare damage, or one whose detail the damaged object already tells, folds into it', () => {
  const [inc] = resolve([
    fact('s', 'strike', { weapon: 'missile' }),
    fact('d1', 'damage', { object: 'residential_building', detail: 'windows' }),
    fact('d2', 'damage', { object: null, detail: null }),
    fact('d3', 'damage', { object: null, detail: 'windows' }),
  ]);
  assert.deepEqual(
    inc!.effects.filter((e) => e.kind === 'damage'),
    [{ kind: 'damage', object: 'residential_building', detail: 'windows' }],
  );
});
