// A report from which no fact was read but which names an incident's place and weapon model (a denial, a video "of
// the strike") is listed among that incident's sources as a mention, never a voice. Reports invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const NIGHT = night('2025-03-08T21:00:00+03:00', '2025-03-09T07:00:00+03:00');
const span = (text: string) => ({ start: 0, end: text.length, text, inferred: false });

const texts: Record<string, string> = {
  ministry: 'Air defence shot down five ATACMS missiles over the Bryansk region, the ministry said.',
  governor: 'Three drones were shot down over the Kursk region overnight, the governor said.',
  // Nothing is read from these: a denial, a policy post, a post naming a model and only a word every region shares.
  denial: 'The president did not confirm that ATACMS missiles struck a depot in the Bryansk region.',
  policy: 'Washington allowed Kyiv to use ATACMS missiles against targets inside Russia.',
  vague: 'Officials say ATACMS missiles may soon be used in the region.',
  // Names the place only.
  weather: 'Snow is expected in Bryansk tomorrow.',
  // Names the place and the class word the night's one missile model was written with, not the model.
  museum: 'A museum in Bryansk shows missiles from the last century.',
};
const published: Record<string, string> = {
  ministry: '2025-03-09T09:00:00+03:00',
  governor: '2025-03-09T08:00:00+03:00',
  denial: '2025-03-09T15:00:00+03:00',
  policy: '2025-03-09T12:00:00+03:00',
  vague: '2025-03-09T13:00:00+03:00',
  weather: '2025-03-09T14:00:00+03:00',
  museum: '2025-03-09T16:00:00+03:00',
};
const reports = new Map(
  Object.keys(texts).map((id) => [id, makeReport({ id, published_at: published[id]!, lang: 'en', text: texts[id]! })]),
);
const origins = new Map(Object.keys(texts).map((id) => [id, id]));

const facts: Fact[] = [
  makeFact({
    id: 'm1',
    report_id: 'ministry',
    weapon: 'ballistic_missile',
    weapon_model: 'ATACMS',
    count: exact(5),
    region: { code: 'RU-BRY', name: 'Bryansk region' },
    when: NIGHT,
    claimant: person(null, 'ministry'),
    fields: { weapon: span('ATACMS missiles'), region: span('Bryansk region') },
  }),
  makeFact({
    id: 'g1',
    report_id: 'governor',
    weapon: 'uav',
    count: exact(3),
    region: { code: 'RU-KRS', name: 'Kursk region' },
    when: NIGHT,
    claimant: person(null, 'governor'),
    fields: { weapon: span('drones'), region: span('Kursk region') },
  }),
];

const resolve = (order: readonly Fact[]) => resolveNight({ facts: order, reports, origins, nightKey: '2025-03-09' });

test('a report that names an incident’s place and weapon model is listed as a mention', () => {
  const bryansk = resolve(facts).find((i) => i.region?.code === 'RU-BRY')!;
  assert.deepEqual(
    bryansk.sources.map((s) => [s.report_id, s.mention ?? false]),
    [
      ['ministry', false],
      ['denial', true],
    ],
  );
  // It is a report and an origin in the list, but it confirms nothing: one voice, a single origin.
  assert.equal(bryansk.corroboration.reports, 2);
  assert.equal(bryansk.corroboration.voices, 1);
  assert.equal(bryansk.corroboration.status, 'single_origin');
  assert.deepEqual(bryansk.facts, ['m1']);
});

test('a model alone, a place alone, a place word every region shares, or a class word is no mention', () => {
  const listed = resolve(facts).flatMap((i) => i.sources.map((s) => s.report_id));
  for (const id of ['policy', 'vague', 'weather', 'museum']) assert.ok(!listed.includes(id), id);
});

test('mentions do not depend on the order of the facts', () => {
  const expected = resolve(facts);
  for (let seed = 1; seed <= 5; seed++) assert.deepEqual(resolve(seededShuffle(facts, seed)), expected);
});

// A model written in the text's own script and case («Кинжалом») is the model's name, not a class word; and only a
// fact that tells its own time says which attack a model struck (a fact whose window is inferred from the
// publication, an explainer's "the missile hit the city", does not). Reports invented for the test.
const ruTexts: Record<string, string> = {
  force: 'Утром по порту Николаева нанесён удар ракетами «Кинжал».',
  video: 'Опубликованы кадры удара «Кинжалом» по порту в Николаеве.',
  explainer: 'Что такое «Кинжал» и почему его трудно перехватить.',
  museum: 'В Николаеве открылась выставка старых ракет.',
};
const ruReports = new Map(
  Object.keys(ruTexts).map((id) => [
    id,
    makeReport({ id, published_at: '2025-03-09T12:00:00+03:00', lang: 'ru', text: ruTexts[id]! }),
  ]),
);
const ruOrigins = new Map(Object.keys(ruTexts).map((id) => [id, id]));
const strike = (when: Fact['fields']['when']) =>
  makeFact({
    id: 'k1',
    report_id: 'force',
    kind: 'strike',
    weapon: 'ballistic_missile',
    weapon_model: 'Kinzhal',
    region: { code: 'UA-48', name: 'Николаева' },
    when: NIGHT,
    fields: { weapon: span('ракетами «Кинжал'), region: span('Николаева'), ...(when ? { when } : {}) },
  });
const ruResolve = (f: Fact) =>
  resolveNight({ facts: [f], reports: ruReports, origins: ruOrigins, nightKey: '2025-03-09' });

test('a model written in another script or case is a model word', () => {
  const [inc] = ruResolve(strike(span('Утром')));
  assert.deepEqual(
    inc!.sources.map((s) => [s.report_id, s.mention ?? false]),
    [
      ['force', false],
      ['video', true],
    ],
  );
});

test('a fact whose window is inferred from the publication lends its incident no model word', () => {
  const [inc] = ruResolve(strike({ start: 0, end: 0, text: '', inferred: true, from: 'publication' }));
  assert.deepEqual(
    inc!.sources.map((s) => s.report_id),
    ['force'],
  );
});

// A model named after a common word (Kalibr, «калибр»; Orlan and "Orlando") is read only where the report writes it as
// a name: capitalised inside a sentence or in quotes; a word in Latin letters adds no case ending. Invented reports.
const nameTexts: Record<string, string> = {
  force: 'Ночью по Херсону нанесён удар ракетами «Калибр».',
  shelling: 'Днём Херсон обстреляли из орудий крупного калибра, повреждены дома.',
  opening: 'Калибры снова в новостях: в Херсоне прошла ярмарка.',
  video: 'Опубликованы кадры удара Калибрами по Херсону.',
  spotter: 'Над Брянском сбит беспилотник Orlan.',
  tourist: 'Гость из Orlando похвалил парки Брянска.',
};
const nameReports = new Map(
  Object.keys(nameTexts).map((id) => [
    id,
    makeReport({ id, published_at: '2025-03-09T12:00:00+03:00', lang: 'ru', text: nameTexts[id]! }),
  ]),
);
const nameFacts: Fact[] = [
  makeFact({
    id: 'c1',
    report_id: 'force',
    kind: 'strike',
    weapon: 'cruise_missile',
    weapon_model: 'Kalibr',
    region: { code: 'UA-65', name: 'Херсону' },
    when: NIGHT,
    fields: { weapon: span('ракетами «Калибр'), region: span('Херсону'), when: span('Ночью') },
  }),
  makeFact({
    id: 'o1',
    report_id: 'spotter',
    kind: 'interception',
    weapon: 'uav',
    weapon_model: 'Orlan',
    region: { code: 'RU-BRY', name: 'Брянском' },
    when: NIGHT,
    fields: { weapon: span('беспилотник Orlan'), region: span('Брянском'), when: span('Ночью') },
  }),
];

test('a common word a model is named after is no model word; the model written as a name is', () => {
  const incidents = resolveNight({
    facts: nameFacts,
    reports: nameReports,
    origins: new Map(Object.keys(nameTexts).map((id) => [id, id])),
    nightKey: '2025-03-09',
  });
  const sources = (code: string) =>
    incidents.find((i) => i.region?.code === code)!.sources.map((s) => [s.report_id, s.mention ?? false]);
  assert.deepEqual(sources('UA-65'), [
    ['force', false],
    ['video', true],
  ]);
  assert.deepEqual(sources('RU-BRY'), [['spotter', false]]);
});
