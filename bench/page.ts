// The page with 10,000 incidents in the store: first paint and the first page of the list on loopback, and the
// size of the page's script gzipped. The incidents are the samples' incidents copied across 500 nights and the
// regions of both countries (written straight into the store: ingesting 10,000 reports would measure ingest, not
// the page). Usage: npm run bench:page [-- runs]   (it builds dist/web first; needs /usr/bin/chromium)
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createApp } from '../src/api/app.ts';
import type { Incident } from '../src/core/types.ts';
import { ingestPaths } from '../src/pipeline/ingest.ts';
import { openStore } from '../src/store/index.ts';

const RUNS = Number(process.argv[2] ?? 7);
const INCIDENTS = 10_000;
const ROOT = join(import.meta.dirname, '..');
const CODES = ['RU-BRY', 'RU-KRS', 'RU-BEL', 'RU-VOR', 'RU-KLU', 'RU-MOS', 'RU-MOW', 'RU-ROS', 'RU-TUL', 'RU-ORL'];
const CODES_UA = ['UA-63', 'UA-30', 'UA-32', 'UA-12', 'UA-51', 'UA-59', 'UA-74', 'UA-46', 'UA-23', 'UA-48'];
const ALL = [...CODES, ...CODES_UA];

const gz = (file: string) => gzipSync(readFileSync(join(ROOT, 'dist/web/assets', file)), { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const nightOf = (iso: string) => new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

const path = join(tmpdir(), `sitrep-bench-page-${process.pid}.db`);
const store = await openStore({ url: path });
await ingestPaths(store, [join(ROOT, 'samples')], { now: () => new Date() });
const templates = (await store.listIncidents({})).filter((i) => i.when !== null);
const shift = (iso: string, days: number) => new Date(new Date(iso).getTime() - days * 86_400_000).toISOString();
const byNight = new Map<string, { incident: Incident; night_key: string }[]>();
for (let n = 0; n < INCIDENTS; n++) {
  const t = templates[n % templates.length]!;
  const days = Math.floor(n / 20) + 1;
  const code = ALL[n % ALL.length]!;
  const when = { ...t.when!, start: shift(t.when!.start, days), end: shift(t.when!.end, days) };
  const region = { code, name: code };
  const incident: Incident = { ...t, id: `inc_bench_${n}`, when, region, regions: [region] };
  const night = nightOf(when.end);
  byNight.set(night, [...(byNight.get(night) ?? []), { incident, night_key: night }]);
}
const nights = [...byNight.keys()];
for (let k = 0; k < nights.length; k += 50) {
  const keys = nights.slice(k, k + 50);
  await store.replaceNightIncidents(
    keys,
    keys.flatMap((key) => byNight.get(key) ?? []),
    new Map(),
  );
}
const total = await store.countIncidents({});

const app = createApp({ store, now: () => new Date() });
const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// The API calls the page makes first, timed alone (median of 5), so a slow page can be told from a slow answer.
const apiTimes: string[] = [];
for (const url of ['/api/incidents?limit=100', '/api/stats', '/api/changes?limit=1', '/assets/admin1.topo.json']) {
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    await (await fetch(base + url)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  apiTimes.push(`${url} ${median(times).toFixed(0)} ms`);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const paint: number[] = [];
const list: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await page.locator('.card').first().waitFor();
  // Both read from the page's own clock: the paint entry, and the mark the page sets when the list is drawn.
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    now: performance.getEntriesByName('sitrep:list')[0]?.startTime ?? Number.NaN,
    res: performance
      .getEntriesByType('resource')
      .map(
        (r) =>
          `${r.name.replace(/^https?:\/\/[^/]+/, '')} ${r.startTime.toFixed(0)}..${(r as PerformanceResourceTiming).responseEnd.toFixed(0)}`,
      ),
  }));
  if (process.env.BENCH_VERBOSE) console.log(t.res.join('\n'));
  // The first run warms the server's file cache and SQLite's pages; it is reported apart.
  if (run > 0) {
    paint.push(t.fcp);
    list.push(t.now);
  } else console.log(`cold run: first paint ${t.fcp.toFixed(0)} ms, list shown by ${t.now.toFixed(0)} ms`);
  // The map and timeline counts come after the list; let them finish so the next load starts on an idle server.
  await page.locator('.chart rect.bar').first().waitFor();
  await page.close();
}
await browser.close();
server.close();
await store.close();
rmSync(path, { force: true });
for (const ext of ['-wal', '-shm']) rmSync(path + ext, { force: true });

console.log(`${total} incidents in the store; ${RUNS - 1} warm loads of / at 1280x800`);
console.log(`API alone (median of 5): ${apiTimes.join('; ')}`);
console.log(`first contentful paint: median ${median(paint).toFixed(0)} ms, max ${Math.max(...paint).toFixed(0)} ms`);
console.log(
  `first page of the list shown: median ${median(list).toFixed(0)} ms, max ${Math.max(...list).toFixed(0)} ms`,
);
console.log(
  `gzipped: app.js ${(gz('app.js') / 1024).toFixed(1)} KB, app-style.css ${(gz('app-style.css') / 1024).toFixed(1)} KB, admin1.topo.json ${(gz('admin1.topo.json') / 1024).toFixed(1)} KB`,
);
