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
