// Review 41a: (1) a sea beside its coast is that coast only when the two clusters tell no side against the other
// (the Russian ministry's drones downed "over the Black Sea" never join Ukraine's air force's
// strike on Odesa); (2) nameless officials whose words tell their side ("Russian officials") are no retelling of
// another side's named body, and an outlet's account published before the named body's first report keeps its voice.
// All texts are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimantRole, Fact, Incident, Lang, Report } from '../../src/core/types.ts';
import { toldSide } from '../../src/resolve/credit-side.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night } from './make.ts';

const WINDOW = night('2025-07-12T01:00:00+03:00', '2025-07-12T05:00:00+03:00');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-07-12',
  });
}

/** A fact credited to `word` as written in `report`'s text (the claimant's span is the word's first occurrence). */
function credited(report: Report, word: string, role: ClaimantRole, partial: Partial<Fact> & { id: string }): Fact {
  const start = report.text.indexOf(word);
  assert.ok(start >= 0, `${word} in ${report.id}`);
  return makeFact({
    report_id: report.id,
    when: WINDOW,
    claimant: { name: null, role, channel: null },
    fields: { claimant: { start, end: start + word.length, text: word, inferred: false } },
    ...partial,
  });
}

const story = (id: string, publisher: string, published: string, text: string, lang: Lang = 'en') =>
  makeReport({ id, publisher, published_at: published, text, lang });

const ODESA = { code: 'UA-51', name: 'Odesa' };
const CRIMEA = { code: 'UA-43', name: 'Crimea' };
const BLACK_SEA = { name: 'Black Sea', lat: null, lon: null };

test('the side a credit tells is read from its own words, not from a phrase before its clause', () => {
  const r = story(
    'r',
    'wire.example',
    '2025-07-12T08:00:00+03:00',
    "Ukrainian drones hit a depot, officials said. Russian officials said more. Ukraine's air force said so.",
  );
  const at = (word: string, from = 0) => {
    const start = r.text.indexOf(word, from);
    return makeFact({
      id: word,
      report_id: 'r',
      fields: { claimant: { start, end: start + word.length, text: word, inferred: false } },
    });
  };
  assert.equal(toldSide(at('officials'), r), undefined, 'a comma ends the credit on its left');
  assert.equal(toldSide(at('officials', 40), r), 'RU');
  assert.equal(toldSide(at('air force'), r), 'UA');
  const ru = story('q', 'tg', '2025-07-12T08:00:00+03:00', 'Об этом сообщили украинские власти.', 'ru');
  const start = ru.text.indexOf('власти');
  const fact = makeFact({
    id: 'q1',
    report_id: 'q',
    fields: { claimant: { start, end: start + 6, text: 'власти', inferred: false } },
  });
  assert.equal(toldSide(fact, ru), 'UA');
});

// S2's shape: one night's two opposite attacks told in a wire's common words.
const seaLead = story(
  'sea',
  'wire.example',
  '2025-07-12T08:00:00+03:00',
  "Russia's defence ministry said its air defences destroyed 12 Ukrainian drones over the Black Sea overnight, with air defence systems on duty shooting the drones down.",
);
const odesaLead = story(
  'odesa',
  'daily.example',
  '2025-07-12T09:00:00+03:00',
  "Russian drones attacked Odesa overnight, damaging port infrastructure, Ukraine's air force said, with air defence systems shooting the drones down over the region.",
);

test('drones downed over the Black Sea by Russia are not the strike on Odesa told by Ukraine', () => {
  const incidents = resolve(
    [
      credited(seaLead, 'defence ministry', 'ministry', {
        id: 's1',
        kind: 'interception',
        weapon: 'uav',
        count: exact(12),
        place: BLACK_SEA,
        area: 'sea',
      }),
      credited(odesaLead, 'air force', 'air_force', {
        id: 'o1',
        kind: 'strike',
        weapon: 'uav',
        region: ODESA,
      }),
      credited(odesaLead, 'air force', 'air_force', {
        id: 'o2',
        kind: 'interception',
        weapon: 'uav',
        region: ODESA,
      }),
    ],
    [seaLead, odesaLead],
  );
  assert.ok(incidents.length >= 2, 'two attacks, two incidents at least');
  const sea = incidents.find((i) => i.facts.includes('s1'))!;
  assert.ok(!sea.facts.includes('o1') && !sea.facts.includes('o2'));
  assert.notEqual(sea.region?.code, 'UA-51');
});

test('a tanker hit in the Kerch Strait and off Crimea, both told by Russian officials, stays one incident', () => {
  const strait = story(
    'strait',
    'wire.example',
    '2025-07-12T08:00:00+03:00',
    'A Russian fuel tanker was hit by a Ukrainian sea drone in the Kerch Strait overnight, damaging its engine room, the Russian-installed authorities said.',
  );
  const coast = story(
    'coast',
    'daily.example',
    '2025-07-12T09:00:00+03:00',
    'Ukrainian sea drones hit a Russian fuel tanker off occupied Crimea overnight, damaging its engine room, Russian officials said.',
  );
  const incidents = resolve(
    [
      credited(strait, 'authorities', 'official', {
        id: 't1',
        kind: 'strike',
        weapon: 'unmanned_boat',
        place: { name: 'Kerch Strait', lat: null, lon: null },
        area: 'sea',
      }),
      credited(coast, 'officials', 'official', { id: 'c1', kind: 'strike', weapon: 'unmanned_boat', region: CRIMEA }),
    ],
    [strait, coast],
  );
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.region?.code, 'UA-43');
});

test('drones downed over the Sea of Azov and over Berdyansk, both told by Russia, stay one incident', () => {
  const azov = story(
    'azov',
    'wire.example',
    '2025-07-12T08:00:00+03:00',
    "Russia's defence ministry said it destroyed 7 Ukrainian drones over the Sea of Azov overnight, with air defence systems on duty shooting down the drones.",
  );
  const berdyansk = story(
    'berd',
    'daily.example',
    '2025-07-12T09:00:00+03:00',
    'Russian-installed officials in the Zaporizhzhia region said 7 Ukrainian drones were shot down overnight, with air defence systems shooting down the drones over Berdyansk.',
  );
  const incidents = resolve(
    [
      credited(azov, 'defence ministry', 'ministry', {
        id: 'a1',
        kind: 'interception',
        weapon: 'uav',
        count: exact(7),
        place: { name: 'Sea of Azov', lat: null, lon: null },
        area: 'sea',
      }),
      credited(berdyansk, 'officials', 'official', {
        id: 'b1',
        kind: 'interception',
        weapon: 'uav',
        count: exact(7),
        region: { code: 'UA-23', name: 'Zaporizhzhia' },
      }),
    ],
    [azov, berdyansk],
  );
  assert.equal(incidents.length, 1);
});

// F2's shape: two sides tell one strike on Kyiv in English.
const KYIV = { code: 'UA-30', name: 'Kyiv' };
const hit = (report: Report, word: string, role: ClaimantRole, id: string) =>
  credited(report, word, role, { id, kind: 'strike', weapon: 'uav', region: KYIV });

test('Russian officials beside Ukraine\u2019s air force are two sides: two voices', () => {
  const ru = story(
    'ru',
    'wire.example',
    '2025-07-12T09:00:00+03:00',
    'Russian officials said their forces hit energy infrastructure in Kyiv with drones overnight.',
  );
  const ua = story(
    'ua',
    'daily.example',
    '2025-07-12T09:30:00+03:00',
    "Russia attacked Kyiv with drones overnight, hitting energy facilities, Ukraine's air force said. The air force said 12 drones were shot down.",
  );
  const [one] = resolve([hit(ru, 'officials', 'official', 'r1'), hit(ua, 'air force', 'air_force', 'u1')], [ru, ua]);
  assert.deepEqual(one!.corroboration, { reports: 2, origins: 2, voices: 2, status: 'corroborated' });
});

test('officials whose words tell no side, beside the air force, still fold into it', () => {
  const anon = story(
    'anon',
    'wire.example',
    '2025-07-12T09:00:00+03:00',
    'Drones hit energy infrastructure in Kyiv overnight, officials said.',
  );
  const ua = story(
    'ua',
    'daily.example',
    '2025-07-12T09:30:00+03:00',
    "Russia attacked Kyiv with drones overnight, Ukraine's air force said.",
  );
  const [one] = resolve(
    [hit(anon, 'officials', 'official', 'n1'), hit(ua, 'air force', 'air_force', 'u1')],
    [anon, ua],
  );
  assert.equal(one!.corroboration.voices, 1);
});

test('Russian local authorities beside a Russian governor stay one voice (review 41a, G)', () => {
  const VORONEZH = { code: 'RU-VOR', name: 'Воронежская область' };
  const gov = story(
    'gov',
    'Voronezh Governor (Telegram)',
    '2025-07-12T07:00:00+03:00',
    'Уничтожены 5 беспилотников.',
    'ru',
  );
  const outlet = story(
    'out',
    'Example Outlet',
    '2025-07-12T08:00:00+03:00',
    'Над Воронежем ночью сбиты 5 беспилотников, сообщили местные власти.',
    'ru',
  );
  const [one] = resolve(
    [
      makeFact({
        id: 'g1',
        report_id: 'gov',
        kind: 'interception',
        weapon: 'uav',
        count: exact(5),
        region: VORONEZH,
        when: WINDOW,
        claimant: { name: null, role: 'governor', channel: null },
      }),
      credited(outlet, 'власти', 'official', {
        id: 'o1',
        kind: 'interception',
        weapon: 'uav',
        count: exact(5),
        region: VORONEZH,
      }),
    ],
    [gov, outlet],
  );
  assert.equal(one!.corroboration.voices, 1);
});

// E2's shape: an outlet's own account, published before the governor's post.
const BELGOROD = { code: 'RU-BEL', name: 'Белгород' };
function outletAndGovernor(outletAt: string) {
  const outlet = story(
    'baza',
    'Example Outlet',
    outletAt,
    'Ночью в Белгороде беспилотник атаковал частный сектор, повреждены два дома и машина, сообщает Baza со ссылкой на местных жителей.',
    'ru',
  );
  const gov = story(
    'gov',
    'Belgorod Governor (Telegram)',
    '2025-07-12T07:10:00+03:00',
    'В Белгороде в результате атаки беспилотника повреждены два частных дома и автомобиль.',
    'ru',
  );
  return resolve(
    [
      credited(outlet, 'Baza', 'media', { id: 'm1', kind: 'strike', weapon: 'uav', region: BELGOROD }),
      makeFact({
        id: 'g1',
        report_id: 'gov',
        kind: 'strike',
        weapon: 'uav',
        region: BELGOROD,
        when: WINDOW,
        claimant: { name: null, role: 'governor', channel: 'Telegram' },
        fields: { claimant: { start: 0, end: 0, text: '', inferred: true, from: 'publisher' } },
      }),
    ],
    [outlet, gov],
  );
}

test('an outlet published before the governor cannot retell him: two voices', () => {
  const [one] = outletAndGovernor('2025-07-12T06:30:00+03:00');
  assert.equal(one!.corroboration.voices, 2);
});

test('an outlet published after the governor may retell him: one voice', () => {
  const [one] = outletAndGovernor('2025-07-12T08:30:00+03:00');
  assert.equal(one!.corroboration.voices, 1);
});
