import type { Fact } from '../../core/types.ts';
import { hitsOf, type SentenceView, spanOf } from '../view.ts';

type Range = { start: number; end: number };

/**
 * "Reports that three people were killed in Belgorod were false; two were injured when a drone hit a car": one toll
 * read across a denied clause and a told one. The denial takes back only the values whose casualty words stand in
 * its clause (killed 3), not the toll the other clause tells (injured 2). A casualties fact whose span reaches past
 * a denied range loses the values read only inside it and keeps the rest, its spans shrunk to the part outside; the
 * facts so kept are returned, for the caller not to cancel them. A fact with nothing left outside is not returned
 * (the denial cancels it whole). Language-agnostic: it reads the sentence's casualty hits.
 */
export function spareUndeniedTolls(
  text: string,
  view: SentenceView,
  facts: readonly Fact[],
  denied: Range[],
): Set<Fact> {
  const spared = new Set<Fact>();
  if (denied.length === 0) return spared;
  const inside = (x: Range, r: Range) => x.start >= r.start && x.end <= r.end;
  for (const f of facts) {
    const span = f.fields.casualties;
    if (f.kind !== 'casualties' || !f.casualties || !span) continue;
    const r = denied.find((d) => span.start < d.end && span.end > d.start && !inside(span, d));
    if (!r) continue;
    const words = (cats: readonly ('killed' | 'injured' | 'injured_one')[]) =>
      cats.flatMap((c) => hitsOf(view, c)).filter((h) => h.start >= span.start && h.end <= span.end);
    const killed = words(['killed']);
    const injured = words(['injured', 'injured_one']);
    const toll = { ...f.casualties };
    // A field is taken back when every word of it in the toll's span stands in the denied clause.
    const gone = (hits: readonly Range[]) => hits.length > 0 && hits.every((h) => inside(h, r));
    const dropKilled = gone(killed);
    const dropInjured = gone(injured);
    if (!dropKilled && !dropInjured) continue;
    if (dropKilled) {
      toll.killed = null;
      toll.children_killed = null;
    }
    if (dropInjured) {
      toll.injured = null;
      toll.children_injured = null;
    }
    if (toll.killed === null && toll.injured === null) continue;
    // What the toll still covers: its span's part on the other side of the denied clause, without the marks between.
    const kept = span.start < r.start ? { start: span.start, end: r.start } : { start: r.end, end: span.end };
    // After the denied clause, what the toll still covers opens with the clause of its first kept word ("…were
    // false, the governor said; three were injured" -> "three were injured").
    const first = [...(dropKilled ? [] : killed), ...(dropInjured ? [] : injured)]
      .filter((h) => h.start >= kept.start)
      .reduce((a, h) => Math.min(a, h.start), kept.end);
    if (span.start >= r.start) {
      const before = text.slice(kept.start, first);
      const mark = Math.max(...CLAUSE_MARKS.map((c) => before.lastIndexOf(c)));
      if (mark >= 0) kept.start += mark + 1;
    }
    const part = text.slice(kept.start, kept.end);
    const lead = part.length - part.replace(EDGE_START, '').length;
    const trail = part.length - part.replace(EDGE_END, '').length;
    const shrunk = spanOf(text, kept.start + lead, kept.end - trail);
    if (shrunk.end <= shrunk.start) continue;
    f.casualties = toll;
    f.fields.casualties = { ...shrunk, inferred: span.inferred };
    if (f.fields.kind && f.fields.kind.start === span.start && f.fields.kind.end === span.end)
      f.fields.kind = { ...shrunk, inferred: f.fields.kind.inferred };
    if (dropKilled) delete f.fields.children_killed;
    if (dropInjured) delete f.fields.children_injured;
    spared.add(f);
  }
  return spared;
}

const CLAUSE_MARKS = [',', ';', ':', '\u2014', '\u2013'];
const EDGE_START = /^[\s,.;:!?()\u2013\u2014"'«»“”]+/u;
const EDGE_END = /[\s,.;:!?()\u2013\u2014"'«»“”]+$/u;
