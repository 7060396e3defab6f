// Whose statements an origin group holds (origins.ts). A wire that quotes both sides ("Ukraine's air force said it
// shot down 30 of 35 drones …; Russia's defence ministry said a massive strike … had hit all its targets") retells the
// air force's post and the ministry's post at once: one link to each, and the union of the links would make the two
// sides' own posts one statement. A report that retells several voices may belong to either voice's group, never
// bridge them: a group's voices are those of its members that speak with one voice, and a link from a report of
// several voices never joins two groups whose voices are distinct.
import { CLAIMANT_ROLES, type ClaimantRole, type Fact } from '../core/types.ts';
import { distinctVoices, type Statement } from './agreement.ts';
import { claimantKeys } from './claimant-key.ts';

const ROLES: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
/** An outlet retells someone; it is no voice of the statement retold (as in agreement.ts). */
const MEDIA: ClaimantRole = 'media';
/** Nameless officials ("officials said") may be anyone's word, so they neither make a report several voices nor set a
 *  group's voice. */
const VAGUE: ClaimantRole = 'official';

/** A voice as the agreement test reads one: its claimant keys, names apart from roles. */
export type Voices = Pick<Statement, 'names' | 'roles'>;

/** The voices a report's facts credit, each as its claimant keys (a surname and a role). A claimant with a name is
 *  that name: a roundup quoting three governors by name ("Governor Gladkov: …", "Governor Khinshtein: …") is three
 *  voices, though they share a role. A claimant with a role only is one of the named voices of that role the report
 *  gives ("Governor Gladkov" and "the governor"), or a voice of its own when it gives none. */
export function voicesOf(facts: readonly Fact[]): Voices[] {
  const named = new Map<string, Set<string>>();
  const roleOnly: string[] = [];
  for (const f of facts) {
    if (f.claimant?.role === MEDIA || (f.claimant?.role === VAGUE && !f.claimant.name)) continue;
    const keys = claimantKeys(f.claimant);
    const [key] = keys;
    if (key === undefined) continue;
    if (ROLES.has(key)) {
      roleOnly.push(key);
      continue;
    }
    const group = named.get(key) ?? new Set<string>();
    for (const k of keys) group.add(k);
    named.set(key, group);
  }
  const groups = [...named.values()];
  for (const role of roleOnly) {
    if (!groups.some((g) => g.has(role))) groups.push(new Set([role]));
  }
  return groups.map((keys) => {
    const out: Voices = { names: new Set(), roles: new Set() };
    for (const k of keys) (ROLES.has(k) ? out.roles : out.names).add(k);
    return out;
  });
}

/** The voices of the groups origins are building: each group's voices are its one-voice members' (a report of
 *  several voices adds none). */
export function createGroupVoices(own: readonly (Voices | null)[]) {
  const byRoot = new Map<number, Voices>();
  own.forEach((v, i) => {
    byRoot.set(i, { names: new Set(v?.names ?? []), roles: new Set(v?.roles ?? []) });
  });
  return {
    /** Whether the groups rooted at ra and rb hold statements of distinct voices. */
    distinct(ra: number, rb: number): boolean {
      return distinctVoices(byRoot.get(ra)!, byRoot.get(rb)!);
    },
    /** Whether both groups hold named voices and share none (a mayor by name and a governor by name). */
    namedApart(ra: number, rb: number): boolean {
      const [a, b] = [byRoot.get(ra)!.names, byRoot.get(rb)!.names];
      return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
    },
    /** The groups rooted at ra and rb are now one, rooted at root. */
    joined(ra: number, rb: number, root: number): void {
      const a = byRoot.get(ra)!;
      const b = byRoot.get(rb)!;
      byRoot.delete(ra);
      byRoot.delete(rb);
      byRoot.set(root, { names: new Set([...a.names, ...b.names]), roles: new Set([...a.roles, ...b.roles]) });
    },
  };
}
