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

// Review 37c: a toll of the night's strike told by day («Вдень кількість загиблих внаслідок нічної атаки … зросла»,
// «Ночью и днём … Погибли…») is still the night's: one incident with the risen toll, not a second one beside it.
function resolveLang(posts: readonly (readonly [string, string])[], lang: 'ru' | 'uk' | 'en'): Incident[] {
  const reports: Report[] = [];
  const facts: Fact[] = [];
  for (const [at, text] of posts) {
    const own = extractText(text, lang, at);
    assert.ok(own.length > 0, `facts are read: ${text}`);
    reports.push(makeReport({ id: own[0]!.report_id, published_at: at, text, lang }));
    facts.push(...own);
  }
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-07-03',
  });
}

test("a night strike's toll that rose by day stays the night's incident", () => {
  for (const [lang, night, day] of [
    [
      'uk',
      'Вночі ворог атакував Полтаву ударними дронами. Загинули двоє людей, ще четверо поранені.',
      'Вдень кількість загиблих внаслідок нічної атаки дронів на Полтаву зросла до трьох.',
    ],
    [
      'ru',
      'Ночью ВСУ атаковали Курск беспилотниками. Погибли два человека, четверо ранены.',
      'Днём число погибших при ночной атаке беспилотников на Курск выросло до трёх.',
    ],
    [
      'en',
      'Russian drones hit Poltava overnight, killing two people and injuring four, Governor Volodymyr Kohut said.',
      'This afternoon the death toll from the overnight drone attack on Poltava rose to three, Governor Volodymyr Kohut said.',
    ],
  ] as const) {
    const incidents = resolveLang(
      [
        ['2025-07-03T07:20:00+03:00', night],
        ['2025-07-03T15:10:00+03:00', day],
      ],
      lang,
    );
    const withToll = incidents.filter((i) => i.casualties.killed !== null);
    assert.equal(withToll.length, 1, `one incident holds the toll (${lang})`);
    assert.equal(withToll[0]!.casualties.killed, 3, lang);
  }
});

test('a strike told "by night and by day" keeps its toll', () => {
  const incidents = resolveLang(
    [
      ['2025-07-03T07:10:00+03:00', 'Ночью ВСУ атаковали Курск беспилотниками, ранен один человек.'],
      ['2025-07-03T18:30:00+03:00', 'Ночью и днем ВСУ атаковали Курск беспилотниками. Погибли два человека.'],
    ],
    'ru',
  );
  assert.ok(
    incidents.every((i) => i.kind !== 'casualties'),
    'no lone toll',
  );
  assert.ok(incidents.some((i) => i.kind === 'strike' && i.casualties.killed === 2));
});

test('«днём» with ё tells the afternoon as «днем» does', () => {
  const incidents = resolveLang(
    [
      ['2025-07-03T06:40:00+03:00', 'Ночью ВСУ атаковали Курск беспилотниками. Погиб один человек, трое ранены.'],
      ['2025-07-03T14:10:00+03:00', 'Днём ВСУ нанесли удар по Рыльску. Погибли два человека, пятеро ранены.'],
    ],
    'ru',
  );
  const tolls = incidents
    .filter((i) => i.kind === 'strike')
    .map((i) => [i.casualties.killed, i.casualties.injured])
    .sort();
  assert.deepEqual(tolls, [
    [1, 3],
    [2, 5],
  ]);
});
