import { containsRegion } from '../core/regions.ts';
import type { Fact, FactKind, Lang, PlaceRef, RegionRef } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';

const ATTACK_KINDS: ReadonlySet<FactKind> = new Set(['interception', 'strike']);

/** A region's canonical name (nominative) in a language, null when the code is unknown; pipeline passes the
 *  gazetteer's. */
export type RegionNamer = (code: string, lang: Lang) => string | null;

/** The language most of the members' reports are written in (ties: en, ru, uk): the incident's reader's. */
export function readerLang(members: readonly PlacedFact[]): Lang {
  const counts = new Map<Lang, number>();
  const seen = new Set<string>();
  for (const p of members) {
    if (!p.report || seen.has(p.report.id)) continue;
    seen.add(p.report.id);
    counts.set(p.report.lang, (counts.get(p.report.lang) ?? 0) + 1);
  }
  let best: Lang = 'en';
  for (const lang of ['en', 'ru', 'uk'] as const) if ((counts.get(lang) ?? 0) > (counts.get(best) ?? 0)) best = lang;
  return best;
}

/** Rule 6 with nested places: the most specific region every fact shares (all in Moscow: Moscow; Moscow and Moscow
 *  Oblast: Moscow Oblast, whose area holds both; an oblast its own report sets beside the city is no area holding
 *  the city's incident, `beyondCity`) and every region named, each by its canonical name; without a
 *  namer (or for an unknown code), the name as the earliest report wrote it. Members come in publication order. */
export function pickRegions(
  members: readonly PlacedFact[],
  group: string,
  namer?: RegionNamer,
): { region: RegionRef | null; regions: RegionRef[] } {
  const lang = readerLang(members);
  const named = (code: string): RegionRef | null => {
    const canonical = namer?.(code, lang);
    if (canonical) return { code, name: canonical };
    const first = members.find((p) => p.fact.region?.code === code);
    return first?.fact.region ? { code, name: first.fact.region.name } : null;
  };
  const codes = [...new Set(members.map((p) => p.fact.region?.code).filter((c): c is string => c !== undefined))];
  const regions = codes
    .sort(compareText)
    .map(named)
    .filter((r): r is RegionRef => r !== null);
  // A nationwide wave (group '-', cluster.ts) with the regions it holds shares no region: the country is all they
  // share, even when it holds only one (the air force's national total and Kyiv's shoot-downs).
  if (codes.length === 0 || group === '-') return { region: null, regions };
  const beyond = beyondCity(members);
  const sharing = [...new Set(members.flatMap((p) => (p.fact.region && !beyond.has(p) ? [p.fact.region.code] : [])))];
  const shared = codes.length === 1 ? codes[0]! : sharing.length === 1 ? sharing[0]! : group;
  return { region: named(shared) ?? { code: shared, name: shared }, regions };
}

/** The facts told of a region whose area holds a city, by a report that names that city in another of the incident's
 *  facts ("hits in Kyiv and in Kyiv Oblast", «в Москве и Подмосковье»), when another report tells of the city too: the
 *  report sets the oblast beside the city, so its oblast is the land beyond the city, not an area that holds the
 *  city's incident. The incident stays the city's (`region`) with the oblast in `regions`; a report's two places
 *  alone are the oblast's, which holds both. */
function beyondCity(members: readonly PlacedFact[]): Set<PlacedFact> {
  const tellers = new Map<string, Set<string>>();
  for (const p of members) {
    const code = p.fact.region?.code;
    if (code === undefined) continue;
    const reports = tellers.get(code) ?? new Set<string>();
    reports.add(p.fact.report_id);
    tellers.set(code, reports);
  }
  const out = new Set<PlacedFact>();
  for (const p of members) {
    const code = p.fact.region?.code;
    // A fact with its own figures («На Київщині … загинула одна людина», "six drones were downed over Kyiv Oblast")
    // tells an event of the oblast, not the mere land beyond the city: it still holds the city (review 42d #2).
    if (code === undefined || ownFigures(p.fact)) continue;
    for (const [inner, reports] of tellers) {
      if (inner === code || !containsRegion(code, inner) || !reports.has(p.fact.report_id)) continue;
      if (reports.size > 1) out.add(p);
    }
  }
  return out;
}

/** A count, a launched or hit figure, or a toll of its own. */
function ownFigures(fact: Fact): boolean {
  const told = (c: { value: number | null; min: number | null } | null | undefined) =>
    c != null && (c.value !== null || c.min !== null);
  const toll = fact.casualties;
  return (
    told(fact.count) ||
    told(fact.launched) ||
    told(fact.hit) ||
    (toll != null && (toll.killed !== null || toll.injured !== null))
  );
}

/** Rule 6: a place only when every fact that names one names the same one ("Voronezh" and
 *  "voronezh" agree; "Voronezh" and "Liski" do not, and the incident then has no place), every counted interception
 *  or strike names it itself, and every report that tells an uncounted one names it in one of its facts, or names
 *  no region in its text either (its region the channel's, from its metadata): the most
 *  specific place all of them share. The
 *  governor's "11 drones downed over the oblast" and another post's strike on Izmail are no incident at Izmail,
 *  whose map point and CSV row would put the oblast's 11 there; Izmail stays in `places`. */
export function pickPlace(members: readonly PlacedFact[]): PlaceRef | null {
  const several = new Set(members.flatMap((p) => p.fact.airports)).size > 1;
  const places = members
    .filter((p) => !(several && namesAnAirport(p.fact)))
    .map((p) => p.fact.place)
    .filter((x): x is PlaceRef => x !== null);
  const first = places[0];
  if (!first) return null;
  const name = first.name.trim().toLowerCase();
  if (places.some((p) => p.name.trim().toLowerCase() !== name)) return null;
  const placed = new Set(members.filter((p) => p.fact.place !== null).map((p) => p.fact.report_id));
  // A counted interception or strike told with no place of its own is a total over its region, even when its report
  // names a town for the debris or the damage ("12 drones downed over the oblast; debris fell on Kurchatov"): the
  // town would carry the oblast's 12. An uncounted one leans on its report's place.
  // A report whose text names no place at all, its region only its channel's (`fields.region.from = "publisher"`: the
  // mayor's follow-up «кількість поранених … ракетного удару … зросла до 17»), says nothing of where: it leaves the
  // place the other reports name.
  const unplaced = (p: PlacedFact) =>
    p.fact.place === null &&
    (p.fact.count !== null || (!placed.has(p.fact.report_id) && p.fact.fields.region?.from !== 'publisher'));
  if (members.some((p) => ATTACK_KINDS.has(p.fact.kind) && unplaced(p))) return null;
  const located = places.find((p) => p.lat !== null && p.lon !== null);
  return { name: first.name, lat: located?.lat ?? null, lon: located?.lon ?? null };
}

/** The fact's place was read from an airport's name («в аэропорту Внуково»: the place's span lies inside the
 *  airports' span). In a disruption of several airports of one city (Vnukovo, Domodedovo, Sheremetyevo, Zhukovsky)
 *  that place is one airport's, not the incident's: the incident is drawn at a place another report names for all of
 *  them ("Moscow airports"), else at its region's centre, which for an airport city's region is the city (Moscow).
 *  With one airport its own place stays (Kazan's airport is at Kazan). */
function namesAnAirport(f: Fact): boolean {
  const place = f.fields.place;
  const airports = f.fields.airports;
  if (!f.place || !place || !airports || f.airports.length === 0) return false;
  return place.start >= airports.start && place.end <= airports.end;
}

/** Every place its facts name, once each (names compared case-blind), in the order reports first named them: the
 *  places an incident's `place` could not hold when they differ ("Liski" and "Voronezh"). */
export function listPlaces(members: readonly PlacedFact[]): PlaceRef[] {
  const seen = new Map<string, PlaceRef>();
  for (const p of members) {
    const place = p.fact.place;
    if (!place) continue;
    const key = place.name.trim().toLowerCase();
    const prev = seen.get(key);
    if (!prev) seen.set(key, { name: place.name, lat: place.lat, lon: place.lon });
    else if (prev.lat === null && place.lat !== null) seen.set(key, { ...prev, lat: place.lat, lon: place.lon });
  }
  return [...seen.values()];
}
