// What a list of incidents can be narrowed by, and the part of it that is read from an incident itself rather than
// from the store's columns. Shared by the store (which filters by region, kind and time in SQL and by these in
// code), the API, the CLI and the exports, so "disputed" or "uav" means the same everywhere.
import { latinKey } from './names.ts';
import { type Incident, isKindOf, type Weapon } from './types.ts';

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
  /** The text folded as names are (`namesKey`), when it has a name's letters: "Syniehubov" then finds the claimant
   *  a Ukrainian post wrote «Синєгубов», and «Собянин» the one an English one wrote "Sobyanin". */
  textKey?: string;
  /** The airports (IATA codes) whose names contain the text, found by the caller in the gazetteer: "Sheremetyevo" and
   *  «Шереметьево» find an incident whose `airports` or `diverted_to` hold SVO. */
  textAirports?: readonly string[];
  /** The text is an airport's code: only incidents whose `airports` or `diverted_to` hold it match. */
  textIsAirportCode?: boolean;
  /** The weapons the text is a word for, found by the caller in the lexicons: "Shahed" or «Іскандер» (a model),
   *  "drones" (a class). */
  textWeapons?: readonly WeaponTerm[];
}

/** A weapon a query names: a class, and the model when the word is a model's ("Kh-101" -> cruise_missile, Kh-101). */
export interface WeaponTerm {
  type: Weapon;
  model?: string;
}

// Shorter folded queries ("kh", "ol") would find half of all names.
const MIN_KEY = 3;

/** Names folded word by word (`latinKey`: one Latin spelling, transliteration habits absorbed) and joined by spaces,
 *  so a name and a query written in either script or spelling compare as text. */
export function namesKey(names: Iterable<string | null | undefined>): string {
  const words: string[] = [];
  for (const name of names) {
    if (!name) continue;
    for (const word of name.split(/[^\p{L}'’ʼ]+/u)) {
      const key = latinKey(word);
      if (key !== '') words.push(key);
    }
  }
  return words.join(' ');
}

/** A query's folded form, or undefined when it has too few letters to be a name. */
export function queryKey(text: string): string | undefined {
  const key = namesKey([text]);
  return key.replace(/ /g, '').length >= MIN_KEY ? key : undefined;
}

/** Whether anything in `m` needs the incident's document to decide. */
export function needsDocument(m: IncidentMatch): boolean {
  return m.weapon !== undefined || m.status !== undefined || (m.text !== undefined && m.text !== '');
}

/** The strings free text is matched against: region and place names as written, claimants (name, role, channel),
 *  airports (codes), weapons (classes and models), and the titles and publishers of the sources. Evidence sentences are not in the incident's
 *  document and are not searched. */
export function searchableText(i: Incident): string {
  const parts: (string | null | undefined)[] = [
    i.region?.name,
    i.region?.code,
    i.place?.name,
    ...(i.regions ?? []).flatMap((r) => [r.name, r.code]),
    ...(i.places ?? []).map((p) => p.name),
    ...i.claimants.flatMap((c) => [c.name, c.role, c.channel, c.institution]),
    ...i.airports,
    ...i.diverted_to,
    ...i.weapons.flatMap((w) => [w.type, ...(w.models ?? [])]),
    ...i.sources.flatMap((s) => [s.title, s.publisher]),
  ];
  return parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .join('\n')
    .toLocaleLowerCase();
}

/** A test of one name against a folded query (each name on its own: a query never straddles two names). It remembers
 *  the names it has seen: a list repeats the same few claimants and regions thousands of times, and folding is the
 *  cost. One per query. */
export function nameMatcher(key: string): (name: string) => boolean {
  const seen = new Map<string, boolean>();
  return (name) => {
    let hit = seen.get(name);
    if (hit === undefined) {
      hit = namesKey([name]).includes(key);
      if (seen.size < MAX_REMEMBERED) seen.set(name, hit);
    }
    return hit;
  };
}

const MAX_REMEMBERED = 10_000;

/** The names an incident is found by in either script: its regions', places', claimants' and publishers' («Росавиация»
 *  is found by "Rosaviatsia"), and its weapons' models («Шахед» finds "Shahed"). */
export function incidentNames(i: Incident): string[] {
  return [
    i.region?.name,
    i.place?.name,
    ...(i.regions ?? []).map((r) => r.name),
    ...(i.places ?? []).map((p) => p.name),
    ...i.claimants.flatMap((c) => [c.name, c.institution]),
    ...i.sources.map((s) => s.publisher),
    ...i.weapons.flatMap((w) => w.models ?? []),
  ].filter((n): n is string => typeof n === 'string' && n !== '');
}

export function matchesIncident(i: Incident, m: IncidentMatch): boolean {
  if (m.weapon !== undefined && !i.weapons.some((w) => w.type === m.weapon)) return false;
  if (m.status !== undefined && i.corroboration.status !== m.status) return false;
  if (m.textIsAirportCode) return byAirport(i, m);
  if (m.text !== undefined && m.text !== '') {
    const codes = [i.region?.code, ...(i.regions ?? []).map((r) => r.code)];
    const byName = (m.textRegions ?? []).some((code) => codes.includes(code));
    const named = byName || searchableText(i).includes(m.text) || byAirport(i, m) || byWeapon(i, m);
    const key = m.textKey;
    if (!named && !(key !== undefined && incidentNames(i).some((n) => namesKey([n]).includes(key)))) return false;
  }
  return true;
}

function byAirport(i: Incident, m: IncidentMatch): boolean {
  const codes = m.textAirports ?? [];
  return codes.length > 0 && [...i.airports, ...i.diverted_to].some((code) => codes.includes(code));
}

/** A model is found among the models of its class ("Iskander-M" in the ballistic missiles' entry); a class among the
 *  entries of its kinds (a query for missiles finds a cruise missile's incident). */
function byWeapon(i: Incident, m: IncidentMatch): boolean {
  return (m.textWeapons ?? []).some((t) =>
    i.weapons.some((w) => (t.model !== undefined ? (w.models ?? []).includes(t.model) : isKindOf(w.type, t.type))),
  );
}
