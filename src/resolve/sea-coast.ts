// A sea and the coast it washes: one outlet tells a ship hit "in the Black Sea", another "off occupied Crimea" (the
// extraction keeps the sea as a place with no region, docs/eval.md). data/gazetteer/sea-coasts.json lists each sea's
// coastal regions.
import coastData from '../../data/gazetteer/sea-coasts.json' with { type: 'json' };
import seasData from '../../data/gazetteer/seas.json' with { type: 'json' };
import { areaOf } from '../core/regions.ts';

const COASTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (seasData as { code: string; name_en: string }[]).map((s) => [
    s.name_en,
    new Set(((coastData.coasts as Record<string, string[]>)[s.code] ?? []).map(areaOf)),
  ]),
);

/** Whether `group` (a fact's group key: a region's area, a place's name) is a sea. */
export function isSea(group: string): boolean {
  return COASTS.has(group);
}

/** The places of `groups` with every sea left out when each region beside it lies on its coast: a tanker hit "in the
 *  Kerch Strait" and one hit "off Crimea" are one place; the Caspian beside Crimea, or two seas alone, stay two. */
export function withoutCoastalSeas(groups: ReadonlySet<string>): Set<string> {
  const land = [...groups].filter((g) => !COASTS.has(g));
  if (land.length === 0) return new Set(groups);
  const seas = [...groups].filter((g) => COASTS.has(g));
  const coastal = (sea: string) => land.every((r) => COASTS.get(sea)!.has(r));
  return seas.every(coastal) ? new Set(land) : new Set(groups);
}
