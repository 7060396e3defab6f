import timeData from '../../data/lexicon/time.json' with { type: 'json' };
import type { Fact } from '../core/types.ts';

/** The phrases of data/lexicon/time.json that name one of `parts` of the day, of every language (a fact's time
 *  evidence is read whatever its report's language), as one pattern. */
function partPattern(parts: readonly string[]): RegExp {
  const phrases = Object.values(timeData).flatMap((lex) =>
    typeof lex === 'object' && lex !== null && 'phrases' in lex
      ? Object.entries(lex.phrases as Record<string, { part?: string }>)
          .filter(([, m]) => m.part !== undefined && parts.includes(m.part))
          .map(([phrase]) => phrase.toLowerCase())
      : [],
  );
  return new RegExp(
    `(?<![\\p{L}])(?:${phrases.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`,
    'iu',
  );
}

// «вранці», «утром», "this morning", «вдень»: the morning or the afternoon.
const DAYTIME = partPattern(['morning', 'afternoon']);
// «вдень», «днём», "in the afternoon": the afternoon only (a morning may be the night's last hours).
const AFTERNOON = partPattern(['afternoon']);

/** `carried`: a time read in an earlier sentence of the report counts too («Вдень ворог завдав удару по Куп'янську.
 *  Загинув чоловік…»: the toll is the afternoon's), never one inferred from the publication. */
function toldBy(fact: Fact, pattern: RegExp, carried = false): boolean {
  const told = fact.fields.when;
  if (told === undefined || told.from === 'publication') return false;
  return (!told.inferred || carried) && pattern.test(told.text);
}

/** Whether a fact's own time words (not a window inferred from its post) name the morning or the day. */
export function toldInDaytime(fact: Fact): boolean {
  return toldBy(fact, DAYTIME);
}

/** Whether the report's time words for a fact name the day by its afternoon («Вдень ворог атакував Куп'янськ»,
 *  «днём»), its own or carried from the sentence before. */
export function toldInAfternoon(fact: Fact): boolean {
  return toldBy(fact, AFTERNOON, true);
}
