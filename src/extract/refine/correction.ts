import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';

// "Correction: …", «Уточнение: …»: the sentence says a figure told before was wrong.
const CORRECTION = new RegExp(`(?<![\\p{L}])(?:${anyOf('correction')})(?![\\p{L}])`, 'iu');
// "14, not 12", «14, а не 12»: the word that introduces the figure replaced, right before its number.
const INSTEAD_OF = new RegExp(`(?<![\\p{L}])(?:${anyOf('instead_of')})\\s+\\d`, 'iu');

/**
 * Marks a fact whose stated count corrects one told before (`correction: true`): its sentence says it is a
 * correction («Уточнение: всего за ночь уничтожено 14 беспилотников»), or names the figure it replaces after the
 * count ("14 drones, not 12 as reported earlier", «14, а не 12, как сообщалось ранее»). Resolution then shows the
 * earlier figure as corrected, not as a smaller step of a running tally ("12, then 14" reads as two more drones).
 * A count read from context is never a correction of its own. The flag goes on the fact itself, as `increment` does.
 */
export function markCorrections(facts: readonly Fact[]): void {
  for (const f of facts) {
    const n = f.fields.count;
    if (f.count === null || !n || n.inferred || n.start < f.evidence.start || n.end > f.evidence.end) continue;
    const after = f.evidence.text.slice(n.end - f.evidence.start);
    if (CORRECTION.test(f.evidence.text) || INSTEAD_OF.test(after)) f.correction = true;
  }
}
