// ux36 #4: «погибла редактор районной газеты» told a death the incident missed: a victim named by the work they do
// (editor, rescuer, volunteer) is one person, as «водитель» and «рятувальник» already were. Texts are ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const tolls = (facts: Fact[]) => facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties);

test('#4 a victim named by their work is one person killed or hurt', () => {
  const at = '2025-06-10T15:00:00+03:00';
  assert.deepEqual(
    tolls(extractText('В Брянской области при атаке дрона погибла редактор местной газеты — власти', 'ru', at)),
    [{ killed: 1, injured: null, children_killed: null, children_injured: null }],
  );
  assert.deepEqual(tolls(extractText('В Курской области после удара беспилотника ранен спасатель.', 'ru', at)), [
    { killed: null, injured: 1, children_killed: null, children_injured: null },
  ]);
  assert.deepEqual(tolls(extractText('Внаслідок обстрілу Херсона постраждав волонтер.', 'uk', at)), [
    { killed: null, injured: 1, children_killed: null, children_injured: null },
  ]);
  // Not a victim: a verb or an abstract noun of the same stem («волонтерить», «журналистики»), or the word as the
  // subject that tells the news.
  assert.deepEqual(
    tolls(extractText('Дякую всім, хто лікує від поранень, хто волонтерить у Херсоні після обстрілу.', 'uk', at)),
    [],
  );
  assert.deepEqual(tolls(extractText('Журналисты сообщили о взрывах в Курске.', 'ru', at)), []);
  // Words that also name a speaker or an adjective's stem are no victim (review, thirty-sixth session): the toll stays
  // untold, and no strike is read from a reporter.
  const reporter = tolls(
    extractText('В Белгороде после атаки дрона есть погибшие, передает корреспондент РИА Новости.', 'ru', at),
  );
  assert.ok(
    reporter.every((c) => c?.killed !== 1),
    JSON.stringify(reporter),
  );
  const strikes = extractText('Израиль нанес авиаудар по Бейруту, сообщил журналист.', 'ru', at);
  assert.ok(!strikes.some((f) => f.kind === 'casualties'), JSON.stringify(strikes.map((f) => f.kind)));
  assert.deepEqual(
    tolls(
      extractText('В Белгороде после атаки дрона пострадал полицейский автомобиль, люди не пострадали.', 'ru', at),
    ).filter((c) => (c?.injured ?? 0) > 0),
    [],
  );
});
