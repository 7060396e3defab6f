// Whether two reports can be one statement retold: what they state must agree. Officials' channels post in fixed
// templates («Вночі ворог атакував Одесу ударними БпЛА. Постраждали 3 людини.» and, twenty minutes later, the same
// words about Dnipro and 5), and two officials tell one night in nearly the same words (a mayor's «Постраждали 2
// людини», the regional head's «постраждали 3 людини»), so alike words say little on their own. Two reports are no
// retelling of one another when their facts name other places, other claimants, or other figures for one field. Read
// from the facts only: the origin rules (origins.ts) and the near-duplicate warning at ingest (pipeline/settle.ts) ask
// it alike.
import { areaOf } from '../core/regions.ts';
import { CLAIMANT_ROLES, type ClaimantRole, type Fact } from '../core/types.ts';
import { claimantKeys } from './claimant-key.ts';
import { factKey } from './fact-key.ts';

const ROLES: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
const MEDIA: ClaimantRole = 'media';

/** What a report states, as far as the agreement test reads it. */
export interface Statement {
  /** The areas its facts are placed in (areaOf: "approaching Moscow" and "over Moscow Oblast" are one). */
  areas: Set<string>;
  /** The towns its facts are placed in (the fact's `place`): Kremenchuk and Lubny are one oblast's two towns. */
  places: Set<string>;
  /** The named claimants and the roles it credits (claimant keys: one surname in either script), the media left out. */
  names: Set<string>;
  roles: Set<string>;
  /** Its counted facts: kind|region|weapon -> their fact keys. */
  counts: Map<string, Set<string>>;
  /** Its casualty figures above zero: region|killed or region|injured -> the figures given. */
  casualties: Map<string, Set<number>>;
}

/** Facts that tell the report's own news: a sum over regions and history are left out. */
function told(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => !f.aggregate && f.historical !== true);
}

export function statementOf(facts: readonly Fact[]): Statement {
  const areas = new Set<string>();
  const places = new Set<string>();
  const names = new Set<string>();
  const roles = new Set<string>();
  const counts = new Map<string, Set<string>>();
  const casualties = new Map<string, Set<number>>();
  const add = <T>(map: Map<string, Set<T>>, key: string, value: T): void => {
    const set = map.get(key) ?? new Set<T>();
    set.add(value);
    map.set(key, set);
  };
  for (const f of facts) {
    // An outlet is no voice here: a claim credited to the media (an outlet's own channel, «сообщает ТАСС») retells
    // someone's statement, so RIA's unsigned post and a channel's "… — the ministry" may be one statement.
    if (f.claimant?.role === MEDIA) continue;
    for (const who of claimantKeys(f.claimant)) (ROLES.has(who) ? roles : names).add(who);
  }
  for (const f of told(facts)) {
    if (f.region) areas.add(areaOf(f.region.code));
    if (f.place) places.add(f.place.name);
    const where = f.region?.code ?? '-';
    if (f.count) add(counts, [f.kind, where, f.weapon ?? '-'].join('|'), factKey(f));
    // A toll, not its absence: "no one injured" is boilerplate, told in many negative shapes and misread more often
    // than a figure (an English "no one injured where debris fell" read as one injured beside the mayor's
    // «пострадавших нет»), so only the figures above zero are compared.
    if (f.casualties?.killed) add(casualties, `${where}|killed`, f.casualties.killed);
    if (f.casualties?.injured) add(casualties, `${where}|injured`, f.casualties.injured);
  }
  return { areas, places, names, roles, counts, casualties };
}

function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Both sides give some, and none in common. */
function disjoint<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size > 0 && b.size > 0 && !sharesAny(a, b);
}

/** Named people who differ, or (with no name in common) roles that differ; a name on one side and only a role on the
 *  other may be one. The same name is one voice whatever role each side gives it ("regional governor Oleh
 *  Syniehubov" and the military administration's post signed «Олег Синєгубов»). */
export function distinctVoices(a: Pick<Statement, 'names' | 'roles'>, b: Pick<Statement, 'names' | 'roles'>): boolean {
  if (sharesAny(a.names, b.names)) return false;
  return disjoint(a.names, b.names) || disjoint(a.roles, b.roles);
}

/** Both count the same thing (kind, region, weapon) and no count agrees: "2 drones" and "one drone" over one district
 *  are two statements (a tally's two steps), however alike their words. */
export function otherCounts(a: Statement, b: Statement): boolean {
  for (const [what, keys] of a.counts) {
    const other = b.counts.get(what);
    if (other && !sharesAny(keys, other)) return true;
  }
  return false;
}

/** Both give the killed (or the injured) of one region, above zero, and no figure agrees: «постраждали 2 людини» and
 *  «постраждали 3 людини» are two claims (a toll that rises, or two officials who disagree), never one statement
 *  retold. */
export function otherCasualties(a: Statement, b: Statement): boolean {
  for (const [what, figures] of a.casualties) {
    const other = b.casualties.get(what);
    if (other && !sharesAny(figures, other)) return true;
  }
  return false;
}

/** Both place their facts, and in no area in common: the same template filled in for Odesa and for Dnipro; or in
 *  no town in common: one oblast's channel posting its night template for Kremenchuk, then for Lubny. */
export function otherPlaces(a: Statement, b: Statement): boolean {
  return disjoint(a.areas, b.areas) || disjoint(a.places, b.places);
}

/** Why two reports are not one statement, in the words of the rule, or null when what they state agrees (or one of
 *  them states nothing the test reads). */
export function disagreement(a: Statement, b: Statement): string | null {
  if (otherPlaces(a, b)) return 'other places';
  if (distinctVoices(a, b)) return 'distinct voices';
  if (otherCounts(a, b)) return 'other counts';
  if (otherCasualties(a, b)) return 'other casualty figures';
  return null;
}
