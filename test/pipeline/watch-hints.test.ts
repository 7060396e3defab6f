// ux41 #7: `sitrep ingest` hints that a Telegram channel named like a person («Игорь Артамонов») names no role, so what
// its posts attribute to no one has no claimant; `watch`, whose user is the one editing sources.yaml, said nothing,
// and `sitrep sources` showed speaker "-" with no hint. Watch now says it once per source in a run (not every poll),
// and `sources` marks the row. Invented channels and posts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SourceRow } from '../../src/ingest/registry.ts';
import { rolelessSources } from '../../src/pipeline/roleless-sources.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-hints-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A Telegram export of `chat` holding posts 1..n, each telling a drone downed over the region with no speaker. */
function exportOf(path: string, chat: string, n: number): void {
  const messages = Array.from({ length: n }, (_, i) => {
    const text = `Над районом сбит ${i + 2}-й за ночь беспилотник, пострадавших нет.`;
    const date = `2025-08-0${i + 1}T03:00:00`;
    return {
      id: i + 1,
      type: 'message',
      date,
      date_unixtime: String(Date.parse(`${date}+03:00`) / 1000),
      from: chat,
      from_id: 'channel555',
      text,
      text_entities: [{ type: 'plain', text }],
    };
  });
  writeFileSync(path, JSON.stringify({ name: chat, type: 'public_channel', id: 555, messages }));
}

const telegramRow = (id: string, path: string, over: Partial<SourceRow> = {}) =>
  fileFeedRow(id, path, { kind: 'telegram', language: 'ru', time_zone: 'Europe/Moscow', poll_seconds: 30, ...over });

test('watch says a personal channel has no speaker once per source in a run, not every poll', async () => {
  const path = join(dir, 'person.json');
  const outlet = join(dir, 'outlet.json');
  exportOf(path, 'Пётр Сидоренко', 2);
  exportOf(outlet, 'Новости Региона', 2);
  const store = await openStore({ url: ':memory:' });
  const rows = [telegramRow('sidorenko', path), telegramRow('outlet', outlet)];
  const lines: string[] = [];
  let t = Date.parse('2025-08-05T09:00:00Z');
  const stop = new AbortController();
  let rounds = 0;
  await watchSources(store, rows, {
    now: () => new Date(t),
    random: () => 0.5,
    allow: new Set(),
    signal: stop.signal,
    warn: (line) => lines.push(line),
    onRound: () => {
      rounds++;
      // The next poll: a new post in the personal channel gives the hint again; watch does not repeat it.
      if (rounds === 2) exportOf(path, 'Пётр Сидоренко', 3);
      if (rounds === 4) stop.abort();
      t += 60_000;
    },
  });
  const hints = lines.filter((l) => l.includes('hint:'));
  assert.equal(hints.length, 1, lines.join('\n'));
  assert.match(hints[0]!, /^sidorenko: hint: the channel "Пётр Сидоренко" names no role/);
  assert.match(hints[0]!, /`speaker`/);
  await store.close();
});

test("the rows sources marks: a personal channel with no speaker, by its stored name or the row's", async () => {
  const path = join(dir, 'person2.json');
  exportOf(path, 'Пётр Сидоренко', 1);
  const store = await openStore({ url: ':memory:' });
  const rows = [
    telegramRow('sidorenko', path),
    telegramRow('named', join(dir, 'never.json'), { name: 'Иван Кравченко' }),
    telegramRow('spoken', join(dir, 'never2.json'), {
      name: 'Иван Кравченко',
      speaker: { person: 'Иван Кравченко', role: 'governor', region: null },
    }),
    telegramRow('outlet', join(dir, 'never3.json'), { name: 'Новости Региона' }),
  ];
  // Before any poll the unnamed row has no name to judge; the named one is judged by its row's name.
  assert.deepEqual([...(await rolelessSources(rows, null)).keys()], ['named']);
  await watchSources(store, rows.slice(0, 1), {
    now: () => new Date(),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  const hints = await rolelessSources(rows, store);
  assert.deepEqual([...hints.keys()].sort(), ['named', 'sidorenko']);
  assert.match(hints.get('sidorenko')!, /^the channel "Пётр Сидоренко" names no role/);
  await store.close();
});

/** A Telegram export of `chat` holding the given posts (a `forwarded_from` names the channel a post was forwarded from). */
function exportPosts(path: string, chat: string, id: number, posts: readonly { text: string; from?: string }[]): void {
  const messages = posts.map((p, i) => {
    const date = `2025-08-0${i + 1}T03:00:00`;
    return {
      id: i + 1,
      type: 'message',
      date,
      date_unixtime: String(Date.parse(`${date}+03:00`) / 1000),
      from: chat,
      from_id: `channel${id}`,
      text: p.text,
      text_entities: [{ type: 'plain', text: p.text }],
      ...(p.from ? { forwarded_from: p.from } : {}),
    };
  });
  writeFileSync(path, JSON.stringify({ name: chat, type: 'public_channel', id, messages }));
}

// Review 41b: `sources` took the channel's name from the first stored report of the source, which for a news channel
// that forwards a governor's post, or shares its text (kept once, under the governor's source), is the governor's
// channel: the news channel got a personal-channel hint naming another channel, while `watch` gave it none.
test('sources judges a channel by its own posts: not a forward, not a text another source stored first', async () => {
  const governorText = 'Ночью над районом сбит беспилотник, пострадавших нет.';
  for (const governorFirst of [true, false]) {
    const person = join(dir, `gov-${governorFirst}.json`);
    const outlet = join(dir, `news-${governorFirst}.json`);
    exportPosts(person, 'Пётр Сидоренко', 556, [{ text: governorText }]);
    exportPosts(outlet, 'Новости Региона', 557, [
      { text: governorText, from: 'Пётр Сидоренко' },
      { text: 'Утром над районом сбиты ещё два беспилотника, пострадавших нет.', from: 'Пётр Сидоренко' },
      { text: 'Вечером над районом сбит третий беспилотник, пострадавших нет.' },
    ]);
    const store = await openStore({ url: ':memory:' });
    const governor = telegramRow('governor', person, {
      speaker: { person: 'Пётр Сидоренко', role: 'governor', region: null },
    });
    const news = telegramRow('news', outlet);
    const lines: string[] = [];
    await watchSources(store, governorFirst ? [governor, news] : [news, governor], {
      now: () => new Date(),
      random: () => 0.5,
      allow: new Set(),
      once: true,
      warn: (line) => lines.push(line),
    });
    const hints = await rolelessSources([governor, news], store);
    assert.deepEqual([...hints.keys()], [], `${governorFirst}: ${[...hints.values()].join('\n')}`);
    // `watch` agrees: no hint for either channel.
    assert.deepEqual(
      lines.filter((l) => l.includes('hint:')),
      [],
    );
    await store.close();
  }
});

test('a channel whose stored posts are all forwards is judged by its row’s name alone', async () => {
  const person = join(dir, 'gov-only.json');
  const outlet = join(dir, 'news-only.json');
  exportPosts(person, 'Пётр Сидоренко', 558, [{ text: 'Ночью над районом сбиты два беспилотника, пострадавших нет.' }]);
  exportPosts(outlet, 'Новости Региона', 559, [
    { text: 'Ночью над районом сбиты два беспилотника, пострадавших нет.', from: 'Пётр Сидоренко' },
    { text: 'Днём над районом сбит ещё один беспилотник, пострадавших нет.', from: 'Пётр Сидоренко' },
  ]);
  const store = await openStore({ url: ':memory:' });
  const governor = telegramRow('governor', person, {
    speaker: { person: 'Пётр Сидоренко', role: 'governor', region: null },
  });
  const rows = [telegramRow('news', outlet), governor, telegramRow('named', outlet, { name: 'Иван Кравченко' })];
  await watchSources(store, rows.slice(0, 2), {
    now: () => new Date(),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  // 'news' has no own post and no name: not judged; 'named' (the same forwards, a person's name in its row) is.
  assert.deepEqual([...(await rolelessSources(rows, store)).keys()], ['named']);
  await store.close();
});
