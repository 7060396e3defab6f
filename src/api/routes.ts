// The API's routes as OpenAPI route configs: app.ts registers each with its handler, and the document at
// /api/openapi.json is generated from the same list.
import { createRoute, z } from '@hono/zod-openapi';
import {
  ATOM_CAP,
  ChangesQuery,
  ChangesSchema,
  ErrorBody,
  ExportQuery,
  FilterQuery,
  IdParam,
  IncidentDetail,
  IncidentSchema,
  LangQuery,
  ListQuery,
  Redirect,
  RegionSchema,
  ReportBodySchema,
  ReportDetail,
  StatsSchema,
} from './schemas.ts';

const IngestOutcomeSchema = z
  .looseObject({ input: z.string(), status: z.string(), report_id: z.string().nullable() })
  .openapi('IngestOutcome');

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });
const header = (description: string) => ({ schema: { type: 'string' as const }, description });

export const listIncidentsRoute = createRoute({
  method: 'get',
  path: '/api/incidents',
  summary: 'List incidents, newest first, one page at a time',
  description:
    'Ordered by when.end descending (incidents without a window last), then id. The body is a JSON array; the next page is named by X-Next-Cursor and Link.',
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'One page of incidents.',
      headers: {
        'X-Total-Count': header('How many incidents match the filter, over all pages.'),
        'X-Next-Cursor': header('Present when there are more: pass it as cursor=.'),
        Link: header('<...&cursor=...>; rel="next" when there are more.'),
      },
      content: { 'application/json': { schema: z.array(IncidentSchema) } },
    },
    400: error(
      'A parameter is invalid or unknown (its name is in field), a region name matches nothing, or limit is over 500.',
    ),
  },
});

export const getIncidentRoute = createRoute({
  method: 'get',
  path: '/api/incidents/{id}',
  summary: 'One incident with the facts behind it',
  request: { params: IdParam, query: LangQuery },
  responses: {
    200: { description: 'The incident and fact_details.', content: { 'application/json': { schema: IncidentDetail } } },
    301: {
      description: 'The id merged into another incident; Location names it.',
      content: { 'application/json': { schema: Redirect } },
    },
    400: error('A parameter is invalid or unknown (field names it).'),
    404: error('No incident has this id.'),
  },
});

export const getReportRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  summary: 'One stored report with its facts',
  request: { params: IdParam },
  responses: {
    200: {
      description:
        'The report (text, provenance, what cleaning removed), its facts and the earlier texts of an edited report.',
      content: { 'application/json': { schema: ReportDetail } },
    },
    400: error('A query parameter was given: this route takes none (field names it).'),
    404: error('No report has this id.'),
  },
});

export const statsRoute = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Counts of the incidents that match a filter, by region, kind, weapon and night',
  request: { query: FilterQuery },
  responses: {
    200: { description: 'The counts.', content: { 'application/json': { schema: StatsSchema } } },
    400: error('A parameter is invalid or unknown (field names it).'),
  },
});

export const changesRoute = createRoute({
  method: 'get',
  path: '/api/changes',
  summary: 'The change log: incidents created, updated, merged, split and deleted, after a revision',
  description:
    'JSON by default. With Accept: text/event-stream, a server-sent event stream: id is the revision, event is the action, data the change as JSON; a reconnect with Last-Event-ID resumes after it (it wins over since). New changes arrive within about a second of being written; a comment line every 15 s keeps the connection open.',
  request: { query: ChangesQuery },
  responses: {
    200: {
      description: 'Changes, oldest first.',
      content: {
        'application/json': { schema: ChangesSchema },
        'text/event-stream': { schema: z.string().openapi({ example: 'id: 12\nevent: created\ndata: {...}\n\n' }) },
      },
    },
    400: error('A parameter is invalid or unknown (field names it).'),
  },
});

export const regionsRoute = createRoute({
  method: 'get',
  path: '/api/regions',
  summary: 'Every region the gazetteer knows, with its names in English, Russian and Ukrainian',
  responses: {
    200: { description: 'Regions by code.', content: { 'application/json': { schema: z.array(RegionSchema) } } },
    400: error('A query parameter was given: this route takes none (field names it).'),
  },
});

export const postReportRoute = createRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Ingest one report; its incidents are resolved before the answer',
  request: { body: { required: true, content: { 'application/json': { schema: ReportBodySchema } } } },
  responses: {
    201: { description: 'Stored.', content: { 'application/json': { schema: IngestOutcomeSchema } } },
    200: {
      description: 'A duplicate of a stored report.',
      content: { 'application/json': { schema: IngestOutcomeSchema } },
    },
    400: error('The body or a field is invalid (field names it).'),
    413: error(
      'The body is over the limit (1 MiB unless serve --max-body says otherwise), or under `serve` its text took longer to read than the budget for one report (60 s; field "text", budget_ms) or needed more than the worker\'s memory for one report (512 MB; field "text"): nothing was stored; send it as several smaller reports.',
    ),
  },
});

/** Not paged: every match (an Atom feed: the newest ATOM_CAP), the same filters as the list. */
function exportRoute(extension: string, mediaType: string, description: string) {
  return createRoute({
    method: 'get',
    path: `/api/incidents.${extension}`,
    summary: `Export the incidents that match a filter: ${description}`,
    description: `Newest first, not paged: every match, streamed (an Atom feed holds the newest ${ATOM_CAP}); X-Total-Count says how many matched and X-Export-Truncated is set when a feed holds fewer. docs/exports.md describes the formats.`,
    request: { query: ExportQuery },
    responses: {
      200: {
        description,
        headers: {
          'X-Total-Count': header('How many incidents match the filter.'),
          'X-Export-Truncated': header(`Atom only: present ("true") when more than ${ATOM_CAP} matched.`),
        },
        content: { [mediaType]: { schema: z.string() } },
      },
      400: error('A parameter is invalid or unknown (field names it).'),
    },
  });
}

export const exportRoutes = {
  csv: exportRoute('csv', 'text/csv', 'CSV, one row per incident, ACLED column names where they mean the same'),
  geojson: exportRoute('geojson', 'application/geo+json', 'GeoJSON points, with how many incidents had no coordinates'),
  jsonl: exportRoute('jsonl', 'application/x-ndjson', 'JSON Lines, one Incident per line'),
  atom: exportRoute('atom', 'application/atom+xml', 'an Atom feed, one entry per incident'),
} as const;
