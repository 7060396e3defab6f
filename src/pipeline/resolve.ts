import type { Report } from '../core/types.ts';
import { regionInfo } from '../extract/common/gazetteer.ts';
import { assignIds } from '../resolve/identity.ts';
import { resolveNight } from '../resolve/incidents.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { nightKey, publicationNightKey } from '../resolve/night.ts';
import { assignOrigins, type OriginInput } from '../resolve/origins.ts';
import type { FactRow, Store } from '../store/index.ts';

/** Rebuilds one night's incidents from its stored facts: the same facts give the same incidents, whatever the
 *  order they arrived in, because nothing but the facts and reports goes in. Stored incidents keep their ids as
 *  reports join them (resolve/identity.ts) and every change is logged as a revision. The night's state is read
 *  first and the write happens only if the night did not move on meanwhile (a report stored, another resolution
 *  written); otherwise it is read and resolved again, so no report is lost from its incident. Reports with no fact
 *  published in the night's block take part in its origins (a rewrite of a statement from which nothing was read
 *  shares its origin) and make no incident. */
export async function resolveNightKey(store: Store, key: string): Promise<number> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const state = await store.nightState(key);
    const rows = await store.getFactRowsByNight([key]);
    const facts = rows.map((r) => r.fact);
    const factless = await store.factlessReportIds([key]);
    const reportIds = [...new Set([...facts.map((f) => f.report_id), ...factless])].sort();
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
    // History told in a report («в июле 2022 года») is kept with its evidence but joins no incident of this night.
    const current = facts.filter((f) => !f.historical);
    const built = resolveNight({ facts: current, reports, origins, originReasons: reasons, nightKey: key, regionName });
    const previous = await store.listNightIncidents(key);
    const { incidents, changes, redirects } = assignIds(previous, built);
    const written = await store.replaceNightIncidents(
      [key],
      incidents.map((incident) => ({ incident, night_key: key })),
      origins,
      {
        expect: new Map(state ? [[key, state]] : []),
        changes: changes.map((c) => ({ ...c, night_key: key })),
        redirects: redirects.map((r) => ({ ...r, night_key: key })),
      },
    );
    if (written) return incidents.length;
  }
  // Writers kept moving the night on: it stays dirty and the next resolution finishes it.
  return 0;
}

/** How many times one resolution re-reads a night that moved on while it was being resolved. */
const MAX_ATTEMPTS = 5;

/** The gazetteer's canonical name of a region (nominative) in the reader's language. */
function regionName(code: string, lang: Report['lang']): string | null {
  const info = regionInfo(code);
  if (!info) return null;
  return lang === 'ru' ? info.name_ru : lang === 'uk' ? info.name_uk : info.name_en;
}

/** Resolves every dirty night, and again any night a report reached while it was being resolved. */
export async function resolveDirty(store: Store): Promise<number> {
  const done = new Set<string>();
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const keys = await store.dirtyNights();
    if (keys.length === 0) break;
    for (const key of keys) {
      await resolveNightKey(store, key);
      done.add(key);
    }
  }
  return done.size;
}

/** Facts stored under older rules are brought up to the current ones: a window inferred from the publication where
 *  the text gives none, and the night key that window gives; and each report's own block. Returns how many facts and
 *  reports changed (0 on a second run). */
export async function refreshStoredFacts(store: Store): Promise<number> {
  const rows = await store.getFactRowsByNight(await store.allNightKeys());
  const reports = new Map(
    (await store.getReports([...new Set(rows.map((r) => r.fact.report_id))])).map((r) => [r.id, r]),
  );
  const changed: FactRow[] = [];
  for (const row of rows) {
    const report = reports.get(row.fact.report_id);
    if (!report) continue;
    const [fact] = withInferredWindows([row.fact], report.published_at);
    const night_key = nightKey(fact!.when, report.published_at);
    if (night_key !== row.night_key || fact !== row.fact) changed.push({ fact: fact!, night_key });
  }
  await store.updateFacts(changed);
  // Every report's own block (null on reports stored before migration 0004): a report with no fact is resolved there.
  const nights = (await store.listReportNights()).flatMap((r) => {
    const night_key = publicationNightKey(r.published_at);
    return night_key === r.night_key ? [] : [{ id: r.id, night_key }];
  });
  await store.updateReportNights(nights);
  return changed.length + nights.length;
}

/** `sitrep resolve --all`: every night again, deterministically (facts stored under older rules first brought up to
 *  the current ones); running it twice changes nothing: no id, no revision. */
export async function resolveAll(store: Store): Promise<{ nights: number; incidents: number }> {
  await refreshStoredFacts(store);
  const keys = await store.allNightKeys();
  let incidents = 0;
  for (const key of keys) incidents += await resolveNightKey(store, key);
  return { nights: keys.length, incidents };
}
