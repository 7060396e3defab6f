import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, TimeSpan } from '../../src/core/types.ts';
import { factGap, pairCause } from '../../src/eval/pair-cause.ts';
import { makeFact, night } from '../resolve/make.ts';

// Invented facts of one night and day over Kursk Oblast: what keeps two posts' incidents apart, per missed pair. The
// late post (22:40, no time named) tells the day's toll but falls in the block of the night it opens.
const KRS = { code: 'RU-KRS', name: 'Курской области' };
const BEL = { code: 'RU-BEL', name: 'Белгородской области' };
const NIGHT = night('2024-10-09T21:00:00+03:00', '2024-10-10T07:00:00+03:00');
const inferred = (start: string, end: string): Pick<Fact, 'when' | 'fields'> => ({
  when: { start, end, precision: 'unknown' } satisfies TimeSpan,
  fields: { when: { start: 0, end: 0, text: '', inferred: true, from: 'publication' } },
});
const published = new Map([
  ['gov', '2024-10-10T06:30:00+03:00'],
  ['late', '2024-10-10T22:40:00+03:00'],
  ['noon', '2024-10-10T13:00:00+03:00'],
  ['eve', '2024-10-10T20:30:00+03:00'],
]);
const publishedOf = (f: Fact) => published.get(f.report_id) ?? '';

const govShot = makeFact({ id: 'g1', report_id: 'gov', kind: 'interception', region: KRS, when: NIGHT });
const govHit = makeFact({ id: 'g2', report_id: 'gov', kind: 'strike', region: KRS, when: NIGHT });
const lateToll = makeFact({
  id: 'l1',
  report_id: 'late',
  kind: 'casualties',
  region: KRS,
  ...inferred('2024-10-10T10:40:00+03:00', '2024-10-10T22:40:00+03:00'),
});
const countryTotal = makeFact({ id: 'n1', report_id: 'noon', kind: 'interception', country: 'RU', when: NIGHT });
const belShot = makeFact({ id: 'b1', report_id: 'noon', kind: 'interception', region: BEL, when: NIGHT });
const eveningShot = makeFact({
  id: 'e1',
  report_id: 'eve',
  kind: 'interception',
  region: KRS,
  ...inferred('2024-10-10T08:30:00+03:00', '2024-10-10T20:30:00+03:00'),
});
const dayTotal = makeFact({
  id: 'd1',
  report_id: 'eve',
  kind: 'interception',
  region: KRS,
  when: { start: '2024-10-09T20:30:00+03:00', end: '2024-10-10T20:30:00+03:00', precision: 'day' },
});

test('factGap names the night block first, and why the blocks differ', () => {
  assert.deepEqual(factGap(govShot, lateToll, publishedOf), [
    'block: a post after 22:00 that names no time',
    'kind: effect/interception',
  ]);
  assert.deepEqual(factGap(govShot, dayTotal, publishedOf), ['block: a day-long window']);
});

test('factGap tells places apart: no region, two regions', () => {
  assert.deepEqual(factGap(govShot, countryTotal, publishedOf), [
    'place: a region beside no region (a country or nothing)',
  ]);
  assert.deepEqual(factGap(govShot, belShot, publishedOf), ['place: two regions']);
});

test('factGap reads windows only when block, place and kind agree', () => {
  assert.deepEqual(factGap(govShot, govHit, publishedOf), ['kind: interception/strike']);
  assert.deepEqual(factGap(govShot, eveningShot, publishedOf), ['window: an inferred window apart']);
  assert.deepEqual(factGap(govShot, govShot, publishedOf), []);
});

test('pairCause: no fact, no incident, and facts that met but were filed apart', () => {
  const incidentOf = new Map([
    ['g1', 'A'],
    ['g2', 'B'],
    ['b1', 'C'],
    ['n1', 'A'],
  ]);
  const gov = { facts: [govShot, govHit], own: 'A' };
  assert.equal(pairCause(gov, { facts: [], own: null }, incidentOf, publishedOf), 'no fact');
  assert.equal(pairCause(gov, { facts: [lateToll], own: null }, incidentOf, publishedOf), 'facts in no incident');
  // The noon post is filed under Belgorod's (C), yet its national total shares A with the governor's shoot-down: one
  // fact in each, so the eval's tie-break chose.
  assert.equal(
    pairCause(gov, { facts: [belShot, countryTotal], own: 'C' }, incidentOf, publishedOf),
    'met: filed apart by the eval (pickMain): a tie',
  );
});

// Why two posts whose facts met were filed apart (`filedAway`). An evening address over Kursk Oblast tells today's
// strike once and recalls two strikes of three days before; a mayor's post tells the strike and the damage; a ministry's
// two lists name the same regions.
const OLD = { start: '2024-10-07T00:00:00+03:00', end: '2024-10-08T00:00:00+03:00', precision: 'day' } as const;
const addressNews = makeFact({ id: 'a1', report_id: 'eve', kind: 'strike', region: KRS, when: NIGHT });
const addressOld1 = makeFact({ id: 'a2', report_id: 'eve', kind: 'strike', region: BEL, when: OLD });
const addressOld2 = makeFact({ id: 'a3', report_id: 'eve', kind: 'casualties', region: BEL, when: OLD });
const mayorHit = makeFact({ id: 'm1', report_id: 'gov', kind: 'strike', region: KRS, when: NIGHT });
const mayorFire = makeFact({ id: 'm2', report_id: 'gov', kind: 'fire', region: BEL, when: NIGHT });
const mayorDamage = makeFact({ id: 'm3', report_id: 'gov', kind: 'damage', region: BEL, when: NIGHT });
const listKrs = makeFact({ id: 'k1', report_id: 'noon', kind: 'interception', region: KRS, when: NIGHT });
const listBel = makeFact({ id: 'k2', report_id: 'noon', kind: 'interception', region: BEL, when: NIGHT });
const listBel2 = makeFact({ id: 'k3', report_id: 'noon', kind: 'strike', region: BEL, when: NIGHT });
const list2Krs = makeFact({ id: 'j1', report_id: 'eve', kind: 'interception', region: KRS, when: NIGHT });
const list2Bel = makeFact({ id: 'j2', report_id: 'eve', kind: 'interception', region: BEL, when: NIGHT });

test('pairCause says why facts that met were filed apart: an earlier day, effects, a list, two lists', () => {
  const incidentOf = new Map([
    ['a1', 'NEWS'],
    ['a2', 'OLD'],
    ['a3', 'OLD'],
    ['m1', 'NEWS'],
    ['m2', 'BEL'],
    ['m3', 'BEL'],
    ['k1', 'NEWS'],
    ['k2', 'BEL'],
    ['k3', 'BEL'],
    ['j1', 'KRS'],
    ['j2', 'BELS'],
    ['g1', 'NEWS'],
  ]);
  const other = { facts: [govShot], own: 'NEWS' };
  // The recalled strikes outnumber today's: the address is filed under three days ago.
  assert.equal(
    pairCause(other, { facts: [addressNews, addressOld1, addressOld2], own: 'OLD' }, incidentOf, publishedOf),
    'met: filed apart by the eval (pickMain): an earlier day',
  );
  // Two effects in Belgorod against one strike in Kursk, and no more strikes there.
  assert.equal(
    pairCause(other, { facts: [mayorHit, mayorFire, mayorDamage], own: 'BEL' }, incidentOf, publishedOf),
    'met: filed apart by the eval (pickMain): effects',
  );
  // A shoot-down and a strike in Belgorod against a shoot-down in Kursk: more of the main kinds elsewhere.
  assert.equal(
    pairCause(other, { facts: [listKrs, listBel, listBel2], own: 'BEL' }, incidentOf, publishedOf),
    'met: filed apart by the eval (pickMain): a list',
  );
  // Two lists of the same regions, each filed under another region they both name.
  const shared = new Map([
    ['k1', 'KRS'],
    ['k2', 'BELS'],
    ['j1', 'KRS'],
    ['j2', 'BELS'],
  ]);
  assert.equal(
    pairCause(
      { facts: [listKrs, listBel], own: 'KRS' },
      { facts: [list2Krs, list2Bel], own: 'BELS' },
      shared,
      publishedOf,
    ),
    'met: filed apart by the eval (pickMain): two lists under different shared items',
  );
});

test('pairCause takes the two filed facts that differ least', () => {
  const incidentOf = new Map([
    ['g1', 'A'],
    ['g2', 'B'],
    ['e1', 'E'],
  ]);
  // Filed under the strike (B), the governor's post still holds the shoot-down: the evening post's shoot-down differs
  // from the strike by kind and from nothing else, so the cause is the kind, read from the filed fact.
  assert.equal(
    pairCause({ facts: [govShot, govHit], own: 'B' }, { facts: [eveningShot], own: 'E' }, incidentOf, publishedOf),
    'kind: interception/strike',
  );
  assert.equal(
    pairCause({ facts: [govShot, govHit], own: 'A' }, { facts: [eveningShot], own: 'E' }, incidentOf, publishedOf),
    'window: an inferred window apart',
  );
});
