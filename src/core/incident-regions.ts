// Every region an incident names (its region, its regions, its totals' and tolls' scopes), and its places, called by another name
// for the same code or town: the reader's language in the API and the CLI, the export's language in GeoJSON. Shared so that no output
// renames one list and forgets another.
import type { Incident, PlaceRef, RegionRef } from './types.ts';

/** The incident with each region renamed by `nameOf` (a code it does not know keeps its name), and its places by
 *  `placeNameOf` when given. Facts are left as written: their names stand beside their evidence. */
export function withRegionsNamed(
  incident: Incident,
  nameOf: (code: string) => string | undefined,
  placeNameOf?: (place: PlaceRef) => string,
): Incident {
  const named = (r: RegionRef): RegionRef => ({ code: r.code, name: nameOf(r.code) ?? r.name });
  const placed = (p: PlaceRef): PlaceRef => (placeNameOf ? { ...p, name: placeNameOf(p) } : p);
  return {
    ...incident,
    place: incident.place ? placed(incident.place) : null,
    ...(incident.places ? { places: incident.places.map(placed) } : {}),
    region: incident.region ? named(incident.region) : null,
    ...(incident.regions ? { regions: incident.regions.map(named) } : {}),
    weapons: incident.weapons.map((w) =>
      w.scopes ? { ...w, scopes: w.scopes.map((s) => ({ ...s, region: s.region ? named(s.region) : null })) } : w,
    ),
    casualties: incident.casualties.scopes
      ? {
          ...incident.casualties,
          scopes: incident.casualties.scopes.map((s) => ({ ...s, region: s.region ? named(s.region) : null })),
        }
      : incident.casualties,
  };
}
