import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { makeFact, makeReport } from './make.ts';

const MOW = { code: 'RU-MOW', name: 'Москвы' };
const MOS = { code: 'RU-MOS', name: 'Подмосковья' };

function post(id: string, at: string, airports: string[], region = MOW, detail: string | null = null) {
  const report = makeReport({ id, published_at: at });
  const facts = withInferredWindows(
    [makeFact({ id: `${id}-1`, report_id: id, kind: 'airport_disruption', region, airports, detail })],
    at,
  );
  return { report, facts };
}

function resolve(posts: { report: Report; facts: Fact[] }[]) {
  return resolveNight({
    facts: posts.flatMap((p) => p.facts),
    reports: new Map(posts.map((p) => [p.report.id, p.report])),
    origins: new Map(posts.map((p) => [p.report.id, p.report.id])),
    nightKey: '2024-09-01',
  });
}

test("one disruption per city and episode: the airports grow, Zhukovsky is Moscow's, a lifting ends it", () => {
  const incidents = resolve([
    post('a', '2024-09-01T01:00:00+03:00', ['DME', 'VKO']),
    post('b', '2024-09-01T02:00:00+03:00', ['ZIA'], MOS),
    // The lifting names every airport of the episode: one airport's lifting alone leaves the others closed and the
    // episode running (fixops39-airports.test.ts).
    post('c', '2024-09-01T04:00:00+03:00', ['DME', 'VKO', 'ZIA'], MOW, 'restrictions lifted'),
    post('d', '2024-09-01T05:00:00+03:00', ['SVO']),
  ]);
  assert.deepEqual(
    incidents.map((i) => [i.kind, i.airports, i.sources.map((s) => s.report_id)]),
    [
      ['airport_disruption', ['DME', 'VKO', 'ZIA'], ['a', 'b', 'c']],
      ['airport_disruption', ['SVO'], ['d']],
    ],
  );
});

test('posts more than six hours apart are two episodes; another city is another disruption', () => {
  const incidents = resolve([
    post('a', '2024-09-01T01:00:00+03:00', ['VKO']),
    post('b', '2024-09-01T09:00:00+03:00', ['VKO']),
    post('k', '2024-09-01T02:00:00+03:00', ['KLF'], { code: 'RU-KLU', name: 'Калуги' }),
  ]);
  assert.equal(incidents.length, 3);
});

test('two episodes of one city with the same start are two incidents with two ids', () => {
  // Two live posts more than six hours apart, both before noon: both inferred windows start at 21:00 the evening
  // before. (Two posts that both say "lifted at 12:32" are one lifting told twice: one episode.)
  const posts = [post('a', '2024-09-01T01:00:00+03:00', ['VKO']), post('b', '2024-09-01T08:00:00+03:00', ['VKO'])];
  assert.equal(posts[0]!.facts[0]!.when!.start, posts[1]!.facts[0]!.when!.start);
  const incidents = resolve(posts);
  assert.equal(incidents.length, 2);
  assert.notEqual(incidents[0]!.id, incidents[1]!.id);
  // Named the same whichever order the facts come in.
  assert.deepEqual(
    resolve([...posts].reverse())
      .map((i) => i.id)
      .sort(),
    incidents.map((i) => i.id).sort(),
  );
});

// ux30 #4: reports that tell of a finished episode join it; a lifting closes the running episode.
function told(id: string, at: string, when: { start: string; end: string }, detail: string | null = null) {
  const precision = 'night' as const;
  return {
    report: makeReport({ id, published_at: at }),
    facts: [
      makeFact({
        id: `${id}-1`,
        report_id: id,
        kind: 'airport_disruption',
        region: MOW,
        airports: ['VKO'],
        when: { ...when, precision },
        detail,
      }),
    ],
  };
}

test('retrospective and "resumed after overnight restrictions" reports join the finished episode', () => {
  const overnight = { start: '2024-08-31T21:00:00+03:00', end: '2024-09-01T07:00:00+03:00' };
  const lifting = post('c', '2024-09-01T04:05:00+03:00', ['DME', 'VKO'], MOW, 'restrictions lifted');
  lifting.facts[0]!.when = { start: '2024-09-01T04:00:00+03:00', end: '2024-09-01T04:00:00+03:00', precision: 'exact' };
  lifting.facts[0]!.fields = {};
  const posts = [
    post('a', '2024-09-01T01:00:00+03:00', ['DME', 'VKO']),
    lifting,
    told('resumed', '2024-09-01T06:30:00+03:00', overnight, 'restrictions lifted'),
    told('retro', '2024-09-01T08:10:00+03:00', overnight),
    // A live post after the lifting that names no time is another closure.
    post('d', '2024-09-01T09:00:00+03:00', ['SVO']),
  ];
  for (const order of [posts, [...posts].reverse()]) {
    assert.deepEqual(
      resolve(order)
        .map((i) => i.sources.map((s) => s.report_id))
        .sort((x, y) => x.length - y.length),
      [['d'], ['a', 'c', 'resumed', 'retro']],
    );
  }
});

test('a lifting closes the running episode however long after its last post it comes', () => {
  const incidents = resolve([
    post('a', '2024-08-31T21:00:00+03:00', ['VKO']),
    post('b', '2024-09-01T04:10:00+03:00', ['VKO'], MOW, 'restrictions lifted'),
  ]);
  assert.deepEqual(
    incidents.map((i) => i.sources.map((s) => s.report_id)),
    [['a', 'b']],
  );
});

// ux30 #10: a closure of several airports of one city is not drawn at the one airport a post named as its place.
function named(
  id: string,
  at: string,
  airports: string[],
  place: { name: string; lat: number; lon: number },
  span: {
    place: [number, number];
    airports: [number, number];
  },
) {
  const p = post(id, at, airports);
  p.facts[0]!.place = place;
  p.facts[0]!.fields = {
    ...p.facts[0]!.fields,
    place: { start: span.place[0], end: span.place[1], text: '', inferred: false },
    airports: { start: span.airports[0], end: span.airports[1], text: '', inferred: false },
  };
  return p;
}

test("several airports of one city: no airport's place; one airport keeps it; a city named for all of them wins", () => {
  const vnukovo = { name: 'Vnukovo', lat: 55.61, lon: 37.29 };
  const vko = () => named('a', '2024-09-01T01:00:00+03:00', ['VKO'], vnukovo, { place: [14, 21], airports: [4, 21] });
  const dme = post('b', '2024-09-01T01:20:00+03:00', ['DME']);
  assert.equal(resolve([vko(), dme])[0]!.place, null);
  assert.equal(resolve([vko()])[0]!.place?.name, 'Vnukovo');
  const moscow = named(
    'c',
    '2024-09-01T02:00:00+03:00',
    ['DME', 'VKO'],
    { name: 'Moscow', lat: 55.75, lon: 37.61 },
    {
      place: [0, 6],
      airports: [16, 40],
    },
  );
  assert.equal(resolve([vko(), dme, moscow])[0]!.place?.name, 'Moscow');
});
