// The map: Russia's and Ukraine's admin-1 regions from the committed TopoJSON, shaded by incidents in the selected
// period, with a marker for each listed incident that has a place. Leaflet draws SVG paths; there is no tile layer,
// so the page needs no internet. Shades are CSS classes (r0…r5), so the themes colour them.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Incident } from '../../src/core/types.ts';
import { incidentTitle } from './bits.ts';
import { type Ctx, type RegionNames, regionName } from './ctx.ts';
import { h } from './dom.ts';
import { shadeStep } from './shade.ts';

export interface RegionMap {
  shade(counts: ReadonlyMap<string, number>, selected: readonly string[]): void;
  markers(incidents: readonly Incident[]): void;
  resize(): void;
}

interface RegionFeature {
  properties: RegionNames;
}

/** Region names from the map file: every region the gazetteer knows, in three languages. */
export function regionNamesOf(topo: Topology): Map<string, RegionNames> {
  const collection = feature(topo, topo.objects.regions!) as unknown as { features: RegionFeature[] };
  return new Map(collection.features.map((f) => [f.properties.code, f.properties]));
}

export function createMap(
  el: HTMLElement,
  topo: Topology,
  ctx: () => Ctx,
  toggleRegion: (code: string) => void,
  openIncident: (id: string) => void,
): RegionMap {
  const map = L.map(el, { zoomSnap: 0.25, minZoom: 2, maxZoom: 10, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Leaflet · Natural Earth (public domain)');
  // Ukraine and European Russia, where nearly every report is; the rest of Russia is a pan away.
  map.fitBounds([
    [44, 22],
    [57, 46],
  ]);
  const counts = new Map<string, number>();
  const geo = feature(topo, topo.objects.regions!);
  const layer = L.geoJSON(geo as never, {
    style: () => ({ className: 'region r0', weight: 1 }),
    onEachFeature: (f, l) => {
      const code = (f.properties as RegionNames).code;
      l.on('click', () => toggleRegion(code));
      l.bindTooltip(
        () => h('span', {}, `${regionName(ctx(), code)}: ${ctx().t.incidentsCount(counts.get(code) ?? 0)}`),
        { sticky: true },
      );
    },
  }).addTo(map);
  const markerLayer = L.layerGroup().addTo(map);

  return {
    shade(next, selected) {
      counts.clear();
      for (const [k, v] of next) counts.set(k, v);
      const max = Math.max(0, ...next.values());
      layer.eachLayer((l) => {
        const code = ((l as L.GeoJSON).feature as unknown as RegionFeature).properties.code;
        const path = (l as L.Path).getElement();
        if (!path) return;
        const step = shadeStep(next.get(code) ?? 0, max);
        path.setAttribute('class', `region r${step}${selected.includes(code) ? ' sel' : ''} leaflet-interactive`);
      });
    },
    markers(incidents) {
      markerLayer.clearLayers();
      for (const i of incidents) {
        for (const p of i.places ?? (i.place ? [i.place] : [])) {
          if (p.lat === null || p.lon === null) continue;
          L.circleMarker([p.lat, p.lon], { radius: 5, className: `marker status-${i.corroboration.status}` })
            .bindTooltip(() => h('span', {}, incidentTitle(ctx(), i)))
            .on('click', () => openIncident(i.id))
            .addTo(markerLayer);
        }
      }
    },
    resize() {
      map.invalidateSize();
    },
  };
}
