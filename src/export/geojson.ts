// A FeatureCollection of points: an incident's place, else its region's administrative centre (marked
// location_precise: false). Incidents with neither are left out, and the collection says how many, in foreign
// members (RFC 7946 §6.1) written after the features so that the collection streams: `total` (incidents matched),
// `approximate` (drawn at a region's centre) and `without_coordinates`.
import { withRegionsNamed } from '../core/incident-regions.ts';
import type { Incident } from '../core/types.ts';
import type { ExportContext } from './context.ts';

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
      // Regions as the export calls them (English unless the reader asked for another language), like the CSV's
      // admin1: a map's features should not mix «Курская область» with "Bryansk Oblast".
      properties: { ...withRegionsNamed(incident, ctx.regionName), location_precise: point.precise },
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
