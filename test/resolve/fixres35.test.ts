// ux35 trial items on values and tallies (1: an outlet's retelling of a signed official post with another figure is
// no step of the official's tally). Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2026-04-13T21:00:00+03:00', '2026-04-14T07:00:00+03:00');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2026-04-14',
  });
}

const REGION = { code: 'UA-53', name: 'Полтава' };

/** A casualty fact whose claimant span is where `credit` stands in `text` (inferred when no verb credits it). */
function toll(report: Report, injured: number, credit: string, inferred: boolean): Fact {
  const start = report.text.indexOf(credit);
  return makeFact({
    id: `${report.id}:f0`,
    report_id: report.id,
    kind: 'casualties',
    region: REGION,
    when: NIGHT,
    casualties: { killed: null, injured },
    claimant: person('Петро Коваленко', 'military_administration'),
    evidence: { start: 0, end: report.text.indexOf('.') + 1, text: '' },
    fields: { claimant: { start, end: start + credit.length, text: credit, inferred } },
  });
}

// ux35 #1: the OVA's channel signs its posts («…. Петро Коваленко, начальник ОВА.»): 2 injured, then 6; an outlet
// later writes «… четверо поранені, повідомив начальник ОВА Петро Коваленко.». The outlet's 4 is its claim beside the
// head's own 6 (disputed, his shown), not the newest step of his tally.
test('#1 an outlet retelling a signed official post with another figure disputes it, the official’s shown', () => {
  const sig = 'Петро Коваленко, начальник ОВА';
  const own1 = makeReport({
    id: 'ova1',
    published_at: '2026-04-14T01:00:00+03:00',
    lang: 'uk',
    publisher: 'Полтавська ОВА (Telegram)',
    text: `Поранено двох людей у Полтаві. ${sig}.`,
  });
  const own2 = makeReport({
    id: 'ova2',
    published_at: '2026-04-14T03:00:00+03:00',
    lang: 'uk',
    publisher: 'Полтавська ОВА (Telegram)',
    text: `Кількість поранених у Полтаві зросла до шести. ${sig}.`,
  });
  const outletCredit = 'начальник ОВА Петро Коваленко';
  const outlet = makeReport({
    id: 'outlet',
    published_at: '2026-04-14T08:00:00+03:00',
    lang: 'uk',
    publisher: 'Приклад Медіа',
    text: `У Полтаві четверо поранені, повідомив ${outletCredit}.`,
  });
  const incidents = resolve(
    [toll(own1, 2, sig, true), toll(own2, 6, sig, true), toll(outlet, 4, outletCredit, false)],
    [own1, own2, outlet],
  );
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.casualties.injured, 6);
  const conflict = incidents[0]?.conflicts.find((c) => c.field === 'casualties.injured');
  assert.deepEqual(conflict?.values.map((v) => v.value).sort(), [4, 6]);
  assert.deepEqual(
    incidents[0]?.tallies['casualties.injured']?.map((s) => s.value),
    [2, 6],
  );
});

test('#1 negative: without the official’s own post, an outlet’s later figure is the tally’s newest step', () => {
  const credit = 'повідомив начальник ОВА Петро Коваленко';
  const a = makeReport({
    id: 'a',
    published_at: '2026-04-14T03:00:00+03:00',
    lang: 'uk',
    publisher: 'Перше Медіа',
    text: `У Полтаві двоє поранені, ${credit}.`,
  });
  const b = makeReport({
    id: 'b',
    published_at: '2026-04-14T08:00:00+03:00',
    lang: 'uk',
    publisher: 'Друге Медіа',
    text: `У Полтаві шестеро поранені, ${credit}.`,
  });
  const incidents = resolve([toll(a, 2, credit, false), toll(b, 6, credit, false)], [a, b]);
  assert.equal(incidents[0]?.casualties.injured, 6);
  assert.deepEqual(incidents[0]?.conflicts, []);
});

const KURSK = { code: 'RU-KRS', name: 'Курская область' };

function shootDown(id: string, n: number, correction = false): Fact {
  return makeFact({
    id: `${id}:f0`,
    report_id: id,
    weapon: 'uav',
    count: { value: n, min: n, max: n, approx: false },
    region: KURSK,
    when: NIGHT,
    claimant: person(null, 'ministry'),
    ...(correction ? { correction: true } : {}),
  });
}

function ministryPosts(times: string[]): Report[] {
  return times.map((t, i) =>
    makeReport({ id: `mod${i}`, published_at: `2026-04-14T${t}:00+03:00`, lang: 'ru', publisher: 'Минобороны' }),
  );
}

// ux35 #7: one claimant's 6 at 03:40, 3 at 07:04 and 4 at 09:56 over one oblast, no times named. A tally that goes
// down is no tally: the 6 stays standing beside the later 4, disputed, never hidden behind it.
test('#7 a lower figure of one claimant is no step of its tally: the higher stands, the two disputed', () => {
  const reports = ministryPosts(['03:40', '05:04', '06:56']);
  const incidents = resolve([shootDown('mod0', 6), shootDown('mod1', 3), shootDown('mod2', 4)], reports);
  assert.equal(incidents.length, 1);
  const conflict = incidents[0]?.conflicts.find((c) => c.field === 'weapons[uav].count');
  assert.deepEqual(conflict?.values.map((v) => v.value).sort(), [4, 6]);
  assert.equal(incidents[0]?.weapons[0]?.count?.value, 6);
});

test('#7 negative: a rising tally ends at its last figure, and a marked correction may lower it', () => {
  const rising = resolve(
    [shootDown('mod0', 2), shootDown('mod1', 4), shootDown('mod2', 8)],
    ministryPosts(['03:40', '05:04', '06:56']),
  );
  assert.equal(rising[0]?.weapons[0]?.count?.value, 8);
  assert.deepEqual(rising[0]?.conflicts, []);
  const corrected = resolve([shootDown('mod0', 6), shootDown('mod1', 4, true)], ministryPosts(['03:40', '05:04']));
  assert.equal(corrected[0]?.weapons[0]?.count?.value, 4);
  assert.deepEqual(corrected[0]?.conflicts, []);
});

const BRYANSK = { code: 'RU-BRY', name: 'Брянская область' };
const ORYOL = { code: 'RU-ORL', name: 'Орловская область' };

function sumFacts(report: string, partial: boolean): Fact[] {
  const w = { weapon: 'uav' as const, when: NIGHT, report_id: report, claimant: person(null, 'ministry') };
  const n = (v: number) => ({ value: v, min: v, max: v, approx: false });
  return [
    // The story's title and its body tell the total twice.
    makeFact({ id: `${report}:f0`, count: n(30), aggregate: true, ...(partial ? { partial: true } : {}), ...w }),
    makeFact({ id: `${report}:f1`, count: n(30), aggregate: true, ...(partial ? { partial: true } : {}), ...w }),
    makeFact({ id: `${report}:f2`, count: n(12), region: BRYANSK, ...w }),
    makeFact({ id: `${report}:f3`, count: n(9), region: ORYOL, ...w }),
  ];
}

// ux35 #11: "30 drones, including 12 over Bryansk Oblast and 9 over Oryol Oblast" promises part of the 30: 21 is no
// contradiction of it. A story that tells its total in its title and again in its body makes one check, not two.
test('#11 a partial breakdown that adds to less than its total is consistent, and one report makes one check', () => {
  const incidents = resolve(sumFacts('wire', true), [
    makeReport({ id: 'wire', published_at: '2026-04-14T08:00:00+03:00' }),
  ]);
  assert.equal(incidents.length, 2);
  for (const inc of incidents) {
    assert.equal(inc.aggregates.length, 1, JSON.stringify(inc.aggregates));
    assert.equal(inc.aggregates[0]?.sum, 21);
    assert.equal(inc.aggregates[0]?.consistent, true);
    assert.equal(inc.aggregates[0]?.partial, true);
  }
});

test('#11 negative: a whole breakdown that adds to less than its total stays inconsistent', () => {
  const incidents = resolve(sumFacts('wire', false), [
    makeReport({ id: 'wire', published_at: '2026-04-14T08:00:00+03:00' }),
  ]);
  for (const inc of incidents) {
    assert.equal(inc.aggregates.length, 1);
    assert.equal(inc.aggregates[0]?.consistent, false);
  }
});

// ux35 #12: a wire story of 07:30 whose body was fixed (21 -> 22) with no edit time given, seen hours later; the
// governor relays the ministry's 23 at 10:20. When the fix was made is unknown: it keeps its story's place, so the
// 23 told later stands. An edit whose time the source gives is told then.
function relayed(edit: Partial<Report>, editedFigure: number): Incident[] {
  const region = { code: 'RU-BEL', name: 'Белгородская область' };
  const reports = [
    makeReport({ id: 'wire', published_at: '2026-04-14T07:30:00+03:00', publisher: 'Example Wire', ...edit }),
    makeReport({ id: 'gov', published_at: '2026-04-14T10:20:00+03:00', lang: 'ru', publisher: 'Губернатор' }),
  ];
  const fact = (id: string, n: number) =>
    makeFact({
      id: `${id}:f0`,
      report_id: id,
      weapon: 'uav',
      count: { value: n, min: n, max: n, approx: false },
      region,
      when: NIGHT,
      claimant: person(null, 'ministry'),
      // Both credit the ministry in their text ("the Defence Ministry said"): neither is its own channel.
      fields: { claimant: { start: 0, end: 8, text: 'ministry', inferred: false } },
    });
  return resolve([fact('wire', editedFigure), fact('gov', 23)], reports);
}

test('#12 an edit seen with no time of its own keeps its post’s place in the tally', () => {
  const [inc] = relayed({ edited_at: '2026-04-14T15:00:00+03:00', edit_seen: true }, 22);
  assert.equal(inc?.weapons[0]?.count?.value, 23);
  assert.deepEqual(inc?.conflicts, []);
  assert.deepEqual(
    inc?.tallies['weapons[uav].count']?.map((s) => s.value),
    [22, 23],
  );
  // It still says the incident changed then.
  assert.equal(inc?.updated_at, '2026-04-14T15:00:00+03:00');
});

test('#12 negative: an edit whose time the source gives is told at that time', () => {
  const [inc] = relayed({ edited_at: '2026-04-14T15:00:00+03:00' }, 24);
  assert.equal(inc?.weapons[0]?.count?.value, 24);
  assert.deepEqual(
    inc?.tallies['weapons[uav].count']?.map((s) => s.value),
    [23, 24],
  );
});
