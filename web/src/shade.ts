// The map's shade of a region, apart from the map so Node can test it (Leaflet needs a window to load).

/** 0 for none, then five steps on a square-root scale of the busiest region's count, so one busy region does not
 *  leave every other one pale. */
export function shadeStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil(Math.sqrt(count / max) * 5)));
}
