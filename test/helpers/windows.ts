// Windows of extracted facts as instants, for the tests of how a fact gets its time.
import type { Fact, FactKind } from '../../src/core/types.ts';

/** The first fact of `kind`'s window as instants, so that a report read in Moscow time and one read in Kyiv time
 *  compare alike; null when it has none. */
export function windowOf(facts: Fact[], kind: FactKind): string | null {
  const f = facts.find((x) => x.kind === kind);
  return f?.when ? `${new Date(f.when.start).toISOString()} ${new Date(f.when.end).toISOString()}` : null;
}

/** "start end" written with offsets, as instants. */
export function utc(span: string): string {
  return span
    .split(' ')
    .map((t) => new Date(t).toISOString())
    .join(' ');
}
