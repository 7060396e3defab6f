import { Hono } from 'hono';
import { NotFoundError, UsageError } from '../core/errors.ts';
import { FACT_KINDS, type Lang } from '../core/types.ts';
import { ingestBytes, isIsoWithOffset, resolveDirty } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { renderPage } from './page.ts';

export interface AppDeps {
  store: Store;
  now: () => Date;
}

function isoParam(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${name} must be an ISO 8601 time`);
  return value;
}

function intParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number`);
  return n;
}

/** The HTTP API and the page; tests call it in-process with app.request(). */
export function createApp({ store, now }: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof UsageError) return c.json({ error: error.message }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/healthz', async (c) => c.json({ ok: true, reports: await store.countReports() }));

  app.get('/api/incidents', async (c) => {
    const q = c.req.query();
    if (q.kind !== undefined && !(FACT_KINDS as readonly string[]).includes(q.kind)) {
      throw new UsageError(`kind must be one of ${FACT_KINDS.join(', ')}`);
    }
    const list = await store.listIncidents({
      region: q.region,
      kind: q.kind,
      since: isoParam(q.since, 'since'),
      until: isoParam(q.until, 'until'),
      limit: intParam(q.limit, 'limit'),
      offset: intParam(q.offset, 'offset'),
    });
    return c.json(list);
  });

  app.get('/api/incidents/:id', async (c) => {
    const incident = await store.getIncident(c.req.param('id'));
    if (!incident) {
      // An id that merged into another answers with where it went (a link to it keeps working).
      const redirect = await store.getRedirect(c.req.param('id'));
      if (redirect?.merged_into) return c.json(redirect, 301, { Location: `/api/incidents/${redirect.merged_into}` });
      throw new NotFoundError(`no incident ${c.req.param('id')}`);
    }
    const facts = await store.getFacts(incident.facts);
    return c.json({ ...incident, fact_details: facts });
  });

  app.get('/api/reports/:id', async (c) => {
    const report = await store.getReport(c.req.param('id'));
    if (!report) throw new NotFoundError(`no report ${c.req.param('id')}`);
    return c.json({ ...report, facts: await store.getFactsByReport(report.id) });
  });

  app.post('/api/reports', async (c) => {
    let body: Record<string, unknown>;
    try {
      body = (await c.req.json()) as Record<string, unknown>;
    } catch {
      throw new UsageError('body must be JSON: { text, published_at, url?, title?, source?, lang? }');
    }
    if (typeof body.text !== 'string' || body.text.trim() === '')
      throw new UsageError('"text" must be a non-empty string');
    if (typeof body.published_at !== 'string' || !isIsoWithOffset(body.published_at)) {
      throw new UsageError('"published_at" must be ISO 8601 with an offset, e.g. 2025-05-07T08:00:00+03:00');
    }
    const lang = body.lang;
    if (lang !== undefined && lang !== 'en' && lang !== 'ru' && lang !== 'uk')
      throw new UsageError('"lang" must be en, ru or uk');
    const optional = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    const outcome = await ingestBytes(store, new TextEncoder().encode(body.text), {
      input: optional('url') ?? 'api',
      url: optional('url'),
      title: optional('title'),
      source: optional('source'),
      published: body.published_at,
      lang: lang as Lang | undefined,
      now: now(),
    });
    await store.logOutcome(outcome, now().toISOString());
    if (outcome.status === 'failed') throw new UsageError(outcome.message ?? 'report could not be read');
    await resolveDirty(store);
    return c.json(outcome, outcome.status === 'ingested' ? 201 : 200);
  });

  app.get('/', async (c) => {
    const incidents = await store.listIncidents({});
    const factIds = incidents.flatMap((i) => i.facts);
    const facts = await store.getFacts(factIds);
    return c.html(renderPage(incidents, facts));
  });

  return app;
}
