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

// Review 37c: the figure a sentence goes on to give as the new one, and a wire's "Earlier on <day>, X said", are the
// report's own word, never an older step; a weapons count told before is no step of a toll.
test('the new figure after a rise, a contrast or a clause break is not told before', () => {
  for (const [text, lang] of [
    ['Drones hit Mykolaiv overnight. Earlier reports said 6 people were injured; the toll has since risen to 9.', 'en'],
    [
      'A missile hit Zaporizhzhia overnight. Earlier, the governor said three people were hurt, but by noon the number of injured had risen to eight.',
      'en',
    ],
    ['Удар беспилотников по Курску. Ранее губернатор сообщал о трёх погибших, к обеду их число выросло до пяти.', 'ru'],
    ['Атака на Запоріжжя. Раніше Федоров повідомив про двох загиблих, згодом кількість зросла до чотирьох.', 'uk'],
  ] as const) {
    const found = toll(text, lang);
    assert.ok(found.length > 0, `a toll is read: ${text}`);
    assert.ok(
      found.every(([, , before]) => before === false),
      `not told before: ${text}`,
    );
  }
});

test("an earlier word that opens the day of the statement tells today's word, not an older step", () => {
  for (const [text, lang] of [
    ['Earlier on Thursday, the governor said Russian drones hit Mykolaiv, killing four people.', 'en'],
    ['Ранее в четверг губернатор сообщил, что дрон атаковал Брянск, погибли три человека.', 'ru'],
  ] as const) {
    const found = toll(text, lang);
    assert.ok(found.length > 0, `a toll is read: ${text}`);
    assert.ok(
      found.every(([, , before]) => before === false),
      `not told before: ${text}`,
    );
  }
});

test('a weapons count told before is not marked', () => {
  const facts = extractText(
    'Earlier, the air force said it had shot down 31 of 47 drones launched overnight.',
    'en',
    AT,
  );
  assert.ok(facts.some((f) => f.count !== null));
  assert.ok(facts.every((f) => f.told_before === undefined));
});

function resolveDay(posts: readonly (readonly [string, string, Lang])[]): Incident[] {
  const reports = [];
  const facts: Fact[] = [];
  for (const [at, text, lang] of posts) {
    const own = extractText(text, lang, at);
    assert.ok(own.length > 0, `facts are read: ${text}`);
    reports.push(makeReport({ id: own[0]!.report_id, published_at: at, text, lang }));
    facts.push(...own);
  }
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-20',
  });
}

test("a voice's risen toll told after its first post stands", () => {
  const incidents = resolveDay([
    [
      '2025-06-20T07:10:00+03:00',
      'Russian drones hit Mykolaiv overnight, injuring 6 people, Governor Vitalii Kim said.',
      'en',
    ],
    [
      '2025-06-20T11:40:00+03:00',
      'Earlier reports said 6 people were injured in Mykolaiv; the toll has since risen to 9, Governor Vitalii Kim said.',
      'en',
    ],
  ]);
  const withToll = incidents.filter((i) => i.casualties.injured !== null);
  assert.equal(withToll.length, 1);
  assert.equal(withToll[0]!.casualties.injured, 9);
});

test("a figure told before that stands above the voice's standing total is its next step", () => {
  // «Напередодні голова ОВА повідомив…» stays told before (the day before's word), yet it is newer than his 06:30 one.
  const incidents = resolveDay([
    [
      '2025-06-20T06:30:00+03:00',
      'Вночі ворог атакував Суми ударними дронами. Загинули двоє людей, повідомив голова ОВА.',
      'uk',
    ],
    [
      '2025-06-20T16:00:00+03:00',
      'Напередодні голова ОВА повідомив, що вночі ворог атакував Суми ударними дронами, загинули четверо людей.',
      'uk',
    ],
  ]);
  const withToll = incidents.filter((i) => i.casualties.killed !== null);
  assert.equal(withToll.length, 1);
  assert.equal(withToll[0]!.casualties.killed, 4);
});
