// An ordinary night told by four posts (the review of days25, twenty-fifth session): the air force's total with
// «попадания и падения обломков», the Odesa mayor's debris on a house, Kyiv's shoot-downs, and the president's
// strike «по всей стране» followed by the same total. Kyiv's count nests in the national interception total, which
// needs the president's country (refine/carried-country.ts); the strike wave stays apart from the total, though the
// air force tells of debris (resolve/cluster.ts, foldDebrisStrikes). Texts invented, ingested end to end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2024-12-08T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

const POSTS = [
  {
    name: 'airforce',
    at: '07:30',
    source: 'Воздушные силы ВСУ',
    text: 'В ночь на 8 декабря противник атаковал 60 ударными БпЛА типа Shahed. Силами противовоздушной обороны сбиты 45 дронов. Есть попадания и падения обломков.',
  },
  {
    name: 'odesa',
    at: '07:40',
    source: 'Геннадий Труханов',
    text: 'Мэр Одессы: ночью обломки сбитого дрона упали на жилой дом, пострадали два человека.',
  },
  {
    name: 'kyiv',
    at: '07:50',
    source: 'Виталий Кличко',
    text: 'Кличко: ночью над Киевом сбиты 10 вражеских беспилотников.',
  },
  {
    name: 'president',
    at: '08:10',
    source: 'Владимир Зеленский',
    text: 'Ночью Россия атаковала Украину ракетами и дронами по всей стране. Силы ПВО сбили 45 дронов.',
  },
];

test('the national interception total holds Kyiv’s count, and the strike wave stays apart from it', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const names = new Map<string, string>();
    for (const post of POSTS) {
      const out = await ingestBytes(store, enc(post.text), {
        input: `${post.name}.txt`,
        published: `2024-12-08T${post.at}:00+02:00`,
        source: post.source,
        lang: 'ru',
        now,
      });
      names.set(out.report_id!, post.name);
    }
    await resolveDirty(store);
    const incidents = (await store.listIncidents({})).map((i) => [
      i.kind,
      i.region?.code ?? i.country ?? null,
      [...new Set(i.sources.map((s) => names.get(s.report_id)))].sort(),
    ]);
    assert.deepEqual(incidents.sort(), [
      ['interception', 'UA', ['airforce', 'kyiv', 'odesa', 'president']],
      ['strike', 'UA', ['airforce', 'president']],
    ]);
  } finally {
    await store.close();
  }
});
