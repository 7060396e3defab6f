// One POST's report -> incident time through the API in-process (ingest, extract, store, resolve the night):
// N posts of varied reports into one database, percentiles printed. Usage: node --import tsx bench/post-latency.ts [N]
import { createApp } from '../src/api/app.ts';
import { openStore } from '../src/store/index.ts';
import { synthReports } from './synth.ts';

const n = Number(process.argv[2] ?? 500);
const store = await openStore({ url: ':memory:' });
const app = createApp({ store, now: () => new Date('2025-06-01T00:00:00Z') });
const reports = synthReports(n + 20, { seed: 11 });
const post = (r: (typeof reports)[number]) =>
  app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: r.text, published_at: r.published_at, lang: r.lang }),
  });
for (const r of reports.slice(0, 20)) await post(r); // warm-up: loads the extraction stage
const times: number[] = [];
// The process's CPU time per POST too: on a shared machine the wall time is mostly the wait for a core (at a load
// of 11 on two cores it read five times the CPU time), while the CPU time says what the code costs.
const cpus: number[] = [];
for (const r of reports.slice(20)) {
  // The CPU reads stand outside the wall-clock window, so the wall figure measures what it did before.
  const c = process.cpuUsage();
  const t = performance.now();
  const res = await post(r);
  await res.arrayBuffer();
  times.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpus.push((used.user + used.system) / 1000);
}
const q = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
};
console.log(
  `${n} POSTs (report stored, its night resolved, 201 answered): p50 ${q(times, 0.5)} ms, p99 ${q(times, 0.99)} ms, ` +
    `max ${q(times, 1)} ms; CPU p50 ${q(cpus, 0.5)} ms, p99 ${q(cpus, 0.99)} ms, max ${q(cpus, 1)} ms`,
);
await store.close();
