// A FeatureCollection of points: an incident's place, else its region's administrative centre (marked
// location_precise: false). Incidents with neither are left out, and the collection says how many.
import type { Incident } from '../core/types.ts';
import type { ExportContext } from './context.ts';

export interface IncidentCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: Incident & { location_precise: boolean };
  }[];
  /** Foreign members (RFC 7946 §6.1): how many incidents the filter matched, how many are drawn at their region's
   *  centre, and how many had no coordinates at all (not in features). */
  total: number;
  approximate: number;
  without_coordinates: number;
}

export function toGeoJson(incidents: Iterable<Incident>, ctx: ExportContext): IncidentCollection {
  const out: IncidentCollection = {
    type: 'FeatureCollection',
    features: [],
    total: 0,
    approximate: 0,
    without_coordinates: 0,
  };
  for (const incident of incidents) {
    out.total++;
    const point = ctx.locate(incident);
    if (!point) {
      out.without_coordinates++;
      continue;
    }
    if (!point.precise) out.approximate++;
    out.features.push({
      type: 'Feature',
      id: incident.id,
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      properties: { ...incident, location_precise: point.precise },
    });
  }
  return out;
}
