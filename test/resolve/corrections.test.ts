// A correction («16, а не 11, как сообщалось ранее») is shown as a correction: its step says so, the figure before it
// is superseded in `explain`'s reasons, and the later figure stays the one shown. A plain later total is still a
// running tally's step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { extractText } from '../helpers/extract-text.ts';
import { exact, makeFact, makeReport, person } from './make.ts';

const TAMBOV = { code: 'RU-TAM', name: 'Tambov Oblast' };

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-05-07',
  });
}

function night(correction: boolean): Incident {
  const gov = person('Yevgeny Pervyshov', 'governor');
  const facts = [
    makeFact({ id: 'f1', report_id: 'rep_1', weapon: 'uav', count: exact(11), region: TAMBOV, claimant: gov }),
    makeFact({
      id: 'f2',
      report_id: 'rep_2',
      weapon: 'uav',
      count: exact(16),
      region: TAMBOV,
      claimant: gov,
      ...(correction ? { correction: true as const } : {}),
    }),
  ];
  const [inc] = resolve(facts, [
    makeReport({ id: 'rep_1', published_at: '2025-05-07T04:10:00+03:00' }),
    makeReport({ id: 'rep_2', published_at: '2025-05-07T08:45:00+03:00' }),
  ]);
  assert.ok(inc);
  return inc;
}

const reasonsOf = (inc: Incident, fact: string) => inc.reasons.find((r) => r.fact_id === fact)?.reasons ?? [];

test('a corrected figure is superseded by the correction, not an earlier step of a running tally', () => {
  const inc = night(true);
  assert.deepEqual(inc.weapons[0]!.count, exact(16), 'the later figure is shown');
  assert.deepEqual(
    inc.tallies['weapons[uav].count']!.map((s) => [s.value, s.correction ?? false]),
    [
      [11, false],
      [16, true],
    ],
  );
  const why = reasonsOf(inc, 'f1').join('; ');
  assert.match(why, /count 11 was corrected to 16 by .* \(rep_2\): superseded/);
  assert.doesNotMatch(why, /running tally/);
});

test('a later total with no correction is still a running tally', () => {
  const inc = night(false);
  assert.deepEqual(inc.weapons[0]!.count, exact(16));
  assert.equal(
    inc.tallies['weapons[uav].count']!.some((s) => s.correction),
    false,
  );
  assert.match(reasonsOf(inc, 'f1').join('; '), /count 11 is an earlier step in the running tally/);
});

test('extraction marks a count that corrects an earlier one, and nothing else', () => {
  const at = '2025-05-07T09:00:00+03:00';
  const corrected = (text: string, lang: 'en' | 'ru' | 'uk') =>
    extractText(text, lang, at)
      .filter((f) => f.count !== null)
      .map((f) => [f.count!.value, f.correction ?? false]);
  assert.deepEqual(
    corrected(
      'Air defences shot down 16 drones over Tambov Oblast overnight, not 11 as reported earlier, the governor said.',
      'en',
    ),
    [[16, true]],
  );
  assert.deepEqual(
    corrected('Поправка: за ночь над Тамбовской областью сбиты 16 беспилотников, сообщил губернатор.', 'ru'),
    [[16, true]],
  );
  assert.deepEqual(
    corrected('Уточнення: над Полтавщиною вночі збито 16 дронів, а не 11, повідомив голова ОВА.', 'uk'),
    [[16, true]],
  );
  // Negative cases: a restatement of an earlier report, a plain count, "not" with no figure after it.
  for (const [text, lang] of [
    ['As previously reported, air defences shot down 11 drones over Tambov Oblast overnight.', 'en'],
    ['Над Тамбовской областью ночью сбиты 16 беспилотников, сообщил губернатор.', 'ru'],
    ['Air defences shot down 16 drones over Tambov Oblast overnight, not counting debris, the governor said.', 'en'],
  ] as const) {
    const facts = corrected(text, lang);
    assert.ok(facts.length > 0, `a count is read: ${text}`);
    assert.ok(
      facts.every(([, c]) => c === false),
      `no correction: ${text}`,
    );
  }
});
