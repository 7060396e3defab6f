// A day told by its afternoon («Вдень ворог завдав удару КАБами по Ізюму») is that day's daytime in resolution: the
// night's drone strike on another town of the region (21:00 to 07:00) and the afternoon's bomb strike are two
// incidents, each with its own toll, not one whose overlapping windows summed them (trial ux37, defect 3). The
// extraction still reads the whole day, as the labels do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { extractText } from '../helpers/extract-text.ts';
import { makeReport } from './make.ts';

const POSTS = [
  ['2025-07-03T06:40:00+03:00', 'Вночі ворог атакував Чугуїв ударними БпЛА. Загинула жінка, ще 4 людини травмовано.'],
  [
    '2025-07-03T14:10:00+03:00',
    'Вдень ворог завдав удару КАБами по Ізюму. Загинули двоє чоловіків, ще 5 людей травмовано.',
  ],
] as const;

function resolvePosts(posts: readonly (readonly [string, string])[]): { incidents: Incident[]; facts: Fact[] } {
  const reports: Report[] = [];
  const facts: Fact[] = [];
  for (const [at, text] of posts) {
    const own = extractText(text, 'uk', at);
    assert.ok(own.length > 0, `facts are read: ${text}`);
    reports.push(makeReport({ id: own[0]!.report_id, published_at: at, text, lang: 'uk' }));
    facts.push(...own);
  }
  const incidents = resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-07-03',
  });
  return { incidents, facts };
}

test("the afternoon's strike on another town stays apart from the night's, each with its toll", () => {
  const { incidents, facts } = resolvePosts(POSTS);
  const day = facts.find((f) => f.kind === 'strike' && f.weapon === 'guided_bomb');
  assert.equal(day?.when?.precision, 'day', 'the extraction reads the afternoon as the whole day');
  const strikes = incidents.filter((i) => i.kind === 'strike');
  assert.equal(strikes.length, 2);
  const tolls = strikes
    .map((i) => [i.weapons.map((w) => w.type).join(','), i.casualties.killed, i.casualties.injured])
    .sort();
  assert.deepEqual(tolls, [
    ['guided_bomb', 2, 5],
    ['uav', 1, 4],
  ]);
});

test('an afternoon toll with no strike of its own still joins the strike of that day', () => {
  const { incidents } = resolvePosts([
    POSTS[1],
    ['2025-07-03T17:30:00+03:00', 'Вдень в Ізюмі кількість травмованих зросла до 6.'],
  ]);
  const strikes = incidents.filter((i) => i.kind === 'strike');
  assert.equal(strikes.length, 1);
  assert.equal(strikes[0]!.casualties.injured, 6);
});
