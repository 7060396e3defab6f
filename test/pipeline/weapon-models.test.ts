// An incident keeps the models its facts name, per class, so a desk reads them and a search for "Shahed" or
// «Іскандер» finds the incident (ux30 item 20). Inputs invented, ingested end to end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-07-05T12:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

test('each weapon entry lists the models its facts name, and none where no fact names one', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const texts = [
      ['a.txt', 'Вночі над Одещиною сили ППО знищили 14 ударних БпЛА типу Shahed та 3 крилаті ракети Х-101.'],
      ['b.txt', 'Over Odesa Oblast air defence shot down 5 drones overnight.'],
    ] as const;
    for (const [input, text] of texts) {
      await ingestBytes(store, enc(text), { input, published: '2025-07-05T07:00:00+03:00', source: 'Desk', now });
    }
    await resolveDirty(store);
    const weapons = (await store.listIncidents({})).flatMap((i) => i.weapons.map((w) => [w.type, w.models ?? null]));
    assert.deepEqual(weapons.sort(), [
      ['cruise_missile', ['Kh-101']],
      ['uav', ['Shahed']],
    ]);
  } finally {
    await store.close();
  }
});
