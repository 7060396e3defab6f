import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { InvalidFieldError, NotFoundError, UsageError } from '../core/errors.ts';
import { FACT_KINDS } from '../core/types.ts';
import { ingestBytes } from '../pipeline/ingest.ts';
import { resolveDirty } from '../pipeline/resolve.ts';
import type { Store } from '../store/index.ts';
import { parseReportBody, REPORT_BODY_SHAPE } from './report-body.ts';
import { webRoutes } from './web.ts';

export interface AppDeps {
  store: Store;
  now: () => Date;
  /** Largest POST body accepted, in bytes (default 1 MiB); a larger one is answered 413 before it is read whole. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

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
export function createApp({ store, now, maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: AppDeps): Hono {
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof InvalidFieldError) return c.json({ error: error.message, field: error.field }, 400);
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

  // Content-Length over the limit is refused before a byte is read; a chunked body is counted as it streams and
  // cut off at the limit, so a 5 MB POST costs at most 1 MiB of memory.
  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) =>
      c.json(
        { error: `body too large: the limit is ${maxBodyBytes} bytes (serve --max-body)`, limit: maxBodyBytes },
        413,
      ),
  });

  app.post('/api/reports', limit, async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new InvalidFieldError('body', `the body must be JSON: ${REPORT_BODY_SHAPE}`);
    }
    const body = parseReportBody(raw);
    const outcome = await ingestBytes(store, new TextEncoder().encode(body.text), {
      // The ingest log names where a report came from; the report's own url stays null when none was given.
      input: body.url ?? 'api',
      url: body.url,
      title: body.title ?? undefined,
      source: body.source ?? undefined,
      published: body.published_at,
      lang: body.lang ?? undefined,
      now: now(),
    });
    await store.logOutcome(outcome, now().toISOString());
    if (outcome.status === 'failed') throw new UsageError(outcome.message ?? 'report could not be read');
    await resolveDirty(store);
    return c.json(outcome, outcome.status === 'ingested' ? 201 : 200);
  });

  app.route('/', webRoutes());

  app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${c.req.path}` }, 404));

  return app;
}
