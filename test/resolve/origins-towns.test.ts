// One oblast's channel posts its night template for one town, then for another with the town changed: two
// statements, not one origin, though the region, the voice and the figures are the same (ux32 item 18). Invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlaceRef } from '../../src/core/types.ts';
import { disagreement, statementOf } from '../../src/resolve/agreement.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { makeFact, makeReport, night, originInput, person } from './make.ts';

const OBLAST = { code: 'UA-74', name: 'Чернігівська область' };
const NIGHT = night('2025-08-21T21:00:00+03:00', '2025-08-22T07:00:00+03:00');
const HEAD = person("В'ячеслав Чаус", 'military_administration');

function post(id: string, time: string, town: string, place: PlaceRef | null) {
  const report = makeReport({
    id,
    publisher: 'Чернігівська ОВА (Telegram)',
    published_at: `2025-08-22T${time}:00+03:00`,
    lang: 'uk',
    text: `Вночі ворог атакував ${town} ударними дронами. Загинула 1 людина, 4 поранено. Пошкоджено житлові будинки. В'ячеслав Чаус, начальник ОВА`,
  });
  const base = { report_id: id, region: OBLAST, place, when: NIGHT, claimant: HEAD };
  return originInput(report, [
    makeFact({ ...base, id: `${id}:f0`, kind: 'strike', weapon: 'uav' }),
    makeFact({ ...base, id: `${id}:f1`, kind: 'casualties', casualties: { killed: 1, injured: 4 } }),
  ]);
}

const NIZHYN = { name: 'Nizhyn', lat: 51.05, lon: 31.89 };
const PRYLUKY = { name: 'Pryluky', lat: 50.59, lon: 32.39 };

test("one channel's template for two towns of one oblast is two origins", () => {
  const a = post('rep_a', '05:00', 'Ніжин', NIZHYN);
  const b = post('rep_b', '06:10', 'Прилуки', PRYLUKY);
  assert.equal(disagreement(statementOf(a.facts), statementOf(b.facts)), 'other places');
  const { origins } = assignOrigins([a, b]);
  assert.notEqual(origins.get('rep_a'), origins.get('rep_b'));
});

test('a copy of one town post is still one origin, and a post naming no town is not told apart by town', () => {
  const a = post('rep_a', '05:00', 'Ніжин', NIZHYN);
  const copy = post('rep_c', '05:20', 'Ніжин', NIZHYN);
  assert.equal(disagreement(statementOf(a.facts), statementOf(copy.facts)), null);
  const bare = post('rep_d', '05:30', 'Ніжин', null);
  assert.equal(disagreement(statementOf(a.facts), statementOf(bare.facts)), null);
});
