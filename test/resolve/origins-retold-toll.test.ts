import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput, person } from './make.ts';

// days42: one official's toll retold in outlets' own headlines is one statement (docs/eval-clusters.md, forty-second
// session, branch days42). Invented texts, figures and places, written for these tests.

const at = (hm: string) => `2025-03-02T${hm}:00+03:00`;

/** A span of `text` for a fact's field: the words the fact is read from. */
function span(text: string, words: string) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `${words} in ${text}`);
  return { start, end: start + words.length, text: words, inferred: false };
}

/** A toll fact; a claimant is credited in the words `credit` of the text (the ministry's "defence ministry says"). */
function toll(
  reportId: string,
  text: string,
  words: string,
  killed: number,
  claimant: Claimant | null,
  credit = 'ministry',
): Fact {
  return makeFact({
    id: `${reportId}-t`,
    report_id: reportId,
    kind: 'casualties',
    casualties: { killed, injured: null, children_killed: null, children_injured: null },
    claimant,
    fields: claimant
      ? { casualties: span(text, words), claimant: span(text, credit) }
      : { casualties: span(text, words) },
  });
}

function downed(reportId: string, count: number): Fact {
  return makeFact({
    id: `${reportId}-d`,
    report_id: reportId,
    kind: 'interception',
    weapon: 'missile',
    count: exact(count),
  });
}

const MINISTRY =
  'Drone debris kills four at northern airfield, defence ministry says\nThe ministry said a drone was downed on its approach and falling fragments killed four technicians.';
const TABLOID =
  'Kamikaze drone raid on bomber airfield leaves four dead\nWitnesses heard loud bangs before dawn near the base that hosts the long-range fleet.';
const WIRE =
  '4 killed as drone shot down close to strategic air base\nThe base lies hundreds of miles from the front line.';

test("an official's toll retold in outlets' own headlines is one origin", () => {
  const ministry = makeReport({
    id: 'rep_ministry',
    publisher: 'wire.example',
    published_at: at('06:10'),
    text: MINISTRY,
  });
  const tabloid = makeReport({
    id: 'rep_tabloid',
    publisher: 'tabloid.example',
    published_at: at('07:40'),
    text: TABLOID,
  });
  const wire = makeReport({ id: 'rep_wire', publisher: 'cable.example', published_at: at('09:05'), text: WIRE });
  const { origins, reasons } = assignOrigins([
    originInput(ministry, [toll('rep_ministry', MINISTRY, 'kills four', 4, person(null, 'ministry'))]),
    originInput(tabloid, [toll('rep_tabloid', TABLOID, 'leaves four dead', 4, null)]),
    originInput(wire, [toll('rep_wire', WIRE, '4 killed', 4, null)]),
  ]);
  assert.equal(origins.get('rep_tabloid'), 'rep_ministry');
  assert.equal(origins.get('rep_wire'), 'rep_ministry');
  assert.ok(
    reasons.get('rep_tabloid')!.some((r) => /^same figure 4 \(casualties, killed\) retold as rep_\w+$/.test(r)),
    reasons.get('rep_tabloid')!.join('; '),
  );
});

test('a toll told further down, or beside a count of weapons, is no retelling', () => {
  const lower =
    'Drone raid on bomber airfield, ministry says\nThe base hosts the long-range fleet.\nLater four were said to have been killed.';
  const night =
    'Ukraine downs 38 missiles in night raid, four dead\nThe air force said 38 of 41 missiles were destroyed; four people were killed.';
  const ministry = makeReport({
    id: 'rep_ministry',
    publisher: 'wire.example',
    published_at: at('06:10'),
    text: MINISTRY,
  });
  const further = makeReport({ id: 'rep_lower', publisher: 'paper.example', published_at: at('07:00'), text: lower });
  const counted = makeReport({ id: 'rep_night', publisher: 'daily.example', published_at: at('07:30'), text: night });
  const { origins } = assignOrigins([
    originInput(ministry, [toll('rep_ministry', MINISTRY, 'kills four', 4, person(null, 'ministry'))]),
    originInput(further, [toll('rep_lower', lower, 'four were said to have been killed', 4, null)]),
    originInput(counted, [toll('rep_night', night, 'four dead', 4, null), downed('rep_night', 38)]),
  ]);
  assert.equal(origins.get('rep_lower'), 'rep_lower');
  assert.equal(origins.get('rep_night'), 'rep_night');
});

test('a toll no report credits to anyone, or a count of the injured, is no retelling', () => {
  const one = 'Night strike on river port leaves four dead\nFirefighters worked through the morning at the warehouses.';
  const two = 'Four killed as drone slams into port warehouse\nSmoke rose over the quay until noon.';
  const hurt = 'Port raid wounds six, says regional governor\nThe governor said six dockers were hurt.';
  const hurtToo = 'Six injured in drone attack on river port\nLocal media showed damaged cranes.';
  const reports = [
    makeReport({ id: 'rep_one', publisher: 'one.example', published_at: at('06:00'), text: one }),
    makeReport({ id: 'rep_two', publisher: 'two.example', published_at: at('06:40'), text: two }),
    makeReport({ id: 'rep_hurt', publisher: 'three.example', published_at: at('07:10'), text: hurt }),
    makeReport({ id: 'rep_hurt2', publisher: 'four.example', published_at: at('07:50'), text: hurtToo }),
  ];
  const injured = (id: string, text: string, words: string, claimant: Claimant | null) =>
    makeFact({
      id: `${id}-i`,
      report_id: id,
      kind: 'casualties',
      casualties: { killed: null, injured: 6, children_killed: null, children_injured: null },
      claimant,
      fields: claimant
        ? { casualties: span(text, words), claimant: span(text, 'governor') }
        : { casualties: span(text, words) },
    });
  const { origins } = assignOrigins([
    originInput(reports[0]!, [toll('rep_one', one, 'leaves four dead', 4, null)]),
    originInput(reports[1]!, [toll('rep_two', two, 'Four killed', 4, null)]),
    originInput(reports[2]!, [injured('rep_hurt', hurt, 'wounds six', person(null, 'governor'))]),
    originInput(reports[3]!, [injured('rep_hurt2', hurtToo, 'Six injured', null)]),
  ]);
  assert.equal(origins.get('rep_two'), 'rep_two');
  assert.equal(origins.get('rep_hurt2'), 'rep_hurt2');
});

// fixrev42b (review 42b): a death toll is the one figure many attacks share, so a headline that places it nowhere, or
// only in the oblast, matches each; it may join one attack's group, never chain two.

const UA_SOUTH = { code: 'UA-51', name: 'Odesa' };
const UA_RIVER = { code: 'UA-65', name: 'Kherson' };
const UA_EAST = { code: 'UA-63', name: 'Kharkiv region' };

/** `toll` told of a region. */
function placedToll(
  reportId: string,
  text: string,
  words: string,
  killed: number,
  where: { code: string; name: string } | null,
  claimant: Claimant | null,
  credit?: string,
): Fact {
  return { ...toll(reportId, text, words, killed, claimant, credit), region: where };
}

test("a placeless toll headline joins no two regions' tolls into one origin", () => {
  const south =
    'Drone strike on harbour district kills three, governor says\nThe regional governor said three people died when drones hit the harbour of Odesa.';
  const river =
    'Shelling of riverside market kills three, regional governor says\nShells hit a market in Kherson, killing three people, the governor said.';
  const vague = 'Attack kills three, officials say\nOfficials gave no further details on the night.';
  const southToo = 'Three dead after drones hit Odesa harbour\nCranes burned on the quay until dawn.';
  const riverToo = 'Three killed as shells hit Kherson market\nStalls were set alight by the blasts.';
  const governor = person(null, 'governor');
  const report = (id: string, publisher: string, hm: string, text: string) =>
    makeReport({ id, publisher, published_at: at(hm), text });
  const { origins } = assignOrigins([
    originInput(report('rep_south', 'wire.example', '06:20', south), [
      placedToll('rep_south', south, 'kills three', 3, UA_SOUTH, governor, 'governor'),
    ]),
    originInput(report('rep_river', 'daily.example', '07:00', river), [
      placedToll('rep_river', river, 'kills three', 3, UA_RIVER, governor, 'governor'),
    ]),
    originInput(report('rep_vague', 'portal.example', '07:30', vague), [
      placedToll('rep_vague', vague, 'kills three', 3, null, person(null, 'official'), 'officials'),
    ]),
    originInput(report('rep_south2', 'sky.example', '08:00', southToo), [
      placedToll('rep_south2', southToo, 'Three dead', 3, UA_SOUTH, null),
    ]),
    originInput(report('rep_river2', 'paper.example', '08:15', riverToo), [
      placedToll('rep_river2', riverToo, 'Three killed', 3, UA_RIVER, null),
    ]),
  ]);
  assert.equal(origins.get('rep_south2'), 'rep_south');
  assert.equal(origins.get('rep_river2'), 'rep_river');
});

test("a region's uncredited toll joins no two named officials' tolls into one origin", () => {
  const mayor = 'Drone strike on Kharkiv kills two, mayor says\nMayor Ihor Terekhov said two people died in the city.';
  const region = 'Two killed in Kharkiv region as villages come under fire\nHouses burned in two villages.';
  const governor =
    'Guided bomb kills two in Kharkiv region, governor says\nGovernor Oleh Syniehubov said two people died in a village.';
  const report = (id: string, publisher: string, hm: string, text: string) =>
    makeReport({ id, publisher, published_at: at(hm), text });
  const { origins } = assignOrigins([
    originInput(report('rep_mayor', 'wire.example', '05:00', mayor), [
      placedToll('rep_mayor', mayor, 'kills two', 2, UA_EAST, person('Terekhov', 'mayor'), 'Ihor Terekhov'),
    ]),
    originInput(report('rep_region', 'portal.example', '15:00', region), [
      placedToll('rep_region', region, 'Two killed', 2, UA_EAST, null),
    ]),
    originInput(report('rep_governor', 'agency.example', '16:00', governor), [
      placedToll(
        'rep_governor',
        governor,
        'kills two',
        2,
        UA_EAST,
        person('Syniehubov', 'governor'),
        'Oleh Syniehubov',
      ),
    ]),
  ]);
  assert.notEqual(origins.get('rep_governor'), origins.get('rep_mayor'));
});

test('a toll told beside facts of several regions or of a whole country is no retelling', () => {
  const wide = 'Four killed as drones hit two regions\nDrones struck homes in Sumy and Kharkiv regions overnight.';
  const country = 'Four killed across Ukraine in night attack\nAir raid alerts sounded across the country.';
  const ministry = makeReport({
    id: 'rep_ministry',
    publisher: 'wire.example',
    published_at: at('06:10'),
    text: MINISTRY,
  });
  const twoRegions = makeReport({ id: 'rep_wide', publisher: 'paper.example', published_at: at('07:00'), text: wide });
  const nationwide = makeReport({
    id: 'rep_country',
    publisher: 'daily.example',
    published_at: at('07:30'),
    text: country,
  });
  const other = makeFact({ id: 'rep_wide-d', report_id: 'rep_wide', kind: 'damage', region: UA_EAST });
  const alert = makeFact({ id: 'rep_country-a', report_id: 'rep_country', kind: 'alert', country: 'UA' });
  const { origins } = assignOrigins([
    originInput(ministry, [toll('rep_ministry', MINISTRY, 'kills four', 4, person(null, 'ministry'))]),
    originInput(twoRegions, [
      placedToll('rep_wide', wide, 'Four killed', 4, { code: 'UA-59', name: 'Sumy' }, null),
      other,
    ]),
    originInput(nationwide, [toll('rep_country', country, 'Four killed', 4, null), alert]),
  ]);
  assert.equal(origins.get('rep_wide'), 'rep_wide');
  assert.equal(origins.get('rep_country'), 'rep_country');
});
