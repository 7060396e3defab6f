// A district named with its city after it («по Київському району Харкова», «в Печерском районе Киева») is a place
// in that city: the fact's place is the city, not null. And a lower toll another voice tells after a higher one was
// already told disputes it, though the higher voice's last figure came hours later (trial ux37, defect 10: the
// mayor's 6 injured at 04:00 after the regional head's 7 at 03:10 and 8 at 10:15). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Lang, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { extractText } from '../helpers/extract-text.ts';
import { makeReport } from './make.ts';

/** The distinct region and place of a text's facts. */
const places = (text: string, lang: Lang) => [
  ...new Set(
    extractText(text, lang, '2025-07-05T04:00:00+03:00').map((f) => `${f.region?.code ?? '-'} ${f.place?.name ?? '-'}`),
  ),
];

test('a district with its city named after it places the fact in that city', () => {
  assert.deepEqual(places('Вже 5 постраждалих унаслідок удару по Салтівському району Харкова.', 'uk'), [
    'UA-63 Kharkiv',
  ]);
  assert.deepEqual(places('Обломки беспилотника упали в Печерском районе Киева, повреждена крыша дома.', 'ru'), [
    'UA-30 Kyiv',
  ]);
  // A district with no city after it keeps what it had: a rural district is its region's, no town of its own.
  assert.deepEqual(places('Обломки беспилотника упали в Белгородском районе, повреждена крыша дома.', 'ru'), [
    'RU-BEL -',
  ]);
});

function resolvePosts(posts: readonly { at: string; text: string; publisher: string }[]): Incident[] {
  const reports: Report[] = [];
  const facts: Fact[] = [];
  for (const { at, text, publisher } of posts) {
    const own = extractText(text, 'uk', at);
    assert.ok(own.length > 0, `facts are read: ${text}`);
    reports.push(makeReport({ id: own[0]!.report_id, published_at: at, text, lang: 'uk', publisher }));
    facts.push(...own);
  }
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-07-05',
  });
}

test("another voice's lower toll told after a higher one disputes it, though the higher voice rose later", () => {
  const incidents = resolvePosts([
    {
      at: '2025-07-05T03:10:00+03:00',
      text: 'Кількість травмованих у Харкові внаслідок нічної атаки зросла до 7, повідомив начальник ОВА Олег Синєгубов.',
      publisher: 'Харківська ОВА',
    },
    {
      at: '2025-07-05T04:00:00+03:00',
      text: 'Вже 6 постраждалих унаслідок удару по Салтівському району Харкова, повідомив міський голова Ігор Терехов.',
      publisher: 'Ігор Терехов',
    },
    {
      at: '2025-07-05T10:15:00+03:00',
      text: 'Внаслідок нічної атаки на Харків травмовано 8 людей, повідомив начальник ОВА Олег Синєгубов.',
      publisher: 'Харківська ОВА',
    },
  ]);
  const withToll = incidents.filter((i) => i.casualties.injured !== null);
  assert.equal(withToll.length, 1, 'one incident holds the toll');
  const inc = withToll[0]!;
  assert.equal(inc.casualties.injured, 8);
  const conflict = inc.conflicts.find((c) => c.field === 'casualties.injured');
  assert.deepEqual(conflict?.values.map((v) => v.value).sort(), [6, 8]);
  assert.equal(inc.corroboration.status, 'disputed');
});

test("another voice's lower toll told well before any higher figure is still an older step", () => {
  const incidents = resolvePosts([
    {
      at: '2025-07-05T04:00:00+03:00',
      text: 'Вже 6 постраждалих унаслідок удару по Салтівському району Харкова, повідомив міський голова Ігор Терехов.',
      publisher: 'Ігор Терехов',
    },
    {
      at: '2025-07-05T10:15:00+03:00',
      text: 'Внаслідок нічної атаки на Харків травмовано 8 людей, повідомив начальник ОВА Олег Синєгубов.',
      publisher: 'Харківська ОВА',
    },
  ]);
  const inc = incidents.find((i) => i.casualties.injured !== null);
  assert.equal(inc?.casualties.injured, 8);
  assert.deepEqual(inc?.conflicts, []);
});
