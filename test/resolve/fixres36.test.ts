// ux36 #4: a sentence with no place in a report about a Russian region («По его словам, при ударе дрона ранения
// получили…» under «В Курской области при атаке дрона погибла…») joined the night's Ukraine-wide wave, adding the Kursk
// governor as a voice of the strike on Ukraine and a false dispute of its drone count. A placeless fact stays with its
// own report's region first, and never joins a wave of another country. Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const reports = [
  makeReport({ id: 'af', published_at: '2025-06-10T08:00:00+03:00', lang: 'ru' }),
  makeReport({ id: 'president', published_at: '2025-06-10T10:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'kursk', published_at: '2025-06-10T14:10:00+03:00', lang: 'ru' }),
  makeReport({ id: 'roundup', published_at: '2025-06-10T14:40:00+03:00', lang: 'ru' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));
const fact = (partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact => {
  const f = makeFact(partial);
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
};
const resolve = (facts: Fact[]) =>
  resolveNight({
    facts,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-10',
  });

const OVERNIGHT = night('2025-06-09T21:00:00+03:00', '2025-06-10T07:00:00+03:00');
const KURSK = { code: 'RU-KRS', name: 'Курской области' };
const BRYANSK = { code: 'RU-BRY', name: 'Брянской области' };
const governor = person('Иван Петров', 'governor');

// «Россия атаковала Украину 90 ракетами и 100 беспилотниками» (the air force, then the president): a wave of Ukraine.
const wave = [
  fact({
    id: 'af:f0',
    report_id: 'af',
    kind: 'strike',
    weapon: 'uav',
    count: exact(100),
    country: 'UA',
    when: OVERNIGHT,
    claimant: person(null, 'air_force'),
  }),
  fact({
    id: 'president:f0',
    report_id: 'president',
    kind: 'strike',
    weapon: 'uav',
    count: exact(100),
    country: 'UA',
    when: OVERNIGHT,
    claimant: person('Президент', 'official'),
  }),
];
// «В Курской области при атаке дрона погибла…», then «По его словам, при ударе дрона ранения получили двое…».
const kurskHeadline = fact({
  id: 'kursk:f0',
  report_id: 'kursk',
  kind: 'strike',
  weapon: 'uav',
  region: KURSK,
  claimant: governor,
});
const kurskPlaceless = fact({
  id: 'kursk:f1',
  report_id: 'kursk',
  kind: 'strike',
  weapon: 'uav',
  count: exact(1),
  claimant: governor,
});

test('#4 a placeless sentence stays with its own report’s region, not the wave of another country', () => {
  for (const seed of [1, 2, 3]) {
    const incidents = resolve(seededShuffle([...wave, kurskHeadline, kurskPlaceless], seed));
    const kursk = incidents.find((i) => i.facts.includes('kursk:f0'))!;
    assert.deepEqual(kursk.facts, ['kursk:f0', 'kursk:f1']);
    const ukraine = incidents.find((i) => i.facts.includes('af:f0'))!;
    assert.ok(!ukraine.facts.includes('kursk:f1'), JSON.stringify(ukraine.facts));
    assert.deepEqual(ukraine.conflicts, []);
    assert.match(kursk.reasons.find((r) => r.fact_id === 'kursk:f1')!.reasons.join('; '), /its report's other strike/);
  }
});

test('#4 a report of two Russian regions keeps its placeless sentence out of Ukraine’s wave', () => {
  const roundup = [
    fact({ id: 'roundup:f0', report_id: 'roundup', kind: 'strike', weapon: 'uav', region: KURSK, claimant: governor }),
    fact({
      id: 'roundup:f1',
      report_id: 'roundup',
      kind: 'strike',
      weapon: 'uav',
      region: BRYANSK,
      claimant: governor,
    }),
    fact({ id: 'roundup:f2', report_id: 'roundup', kind: 'strike', weapon: 'uav', claimant: governor }),
  ];
  const incidents = resolve([...wave, ...roundup]);
  const ukraine = incidents.find((i) => i.facts.includes('af:f0'))!;
  assert.ok(!ukraine.facts.includes('roundup:f2'), JSON.stringify(ukraine.facts));
});

test('#4 a placeless sentence of a report that names no region still joins the wave it overlaps', () => {
  const aside = fact({
    id: 'roundup:f0',
    report_id: 'roundup',
    kind: 'strike',
    weapon: 'uav',
    claimant: person(null, 'air_force'),
  });
  const incidents = resolve([...wave, aside]);
  assert.ok(incidents.find((i) => i.facts.includes('af:f0'))!.facts.includes('roundup:f0'));
});

test('#4 a roundup of two regions’ items leaves its placeless lead to the wave, not to one of its items', () => {
  const KYIV = { code: 'UA-30', name: 'Киеве' };
  const UDMURTIA = { code: 'RU-UD', name: 'Удмуртии' };
  const roundup = [
    // «Украина подверглась массированной атаке…»: no region, no country read.
    fact({ id: 'roundup:f0', report_id: 'roundup', kind: 'strike', weapon: 'cruise_missile' }),
    fact({ id: 'roundup:f1', report_id: 'roundup', kind: 'debris', region: KYIV }),
    fact({ id: 'roundup:f2', report_id: 'roundup', kind: 'strike', weapon: 'uav', count: exact(1), region: UDMURTIA }),
  ];
  const incidents = resolve([...wave, ...roundup]);
  const udmurtia = incidents.find((i) => i.facts.includes('roundup:f2'))!;
  assert.ok(!udmurtia.facts.includes('roundup:f0'), JSON.stringify(udmurtia.facts));
});
