// Whose statements an origin group holds (origins.ts). A wire that quotes both sides ("Ukraine's air force said it
// shot down 30 of 35 drones …; Russia's defence ministry said a massive strike … had hit all its targets") retells the
// air force's post and the ministry's post at once: one link to each, and the union of the links would make the two
// sides' own posts one statement. A report that retells several voices may belong to either voice's group, never
// bridge them: a group's voices are those of its members that speak with one voice, and a link from a report of
// several voices never joins two groups whose voices are distinct.
import { CLAIMANT_ROLES, type ClaimantRole, type Fact } from '../core/types.ts';
import { distinctVoices } from './agreement.ts';
import { claimantKeys } from './claimant-key.ts';

const ROLES: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
/** An outlet retells someone; it is no voice of the statement retold (as in agreement.ts). */
const MEDIA: ClaimantRole = 'media';
/** Nameless officials ("officials said") may be anyone's word, so they neither make a report several voices nor set a
 *  group's voice. */
const VAGUE: ClaimantRole = 'official';

export interface Voices {
  names: Set<string>;
  roles: Set<string>;
}

/** The voices a report's facts credit, each as its claimant keys (a surname and a role): the keys of one fact are one
 *  voice, and two facts with a key in common are one voice ("Governor Gladkov" and "the governor"). */
export function voicesOf(facts: readonly Fact[]): Voices[] {
  const groups: Set<string>[] = [];
  for (const f of facts) {
    if (f.claimant?.role === MEDIA || (f.claimant?.role === VAGUE && !f.claimant.name)) continue;
    const keys = claimantKeys(f.claimant);
    if (keys.length === 0) continue;
    const touching = groups.filter((g) => keys.some((k) => g.has(k)));
    const merged = new Set<string>(keys);
    for (const g of touching) {
      for (const k of g) merged.add(k);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
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
