// Bulk ingest's work outside extraction, stage by stage, on the bench's ~2 KB synthetic reports (issue 10):
// every report is staged once up front (extraction, not timed here), then stored in batches of 100 as `sitrep
// ingest` stores them, then every dirty night read, resolved and written, each part's CPU on its own. Then the pure
// part of resolution again over the nights captured, for warm figures. Prints a hash of what the store holds at the
// end (incidents, origins, ingest outcomes), so that two builds can be checked to give the same result.
//   node --import tsx bench/bulk-parts.ts [--reports 3000] [--passes 3]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type NightWork, resolveNightWork } from '../src/pipeline/night-work.ts';
import { resolveDirty } from '../src/pipeline/resolve.ts';
import { storeStaged } from '../src/pipeline/settle.ts';
import { stageReport } from '../src/pipeline/stage.ts';
import { openStore } from '../src/store/index.ts';
import { synthReports } from './synth.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '3000' }, passes: { type: 'string', default: '3' } },
});
const n = Number(values.reports);
const now = new Date('2025-01-01T00:00:00Z');
const encoder = new TextEncoder();
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

const reports = synthReports(n, { seed: 5, padTo: 2048 });
const jobs = reports.map((r, i) => ({
  bytes: encoder.encode(r.text),
  opts: { input: `synthetic-${i}`, published: r.published_at, lang: r.lang, now },
}));
const staged = jobs.map((j) => stageReport(j.bytes, j.opts));

const dir = mkdtempSync(join(tmpdir(), 'sitrep-parts-'));
const store = await openStore({ url: join(dir, 'parts.db') });
const hash = createHash('sha256');
let c0 = process.cpuUsage();
for (let i = 0; i < n; i += 100) {
  const outcomes = await storeStaged(store, jobs.slice(i, i + 100), staged.slice(i, i + 100));
  hash.update(JSON.stringify(outcomes));
}
const storeMs = cpuMs(process.cpuUsage(c0));

// The pure part runs through a resolver, as on the pool, so that its time is told apart from the reads and writes.
const works: NightWork[] = [];
let pureMs = 0;
const pool = {
  async resolveNight(work: NightWork) {
    const copy = structuredClone(work);
    works.push(copy);
    const t = process.cpuUsage();
    const built = resolveNightWork(copy);
    pureMs += cpuMs(process.cpuUsage(t));
    return structuredClone(built);
  },
};
c0 = process.cpuUsage();
const nights = await resolveDirty(store, { pool });
const resolveMs = cpuMs(process.cpuUsage(c0));
for (const key of (await store.allNightKeys()).sort()) hash.update(JSON.stringify(await store.listNightIncidents(key)));
const reportIds = staged.flatMap((s) => (s.ok ? [s.row.report.id] : []));
hash.update(JSON.stringify((await store.getReports(reportIds)).map((r) => [r.id, r.origin_id])));

const warm: number[] = [];
for (let p = 0; p < Number(values.passes); p++) {
  const t = process.cpuUsage();
  for (const w of works) resolveNightWork(w);
  warm.push(cpuMs(process.cpuUsage(t)));
}
await store.close();
rmSync(dir, { recursive: true, force: true });
const per = (ms: number) => (ms / n).toFixed(3);
console.log(`${n} reports, ${nights} nights; CPU ms a report:`);
console.log(`  store (insert, near-duplicates, commit): ${per(storeMs)}`);
console.log(`  resolve, reads and writes: ${per(resolveMs - pureMs)}; pure part: ${per(pureMs)}`);
console.log(`  pure part again, warm: ${warm.map(per).join(' / ')}`);
console.log(`  result ${hash.digest('hex').slice(0, 16)}`);
