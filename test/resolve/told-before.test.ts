// A figure a report tells as said before it ("Earlier he had reported 9 injured", «Ранее спасатели сообщали о шести
// погибших») is an older step of the speaker's toll, read before the figure the report leads with: one voice's 9 then
// 12 is a tally that rose, not 12 disputed by a lower 9 told after it (trial ux37, defect 5).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Lang } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { extractText } from '../helpers/extract-text.ts';
import { makeReport } from './make.ts';

const AT = '2025-06-20T08:15:00+03:00';

const toll = (text: string, lang: Lang) =>
  extractText(text, lang, AT)
    .filter((f) => f.kind === 'casualties' || f.casualties !== null)
    .map((f) => [f.casualties?.killed ?? null, f.casualties?.injured ?? null, f.told_before ?? false]);

test('extraction marks a toll told as said before the report, in each language', () => {
  assert.deepEqual(
    toll(
      'Russian drones struck Odesa overnight. Two people were killed and 12 injured, Mayor Hennadii Trukhanov said. Earlier he had reported 9 injured.',
      'en',
    ),
    [
      [2, 12, false],
      [null, 9, true],
    ],
  );
  assert.deepEqual(
    toll(
      'Ночью беспилотники атаковали Сумы. Число погибших выросло до семи, сообщили спасатели. Ранее спасатели сообщали о шести погибших.',
      'ru',
    ),
    [
      [7, null, false],
      [6, null, true],
    ],
  );
  assert.deepEqual(
    toll(
      'Вночі ворог атакував Дніпро. Кількість поранених зросла до 15, повідомив голова ОВА. Раніше він повідомляв про 11 поранених.',
      'uk',
    ),
    [
      [null, 15, false],
      [null, 11, true],
    ],
  );
});

test('an earlier word that dates the event, or a figure before the verb, is no earlier figure', () => {
  for (const [text, lang] of [
    ['Накануне в результате удара по Сумам погибли 4 человека.', 'ru'],
    ['Напередодні внаслідок удару по Дніпру загинули двоє людей, повідомив голова ОВА.', 'uk'],
    ['Earlier, two people were killed in a drone strike on Odesa, the mayor said.', 'en'],
  ] as const) {
    const found = toll(text, lang);
    assert.ok(found.length > 0, `a toll is read: ${text}`);
    assert.ok(
      found.every(([, , before]) => before === false),
      `not told before: ${text}`,
    );
  }
});

function resolveText(text: string): Incident[] {
  const facts: Fact[] = extractText(text, 'en', AT);
  const report = makeReport({ id: facts[0]!.report_id, published_at: AT, text });
  return resolveNight({
    facts,
    reports: new Map([[report.id, report]]),
    origins: new Map([[report.id, report.id]]),
    nightKey: '2025-06-20',
  });
}

test("one voice's earlier figure in the same report is a step of its tally, not a dispute", () => {
  const incidents = resolveText(
    'Russian drones struck Odesa overnight. Two people were killed and 12 injured, Mayor Hennadii Trukhanov said. Earlier he had reported 9 injured.',
  );
  const withToll = incidents.find((i) => i.casualties.injured !== null);
  assert.ok(withToll, 'an incident holds the toll');
  assert.equal(withToll.casualties.injured, 12);
  assert.deepEqual(withToll.conflicts, []);
  assert.deepEqual(
    withToll.tallies['casualties.injured']?.map((s) => s.value),
    [9, 12],
  );
  assert.equal(withToll.corroboration.status, 'single_origin');
});
