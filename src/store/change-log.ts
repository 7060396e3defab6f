// The store's side of issue 9: each night's version (so a resolution that read a night which moved on is refused),
// the incident change log (one increasing sequence of revisions) and the ids that merged away. Written against
// Kysely's portable builder, like store.ts, which calls these inside its transactions.
import type { Kysely, Transaction } from 'kysely';
import type { IncidentChange, IncidentRedirect } from '../core/types.ts';
import { chunks } from './chunks.ts';
import type { Database } from './schema.ts';

/** A night's version (raised by every write of its facts), the version its incidents were resolved at, and the last
 *  revision written for it. */
export interface NightState {
  version: number;
  resolved_version: number;
  revision: number;
}

export interface ReplaceOptions {
  expect?: ReadonlyMap<string, NightState>;
  changes?: readonly (IncidentChange & { night_key: string })[];
  redirects?: readonly { id: string; merged_into: string | null; split_into: string[]; night_key: string }[];
  /** When the changes are written (the caller's clock, ISO 8601): each changed incident's `revised_at`. */
  at?: string;
}

type Db = Kysely<Database> | Transaction<Database>;

const toState = (r: { version: number; resolved_version: number; revision: number }): NightState => ({
  version: Number(r.version),
  resolved_version: Number(r.resolved_version),
  revision: Number(r.revision),
});

/** A night whose facts changed waits for resolution: its version goes up, so a resolution that read the old
 *  version cannot clear it. */
export async function markDirty(trx: Db, nights: readonly string[]): Promise<void> {
  // One statement for many nights rather than one each (a bulk batch touches dozens). A night named twice goes in
  // a later statement, so that its version still goes up once per mention.
  let part: string[] = [];
  const flush = async () => {
    if (part.length === 0) return;
    await trx
      .insertInto('nights')
      .values(part.map((night_key) => ({ night_key, version: 1, resolved_version: 0, revision: 0 })))
      .onConflict((oc) => oc.column('night_key').doUpdateSet((eb) => ({ version: eb('nights.version', '+', 1) })))
      .execute();
    part = [];
  };
  for (const night_key of nights) {
    if (part.length >= ROWS_PER_STATEMENT || part.includes(night_key)) await flush();
    part.push(night_key);
  }
  await flush();
}

/** Rows per multi-row statement here (four or five parameters each: far under every dialect's limit). */
const ROWS_PER_STATEMENT = 200;

export async function readNightStates(db: Db, keys: readonly string[]): Promise<Map<string, NightState>> {
  const states = new Map<string, NightState>();
  if (keys.length === 0) return states;
  const rows = await db
    .selectFrom('nights')
    .select(['night_key', 'version', 'resolved_version', 'revision'])
    .where('night_key', 'in', keys)
    .execute();
  for (const r of rows) states.set(r.night_key, toState(r));
  return states;
}

/** True when every night is where the resolution found it: same version, same last revision (or still unknown). */
export function unchanged(
  keys: readonly string[],
  now: ReadonlyMap<string, NightState>,
  then: ReadonlyMap<string, NightState>,
): boolean {
  return keys.every((key) => {
    const a = now.get(key) ?? null;
    const b = then.get(key) ?? null;
    return a === null || b === null ? a === b : a.version === b.version && a.revision === b.revision;
  });
}

/** Logs each change under the next revision and records the redirects. Returns incident id -> its revision and
 *  night -> the last revision written for it. */
export async function logChanges(
  trx: Db,
  opts: ReplaceOptions,
): Promise<{ revisionOf: Map<string, number>; lastRevision: Map<string, number> }> {
  const revisionOf = new Map<string, number>();
  const lastRevision = new Map<string, number>();
  // One statement for many changes rather than one each. The store numbers the rows of one INSERT in the order of
  // its VALUES, so the k-th smallest revision returned is the k-th change's, as when they were inserted one by one.
  for (const part of chunks(opts.changes ?? [], ROWS_PER_STATEMENT)) {
    const rows = await trx
      .insertInto('incident_revisions')
      .values(
        part.map((change) => {
          const { night_key, ...detail } = change;
          return {
            incident_id: change.incident_id,
            night_key,
            action: change.action,
            detail_json: JSON.stringify(detail),
          };
        }),
      )
      .returning('rev')
      .execute();
    const revs = rows.map((row) => Number(row.rev)).sort((a, b) => a - b);
    if (revs.length !== part.length) throw new Error(`${part.length} revisions written, ${revs.length} numbered`);
    part.forEach((change, k) => {
      revisionOf.set(change.incident_id, revs[k]!);
      lastRevision.set(change.night_key, revs[k]!);
    });
  }
  for (const r of opts.redirects ?? []) {
    const values = {
      id: r.id,
      night_key: r.night_key,
      merged_into: r.merged_into,
      split_into_json: r.split_into.length > 0 ? JSON.stringify(r.split_into) : null,
      rev: revisionOf.get(r.merged_into ?? '') ?? lastRevision.get(r.night_key) ?? 0,
    };
    await trx
      .insertInto('incident_redirects')
      .values(values)
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
  }
  return { revisionOf, lastRevision };
}

/** The nights are resolved at the version the resolution read (without `expect`, the current one): a write of
 *  their facts since keeps them dirty. */
export async function markResolved(
  trx: Db,
  keys: readonly string[],
  states: ReadonlyMap<string, NightState>,
  expect: ReadonlyMap<string, NightState> | undefined,
  lastRevision: ReadonlyMap<string, number>,
): Promise<void> {
  for (const key of keys) {
    const state = states.get(key);
    const at = expect?.get(key)?.version ?? state?.version ?? 0;
    const revision = lastRevision.get(key) ?? state?.revision ?? 0;
    if (state) {
      await trx.updateTable('nights').set({ resolved_version: at, revision }).where('night_key', '=', key).execute();
    } else if (revision > 0) {
      await trx.insertInto('nights').values({ night_key: key, version: 0, resolved_version: 0, revision }).execute();
    }
  }
}

export async function getRedirect(db: Db, id: string): Promise<IncidentRedirect | undefined> {
  const row = await db.selectFrom('incident_redirects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    merged_into: row.merged_into,
    split_into: row.split_into_json ? (JSON.parse(row.split_into_json) as string[]) : [],
    revision: Number(row.rev),
  };
}

export async function listRevisions(
  db: Db,
  after: number,
  limit: number | undefined,
): Promise<(IncidentChange & { rev: number; night_key: string })[]> {
  let query = db.selectFrom('incident_revisions').selectAll().where('rev', '>', after).orderBy('rev');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    rev: Number(row.rev),
    night_key: row.night_key,
    ...(JSON.parse(row.detail_json) as IncidentChange),
  }));
}
