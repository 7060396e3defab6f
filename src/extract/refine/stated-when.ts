import type { Fact } from '../../core/types.ts';

/**
 * A time carried into a sentence from an earlier one is marked inferred there ("Збито 38 БпЛА" after «У ніч на 10
 * червня …»); when that sentence's fact is then merged with the earlier one (launched, destroyed and hit told in three
 * sentences are one fact), the time's span lies inside the fact's own evidence and is no longer context: it is
 * stated. Runs last, so the rules that read the flag before (refine/historical.ts) see what they always saw.
 */
export function markStatedWhen(facts: readonly Fact[]): void {
  for (const f of facts) {
    const when = f.fields.when;
    if (!when?.inferred || when.from !== undefined || when.end <= when.start) continue;
    if (when.start >= f.evidence.start && when.end <= f.evidence.end) f.fields.when = { ...when, inferred: false };
  }
}
