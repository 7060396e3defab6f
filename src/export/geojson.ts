// A FeatureCollection of points: an incident's place, else its region's administrative centre (marked
// location_precise: false). Incidents with neither are left out, and the collection says how many, in foreign
// members (RFC 7946 §6.1) written after the features so that the collection streams: `total` (incidents matched),
// `approximate` (drawn at a region's centre) and `without_coordinates`.
import type { Incident, RegionRef } from '../core/types.ts';
import type { ExportContext } from './context.ts';

/** The incident with its regions called as the export calls them (English, unless the reader asked for another
 *  language), like the CSV's admin1: a map's features should not mix «Курская область» with "Bryansk Oblast". */
function named(incident: Incident, ctx: ExportContext): Incident {
  const name = (r: RegionRef): RegionRef => ({ code: r.code, name: ctx.regionName(r.code) ?? r.name });
  return {
    ...incident,
    region: incident.region ? name(incident.region) : null,
    ...(incident.regions ? { regions: incident.regions.map(name) } : {}),
  };
}

export async function* geoJsonChunks(
  incidents: Iterable<Incident> | AsyncIterable<Incident>,
  ctx: ExportContext,
): AsyncGenerator<string> {
  // Features are joined 500 at a time: one write per feature cost three times as long as the JSON itself.
  let buffer = '{"type":"FeatureCollection","features":[';
  let pending = 0;
  let total = 0;
  let approximate = 0;
  let without = 0;
  for await (const incident of incidents) {
    total++;
    const point = ctx.locate(incident);
    if (!point) {
      without++;
      continue;
    }
    if (!point.precise) approximate++;
    const feature = {
      type: 'Feature',
      id: incident.id,
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      properties: { ...named(incident, ctx), location_precise: point.precise },
    };
    buffer += `${total - without > 1 ? ',' : ''}${JSON.stringify(feature)}`;
    if (++pending === 500) {
      yield buffer;
      buffer = '';
      pending = 0;
    }
  }
  yield `${buffer}],"total":${total},"approximate":${approximate},"without_coordinates":${without}}\n`;
}
