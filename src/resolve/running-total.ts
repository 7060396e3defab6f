import timeData from '../../data/lexicon/time.json' with { type: 'json' };
import type { Fact } from '../core/types.ts';

const quoted = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/ /gu, '\\s+');

/** The `runningTotal` lists of data/lexicon/time.json, of every language (a fact's words are read whatever its
 *  report's language), as one pattern each. */
function listPattern(key: 'clockPreps' | 'words', before: string, after: string): RegExp {
  const words = Object.values(timeData).flatMap((lex) =>
    typeof lex === 'object' && lex !== null && 'runningTotal' in lex
      ? (lex.runningTotal as { clockPreps: string[]; words: string[] })[key]
      : [],
  );
  return new RegExp(`${before}(?:${words.map(quoted).join('|')})${after}`, 'iu');
}

// «К 05:00», "by 5am", «до 05:00» told alone: the hour a total stood at, not a window it was counted over.
const BY_CLOCK = listPattern('clockPreps', '^\\s*', '\\s+\\d');
// «уже 20», «всего к …», "so far", "in total".
const SO_FAR = listPattern('words', '(?<![\\p{L}])', '(?![\\p{L}])');

/**
 * Whether a fact's figure is a running total told with the time it stood at («К 05:00 сбиты уже 20», "By 5am, 20
 * drones had been downed in total"): its time is a stamp on a tally that began before it, never a window of its own,
 * so two such figures are steps of one tally and never two episodes to sum. A window told by both its ends («с 03:00
 * до 05:00») is a window whatever else the sentence says.
 */
export function runningTotal(fact: Fact): boolean {
  const when = fact.fields.when;
  if (!when || when.inferred || when.from === 'publication') return false;
  const clockWindow =
    fact.when !== null && fact.when.start !== fact.when.end && ['exact', 'hour'].includes(fact.when.precision ?? '');
  if (clockWindow) return false;
  return BY_CLOCK.test(when.text) || SO_FAR.test(fact.evidence.text ?? '');
}
