// The API's read side at scale: the samples' incidents copied to N (default 10,000, ten per night) in a database
// file, then each list, stats and export request timed in-process (median of 5). Usage:
//   npm run bench:api [-- N [path.db]]    (the file is kept, so `sitrep serve --db` can serve it to a browser)
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/api/app.ts';
import type { Incident } from '../src/core/types.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import { openStore } from '../src/store/index.ts';

const n = Number(process.argv[2] ?? 10_000);
const path = process.argv[3] ?? 'bench-api.db';
const samples = fileURLToPath(new URL('../samples', import.meta.url));

const source = await openStore({ url: ':memory:' });
await ingestPaths(source, [samples], { now: () => new Date('2025-06-01T00:00:00Z') });
const models: Incident[] = [];
for await (const incident of source.scanIncidents({})) models.push(incident);
await source.close();

rmSync(path, { force: true });
const store = await openStore({ url: path });
const nights = new Map<string, { incident: Incident; night_key: string }[]>();
for (let k = 0; k < n; k++) {
  const model = models[k % models.length]!;
  const night = new Date(Date.UTC(2024, 0, 1) + Math.floor(k / 10) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(k % 10).padStart(2, '0');
  const incident: Incident = {
    ...model,
    id: `inc_bench_${String(k).padStart(7, '0')}`,
    when: { start: `${night}T00:00:00+03:00`, end: `${night}T${hour}:00:00+03:00`, precision: 'night' },
  };
  const list = nights.get(night) ?? [];
  list.push({ incident, night_key: night });
  nights.set(night, list);
}
for (const [night, rows] of nights) await store.replaceNightIncidents([night], rows, new Map());

const app = createApp({ store, now: () => new Date() });
const bytes = models.map((m) => JSON.stringify(m).length).sort((a, b) => a - b);
console.log(
  `${n} incidents (${models.length} sample incidents copied, median ${bytes[bytes.length >> 1]} bytes each) in ${path}`,
);
for (const url of [
  '/api/incidents',
  '/api/incidents?limit=500',
  '/api/incidents?region=Kursk',
  '/api/incidents?status=disputed',
  '/api/incidents?q=%D0%BA%D1%83%D1%80%D1%81%D0%BA',
  '/api/stats',
  '/api/stats?region=Moscow',
  '/api/incidents.csv',
  '/api/incidents.geojson',
]) {
  const times: number[] = [];
  let size = 0;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const res = await app.request(url);
    size = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${url.padEnd(52)} median ${times[2]!.toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0)} KiB`);
}
await store.close();
