// What a list of incidents can be narrowed by, and the part of it that is read from an incident itself rather than
// from the store's columns. Shared by the store (which filters by region, kind and time in SQL and by these in
// code), the API, the CLI and the exports, so "disputed" or "uav" means the same everywhere.
import type { Incident, Weapon } from './types.ts';

export const INCIDENT_STATUSES = ['single_origin', 'corroborated', 'disputed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The values of the filter that the store cannot read from a column. `text` is lower-cased already;
 *  `textRegions` are the region codes whose names (in any language) contain the text, found by the caller in the
 *  gazetteer, so "курская" finds an incident whose region is written "Kursk Oblast". */
export interface IncidentMatch {
  weapon?: Weapon;
  status?: IncidentStatus;
  text?: string;
  textRegions?: readonly string[];
}

/** Whether anything in `m` needs the incident's document to decide. */
export function needsDocument(m: IncidentMatch): boolean {
  return m.weapon !== undefined || m.status !== undefined || (m.text !== undefined && m.text !== '');
}

/** The strings free text is matched against: region and place names as written, claimants (name, role, channel),
 *  airports (codes), and the titles and publishers of the sources. Evidence sentences are not in the incident's
 *  document and are not searched. */
export function searchableText(i: Incident): string {
  const parts: (string | null | undefined)[] = [
    i.region?.name,
    i.region?.code,
    i.place?.name,
    ...(i.regions ?? []).flatMap((r) => [r.name, r.code]),
    ...(i.places ?? []).map((p) => p.name),
    ...i.claimants.flatMap((c) => [c.name, c.role, c.channel]),
    ...i.airports,
    ...i.diverted_to,
    ...i.sources.flatMap((s) => [s.title, s.publisher]),
  ];
  return parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .join('\n')
    .toLocaleLowerCase();
}

export function matchesIncident(i: Incident, m: IncidentMatch): boolean {
  if (m.weapon !== undefined && !i.weapons.some((w) => w.type === m.weapon)) return false;
  if (m.status !== undefined && i.corroboration.status !== m.status) return false;
  if (m.text !== undefined && m.text !== '') {
    const codes = [i.region?.code, ...(i.regions ?? []).map((r) => r.code)];
    const byName = (m.textRegions ?? []).some((code) => codes.includes(code));
    if (!byName && !searchableText(i).includes(m.text)) return false;
  }
  return true;
}
