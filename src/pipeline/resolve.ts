import type { EarlierText } from '../core/types.ts';
import { assignIds } from '../resolve/identity.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { nightKey, publicationNightKey } from '../resolve/night.ts';
import type { FactRow, NightState, ReportRevision, Store } from '../store/index.ts';
import { type NightBuilt, type NightResolver, type NightWork, resolveNightWork } from './night-work.ts';

/** Rebuilds one night's incidents from its stored facts: the same facts give the same incidents, whatever the
 *  order they arrived in, because nothing but the facts and reports goes in. Stored incidents keep their ids as
 *  reports join them (resolve/identity.ts) and every change is logged as a revision. The night's state is read
 *  first and the write happens only if the night did not move on meanwhile (a report stored, another resolution
 *  written); otherwise it is read and resolved again, so no report is lost from its incident. Reports with no fact
 *  published in the night's block take part in its origins (a rewrite of a statement from which nothing was read
 *  shares its origin) and make no incident. */
export async function resolveNightKey(store: Store, key: string, now?: () => Date): Promise<number> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { state, work } = await readNight(store, key);
    const written = await writeNight(store, key, state, resolveNightWork(work), now);
    if (written !== null) return written;
  }
  // Writers kept moving the night on: it stays dirty and the next resolution finishes it.
  return 0;
}

/** How many times one resolution re-reads a night that moved on while it was being resolved. */
const MAX_ATTEMPTS = 5;

/** Nights read ahead of the one being written when their pure part runs elsewhere: the worker has the next one in
 *  hand while this thread writes one night and reads another. */
const AHEAD = 2;

/** The night's state (for the write's check) and everything its resolution reads. */
async function readNight(store: Store, key: string): Promise<{ state: NightState | null; work: NightWork }> {
  const state = await store.nightState(key);
  const rows = await store.getFactTextsByNight([key]);
  const factless = await store.factlessReportIds([key]);
  const reportIds = [...new Set([...rows.map((r) => r.report_id), ...factless])].sort();
  const reports = await store.getReports(reportIds);
  const signatures = await store.getSignatureTexts(reportIds);
  // An edit's time is provenance; resolution reads it for the incident's updated_at (resolve/incidents.ts) and for
  // when the edited text's figures were told (a voice's running tally, resolve/merge-counts.ts). A source that does
  // not say when it edited (a Telegram page's "edited" has no time) gives the time the edit was seen.
  const revised = await store.revisedAt(reportIds);
  const earlier = new Map<string, EarlierText[]>();
  for (const r of reports) {
    if (revised.has(r.id)) earlier.set(r.id, earlierTexts(await store.getRevisions(r.id), r.published_at));
  }
  const withEdits = reports.map((r) => {
    const texts = earlier.get(r.id);
    const before = texts && texts.length > 0 ? { earlier_texts: texts } : {};
    if (r.provenance.edited_at) return { ...r, edited_at: r.provenance.edited_at, ...before };
    const seen = revised.get(r.id);
    // A time of our clock, not the source's: written in the post's own offset, as every other time of the incident.
    return seen
      ? { ...r, edited_at: inOffsetOf(seen, r.published_at), edit_seen: true as const, ...before }
      : { ...r, edited_at: null };
  });
  return { state, work: { key, facts: rows.map((r) => r.json), reports: withEdits, signatures } };
}

/** An edited report's earlier texts with when each became its text (Report.earlier_texts): the first at the post's
 *  publication, a later one at the source's time for its edit, else when Sitrep read it (the replaced_at of the text
 *  before it), in the post's own offset. */
function earlierTexts(revisions: readonly ReportRevision[], published: string): EarlierText[] {
  return revisions.map((rev, i) => {
    const seen = i === 0 ? null : revisions[i - 1]!.replaced_at;
    const at = i === 0 ? published : (rev.edited_at ?? inOffsetOf(seen!, published));
    return { text: rev.text, at };
  });
}

/** Writes a night's incidents and origins, keeping stored ids (resolve/identity.ts); null when the night moved on
 *  since `state` was read, else how many incidents it has. */
async function writeNight(
  store: Store,
  key: string,
  state: NightState | null,
  built: NightBuilt,
  now?: () => Date,
): Promise<number | null> {
  const previous = await store.listNightIncidents(key);
  const { incidents, changes, redirects } = assignIds(previous, built.incidents);
  const written = await store.replaceNightIncidents(
    [key],
    incidents.map((incident) => ({ incident, night_key: key })),
    built.origins,
    {
      expect: new Map(state ? [[key, state]] : []),
      changes: changes.map((c) => ({ ...c, night_key: key })),
      redirects: redirects.map((r) => ({ ...r, night_key: key })),
      ...(now ? { at: now().toISOString() } : {}),
    },
  );
  return written ? incidents.length : null;
}

/** Resolves every dirty night, and again any night a report reached while it was being resolved. With `pool` (bulk
 *  ingest's extraction workers, idle once the last batch is staged) each night's pure part runs there while this
 *  thread writes the night before and reads the night after; the nights are still written one by one in key order,
 *  each after the same check, so the outcome is the same as resolving them here. */
export async function resolveDirty(
  store: Store,
  /** onNight: after each night written without a pool (`sitrep resolve`'s count for a Ctrl-C's line; awaited, as
   *  resolveAll's is). */
  opts: { pool?: NightResolver | null; now?: () => Date; onNight?: (key: string) => void | Promise<void> } = {},
): Promise<number> {
  const done = new Set<string>();
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const keys = await store.dirtyNights();
    if (keys.length === 0) break;
    if (opts.pool && keys.length > 1) {
      await resolveAhead(store, keys, opts.pool, opts.now);
      for (const key of keys) done.add(key);
      continue;
    }
    for (const key of keys) {
      await resolveNightKey(store, key, opts.now);
      if (!done.has(key)) await opts.onNight?.(key);
      done.add(key);
    }
  }
  return done.size;
}

async function resolveAhead(
  store: Store,
  keys: readonly string[],
  pool: NightResolver,
  now?: () => Date,
): Promise<void> {
  const ahead: { key: string; state: NightState | null; built: Promise<NightBuilt> }[] = [];
  const finish = async (night: (typeof ahead)[number]) => {
    // A night that moved on since it was read is read and resolved again here.
    const written = await writeNight(store, night.key, night.state, await night.built, now);
    if (written === null) await resolveNightKey(store, night.key, now);
  };
  for (const key of keys) {
    const { state, work } = await readNight(store, key);
    const built = pool.resolveNight(work);
    // Awaited in order below; marked handled so that a failure is not also reported as unhandled.
    built.catch(() => {});
    ahead.push({ key, state, built });
    if (ahead.length > AHEAD) await finish(ahead.shift()!);
  }
  for (const night of ahead.splice(0)) await finish(night);
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
    const [fact] = withInferredWindows([row.fact], report.published_at, report.lang);
    const night_key = nightKey(fact!.when, report.published_at, fact!.kind);
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
export async function resolveAll(
  store: Store,
  now?: () => Date,
  /** After the facts are brought up to date (0 of the total) and after each night: what a Ctrl-C's line says. The
   *  run waits for what it returns: the CLI yields to the event loop there, since a store whose calls settle at once
   *  would otherwise run every night as one chain of promises and no signal handler would run until the end. */
  onNight?: (done: number, total: number) => void | Promise<void>,
): Promise<{ nights: number; incidents: number }> {
  await refreshStoredFacts(store);
  const keys = await store.allNightKeys();
  await onNight?.(0, keys.length);
  let incidents = 0;
  for (const [i, key] of keys.entries()) {
    incidents += await resolveNightKey(store, key, now);
    await onNight?.(i + 1, keys.length);
  }
  return { nights: keys.length, incidents };
}

/** `iso` (an instant) written at second precision in the offset `like` is written in ("2026-12-07T06:36:57.755Z",
 *  "2025-06-09T07:30:00+03:00" -> "2026-12-07T09:36:57+03:00"). */
export function inOffsetOf(iso: string, like: string): string {
  const ms = Date.parse(iso);
  const offset = like.match(/(Z|[+-]\d{2}:\d{2})$/)?.[1];
  if (Number.isNaN(ms) || offset === undefined) return iso;
  const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const minutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(Math.floor(ms / 1000) * 1000 + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}
