// `serve` reads a POSTed report on a worker thread (pipeline/report-stager.ts), within a time budget for one report:
// a report over it is refused with 413 naming "text", logged as failed, and nothing of it is stored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { IngestOutcome } from '../../src/core/types.ts';
import { createReportStager } from '../../src/pipeline/report-stager.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-06-10T09:00:00+03:00');
const REPORT = {
  text: 'Над Брянской областью ночью уничтожены 3 беспилотника, сообщил губернатор.',
  published_at: '2025-06-10T07:00:00+03:00',
};

function post(app: ReturnType<typeof createApp>, body: unknown) {
  return app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('a report read on the worker is stored as one read in this thread would be', async () => {
  const store = await openStore({ url: ':memory:' });
  const stager = createReportStager();
  try {
    const res = await post(createApp({ store, now, stager }), REPORT);
    assert.equal(res.status, 201);
    const outcome = (await res.json()) as IngestOutcome;
    const inline = await openStore({ url: ':memory:' });
    const here = (await (await post(createApp({ store: inline, now }), REPORT)).json()) as IngestOutcome;
    assert.deepEqual(outcome, here);
    assert.equal(outcome.facts, 1);
    await inline.close();
  } finally {
    await stager.close();
    await store.close();
  }
});

test('a report whose reading outlasts the budget is a 413 naming "text", logged as failed, not stored', async () => {
  const store = await openStore({ url: ':memory:' });
  // A budget no reading meets: the worker has not even started when it runs out.
  const stager = createReportStager({ budgetMs: 1 });
  try {
    const app = createApp({ store, now, stager });
    const res = await post(app, REPORT);
    assert.equal(res.status, 413);
    const body = (await res.json()) as { error: string; field: string; budget_ms: number };
    assert.equal(body.field, 'text');
    assert.equal(body.budget_ms, 1);
    assert.match(body.error, /budget for one report: send it as several smaller reports/);
    assert.equal(await store.countReports(), 0);
    const [logged] = await store.listOutcomes({ status: 'failed' });
    assert.match(logged?.message ?? '', /budget/);
    // The stopped worker is replaced: the server goes on reading reports (again over this budget).
    assert.equal((await post(app, REPORT)).status, 413);
  } finally {
    await stager.close();
    await store.close();
  }
});

test('the worker is stopped once idle, and the next report starts one again and is read', async () => {
  const store = await openStore({ url: ':memory:' });
  // The idle timer, held here: the test fires it instead of waiting.
  const scheduled: { release: () => void; ms: number }[] = [];
  const stager = createReportStager({
    idleMs: 5_000,
    schedule: (release, ms) => {
      const entry = { release, ms };
      scheduled.push(entry);
      return () => scheduled.splice(scheduled.indexOf(entry), 1);
    },
  });
  try {
    const app = createApp({ store, now, stager });
    assert.equal(stager.running, false, 'no worker before the first report');
    assert.equal((await post(app, REPORT)).status, 201);
    assert.equal(stager.running, true);
    assert.deepEqual(
      scheduled.map((s) => s.ms),
      [5_000],
    );
    scheduled.shift()!.release();
    assert.equal(stager.running, false, 'released once idle');
    assert.equal((await app.request('/healthz')).status, 200);
    const next = await post(app, { ...REPORT, text: `${REPORT.text} Ещё 2 беспилотника сбиты над Курской областью.` });
    assert.equal(next.status, 201);
    assert.equal(((await next.json()) as IngestOutcome).facts, 2);
    assert.equal(stager.running, true, 'started again on demand');
    // Only the last report's release is pending: each report cancels the one before.
    assert.equal(scheduled.length, 1);
  } finally {
    await stager.close();
    await store.close();
  }
});

test('a report being read is never released under it', async () => {
  const stager = createReportStager({ schedule: () => () => {} });
  try {
    const staging = stager.stage(new TextEncoder().encode(REPORT.text), {
      input: 'api',
      published: REPORT.published_at,
      speaker: null,
      now: now(),
    });
    assert.equal(await stager.release(), false);
    const staged = await staging;
    assert.ok(!('timedOut' in staged) && staged.ok);
    assert.equal(await stager.release(), true);
    assert.equal(stager.running, false);
  } finally {
    await stager.close();
  }
});

// Review 40b, finding 7: the same 413 as the time budget, since both tell the sender to split the report.
test('a report over the worker heap limit fails alone with a 413, a clear error, and the next report is read', async () => {
  const store = await openStore({ url: ':memory:' });
  const stager = createReportStager({
    heapMb: 192,
    script: new URL('../helpers/hungry-stage-worker.ts', import.meta.url),
  });
  try {
    const app = createApp({ store, now, stager });
    const res = await post(app, { ...REPORT, text: `${REPORT.text} EAT-ALL-THE-HEAP` });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { error: string; field: string };
    assert.equal(body.field, 'text');
    assert.match(body.error, /more than the server's 192 MB of memory for one report: send it as several smaller/);
    assert.equal(await store.countReports(), 0);
    const [logged] = await store.listOutcomes({ status: 'failed' });
    assert.match(logged?.message ?? '', /192 MB of memory/);
    const next = await post(app, REPORT);
    assert.equal(next.status, 201);
    assert.equal(((await next.json()) as IngestOutcome).facts, 1);
  } finally {
    await stager.close();
    await store.close();
  }
});

// A stop while a long report was read left its budget's timer keeping the stopped process alive until the budget ran
// out (`sitrep serve` took a minute to exit after SIGTERM): after close, nothing of the stager holds the event loop.
test('closing while a report is read leaves nothing that keeps the process alive', async () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  const before = timers();
  const stager = createReportStager({ schedule: () => () => {} });
  const long = Array.from({ length: 6000 }, (_, i) => `над Курской областью уничтожено ${(i % 7) + 2} БПЛА, `).join('');
  void stager.stage(new TextEncoder().encode(long), {
    input: 'api',
    published: REPORT.published_at,
    speaker: null,
    now: now(),
  });
  while (!stager.running) await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  await stager.close();
  assert.equal(timers(), before);
});
