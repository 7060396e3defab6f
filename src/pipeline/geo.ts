import type { Incident } from '../core/types.ts';
import { regionInfo } from '../extract/common/gazetteer.ts';

/** Where to draw an incident: its place when every report agrees on one, else its region's admin centre. */
export function incidentPoint(incident: Incident): { lat: number; lon: number; precise: boolean } | null {
  const p = incident.place;
  if (p?.lat != null && p.lon != null) return { lat: p.lat, lon: p.lon, precise: true };
  const centre = incident.region ? regionInfo(incident.region.code)?.centre : null;
  return centre ? { lat: centre.lat, lon: centre.lon, precise: false } : null;
}

export function toGeoJson(incidents: readonly Incident[]): object {
  return {
    type: 'FeatureCollection',
    features: incidents.flatMap((incident) => {
      const point = incidentPoint(incident);
      if (!point) return [];
      return [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
          properties: { ...incident, location_precise: point.precise },
        },
      ];
    }),
  };
}
