// Figures told of windows that share no time are separate episodes of one incident: summed, never one voice's
// running tally nor a dispute (user trial 39b, defect 1). Texts invented for the test, in the style of the posts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../../src/core/types.ts';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-10-02T12:00:00Z');
const enc = new TextEncoder();

interface Post {
  text: string;
  published: string;
  source: string;
}

async function incidents(posts: readonly Post[]): Promise<Incident[]> {
  const store = await openStore({ url: ':memory:' });
  try {
    for (const [i, p] of posts.entries()) {
      await ingestBytes(store, enc.encode(p.text), {
        input: `post-${i}.txt`,
        published: p.published,
        source: p.source,
        lang: 'ru',
        now,
      });
    }
    await resolveDirty(store);
    return await store.listIncidents({});
  } finally {
    await store.close();
  }
}

function interceptionIn(list: readonly Incident[], region: string): Incident {
  const found = list.find((i) => i.kind === 'interception' && i.region?.code === region);
  assert.ok(found, `an interception in ${region}: ${JSON.stringify(list.map((i) => [i.kind, i.region?.code]))}`);
  return found;
}

const uav = (i: Incident) => i.weapons.find((w) => w.type === 'uav')?.count?.value;

test("the ministry's night figure and its later morning window over one oblast are summed, not disputed", async () => {
  const list = await incidents([
    {
      text: 'Минувшей ночью дежурными средствами ПВО над территорией Орловской области уничтожены 9 украинских беспилотных летательных аппаратов.',
      published: '2025-10-02T07:10:00+03:00',
      source: 'Минобороны России',
    },
    {
      text: 'С 07.00 мск до 09.00 мск дежурными средствами ПВО над территорией Орловской области уничтожены два украинских беспилотных летательных аппарата.',
      published: '2025-10-02T09:15:00+03:00',
      source: 'Минобороны России',
    },
  ]);
  const orel = interceptionIn(list, 'RU-ORL');
  assert.equal(uav(orel), 11);
  assert.notEqual(orel.corroboration.status, 'disputed');
  assert.deepEqual(orel.conflicts, []);
});

test("a governor's two events at separate hours are two episodes: 1 then 3 make 4, not a tally that ends at 3", async () => {
  const list = await incidents([
    {
      text: 'Около 23:40 над Курском силами ПВО сбит беспилотник. Пострадавших нет.',
      published: '2025-10-01T23:55:00+03:00',
      source: 'Губернатор Курской области',
    },
    {
      text: 'Около 04:10 в Рыльске силами ПВО уничтожены три беспилотника. Повреждений нет.',
      published: '2025-10-02T04:30:00+03:00',
      source: 'Губернатор Курской области',
    },
  ]);
  const kursk = interceptionIn(list, 'RU-KRS');
  assert.equal(uav(kursk), 4);
  assert.equal(kursk.tallies?.['weapons[uav].count'], undefined);
});

test("parts told at separate hours agree with another voice's figure for the whole night", async () => {
  const list = await incidents([
    {
      text: 'Около 23:40 над Орлом силами ПВО сбит беспилотник.',
      published: '2025-10-01T23:55:00+03:00',
      source: 'Андрей Клычков',
    },
    {
      text: 'Около 04:10 над Мценском сбиты два беспилотника, сообщают местные жители.',
      published: '2025-10-02T04:30:00+03:00',
      source: 'Орёл Онлайн',
    },
    {
      text: 'За прошедшую ночь над территорией Орловской области дежурными средствами ПВО уничтожены три украинских беспилотных летательных аппарата.',
      published: '2025-10-02T07:10:00+03:00',
      source: 'Минобороны России',
    },
  ]);
  const orel = interceptionIn(list, 'RU-ORL');
  assert.equal(uav(orel), 3);
  assert.notEqual(orel.corroboration.status, 'disputed');
});

test('two voices that give other figures for one night still disagree', async () => {
  const list = await incidents([
    {
      text: 'Минувшей ночью дежурными средствами ПВО над территорией Орловской области уничтожены 9 украинских беспилотных летательных аппаратов.',
      published: '2025-10-02T07:10:00+03:00',
      source: 'Минобороны России',
    },
    {
      text: 'Сегодня ночью над Орловской областью силами ПВО уничтожены пять беспилотников, сообщил губернатор Андрей Клычков.',
      published: '2025-10-02T08:00:00+03:00',
      source: 'Орёл Онлайн',
    },
  ]);
  const orel = interceptionIn(list, 'RU-ORL');
  assert.equal(orel.corroboration.status, 'disputed');
});

test('a running total stamped «к 02:00», then «к 04:00 … уже», is one tally, never two episodes summed', async () => {
  const list = await incidents([
    {
      text: 'К 02:00 силами ПВО над Орловской областью уничтожены 7 беспилотников.',
      published: '2025-10-02T02:05:00+03:00',
      source: 'Андрей Клычков',
    },
    {
      text: 'К 04:00 над Орловской областью сбиты уже 15 беспилотников.',
      published: '2025-10-02T04:05:00+03:00',
      source: 'Андрей Клычков',
    },
  ]);
  const orel = interceptionIn(list, 'RU-ORL');
  assert.equal(uav(orel), 15);
});

test("negative: the same voice's figures for two windows with both ends told are still summed", async () => {
  const list = await incidents([
    {
      text: 'С 00:00 до 02:00 силами ПВО над Орловской областью уничтожены 7 беспилотников.',
      published: '2025-10-02T02:05:00+03:00',
      source: 'Андрей Клычков',
    },
    {
      text: 'С 03:00 до 04:00 над Орловской областью сбиты ещё 4 беспилотника.',
      published: '2025-10-02T04:05:00+03:00',
      source: 'Андрей Клычков',
    },
  ]);
  assert.equal(uav(interceptionIn(list, 'RU-ORL')), 11);
});

test("another voice's night figure below the parts' sum disputes it: 4 and 3 inside the night against 2", async () => {
  const list = await incidents([
    {
      text: 'С 01:00 до 03:00 над Орловской областью силами ПВО сбиты четыре беспилотника.',
      published: '2025-10-02T03:10:00+03:00',
      source: 'Андрей Клычков',
    },
    {
      text: 'С 04:00 до 06:00 над Орловской областью сбиты ещё три беспилотника.',
      published: '2025-10-02T06:10:00+03:00',
      source: 'Андрей Клычков',
    },
    {
      text: 'За прошедшую ночь над территорией Орловской области дежурными средствами ПВО уничтожены два украинских беспилотных летательных аппарата.',
      published: '2025-10-02T07:10:00+03:00',
      source: 'Минобороны России',
    },
  ]);
  const orel = interceptionIn(list, 'RU-ORL');
  assert.equal(uav(orel), 7);
  assert.equal(orel.corroboration.status, 'disputed');
  const values = orel.conflicts.flatMap((c) => c.values.map((v) => v.value));
  assert.deepEqual([...values].sort(), [2, 7]);
});
