// Every export format, one implementation for the CLI (`sitrep incidents --format`) and the API
// (/api/incidents.csv, .geojson, .jsonl, .atom). Depends on core only.
import type { Incident } from '../core/types.ts';
import { toAtom } from './atom.ts';
import type { ExportContext } from './context.ts';
import { toCsv } from './csv.ts';
import { toGeoJson } from './geojson.ts';
import { toJsonLines } from './jsonl.ts';

export type { ExportContext, IncidentPoint } from './context.ts';

export const EXPORT_FORMATS = ['csv', 'geojson', 'jsonl', 'atom'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export function renderExport(format: ExportFormat, incidents: readonly Incident[], ctx: ExportContext): string {
  switch (format) {
    case 'csv':
      return toCsv(incidents, ctx);
    case 'geojson':
      return `${JSON.stringify(toGeoJson(incidents, ctx))}\n`;
    case 'jsonl':
      return toJsonLines(incidents);
    case 'atom':
      return toAtom(incidents, ctx);
  }
}
