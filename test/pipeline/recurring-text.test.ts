// ux35 #2: official channels repeat their wording word for word on other days. The same text from another URL,
// published 12 hours or more apart, is another report (that night's incident is not lost); the same item read again,
// or a copy close in time, is still stored once. The text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const TEXT = 'Около 22.10 мск дежурными средствами ПВО уничтожены два беспилотника над территорией Орловской области.';
const now = new Date('2025-06-20T12:00:00+03:00');
const bytes = new TextEncoder().encode(TEXT);
const first = { input: 'a', url: 'https://t.me/example_mod/100', published: '2025-06-03T22:20:00+03:00', now };
const later = { input: 'b', url: 'https://t.me/example_mod/170', published: '2025-06-17T22:19:00+03:00', now };
const copy = { input: 'c', url: 'https://t.me/example_outlet/9', published: '2025-06-17T22:40:00+03:00', now };

test('#2 one text posted again two weeks later from another URL is two reports, in either order', async () => {
  const stored: string[][] = [];
  for (const order of [
    [first, later],
    [later, first],
  ]) {
    const store = await openStore({ url: ':memory:' });
    const outcomes = [];
    for (const c of order) outcomes.push(await ingestBytes(store, bytes, c));
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['ingested', 'ingested'],
    );
    await resolveDirty(store);
    const incidents = await store.listIncidents({});
    assert.equal(incidents.length, 2);
    stored.push(incidents.map((i) => i.when?.start ?? '').sort());
    await store.close();
  }
  assert.deepEqual(stored[1], stored[0]);
});

test('#2 negative: the same item read again, or a copy within hours, is a duplicate of its recurrence', async () => {
  const store = await openStore({ url: ':memory:' });
  for (const c of [first, later]) await ingestBytes(store, bytes, c);
  const again = [];
  for (const c of [first, later, copy]) again.push((await ingestBytes(store, bytes, c)).status);
  assert.deepEqual(again, ['duplicate', 'duplicate', 'duplicate']);
  assert.equal(await store.countReports(), 2);
  await store.close();
});

// Review 35b §5: an outlet's word-for-word copy of the ministry's post the next morning was another report, and its
// relative «Около 22.10» made a second night's incident. Only the same publisher's repeat is a recurrence.
test('another publisher’s word-for-word copy 12 h or more later is a duplicate, not a recurrence', async () => {
  const store = await openStore({ url: ':memory:' });
  const outletNextDay = {
    input: 'd',
    url: 'https://t.me/example_outlet/12',
    published: '2025-06-04T11:30:00+03:00',
    now,
  };
  const siteNextDay = {
    input: 'e',
    url: 'https://news.example.org/a/777',
    published: '2025-06-05T09:00:00+03:00',
    now,
  };
  const statuses = [];
  for (const c of [first, outletNextDay, siteNextDay]) statuses.push((await ingestBytes(store, bytes, c)).status);
  assert.deepEqual(statuses, ['ingested', 'duplicate', 'duplicate']);
  assert.equal(await store.countReports(), 1);
  await resolveDirty(store);
  assert.equal((await store.listIncidents({})).length, 1);
  await store.close();
});
