// What an export needs to know beyond the incidents: where to draw one and what to call its region. The caller
// (pipeline/geo.ts) answers from the gazetteer, so this module depends on core only.
import type { Incident } from '../core/types.ts';

export interface IncidentPoint {
  lat: number;
  lon: number;
  /** True for the incident's own place; false for its region's administrative centre. */
  precise: boolean;
  /** The place's name, or the centre's. */
  name: string;
}

export interface ExportContext {
  locate(incident: Incident): IncidentPoint | null;
  /** The region's name in the export's language (English, "Kursk Oblast", unless the reader asked for another),
   *  whatever language the incident's reports were in. */
  regionName(code: string): string | undefined;
  /** Atom: the URL the feed is read at, and the base that entry links (/api/incidents/<id>) are resolved against. */
  selfUrl?: string;
  /** Atom: the feed's `updated` when it has no entries. */
  now: Date;
}
