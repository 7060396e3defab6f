import type { PlaceMatch } from '../common/gazetteer.ts';
import type { WordCategory } from '../compile.ts';
import type { ReportContext, SentenceView } from '../view.ts';
import { readsWithoutEventWord } from './attack.ts';

/** The lexicon categories a detector starts a fact from: an attack or interception verb or noun, an effect (damage,
 *  fire, blast, outage, debris), a toll, an aircraft shot down, an airport closed, an alert, and the words that carry a
 *  count on to the last attack («ещё», "another"). With a weapon word, every reading of detect/ and refine/ needs one
 *  of them, bar the few readings of detect/attack.ts that `readsWithoutEventWord` names. */
const EVENT_CATEGORIES: readonly WordCategory[] = [
  'attack_noun',
  'attack_means',
  'attacker',
  'interception',
  'progressive',
  'intercept_failed',
  'repelling',
  'strike',
  'plural_weapon_verb',
  'launched',
  'launch_directions',
  'hit',
  'fell',
  'damage',
  'damage_passive',
  'debris',
  'explosion',
  'fire',
  'burning',
  'power_outage',
  'killed',
  'injured',
  'injured_one',
  'no_casualties',
  'no_injuries',
  'downed',
  'shoot_down',
  'aircraft',
  'aircraft_plural',
  'crew',
  'lost',
  'enemy_losses',
  'airport_word',
  'airport_closed',
  'flights_disrupted',
  'diversion',
  'alert',
  'alert_told',
  'alert_threat',
  'alert_end',
  'list_continuation',
  'increment',
];
const EVENT_SET: ReadonlySet<WordCategory> = new Set(EVENT_CATEGORIES);

/** A sentence no detector can read a fact from: no weapon and no word of an event, and none of the shapes read
 *  without one (a breakdown item or running total after an attack, a place "under attack"). Most sentences of a long article are such (reactions, budgets,
 *  schools: seven of the bulk bench's twelve a report), and the chain of readings in detect/attack.ts costs a tenth
 *  of a millisecond on each even when it finds nothing; run.ts skips them. `scripts/extract-digest.ts` holds it to
 *  no change of output. */
export function tellsNoEvent(ctx: ReportContext, view: SentenceView, places: readonly PlaceMatch[]): boolean {
  for (const h of view.hits) {
    if (h.value.weapon !== undefined) return false;
    // A hit's own categories (one to three) looked up in the set, not the forty-odd event categories in the hit's:
    // this check runs on every sentence of every report.
    for (const c of h.value.categories) if (EVENT_SET.has(c)) return false;
  }
  return !readsWithoutEventWord(ctx, view, places);
}
