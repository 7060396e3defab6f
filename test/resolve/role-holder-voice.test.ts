// A channel's unsigned post told in its role and its signed post by the holder of that role are one voice: the later
// figure is the holder's running tally, not a dispute with them (ux30 items 6 and 19). Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, person } from './make.ts';

const POLTAVA = { code: 'UA-53', name: 'Полтавська область' };
const PLACE = { name: 'Кременчук', lat: 49.06, lon: 33.4 };

function post(id: string, hour: string, publisher: string, injured: number, claimant: Claimant): [Fact, Report] {
  const report = makeReport({ id, published_at: `2025-08-02T${hour}:00:00+03:00`, publisher, lang: 'uk' });
  const fact = makeFact({
    id: `${id}:f1`,
    report_id: id,
    kind: 'casualties',
    region: POLTAVA,
    place: PLACE,
    casualties: { killed: null, injured },
    when: { start: '2025-08-02T00:00:00+03:00', end: '2025-08-03T00:00:00+03:00', precision: 'day' },
    claimant,
  });
  return [fact, report];
}

function resolve(posts: [Fact, Report][]): Incident[] {
  return resolveNight({
    facts: posts.map(([f]) => f),
    reports: new Map(posts.map(([, r]) => [r.id, r])),
    origins: new Map(posts.map(([, r]) => [r.id, r.id])),
    nightKey: '2025-08-02',
  });
}

const HOLDER = person('Андрій Коваль', 'military_administration');
const ROLE = person(null, 'military_administration');
const OVA = 'Полтавська ОВА (Telegram)';

test("a channel's unsigned figure in the role its named head holds is the head's tally, not a dispute", () => {
  const [inc, ...rest] = resolve([post('r1', '13', OVA, 4, HOLDER), post('r2', '18', OVA, 9, ROLE)]);
  assert.equal(rest.length, 0);
  assert.equal(inc!.casualties.injured, 9);
  assert.deepEqual(inc!.conflicts, []);
  assert.equal(inc!.corroboration.status, 'single_origin');
  assert.deepEqual(
    inc!.tallies['casualties.injured']?.map((s) => s.value),
    [4, 9],
  );
  // The holder named in the other script by an outlet quoting him is that voice too ("Andrii Koval": one key).
  const [quoted] = resolve([
    post('r1', '13', OVA, 4, HOLDER),
    post('r2', '18', OVA, 9, ROLE),
    post('r3', '19', 'Example Wire', 9, person('Andrii Koval', 'military_administration')),
  ]);
  assert.deepEqual(quoted!.conflicts, []);
  assert.deepEqual(Object.keys(quoted!.tallies), ['casualties.injured']);
});

test('another channel, or a channel with two named holders of the role, keeps the unsigned figure a voice of its own', () => {
  // The same role told by another channel's unsigned post is another voice: 4 against 9 at one hour stays a dispute
  // (told hours later, the higher toll would be the count's later step: rising-toll.test.ts).
  const [other] = resolve([post('r1', '13', OVA, 4, HOLDER), post('r2', '13', 'Інша ОВА (Telegram)', 9, ROLE)]);
  assert.equal(other!.corroboration.status, 'disputed');
  // Two people signed as the administration in one channel: whose tally the unsigned post continues is unknown.
  const [two] = resolve([
    post('r1', '13', OVA, 4, HOLDER),
    post('r3', '14', OVA, 4, person('Петро Мельник', 'military_administration')),
    post('r2', '14', OVA, 9, ROLE),
  ]);
  assert.equal(two!.corroboration.status, 'disputed');
});
