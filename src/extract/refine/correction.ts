import type { Fact, Lang } from '../../core/types.ts';
import { findNumbers } from '../common/numbers.ts';
import { anyOf } from '../grammar.ts';

// "Correction: …", «Уточнение: …», «По уточненным данным, …»: the sentence says a figure told before was wrong.
const CORRECTION = new RegExp(`(?<![\\p{L}])(?:${anyOf('correction')})(?![\\p{L}])`, 'iu');
// "14, not 12", «14, а не 12», «три, а не пять»: the word that introduces the figure replaced, right before its number
// (read by the number reader: digits or words).
const INSTEAD_OF = new RegExp(`(?<![\\p{L}])(?:${anyOf('instead_of')})\\s+`, 'giu');

/** The figure a fact states: its count, or for a toll its casualties. */
const figureSpan = (f: Fact) => (f.kind === 'casualties' ? f.fields.casualties : f.fields.count);

/**
 * Marks a fact whose stated figure corrects one told before (`correction: true`): its sentence says it is a
 * correction («Уточнение: всего за ночь уничтожено 14 беспилотников», «По уточненным данным, ранены три человека»),
 * or names the figure it replaces right after its own ("14 drones, not 12 as reported earlier", «14, а не 12, как
 * сообщалось ранее», «ранены три человека, а не пять»). Resolution then shows the earlier figure as corrected, not as
 * a smaller step of a running tally ("12, then 14" reads as two more drones) nor as a lower figure disputing it. A
 * figure read from context is never a correction of its own. The flag goes on the fact itself, as `increment` does.
 */
export function markCorrections(facts: readonly Fact[], lang: Lang): void {
  for (const f of facts) {
    const n = figureSpan(f);
    const stated = f.count !== null || (f.kind === 'casualties' && f.casualties !== null);
    if (!stated || !n || n.inferred || n.start < f.evidence.start || n.end > f.evidence.end) continue;
    const after = f.evidence.text.slice(n.end - f.evidence.start);
    if (CORRECTION.test(f.evidence.text) || replaces(after, lang)) f.correction = true;
  }
}

function replaces(after: string, lang: Lang): boolean {
  for (const m of after.matchAll(INSTEAD_OF))
    if (findNumbers(after.slice(m.index + m[0].length), lang)[0]?.start === 0) return true;
  return false;
}
