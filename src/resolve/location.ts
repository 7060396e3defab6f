import type { PlaceRef, RegionRef } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';

/** Rule 6: the region code, with the name as the earliest report wrote it. Members come in
 *  publication order, so the first one that names the region is the earliest. */
export function pickRegion(members: readonly PlacedFact[], code: string): RegionRef | null {
  const first = members.find((p) => p.fact.region?.code === code);
  return first?.fact.region ? { code, name: first.fact.region.name } : null;
}

/** Rule 6: a place only when every fact that names one names the same one ("Voronezh" and
 *  "voronezh" agree; "Voronezh" and "Liski" do not, and the incident then has no place). */
export function pickPlace(members: readonly PlacedFact[]): PlaceRef | null {
  const places = members.map((p) => p.fact.place).filter((x): x is PlaceRef => x !== null);
  const first = places[0];
  if (!first) return null;
  const name = first.name.trim().toLowerCase();
  if (places.some((p) => p.name.trim().toLowerCase() !== name)) return null;
  const located = places.find((p) => p.lat !== null && p.lon !== null);
  return { name: first.name, lat: located?.lat ?? null, lon: located?.lon ?? null };
}
