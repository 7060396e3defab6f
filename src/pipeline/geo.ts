import airportsData from '../../data/gazetteer/airports.json' with { type: 'json' };
import type { Incident, Lang, PlaceRef } from '../core/types.ts';
import type { ExportContext, IncidentPoint } from '../export/index.ts';
import { regionInfo } from './region-names.ts';

interface AirportPoint {
  iata: string;
  names: Record<Lang, string[]>;
  lat: number | null;
  lon: number | null;
}

const AIRPORTS: ReadonlyMap<string, AirportPoint> = new Map(
  (airportsData as AirportPoint[]).map((a) => [a.iata, a] as const),
);

/** How far an incident's town may lie from its airport for the airport to stand for it: an airport serves its city
 *  from outside it (Domodedovo is 42 km from Moscow's centre), and a town farther off is another place. */
const AIRPORT_REACH_KM = 60;

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** An airport disruption of one airport (its `airports` hold one code the gazetteer places) is drawn at that
 *  airfield, named "Sheremetyevo (SVO)", unless its place is a town too far off to be the one the airport serves.
 *  Several airports (Vnukovo and Domodedovo) have no one point: the incident stays at its place or region. Other
 *  kinds keep their place: a strike's town is where it struck. */
function airportPoint(incident: Incident, lang: Lang): IncidentPoint | null {
  if (incident.kind !== 'airport_disruption' || incident.airports.length !== 1) return null;
  const a = AIRPORTS.get(incident.airports[0]!);
  if (!a || a.lat === null || a.lon === null) return null;
  const at = { lat: a.lat, lon: a.lon };
  const p = incident.place;
  if (p?.lat != null && p.lon != null && kmBetween({ lat: p.lat, lon: p.lon }, at) > AIRPORT_REACH_KM) return null;
  const name = a.names[lang]?.[0] ?? a.names.en[0] ?? a.iata;
  return { ...at, precise: true, name: `${name} (${a.iata})` };
}

/** Where to draw an incident: at its one airport, else its place when every report agrees on one, else its region's
 *  admin centre (named by `townName` when given, and an airport in `lang`: the export's language). */
export function incidentPoint(
  incident: Incident,
  townName?: (place: PlaceRef) => string,
  lang: Lang = 'en',
): IncidentPoint | null {
  const airport = airportPoint(incident, lang);
  if (airport) return airport;
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
    locate: (incident) => incidentPoint(incident, townName, lang),
    regionName: (code) => regionInfo(code)?.name[lang],
    now: opts.now,
    ...(opts.selfUrl ? { selfUrl: opts.selfUrl } : {}),
  };
}
