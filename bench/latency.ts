// Post -> incident latency: a channel on a local fixture server (127.0.0.1) is watched at a 10 s poll interval while
// the API serves the same database; a post appears at a random moment and the clock runs until GET /api/incidents
// lists an incident with that post among its sources. Usage: npm run bench:latency [-- trials]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/api/app.ts';
import type { Incident } from '../src/core/types.ts';
import type { SourceRow } from '../src/ingest/registry.ts';
import { watchSources } from '../src/pipeline/watch.ts';
import { openStore } from '../src/store/index.ts';
import { channelPage, type Post } from '../test/helpers/channel-page.ts';

const trials = Number(process.argv[2] ?? 6);
const POLL_SECONDS = 10;
const REGIONS = [
  'Курской',
  'Брянской',
  'Белгородской',
  'Воронежской',
  'Калужской',
  'Орловской',
  'Тульской',
  'Липецкой',
];

const posts: Post[] = [];
const fetchedAt: number[] = [];
const server = createServer((_req, res) => {
  fetchedAt.push(performance.now());
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(channelPage('example_bench', 'Bench Governor', posts.slice(-20)));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const store = await openStore({ url: ':memory:' });
const app = createApp({ store, now: () => new Date() });
const row: SourceRow = {
  id: 'bench',
  kind: 'telegram',
  url: `${base}/s/example_bench`,
  path: null,
  name: 'Bench Governor',
  language: 'ru',
  time_zone: 'Europe/Moscow',
  poll_seconds: POLL_SECONDS,
  speaker: { person: null, role: 'governor', region: null },
  full_text: false,
};
const stop = new AbortController();
const watching = watchSources(store, [row], {
  now: () => new Date(),
  random: Math.random,
  allow: new Set(['loopback']),
  signal: stop.signal,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const latencies: number[] = [];
const processing: number[] = [];
for (let t = 0; t < trials; t++) {
  await sleep(Math.random() * POLL_SECONDS * 1000);
  const id = 5000 + t;
  const now = new Date();
  posts.push({
    id,
    text: `Ночью над ${REGIONS[t % REGIONS.length]} областью силами ПВО уничтожены ${t + 3} беспилотников. Пострадавших нет.`,
    time: now.toISOString().replace(/\.\d+Z$/, '+00:00'),
  });
  const url = `https://t.me/example_bench/${id}`;
  const started = performance.now();
  for (;;) {
    const list = (await (await app.request('/api/incidents')).json()) as Incident[];
    if (list.some((i) => i.sources.some((s) => s.url === url))) break;
    await sleep(50);
  }
  const ms = performance.now() - started;
  latencies.push(ms);
  // The part that is not waiting for the next poll: from the fetch that saw the post to the incident in the API.
  const seen = fetchedAt.find((at) => at >= started) ?? started;
  const work = performance.now() - seen;
  processing.push(work);
  console.log(
    `post ${id}: incident after ${(ms / 1000).toFixed(2)} s (${work.toFixed(0)} ms after the fetch that saw it)`,
  );
}
stop.abort();
await watching;
server.close();
await store.close();
const sorted = [...latencies].sort((a, b) => a - b);
const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const work = [...processing].sort((a, b) => a - b);
console.log(
  `\n${trials} posts at a ${POLL_SECONDS} s poll: median ${(pick(0.5) / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s, min ${(sorted[0]! / 1000).toFixed(2)} s; ` +
    `fetch to incident: median ${work[Math.floor(work.length / 2)]!.toFixed(0)} ms, max ${work.at(-1)!.toFixed(0)} ms`,
);
