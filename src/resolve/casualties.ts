import { pushTo } from '../core/multimap.ts';
import {
  CASUALTY_FIELDS,
  type CasualtyField,
  type Conflict,
  type ConflictValue,
  type IncidentCasualties,
  type ScopedToll,
  type TallyStep,
} from '../core/types.ts';
import { countPoint, exactCount } from './count-math.ts';
import { mergeClaimants } from './merge-claimants.ts';
import { type CountItem, type MergedCount, mergeCounts } from './merge-counts.ts';
import type { PlacedFact } from './placed-fact.ts';
import { tallyEntries } from './tallies.ts';
import { compareText } from './time.ts';

export interface CasualtyMerge {
  casualties: IncidentCasualties;
  conflicts: Conflict[];
  tallies: [string, TallyStep[]][];
}

/** A toll only rises: an earlier lower figure of another voice is an older step, not a dispute (merge-counts.ts). */
const RISING = { rising: true } as const;

/** One field's toll: the number shown, its conflict, its running tallies. */
interface Toll {
  shown: number | null;
  conflict: ConflictValue[] | null;
  tallies: [string, TallyStep[]][];
}

/** The key of the place a toll is told of: the town's name, '' for none (a region, a district the gazetteer lacks). */
function placeKey(p: PlacedFact): string {
  return p.fact.place?.name ?? '';
}

function byPlace(items: readonly CountItem[]): Map<string, CountItem[]> {
  const out = new Map<string, CountItem[]>();
  for (const item of items) {
    const key = placeKey(item.placed);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return new Map([...out.entries()].sort((a, b) => compareText(a[0], b[0])));
}

function shownOf(m: MergedCount): number | null {
  return m.shown ? countPoint(m.shown) : null;
}

/** A conflict inside one town's toll, told as the incident's total under each claim: with Lubny's 1 beside it,
 *  Kremenchuk's "3 vs 4" killed is a total of 4 or 5, so the shown 5 keeps a range that contains it. */
function shifted(values: readonly ConflictValue[], by: number): ConflictValue[] {
  return values.map((v) => (typeof v.value === 'number' && by !== 0 ? { ...v, value: v.value + by } : v));
}

/** One field's toll over an incident's members. A tally is one voice's successive totals about one place: figures of
 *  different towns are summed, never read as steps of one another (a regional head's Kremenchuk 3 killed at 05:00 and
 *  Lubny 1 at 06:10 are 4, not a toll that fell to 1). A figure told of no town (the region's, a district's) is the
 *  whole: shown when it is at least the towns' sum, and a town's smaller figure given by another voice does not
 *  dispute it (the mayor's "no one hurt" in the city beside the region's 5 injured in a district). With one town only,
 *  a whole smaller than it is read as before, one pool of figures, where they may dispute each other. */
function mergeToll(field: string, items: readonly CountItem[]): Toll {
  const parts = byPlace(items);
  const named = [...parts.entries()].filter(([place]) => place !== '');
  const whole = parts.get('');
  const pooled = (): Toll => {
    const m = mergeCounts(items, RISING);
    return { shown: shownOf(m), conflict: m.conflict, tallies: tallyEntries(field, m) };
  };
  if (named.length === 0 || (named.length === 1 && !whole)) return pooled();
  const merged = named.map(([place, list]) => ({ place, m: mergeCounts(list, RISING) }));
  const wholeMerged = whole ? mergeCounts(whole, RISING) : null;
  const sum = merged.reduce((acc, { m }) => acc + (shownOf(m) ?? 0), 0);
  const wholeShown = wholeMerged ? shownOf(wholeMerged) : null;
  if (named.length === 1 && (wholeShown === null || wholeShown < sum)) return pooled();
  const shown = wholeShown !== null && wholeShown >= sum ? wholeShown : sum;
  const conflict: ConflictValue[] = [];
  if (wholeMerged?.conflict && shown === wholeShown) conflict.push(...wholeMerged.conflict);
  for (const { m } of merged) {
    if (m.conflict && shown === sum) conflict.push(...shifted(m.conflict, sum - (shownOf(m) ?? 0)));
  }
  // Each town's tally under its own name when more than one place kept one, so no history is mixed with another's.
  const entries = [
    ...(wholeMerged ? [{ place: '', list: tallyEntries(field, wholeMerged) }] : []),
    ...merged.map(({ place, m }) => ({ place, list: tallyEntries(field, m) })),
  ].filter((e) => e.list.length > 0);
  const tallies = entries.flatMap(({ place, list }) =>
    list.map(([key, steps]): [string, TallyStep[]] => [
      entries.length > 1 && place !== '' ? `${key} at ${place}` : key,
      steps,
    ]),
  );
  return { shown, conflict: conflict.length > 0 ? conflict : null, tallies };
}

/** The region a toll is told of: its code, '' for none (a country-wide figure: «известно о пяти погибших»). */
function regionKey(p: PlacedFact): string {
  return p.fact.region?.code ?? '';
}

/** One field's toll over a wave's members when regions told figures of it: the president's "five killed" over the
 *  country is the whole, and the regional heads' 2 in Odesa Oblast and 1 in Lviv Oblast are its parts, no dispute of
 *  it (docs/api.md, Corroboration). Each region's toll is merged as before (its towns against its own whole); their
 *  sum stands against the country's. With no figure told of the country, the regions' sum is the wave's toll as far
 *  as it was told, and a sum of zeros is none: the mayor's "no one was hurt" in Kyiv says nothing of the other
 *  regions the drones flew over, so the wave's figure stays null and Kyiv's 0 is said in its scope. Null when the
 *  members hold no regional figure, or, outside a wave, no country's figure beside them, or one region only whose
 *  toll is above the country's figure (then all are one pool, as before). */
function countryToll(field: string, items: readonly CountItem[], wave: boolean): Toll | null {
  const regions = new Map<string, CountItem[]>();
  for (const item of items) pushTo(regions, regionKey(item.placed), item);
  const whole = regions.get('');
  const named = [...regions.entries()].filter(([code]) => code !== '').sort((a, b) => compareText(a[0], b[0]));
  if (named.length === 0 || (!whole && !wave)) return null;
  const wholeToll = whole ? mergeToll(field, whole) : null;
  const parts = named.map(([code, list]) => ({ code, toll: mergeToll(field, list) }));
  const sum = parts.reduce((acc, { toll }) => acc + (toll.shown ?? 0), 0);
  const wholeShown = wholeToll?.shown ?? null;
  if (wholeToll && named.length === 1 && (wholeShown === null || wholeShown < sum)) return null;
  const shown = wholeShown !== null && wholeShown >= sum ? wholeShown : sum > 0 || wholeToll ? sum : null;
  const conflict: ConflictValue[] = [];
  if (wholeToll?.conflict && shown === wholeShown) conflict.push(...wholeToll.conflict);
  for (const { toll } of parts) {
    if (toll.conflict && shown === sum) conflict.push(...shifted(toll.conflict, sum - (toll.shown ?? 0)));
  }
  // Each region's tallies under its code when more than one list keeps one, so no history is mixed with another's.
  const lists = [
    { code: '', list: wholeToll?.tallies ?? [] },
    ...parts.map(({ code, toll }) => ({ code, list: toll.tallies })),
  ].filter((e) => e.list.length > 0);
  const tallies = lists.flatMap(({ code, list }) =>
    list.map(([key, steps]): [string, TallyStep[]] => [
      lists.length > 1 && code !== '' ? `${key} in ${code}` : key,
      steps,
    ]),
  );
  return { shown, conflict: conflict.length > 0 ? conflict : null, tallies };
}

/** Each place's own figure of one field in a wave whose regions told figures of it (the country's, region null, when
 *  one was told beside them), with who gave it: none outside a wave or when no region told one. */
function tollScopes(field: CasualtyField, items: readonly CountItem[], wave: boolean): ScopedToll[] {
  if (!wave || items.every((i) => regionKey(i.placed) === '')) return [];
  const regions = new Map<string, CountItem[]>();
  for (const item of items) pushTo(regions, regionKey(item.placed), item);
  return [...regions.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
    .flatMap(([code, list]): ScopedToll[] => {
      const shown = mergeToll(`casualties.${field}`, list).shown;
      if (shown === null) return [];
      const first = list[0]!.placed.fact.region;
      return [
        {
          field,
          region: code === '' || !first ? null : { code, name: first.name },
          count: shown,
          claimants: mergeClaimants(list.map((i) => i.placed)),
          report_ids: [...new Set(list.map((i) => i.placed.fact.report_id))].sort(compareText),
        },
      ];
    });
}

/** Rule 5: killed and injured (and the children among each) each merged like counts, town by town (mergeToll), and in
 *  a wave (`wave`: an incident told over the country, cluster group '-') region by region, each region's figure kept
 *  in `scopes`. Nobody said -> null; "no casualties" -> 0. */
export function mergeCasualties(members: readonly PlacedFact[], wave = false): CasualtyMerge {
  const casualties: IncidentCasualties = {
    killed: null,
    injured: null,
    children_killed: null,
    children_injured: null,
  };
  const conflicts: Conflict[] = [];
  const tallies: [string, TallyStep[]][] = [];
  const scopes: ScopedToll[] = [];
  // The children among them are tolls of their own, merged by the same rules ("серед них двоє дітей" then "троє" from
  // one voice is a rising tally; two voices' 2 and 3 a dispute, `casualties.children_injured`).
  for (const field of CASUALTY_FIELDS) {
    const items: CountItem[] = [];
    for (const p of members) {
      const n = p.fact.casualties?.[field];
      if (typeof n === 'number') items.push({ placed: p, count: exactCount(n) });
    }
    if (items.length === 0) continue;
    const name = `casualties.${field}`;
    const toll = countryToll(name, items, wave) ?? mergeToll(name, items);
    casualties[field] = toll.shown;
    if (toll.conflict) conflicts.push({ field: name, values: toll.conflict });
    tallies.push(...toll.tallies);
    scopes.push(...tollScopes(field, items, wave));
  }
  if (scopes.length > 0) casualties.scopes = scopes;
  return { casualties, conflicts, tallies };
}
