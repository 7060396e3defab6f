import timeData from '../../data/lexicon/time.json' with { type: 'json' };
import type { Fact, Report } from '../core/types.ts';

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
// «вдень», «днем», "in the afternoon": the afternoon only (a morning may be the night's last hours).
const AFTERNOON = partPattern(['afternoon']);
// «вночі», «ночной атаке», "overnight": the night.
const NIGHT = partPattern(['night']);

/** time.json writes «е» for both «е» and «ё» («днем» is also «днём»). */
const plainE = (text: string): string => text.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е');

/** `carried`: a time read in an earlier sentence of the report counts too («Вдень ворог завдав удару по Куп'янську.
 *  Загинув чоловік…»: the toll is the afternoon's), never one inferred from the publication. */
function toldBy(fact: Fact, pattern: RegExp, carried = false): boolean {
  const told = fact.fields.when;
  if (told === undefined || told.from === 'publication') return false;
  return (!told.inferred || carried) && pattern.test(plainE(told.text));
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

/** The sentence of `text` around [start, end): from after the last full stop before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), -1) + 1;
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/** Whether the sentence of a fact's time words, or of its own evidence, names the night too: «Вдень кількість
 *  загиблих внаслідок нічної атаки … зросла до трьох», "This afternoon the toll from the overnight attack rose",
 *  «Ночью и днем ВСУ атаковали Белгород. Погибли два человека.»: the day's word tells when the toll was updated or
 *  that the attack went on, and the night's strike is still what the fact is about. */
export function namesNightToo(fact: Fact, report: Report | null): boolean {
  if (!report) return false;
  const text = report.text;
  const spans = [fact.evidence, fact.fields.when].filter((s) => s !== undefined && s.end <= text.length);
  return spans.some((s) => NIGHT.test(plainE(sentenceAround(text, s!.start, s!.end))));
}
