import type { Incident, Lang, PlaceRef } from '../core/types.ts';
import type { ExportContext, IncidentPoint } from '../export/index.ts';
import { regionInfo } from './region-names.ts';

/** Where to draw an incident: its place when every report agrees on one, else its region's admin centre (named by
 *  `townName` when given: the export's language). */
export function incidentPoint(incident: Incident, townName?: (place: PlaceRef) => string): IncidentPoint | null {
  const p = incident.place;
  if (p?.lat != null && p.lon != null) return { lat: p.lat, lon: p.lon, precise: true, name: p.name };
  const centre = incident.region ? regionInfo(incident.region.code)?.centre : null;
  if (centre)
    return { lat: centre.lat, lon: centre.lon, precise: false, name: townName ? townName(centre) : centre.name };
  // No region (a nationwide count, as the Air Force's night summary) but one place its facts name with coordinates
  // (Kyiv): drawn there, marked not precise, since the count is the country's, not that place's (ux35 #18).
  const located = (incident.places ?? []).filter((q) => q.lat != null && q.lon != null);
  const only = located[0];
  if (only === undefined || located.some((q) => q.lat !== only.lat || q.lon !== only.lon)) return null;
  return { lat: only.lat!, lon: only.lon!, precise: false, name: only.name };
}

/** Where a path of the API is read at on the public URL readers reach: under the URL's own path, if it has one (a
 *  proxy at https://example.org/sitrep/), with or without its closing slash. The server's feed and a feed file written
 *  by the CLI name their self link so. */
export function publicHref(publicUrl: string, pathAndSearch: string): URL {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return new URL(pathAndSearch.replace(/^\//, ''), base);
}

/** The gazetteer's side of an export: points and region names, in English unless the reader asked for another
 *  language; `townName` (`placeNamer`) names a region's centre in it too. */
export function exportContext(opts: {
  now: Date;
  selfUrl?: string;
  lang?: Lang;
  townName?: (place: PlaceRef) => string;
}): ExportContext {
  const lang = opts.lang ?? 'en';
  const { townName } = opts;
  return {
    locate: (incident) => incidentPoint(incident, townName),
    regionName: (code) => regionInfo(code)?.name[lang],
    now: opts.now,
    ...(opts.selfUrl ? { selfUrl: opts.selfUrl } : {}),
  };
}
