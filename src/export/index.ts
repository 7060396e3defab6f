// Every export format, one implementation for the CLI (`sitrep incidents --format`) and the API
// (/api/incidents.csv, .geojson, .jsonl, .atom). Depends on core only. CSV, GeoJSON and JSON Lines stream in chunks
// whatever the number of incidents; an Atom feed is written whole (its `updated` is its newest entry's).
import type { Incident } from '../core/types.ts';
import { toAtom } from './atom.ts';
import type { ExportContext } from './context.ts';
import { csvChunks } from './csv.ts';
import { geoJsonChunks } from './geojson.ts';
import { jsonLineChunks } from './jsonl.ts';
import { withExportTimes } from './times.ts';

export type { ExportContext, IncidentPoint } from './context.ts';

export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl', 'atom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

async function* atomChunks(
  incidents: Iterable<Incident> | AsyncIterable<Incident>,
  ctx: ExportContext,
): AsyncGenerator<string> {
  const all: Incident[] = [];
  for await (const incident of incidents) all.push(incident);
  yield toAtom(all, ctx);
}

/** Each incident with its times in the one form every export writes (times.ts). */
async function* timesWritten(incidents: Iterable<Incident> | AsyncIterable<Incident>): AsyncGenerator<Incident> {
  for await (const incident of incidents) yield withExportTimes(incident);
}

export function exportChunks(
  format: ExportFormat,
  all: Iterable<Incident> | AsyncIterable<Incident>,
  ctx: ExportContext,
): AsyncGenerator<string> {
  const incidents = timesWritten(all);
  switch (format) {
    case 'csv':
      return csvChunks(incidents, ctx);
    case 'geojson':
      return geoJsonChunks(incidents, ctx);
    case 'jsonl':
      return jsonLineChunks(incidents);
    case 'atom':
      return atomChunks(incidents, ctx);
  }
}

/** The whole export as one string (the CLI, tests). */
export async function renderExport(
  format: ExportFormat,
  incidents: Iterable<Incident> | AsyncIterable<Incident>,
  ctx: ExportContext,
): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(format, incidents, ctx)) out += chunk;
  return out;
}
