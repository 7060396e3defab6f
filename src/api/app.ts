import { OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { InvalidFieldError, NotFoundError, UsageError } from '../core/errors.ts';
import { closest } from '../core/suggest.ts';
import type { Incident, IngestOutcome, Lang } from '../core/types.ts';
import { CONTENT_TYPES, EXPORT_FORMATS, exportChunks } from '../export/index.ts';
import { exportContext, publicHref } from '../pipeline/geo.ts';
import { incidentFilter } from '../pipeline/incident-filter.ts';
import { ingestBytes, storeStagedReport } from '../pipeline/ingest.ts';
import { namedFor, placeNamer, REGIONS, regionInfo } from '../pipeline/region-names.ts';
import type { ReportStager } from '../pipeline/report-stager.ts';
import { resolveDirty } from '../pipeline/resolve.ts';
import { speakerOf } from '../pipeline/speaker.ts';
import { isOutOfMemory } from '../pipeline/stage-pool.ts';
import type { IncidentListFilter, Store } from '../store/index.ts';
import { resumeRevision, streamChanges, toChange } from './changes.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { type OpenApiDocument, renderDocsPage } from './docs-page.ts';
import { parseReportBody, REPORT_BODY_SHAPE } from './report-body.ts';
import {
  changesRoute,
  exportRoutes,
  getIncidentRoute,
  getReportRoute,
  listIncidentsRoute,
  postReportRoute,
  regionsRoute,
  statsRoute,
} from './routes.ts';
import {
  ATOM_CAP,
  type ChangesQuery,
  DEFAULT_PAGE,
  type ExportQuery,
  type FilterQuery,
  type LangQuery,
  type ListQuery,
  ReportBodySchema,
} from './schemas.ts';
import { webRoutes } from './web.ts';

export interface AppDeps {
  store: Store;
  now: () => Date;
  /** Largest POST body accepted, in bytes (default 1 MiB); a larger one is answered 413 before it is read whole. */
  maxBodyBytes?: number;
  /** Aborted at shutdown: change streams end so the server can close. */
  signal?: AbortSignal;
  /** Where a POSTed report is read (`serve`: a worker thread, so the server answers meanwhile); without it, in this
   *  thread (tests, in-process). */
  stager?: ReportStager;
  /** How often a change stream reads the store (default 1000 ms) and sends a heartbeat when idle (15 s). */
  changePollMs?: number;
  heartbeatMs?: number;
  /** Where readers reach this server ("https://sitrep.example.org/"): the base of the Atom feed's absolute links.
   *  Without it the request's own URL is used, whose host is whatever the client sent. */
  publicUrl?: string;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The document's title block; the paths come from the registered routes. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Sitrep API',
    version: '1',
    description:
      'Attributed records of reported aerial attacks: incidents merged from reports, with their sources, corroboration and conflicts. Every value is a claim by the named sources. A query parameter a route does not list is a 400 whose field names it (a misspelt filter is never ignored); a + in a time must be sent as %2B.',
  },
};

/** A failed check of a parameter or body field: 400 with the field's name, like every other usage error. */
function validationError(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  // A nested field is named by its whole path, as docs/api.md writes it ("speaker.role", like "speaker.name" for an
  // unknown one), not by the object that holds it.
  const field =
    issue && issue.path.length > 0
      ? issue.path.map(String).join('.')
      : result.target === 'json'
        ? 'body'
        : result.target;
  const message =
    result.target === 'json'
      ? field === 'body'
        ? `the body must be one JSON object ${REPORT_BODY_SHAPE}`
        : `"${field}": ${issue?.message ?? 'invalid'}`
      : (issue?.message ?? `${field} is invalid`);
  return c.json({ error: message, field }, 400);
}

function filterOf(q: z.infer<typeof FilterQuery>): IncidentListFilter {
  return incidentFilter({
    region: q.region === undefined ? undefined : Array.isArray(q.region) ? q.region : [q.region],
    kind: q.kind,
    weapon: q.weapon,
    status: q.status,
    q: q.q,
    since: q.since,
    until: q.until,
    firstNight: q.first_night,
    lastNight: q.last_night,
  });
}

/** The error body for the first query parameter a route does not take, naming it (and the one it was likely meant
 *  to be), or undefined when every parameter is known. */
export function unknownParameter(
  params: URLSearchParams,
  known: readonly string[],
): { error: string; field: string } | undefined {
  for (const name of params.keys()) {
    if (known.includes(name)) continue;
    const meant = closest(name, known);
    const takes = known.length === 0 ? 'this route takes no parameters' : `it takes ${known.join(', ')}`;
    return {
      error: `unknown parameter "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}: ${takes}`,
      field: name,
    };
  }
  return undefined;
}

/** The first `n` items of an async iterable (all of them for Infinity); stops reading after the last. */
async function* take<T>(items: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  if (n <= 0) return;
  let i = 0;
  for await (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

/** Incidents with their regions and towns named in the language a reader asked for. */
async function* renamed(items: AsyncIterable<Incident>, lang: Lang): AsyncGenerator<Incident> {
  const named = await namedFor(lang);
  for await (const incident of items) yield named(incident);
}

/** The HTTP API and the page; tests call it in-process with app.request(). */
export function createApp({
  store,
  now,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  signal,
  stager,
  changePollMs = 1000,
  heartbeatMs = 15_000,
  publicUrl,
}: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationError as never });
  // Handlers return plain Responses (headers, streams, 301s); the route configs still validate the input and
  // make the document.
  // A parameter the route does not take is a 400 naming it, like a bad value: a typo (`regoin=Kursk`) would
  // otherwise answer every incident as if no filter had been asked for.
  const route = <R extends RouteConfig>(config: R, handler: (c: Context) => Promise<Response>) => {
    const query = config.request?.query;
    const known = query && 'shape' in query ? Object.keys(query.shape) : [];
    return app.openapi(config, ((c: Context) => {
      const unknown = unknownParameter(new URL(c.req.url).searchParams, known);
      return unknown ? c.json(unknown, 400) : handler(c);
    }) as never);
  };
  const valid = <T>(c: Context, target: 'query'): T => c.req.valid(target as never) as T;

  app.onError((error, c) => {
    if (error instanceof InvalidFieldError) return c.json({ error: error.message, field: error.field }, 400);
    if (error instanceof UsageError) return c.json({ error: error.message }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/healthz', async (c) => c.json({ ok: true, reports: await store.countReports() }));

  route(listIncidentsRoute, async (c) => {
    const q = valid<z.infer<typeof ListQuery>>(c, 'query');
    const filter = filterOf(q);
    const limit = q.limit ?? DEFAULT_PAGE;
    const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    const page = await store.pageIncidents(filter, { limit, cursor, offset: q.offset });
    c.header('X-Total-Count', String(page.total));
    if (page.next) {
      const token = encodeCursor(page.next);
      const url = new URL(c.req.url);
      url.searchParams.delete('offset');
      url.searchParams.set('cursor', token);
      c.header('X-Next-Cursor', token);
      c.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
    }
    const named = q.lang ? await namedFor(q.lang) : null;
    return c.json(named ? page.incidents.map(named) : page.incidents);
  });

  route(getIncidentRoute, async (c) => {
    const id = c.req.param('id') ?? '';
    const incident = await store.getIncident(id);
    if (!incident) {
      // An id that merged into another answers with where it went (a link to it keeps working).
      const redirect = await store.getRedirect(id);
      if (redirect?.merged_into) {
        // The query (lang=uk) goes along: a client that follows the redirect gets what it asked for.
        const query = new URL(c.req.url).search;
        return c.json(redirect, 301, { Location: `/api/incidents/${redirect.merged_into}${query}` });
      }
      throw new NotFoundError(`no incident ${id}`);
    }
    const facts = await store.getFacts(incident.facts);
    const history = (await store.incidentHistory(id)).map(toChange);
    const { lang } = valid<z.infer<typeof LangQuery>>(c, 'query');
    return c.json({ ...(lang ? (await namedFor(lang))(incident) : incident), fact_details: facts, history });
  });

  route(getReportRoute, async (c) => {
    const id = c.req.param('id') ?? '';
    const report = await store.getReport(id);
    if (!report) throw new NotFoundError(`no report ${id}`);
    const [facts, revisions] = await Promise.all([store.getFactsByReport(report.id), store.getRevisions(report.id)]);
    return c.json({ ...report, facts, revisions });
  });

  route(statsRoute, async (c) => {
    const t = await store.tallyIncidents(filterOf(valid<z.infer<typeof FilterQuery>>(c, 'query')));
    const byCount = <K extends string>(map: Map<string, number>, key: K) =>
      [...map]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([value, count]) => ({ [key]: value, count }) as Record<K, string> & { count: number });
    const byRegion = (map: Map<string, number>) =>
      byCount(map, 'code').map(({ code, count }) => {
        const info = regionInfo(code);
        const names = info?.name ?? { en: code, ru: code, uk: code };
        return { code, name: names.en, names, count };
      });
    return c.json({
      total: t.total,
      by_region: byRegion(t.by_region),
      without_region: t.without_region,
      by_listed_region: byRegion(t.by_listed_region),
      by_kind: byCount(t.by_kind, 'kind'),
      by_weapon: byCount(t.by_weapon, 'weapon'),
      by_night: [...t.by_night].sort((a, b) => a[0].localeCompare(b[0])).map(([night, count]) => ({ night, count })),
    });
  });

  route(changesRoute, async (c) => {
    const q = valid<z.infer<typeof ChangesQuery>>(c, 'query');
    const stream = (c.req.header('accept') ?? '').includes('text/event-stream');
    const resumed = stream ? resumeRevision(c) : undefined;
    const since = resumed ?? q.since ?? 0;
    const last = await store.lastRevision();
    // A revision past the log's end was never given out by this database (it was rebuilt or replaced under the same
    // URL): answering "no changes" would leave a mirror waiting for ever on a state it no longer matches. The same
    // for a stream asked with since=; only a browser's reconnect (Last-Event-ID), which cannot read a 400 and would
    // stop for good, starts the stream again from the beginning (streamChanges says so in a comment line).
    if (since > last && resumed === undefined) {
      throw new InvalidFieldError(
        'since',
        `since=${since} is past this database's last revision (${last}): it was rebuilt or replaced; mirror again from since=0`,
      );
    }
    if (stream) return streamChanges(c, store, since, { pollMs: changePollMs, heartbeatMs, signal });
    const rows = await store.listRevisions({ after: since, limit: q.limit ?? DEFAULT_PAGE });
    const changes = rows.map(toChange);
    return c.json({ changes, last_revision: last, next_since: changes.at(-1)?.revision ?? since });
  });

  for (const format of EXPORT_FORMATS) {
    route(exportRoutes[format], async (c) => {
      const q = valid<z.infer<typeof ExportQuery>>(c, 'query');
      const filter = filterOf(q);
      const total = await store.countIncidents(filter);
      // A feed is the newest entries; the other formats stream every match.
      const cap = format === 'atom' ? ATOM_CAP : Number.POSITIVE_INFINITY;
      c.header('X-Total-Count', String(total));
      if (total > cap) c.header('X-Export-Truncated', 'true');
      c.header('Content-Type', CONTENT_TYPES[format]);
      const asked = new URL(c.req.url);
      // Under the public URL's own path, if it has one (a proxy at https://example.org/sitrep/).
      const selfUrl = publicUrl ? publicHref(publicUrl, `${asked.pathname}${asked.search}`).href : c.req.url;
      const townName = q.lang ? await placeNamer(q.lang) : null;
      const ctx = exportContext({
        now: now(),
        selfUrl,
        ...(q.lang ? { lang: q.lang } : {}),
        ...(townName ? { townName } : {}),
      });
      const found = take(store.scanIncidents(filter), cap);
      return stream(c, async (out) => {
        for await (const chunk of exportChunks(format, q.lang ? renamed(found, q.lang) : found, ctx)) {
          if (out.aborted) return;
          await out.write(chunk);
        }
      });
    });
  }

  route(regionsRoute, async (c) =>
    c.json(REGIONS.map((r) => ({ code: r.code, name: r.name, country: r.country, centre: r.centre }))),
  );

  // Content-Length over the limit is refused before a byte is read; a chunked body is counted as it streams and
  // cut off at the limit, so a 5 MB POST costs at most 1 MiB of memory.
  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) =>
      c.json(
        { error: `body too large: the limit is ${maxBodyBytes} bytes, set by the server`, limit: maxBodyBytes },
        413,
      ),
  });

  // Registered by hand rather than through app.openapi: its media-type gate would refuse a body sent without
  // Content-Type: application/json (curl -d), which this route has always read as JSON. The same schema checks it.
  app.openAPIRegistry.registerPath(postReportRoute);
  app.post('/api/reports', limit, async (c) => {
    let raw: unknown;
    let text: string;
    try {
      // Decoded strictly: bytes that are no UTF-8 would otherwise become U+FFFD in the stored text, silently.
      text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
    } catch {
      throw new InvalidFieldError('body', 'the body is not valid UTF-8: send the report as UTF-8 JSON');
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new InvalidFieldError('body', `the body must be JSON: ${REPORT_BODY_SHAPE}`);
    }
    const checked = ReportBodySchema.safeParse(raw);
    if (!checked.success)
      return validationError({ success: false, error: checked.error, target: 'json' }, c) as Response;
    // The raw body, not the schema's output: the schema drops fields it does not know, and those are refused by name.
    const body = parseReportBody(raw, now());
    const bytes = new TextEncoder().encode(body.text);
    const options = {
      // The ingest log names where a report came from; the report's own url stays null when none was given.
      input: body.url ?? 'api',
      url: body.url,
      title: body.title ?? undefined,
      source: body.source ?? undefined,
      published: body.published_at,
      lang: body.lang ?? undefined,
      // As a JSON Lines line's speaker: the claimant of what the text attributes to no one, the channel its source.
      speaker: body.speaker ? speakerOf({ kind: 'jsonl', name: body.source, speaker: body.speaker }) : null,
      now: now(),
    };
    let outcome: IngestOutcome;
    if (stager) {
      const staged = await stager.stage(bytes, options);
      if ('timedOut' in staged) {
        const seconds = Math.round(staged.budgetMs / 1000);
        const message = `reading the text took longer than the server's ${seconds} s budget for one report: send it as several smaller reports`;
        await store.logOutcome(
          { input: options.input, status: 'failed', report_id: null, message, warnings: [], facts: 0 },
          now().toISOString(),
        );
        return c.json({ error: `"text": ${message}`, field: 'text', budget_ms: staged.budgetMs }, 413);
      }
      outcome = await storeStagedReport(store, staged, options);
    } else outcome = await ingestBytes(store, bytes, options);
    await store.logOutcome(outcome, now().toISOString());
    // Over the worker's heap the text is too much for one report, as over the time budget: the same 413 and remedy.
    if (outcome.status === 'failed' && isOutOfMemory(outcome.message)) {
      return c.json({ error: `"text": ${outcome.message}`, field: 'text' }, 413);
    }
    // The only input a POST's failure can come from is its text ("binary file, not text": control characters).
    if (outcome.status === 'failed') {
      throw new InvalidFieldError('text', `"text" could not be read as a report: ${outcome.message ?? 'unreadable'}`);
    }
    await resolveDirty(store, { now });
    return c.json(outcome, outcome.status === 'ingested' ? 201 : 200);
  });

  app.doc31('/api/openapi.json', OPENAPI_INFO);
  app.get('/api/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    return c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_INFO) as unknown as OpenApiDocument));
  });

  // A trailing slash is a common way to type the reference page's address; send it to the one page.
  app.get('/api/docs/', (c) => c.redirect('/api/docs', 301));

  app.route('/', webRoutes());

  // A route that exists under other methods ("DELETE /api/reports/x") is a 405 with the methods it takes in
  // `Allow`, not a "no such route" that sends the caller looking for a typo in the path.
  app.notFound((c) => {
    const allowed = methodsOf(app.routes, c.req.path);
    if (allowed.length === 0) return c.json({ error: `no such route: ${c.req.method} ${c.req.path}` }, 404);
    c.header('Allow', allowed.join(', '));
    return c.json({ error: `${c.req.method} is not allowed on ${c.req.path}: use ${allowed.join(' or ')}` }, 405);
  });

  return app;
}

/** The methods the app's routes take on `path` (":id" segments match any one segment; "*" any rest), HEAD with GET. */
function methodsOf(routes: readonly { method: string; path: string }[], path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const pattern = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/:[^/]+/g, '/[^/]+')}/?$`);
    if (!pattern.test(path)) continue;
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
  }
  return [...methods].sort();
}
