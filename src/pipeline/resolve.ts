import type { Report } from '../core/types.ts';
import { regionInfo } from '../extract/common/gazetteer.ts';
import { resolveNight } from '../resolve/incidents.ts';
import { assignOrigins, type OriginInput } from '../resolve/origins.ts';
import type { Store } from '../store/index.ts';

/** Rebuilds one night's incidents from its stored facts: the same facts give the same incidents, whatever the
 *  order they arrived in, because nothing but the facts and reports goes in. */
export async function resolveNightKey(store: Store, key: string): Promise<number> {
  const rows = await store.getFactRowsByNight([key]);
  const facts = rows.map((r) => r.fact);
  const reportIds = [...new Set(facts.map((f) => f.report_id))].sort();
  const stored = await store.getReports(reportIds);
  const reports = new Map<string, Report>(stored.map((r) => [r.id, r]));
  const [signatures, bands] = await Promise.all([store.getSignatures(reportIds), store.getBands(reportIds)]);
  const items: OriginInput[] = stored.map((report) => ({
    report,
    signature: signatures.get(report.id) ?? [],
    bands: bands.get(report.id) ?? [],
    facts: facts.filter((f) => f.report_id === report.id),
  }));
  const { origins, reasons } = assignOrigins(items);
  const incidents = resolveNight({ facts, reports, origins, originReasons: reasons, nightKey: key, regionName });
  await store.replaceNightIncidents(
    [key],
    incidents.map((incident) => ({ incident, night_key: key })),
    origins,
  );
  return incidents.length;
}

/** The gazetteer's canonical name of a region (nominative) in the reader's language. */
function regionName(code: string, lang: Report['lang']): string | null {
  const info = regionInfo(code);
  if (!info) return null;
  return lang === 'ru' ? info.name_ru : lang === 'uk' ? info.name_uk : info.name_en;
}

export async function resolveDirty(store: Store): Promise<number> {
  const keys = await store.dirtyNights();
  for (const key of keys) await resolveNightKey(store, key);
  return keys.length;
}

/** `sitrep resolve --all`: every night again, deterministically; running it twice changes nothing. */
export async function resolveAll(store: Store): Promise<{ nights: number; incidents: number }> {
  const keys = await store.allNightKeys();
  let incidents = 0;
  for (const key of keys) incidents += await resolveNightKey(store, key);
  return { nights: keys.length, incidents };
}
