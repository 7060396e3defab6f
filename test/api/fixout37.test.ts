// ux37 #8, #15: a named body as claimant is found by its name in either script; a POST's bad nested field is named
// by its whole path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-06-25T09:00:00+03:00');

async function fresh() {
  return createApp({ store: await openStore({ url: ':memory:' }), now });
}
const post = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const errorOf = async (r: Response) => ({
  status: r.status,
  ...((await r.json()) as { error: string; field: string }),
});

test('POST /api/reports: a speaker field of the wrong value or type is named by its path (speaker.role)', async () => {
  const app = await fresh();
  const base = { text: 'Удар по Харькову ночью.', published_at: '2025-06-25T01:00:00+03:00' };
  const role = await errorOf(await post(app, { ...base, speaker: { role: 'king' } }));
  assert.deepEqual([role.status, role.field], [400, 'speaker.role']);
  assert.match(role.error, /"speaker\.role"/);
  const person = await errorOf(await post(app, { ...base, speaker: { role: 'mayor', person: 7 } }));
  assert.deepEqual([person.status, person.field], [400, 'speaker.person']);
  // A top-level field keeps its plain name.
  const lang = await errorOf(await post(app, { ...base, lang: 'de' }));
  assert.deepEqual([lang.status, lang.field], [400, 'lang']);
});

test('q finds a body by its own name in either script: Rosaviatsia, «Росавиация», «Росавіація»', async () => {
  const app = await fresh();
  const ru = await post(app, {
    text: 'В аэропорту Пулково введены временные ограничения на прием и выпуск самолетов, сообщили в Росавиации.',
    published_at: '2025-06-25T03:10:00+03:00',
    source: 'Example Daily',
  });
  assert.equal(ru.status, 201);
  const en = await post(app, {
    text: 'Flights at Kazan airport were suspended early on Wednesday, Rosaviatsia said.',
    published_at: '2025-06-25T08:10:00+03:00',
    source: 'Example Wire',
    lang: 'en',
  });
  assert.equal(en.status, 201);
  for (const q of ['Rosaviatsia', 'Росавиация', 'Росавіація', 'rosaviatsiya']) {
    const list = (await (await app.request(`/api/incidents?q=${encodeURIComponent(q)}`)).json()) as Incident[];
    assert.deepEqual(list.map((i) => i.airports).sort(), [['KZN'], ['LED']], q);
    for (const i of list) assert.equal(i.claimants[0]?.role, 'aviation_authority');
  }
  // Only where a body spoke: another incident is not found by the name.
  await post(app, {
    text: 'Ночью над Брянской областью уничтожены три беспилотника, сообщили в Минобороны.',
    published_at: '2025-06-25T07:00:00+03:00',
    source: 'Example Daily',
  });
  const again = (await (await app.request('/api/incidents?q=Rosaviatsia')).json()) as Incident[];
  assert.equal(again.length, 2);
});
