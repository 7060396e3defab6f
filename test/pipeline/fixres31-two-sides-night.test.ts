// fixres31 (ux31 #1, #10): one night told by both sides. The Russian ministry's breakdown over three oblasts, a
// Russian governor's count, the Ukrainian Air Force's bulletin ("Russia attacked with 75 drones … destroyed 59") and
// a wire's rewrite of it ("59 of 75 drones launched by Russia"). The Air Force's total is Ukraine's wave
// (region=UA finds it) and the ministry's oblasts stay three Russian incidents, never parts of it. Texts invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2026-03-14T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

const POSTS = [
  {
    name: 'ministry',
    at: '2026-03-14T07:10:00+03:00',
    text: 'Over the past night, air defence systems destroyed 23 Ukrainian UAVs: 11 over Kursk Oblast, 8 over Lipetsk Oblast and 4 over Tambov Oblast.',
  },
  {
    name: 'governor',
    at: '2026-03-14T08:05:00+03:00',
    text: 'Lipetsk Governor Igor Artamonov said air defences destroyed eight drones over the region overnight.',
  },
  {
    name: 'airforce',
    at: '2026-03-14T09:20:00+02:00',
    text: 'Overnight on March 14, Russia attacked with 75 attack drones. Air defence destroyed 59 drones. Hits were recorded in Sumy Oblast.',
  },
  {
    name: 'wire',
    at: '2026-03-14T10:40:00+02:00',
    text: "Ukraine's air force said it destroyed 59 of 75 drones launched by Russia overnight.",
  },
];

test('the Air Force’s night total is Ukraine’s, and the ministry’s oblasts stay Russia’s own incidents', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const names = new Map<string, string>();
    for (const post of POSTS) {
      const out = await ingestBytes(store, enc(post.text), {
        input: `${post.name}.txt`,
        published: post.at,
        source: 'Example',
        lang: 'en',
        now,
      });
      names.set(out.report_id!, post.name);
    }
    await resolveDirty(store);
    const interceptions = (await store.listIncidents({}))
      .filter((i) => i.kind === 'interception')
      .map((i) => [
        i.region?.code ?? null,
        i.country ?? null,
        [...new Set(i.sources.map((s) => names.get(s.report_id)))].sort().join(' '),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    assert.deepEqual(interceptions, [
      [null, 'UA', 'airforce wire'],
      ['RU-KRS', null, 'ministry'],
      ['RU-LIP', null, 'governor ministry'],
      ['RU-TAM', null, 'ministry'],
    ]);
    const ua = await store.listIncidents({ region: 'UA' });
    assert.ok(ua.some((i) => i.kind === 'interception' && i.region === null));
  } finally {
    await store.close();
  }
});
