// A region's night summary lists its night under a header that tells no fact: the shoot-downs in one item, naming
// the place, then items that carry it («— пострадавших нет;», «— повреждены окна …»). A copy of the header alone,
// put by origins with the list, retells that night: it is a source of the list's incident. A summit's roundup, whose
// one fact-telling item names its region among statements, is not such a summary: a copy of its headline retells
// none of its items. Inputs invented (the review of days17, a to d), ingested end to end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-05-08T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

/** The list posted at `at`, the copy of its first line 30 minutes later: each incident's kind and its sources. */
async function sourcesOf(lines: readonly string[], at = '08:00', copyAt = '08:30') {
  const store = await openStore({ url: ':memory:' });
  try {
    const list = await ingestBytes(store, enc(lines.join('\n\n')), {
      input: 'list.txt',
      published: `2025-05-07T${at}:00+03:00`,
      source: 'Night Desk',
      now,
    });
    const copy = await ingestBytes(store, enc(lines[0]!), {
      input: 'copy.txt',
      published: `2025-05-07T${copyAt}:00+03:00`,
      source: 'Copy Desk',
      now,
    });
    assert.equal(copy.facts, 0, 'the copy of the header was meant to tell no fact');
    await resolveDirty(store);
    assert.equal((await store.getReport(copy.report_id!))?.origin_id, list.report_id, 'the copy shares the origin');
    const name = (id: string) => (id === list.report_id ? 'list' : id === copy.report_id ? 'copy' : id);
    return (await store.listIncidents({})).map((i) => [i.kind, i.sources.map((s) => name(s.report_id)).sort()]);
  } finally {
    await store.close();
  }
}

const BELGOROD = 'Губернатор Гладков подвёл итоги прошедшей ночи в Белгородской области:';

test('(a) a copy of the header of a night summary whose next items carry the place retells its incident', async () => {
  const lines = [
    BELGOROD,
    '— над Белгородом и Белгородским районом сбиты семь беспилотников;',
    '— пострадавших нет;',
    '— оперативные службы работают на местах.',
  ];
  assert.deepEqual(await sourcesOf(lines), [['interception', ['copy', 'list']]]);
});

test('(b) the same with the damage told in the next item, the place carried', async () => {
  const lines = [
    BELGOROD,
    '— над Белгородом сбиты семь беспилотников;',
    '— повреждены окна в двух частных домах и автомобиль;',
    '— пострадавших нет.',
  ];
  assert.deepEqual(await sourcesOf(lines), [['interception', ['copy', 'list']]]);
});

test('(c) Ukrainian: the items after the named shoot-downs carry the place, whatever form the header gives it', async () => {
  const lines = [
    'Начальник Сумської ОВА підбив підсумки минулої ночі на Сумщині:',
    '— над Сумами збито сім безпілотників;',
    '— постраждалих немає;',
    '— комунальні служби працюють на місцях.',
  ];
  assert.deepEqual(await sourcesOf(lines), [['interception', ['copy', 'list']]]);
});

test('(d) a copy of a summit roundup headline is no source of the strike named among its statements', async () => {
  const lines = [
    'Президент: у страны есть несколько готовых систем «Метеор»',
    'Другие заявления на саммите:',
    '— ночью армия ударила по Брянской области сорока ракетами;',
    '— выпуск ракет вырастет на четверть;',
    '— переговоры остаются возможными.',
  ];
  assert.deepEqual(await sourcesOf(lines, '13:00', '13:02'), [['strike', ['list']]]);
});
