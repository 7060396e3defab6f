import type { Area, ClaimantRole, Lang, ObjectType, Weapon } from '../core/types.ts';

/**
 * One language's words for the extraction rules. The rules themselves live once, in run.ts and its detectors;
 * a language is this data. Pattern syntax (compiled by `compilePatterns`):
 *   - words are matched at word starts, case-insensitively; spaces match any run of spaces/hyphens;
 *   - a trailing `*` lets any letters follow ("уничтож*" matches уничтожены, уничтожен, уничтожили);
 *   - otherwise the pattern must end at a word end ("shot down" does not match "shot downstairs").
 */
export interface Lexicon {
  lang: Lang;
  /** Past forms and nouns of destroying/intercepting. Infinitives and gerunds are left out on purpose:
   *  "efforts to intercept drones" and "effective in intercepting" report no event. */
  interception: string[];
  /** Verbs of hitting a target; a strike also needs an object or a place and a weapon in the sentence. */
  /** "with air defences destroying 40 drones": a progressive form counts only when a number goes with it. */
  progressive: string[];
  strike: string[];
  /** Nouns of attack ("strikes", «обстрел»): they mark a report as being about an attack, nothing more. */
  attack_noun: string[];
  /** "attacked with 83 drones", «атакував 83 ударними БпЛА»: the number is how many were launched. */
  launched: string[];
  /** «зафіксовано влучання», "hits were recorded": the number is how many hit. */
  hit: string[];
  damage: string[];
  fire: string[];
  power_outage: string[];
  debris: string[];
  killed: string[];
  injured: string[];
  /** Whole phrases that state nobody was hurt: casualties 0. */
  no_casualties: string[];
  /** Whole phrases that state nobody was injured (killed stays unknown). */
  no_injuries: string[];
  /** «пострадавший», "a man was wounded": one injured person when no number is given. */
  injured_one: string[];
  /** The word "airport(s)" itself, to read "the capital's airports" or "Moscow airports". */
  airport_word: string[];
  airport_closed: string[];
  /** "diverted to", «перенаправлены в»: the places after it are destinations, not the attack's region. */
  diversion: string[];
  alert: string[];
  /** Words that make a sentence speculation or commentary, not a report of an event. */
  speculative: string[];
  /** Words that negate a following effect ("no damage", «без повреждений»). */
  negation: string[];
  /** "another", «ещё»: the count adds to an earlier running total. */
  increment: string[];
  /** The capital as a place ("the capital's airports", «столичные аэропорты»). */
  capital: string[];
  /** "in two regions", «над тремя регионами»: the sentence sums several regions. */
  several_regions: string[];
  /** Third-person pronouns that refer back to the last named claimant ("he wrote"). */
  pronoun_claim: string[];
  /** Verbs of saying after a name ("Shapsha said", «сообщил Шапша»). */
  said: string[];
  /** "according to", «по словам», «за даними». */
  according: string[];
  /** Indefinite singular determiners that count one ("a drone", "an FPV drone"). */
  one_article: string[];
  weapons: { pattern: string; weapon: Weapon; model?: string; singular?: boolean }[];
  objects: { pattern: string; object: ObjectType }[];
  /** Parts of buildings named in damage reports, kept as the effect's detail. */
  details: { pattern: string; detail: string }[];
  roles: { pattern: string; role: ClaimantRole; institution?: boolean }[];
  channels: { pattern: string; channel: string }[];
  areas: { pattern: string; area: Area }[];
}

export interface CompiledPattern<T> {
  re: RegExp;
  /** Values by alternative index, in the same order as the regex groups. */
  values: T[];
}

const LETTER = '\\p{L}\\p{M}';

function patternSource(pattern: string): string {
  const words = pattern
    .trim()
    .split(/\s+/)
    .map((w) => {
      // A `*` ends a word that inflects («крилат* ракет*» matches «крилату ракету»).
      const stem = w.endsWith('*') ? w.slice(0, -1) : w;
      const body = stem
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ё/g, '[её]')
        .replace(/['’ʼ]/g, "['’ʼ]");
      return w.endsWith('*') ? `${body}[${LETTER}]*` : body;
    });
  const joined = words.join('[\\s\\-\u00a0]+');
  return pattern.endsWith('*') ? joined : `${joined}(?![${LETTER}\\p{N}])`;
}

/** One regex per list: a named alternative per entry, so one scan of the text finds every entry. */
export function compilePatterns<T>(
  entries: readonly { pattern: string; value: T }[],
  caseSensitive = false,
): CompiledPattern<T> {
  // Longer patterns first so "shot down" wins over "shot", "high-speed air target" over "target".
  const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
  const source = sorted.map((e) => `(${patternSource(e.pattern)})`).join('|');
  return {
    re: new RegExp(`(?<![${LETTER}\\p{N}])(?:${source || '(?!)'})`, caseSensitive ? 'gu' : 'giu'),
    values: sorted.map((e) => e.value),
  };
}

/** Abbreviations in capitals (КАБ, БЭК, HIMARS, ОВА) are matched case-sensitively, so «КАБ*» never reads «кабель». */
export function isAcronym(pattern: string): boolean {
  return /^\p{Lu}\p{Lu}/u.test(pattern);
}

export interface PatternHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

export function scan<T>(compiled: CompiledPattern<T>, text: string): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  compiled.re.lastIndex = 0;
  for (let m = compiled.re.exec(text); m !== null; m = compiled.re.exec(text)) {
    // The first defined capture group tells which entry matched.
    let index = 0;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        index = g - 1;
        break;
      }
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: compiled.values[index] as T });
  }
  return hits;
}

export function words<T>(list: readonly string[], value: T): { pattern: string; value: T }[] {
  return list.map((pattern) => ({ pattern, value }));
}
