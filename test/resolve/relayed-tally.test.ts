// An outlet that relays a mayor's next step («ещё два …, сообщил Собянин») and his running total («всего … семи»)
// carries his tally on; it never disputes it (user trial 39b, defect 3). Texts invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../../src/core/types.ts';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-10-02T12:00:00Z');
const enc = new TextEncoder();
const MAYOR = {
  claimant: { name: 'Сергей Собянин', role: 'mayor' as const, channel: 'Telegram' },
  place: 'Moscow',
};

interface Post {
  text: string;
  published: string;
  source: string;
  mayor?: true;
}

async function moscow(posts: readonly Post[]): Promise<Incident> {
  const store = await openStore({ url: ':memory:' });
  try {
    for (const [i, p] of posts.entries()) {
      await ingestBytes(store, enc.encode(p.text), {
        input: `post-${i}.txt`,
        published: p.published,
        source: p.source,
        lang: 'ru',
        now,
        ...(p.mayor ? { speaker: MAYOR } : {}),
      });
    }
    await resolveDirty(store);
    const found = (await store.listIncidents({})).find((i) => i.region?.code === 'RU-MOW');
    assert.ok(found);
    return found;
  } finally {
    await store.close();
  }
}

const OWN: Post[] = [
  {
    text: 'Силами ПВО отражена атака трёх беспилотников, летевших на Москву. Работают экстренные службы.',
    published: '2025-10-01T22:50:00+03:00',
    source: 'Сергей Собянин',
    mayor: true,
  },
  {
    text: 'Отражена атака ещё двух БПЛА, летевших на Москву.',
    published: '2025-10-01T23:30:00+03:00',
    source: 'Сергей Собянин',
    mayor: true,
  },
];

test("a relay of the mayor's next step and total carries his tally on: 3, +2, +4 = 9, no dispute", async () => {
  const inc = await moscow([
    ...OWN,
    {
      text: 'Ещё четыре беспилотника, летевшие на Москву, сбиты силами ПВО, сообщил Собянин. Всего с вечера отражена атака девяти БПЛА.',
      published: '2025-10-02T00:40:00+03:00',
      source: 'Столичный вестник',
    },
  ]);
  assert.equal(inc.weapons.find((w) => w.type === 'uav')?.count?.value, 9);
  assert.notEqual(inc.corroboration.status, 'disputed');
  assert.deepEqual(
    inc.tallies?.['weapons[uav].count']?.map((s) => [s.value, s.increment]),
    [
      [3, false],
      [2, true],
      [4, true],
    ],
  );
});

test('negative: a relay that only gives another total than his own still disagrees with him', async () => {
  const inc = await moscow([
    ...OWN,
    {
      text: 'Всего с вечера отражена атака восьми беспилотников, летевших на Москву, сообщил Собянин.',
      published: '2025-10-02T00:40:00+03:00',
      source: 'Столичный вестник',
    },
  ]);
  assert.equal(inc.corroboration.status, 'disputed');
});

test('two outlets relaying one «ещё четыре …, сообщил Собянин» count the step once: 3, +2, +4 = 9, not 13', async () => {
  const inc = await moscow([
    ...OWN,
    {
      text: 'Ещё четыре БПЛА, летевшие на Москву, сбиты силами ПВО, сообщил Собянин.',
      published: '2025-10-02T00:40:00+03:00',
      source: 'Столичный вестник',
    },
    {
      text: 'Собянин сообщил, что сбиты ещё четыре беспилотника, летевших на Москву.',
      published: '2025-10-02T00:44:00+03:00',
      source: 'Городские новости',
    },
  ]);
  assert.equal(inc.weapons.find((w) => w.type === 'uav')?.count?.value, 9);
});
