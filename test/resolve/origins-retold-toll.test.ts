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
