import { anyOf } from '../grammar.ts';
import type { ReportContext, SentenceView } from '../view.ts';
import { type ClaimantFound, findClaimant } from './claimant.ts';
import { clauseView, sortedView } from './clause-attacks.ts';

/** A comma or semicolon, then a word that opens a clause of another event (`other_clause`: "while", "whereas"). */
const OTHER_CLAUSE = new RegExp(`[,;]\\s*(?:${anyOf('other_clause')})(?![\\p{L}])`, 'giu');

/** One clause of a sentence and the speaker named in it. */
export interface ClauseSpeaker {
  start: number;
  end: number;
  found: ClaimantFound;
}

/**
 * "Ukraine's air force said it shot down 30 of 35 drones, while the governor of the Kharkiv region said two people
 * were injured", "Two drones downed in Moscow area, mayor says, while 11 intercepted in occupied Crimea, Russian
 * defence ministry says": a sentence whose clauses, cut at a comma and an `other_clause` word, each name a speaker
 * of their own tells each clause's facts on that speaker's word (trial 40 #2; dev leads rss-7f7460193ca07829,
 * rss-06c9e27a258eb468, rss-ed98544106380043, rss-76c450fb1d73c9c1). Empty when some clause names no speaker of its
 * own (a pronoun pointing back counts as none): then the sentence's one speaker stands for it all, as before.
 * Language-agnostic: the cut words are the lexicons' `other_clause`.
 */
export function clauseSpeakers(ctx: ReportContext, view: SentenceView): ClauseSpeaker[] {
  const cuts = [...view.span.text.matchAll(OTHER_CLAUSE)].map((m) => view.span.start + m.index);
  if (cuts.length === 0) return [];
  const sorted = sortedView(view);
  const bounds = [view.span.start, ...cuts, view.span.end];
  const clauses: ClauseSpeaker[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const range = { start: bounds[i]!, end: bounds[i + 1]! };
    const clause = clauseView(ctx.report.text, sorted, range);
    const found = findClaimant(ctx, clause, clause.places);
    if (!found || found.inferred || found.span.start < range.start || found.span.end > range.end) return [];
    clauses.push({ ...range, found });
  }
  return clauses;
}
