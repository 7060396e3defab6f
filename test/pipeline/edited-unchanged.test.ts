// An edit of one figure leaves the post's other figures told when they were (ux42 #5): a regional channel posts at
// 08:00 (drones downed, two injured in a town), then at 11:30 that the injured rose to three; later it edits only
// the drones' figure of its first post. The two injured are still its 08:00 word, a step before the 11:30 three:
// the toll reads 2 → 3, one voice, no dispute. A sentence the edit did change is told at the edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Incident } from '../../src/core/types.ts';
import type { SourceRow } from '../../src/ingest/registry.ts';
import type { SourceDocument } from '../../src/ingest/source.ts';
import { resolveDirty } from '../../src/pipeline/resolve.ts';
import { ingestSourceDocument } from '../../src/pipeline/sources.ts';
import { openStore } from '../../src/store/index.ts';

const row = (language: 'uk' | 'en'): SourceRow => ({
  id: `ova-${language}`,
  kind: 'telegram',
  url: `https://t.me/example_ova_${language}`,
  name: 'Example OVA',
  language,
  path: null,
  time_zone: 'Europe/Kyiv',
  poll_seconds: 60,
  full_text: false,
  speaker: { person: 'Петро Коваль', role: 'military_administration', region: 'UA-18' },
});

const doc = (source: SourceRow, n: number, published: string, text: string): SourceDocument => ({
  input: `${source.url}/${n}`,
  url: `${source.url}/${n}`,
  key: `telegram:example_ova_${source.language}/${n}`,
  published,
  publisher: 'Example OVA',
  telegram: true,
  bytes: new TextEncoder().encode(text),
});

const TEXTS = {
  uk: {
    first: (downed: number, injured: string) =>
      `Вночі ворог атакував Житомирщину 14 ударними БпЛА. Сили ППО знешкодили ${downed} з них. У Коростені внаслідок влучання пошкоджено склад, поранено ${injured} людей.`,
    rose: 'Ще один постраждалий у Коростені: кількість поранених зросла до трьох.',
    two: 'двох',
    four: 'чотирьох',
  },
  en: {
    first: (downed: number, injured: string) =>
      `Overnight the enemy attacked Zhytomyr Oblast with 14 strike drones. Air defence destroyed ${downed} of them. In Korosten a warehouse was damaged after a hit, ${injured} people were injured.`,
    rose: 'One more person hurt in Korosten: the number of injured has risen to three.',
    two: 'two',
    four: 'four',
  },
};

async function night(language: 'uk' | 'en', edited: { downed: number; injured: 'two' | 'four' }): Promise<Incident> {
  const source = row(language);
  const t = TEXTS[language];
  const store = await openStore({ url: ':memory:' });
  let clock = Date.parse('2026-05-20T05:00:00Z');
  const now = () => new Date(clock);
  await ingestSourceDocument(store, source, doc(source, 41, '2026-05-20T08:00:00+03:00', t.first(9, t.two)), 'r1', {
    now,
  });
  clock = Date.parse('2026-05-20T08:30:00Z');
  await ingestSourceDocument(store, source, doc(source, 45, '2026-05-20T11:30:00+03:00', t.rose), 'r2', { now });
  await resolveDirty(store);
  // In the afternoon the channel edits its first post; the page gives no time for the edit.
  clock = Date.parse('2026-05-20T13:00:00Z');
  const injured = edited.injured === 'two' ? t.two : t.four;
  const edit = await ingestSourceDocument(
    store,
    source,
    doc(source, 41, '2026-05-20T08:00:00+03:00', t.first(edited.downed, injured)),
    'r3',
    { now },
  );
  assert.equal(edit.status, 'ingested');
  await resolveDirty(store);
  const incident = (await store.listIncidents()).find((i) => i.casualties !== null);
  await store.close();
  assert.ok(incident, 'the Korosten strike with its toll');
  return incident;
}

for (const language of ['uk', 'en'] as const) {
  test(`${language}: an edit of another figure leaves the injured told at 08:00, before the 11:30 "rose to three"`, async () => {
    const incident = await night(language, { downed: 10, injured: 'two' });
    assert.equal(incident.casualties?.injured, 3);
    assert.equal(incident.corroboration.status, 'single_origin');
    assert.deepEqual(
      incident.conflicts.filter((c) => c.field.startsWith('casualties')),
      [],
      'no dispute of the toll',
    );
    const tally = incident.tallies?.['casualties.injured'];
    assert.deepEqual(
      tally?.map((s) => s.value),
      [2, 3],
      'the toll in the order it was told',
    );
  });

  test(`${language}: an edit of the injured sentence itself is told at the edit, after the 11:30 update`, async () => {
    const incident = await night(language, { downed: 9, injured: 'four' });
    assert.equal(incident.casualties?.injured, 4, 'the edited figure is the channel latest word');
    assert.deepEqual(
      incident.tallies?.['casualties.injured']?.map((s) => s.value),
      [3, 4],
    );
  });
}
