import type { Area, ClaimantRole, Country, Lang, ObjectType, Weapon } from '../core/types.ts';
import { en } from './lang/en/lexicon.ts';
import { ru } from './lang/ru/lexicon.ts';
import { uk } from './lang/uk/lexicon.ts';
import {
  type CompiledPattern,
  compilePatterns,
  isAcronym,
  type Lexicon,
  type PatternHit,
  scan,
  tokenize,
} from './lexicon.ts';

// Every list of a lexicon goes into ONE regex, so a report is scanned once whatever the number of rules.
// A word can belong to several lists («атакував» is both a strike and a launch verb): a hit carries all of them.

/** The lexicon lists a hit can carry, in the order they are tagged; a category is one of these names. */
const WORD_CATEGORIES = [
  'interception',
  'progressive',
  'attack_noun',
  'strike',
  'launched',
  'launch_directions',
  'attacker',
  'modal',
  'target_preposition',
  'list_continuation',
  'place_preposition',
  'hit',
  'damage',
  'damage_passive',
  'auxiliary',
  'address_verb',
  'fire',
  'power_outage',
  'debris',
  'debris_handled',
  'explosion',
  'killed',
  'injured',
  'no_casualties',
  'no_injuries',
  'injured_one',
  'airport_word',
  'airport_closed',
  'diversion',
  'transfer',
  'alert',
  'alert_threat',
  'alert_told',
  'alert_end',
  'speculative',
  'negation',
  'increment',
  'capital',
  'ukrainian',
  'russian',
  'several_regions',
  'pronoun_claim',
  'source_back',
  'body_back',
  'said',
  'said_first',
  'according',
  'told_by',
  'one_article',
  'lost',
  'intercept_failed',
  'downed',
  'not_weapon',
  'not_object',
  'as_state',
  'state_noun',
  'state_noun_verb',
  'state_force',
  'state_body',
  'passive_agent',
  'interceptor',
  'state_agent',
  'seated_speaker',
  'nationwide',
  'likeness',
  'comparison',
  'part_of',
  'flights_disrupted',
  'named_body',
  'back_reference',
  'sentence_adverb',
  'earlier',
  'phrasal_particle',
  'ground_combat',
  'ground_force',
  'ground_verb',
  'aim',
  'inability',
  'front',
  'outskirts',
  'distance_unit',
  'distance_bound',
  'period',
  'memorial',
  'enemy_losses',
  'governing_noun',
  'not_air_attack',
  'clause_join',
  'denial',
  'appeal',
  'habitual',
  'weapon_use',
  'use_purpose',
  'one_event',
  'event_verb',
  'long_ago',
  'war_start',
  'compared_with',
  'since',
  'story_then',
  'story_now',
  'story_after',
  'tally_span',
  'record',
  'ground_blast',
  'fired_at',
  'accuses',
  'weapon_verb',
  'plural_weapon_verb',
  'landed_verb',
  'attack_means',
  'blamed_on',
  'settlements',
  'contrast',
  'shoot_down',
  'aircraft',
  'aircraft_plural',
  'shoot_down_subjectless',
  'shoot_down_object',
  'aircraft_preposition',
  'crew',
  'destroying',
  'repelling',
  'fell',
  'burning',
  'restoration',
  'planned',
  'supplied',
] as const satisfies readonly (keyof Lexicon)[];

export type WordCategory = (typeof WORD_CATEGORIES)[number];

export interface Tag {
  categories: Set<WordCategory>;
  weapon?: {
    weapon: Weapon;
    model: string | null;
    singular: boolean;
    loose?: Weapon;
    /** Where a loose word's class was read from (detect/loose-weapons.ts). */
    named?: { start: number; end: number };
    /** The word names the launcher as well as what it fires (the lexicon's `launcher`). */
    launcher?: boolean;
  };
  object?: ObjectType;
  detail?: string;
  /** The detail counts only beside its damage word (the lexicon's `near`). */
  detailNear?: boolean;
  role?: { role: ClaimantRole; institution: boolean; named?: string; subject?: boolean };
  style?: ClaimantRole;
  /** The style counts only in the header of a weapon list whose lines were read (`house_styles`' `over_list`). */
  styleOverList?: boolean;
  channel?: string;
  /** The role the word gives a channel whose name holds it (the lexicon's `channel_roles`). */
  channelRole?: ClaimantRole;
  area?: Area;
  country?: Country;
  /** The region whose people the word names («херсонці» -> UA-65). */
  residents?: string;
  /** The city (ISO 3166-2) of the seat of power the word names ("the Kremlin" -> RU-MOW). */
  seat?: string;
  /** A seat's form that also modifies a noun after it ("Kremlin officials"): no place before a lower-case word. */
  seatModifier?: boolean;
}

export type Hit = PatternHit<Tag>;

const LEXICONS: Record<Lang, Lexicon> = { en, ru, uk };
const compiled = new Map<Lang, CompiledPattern<Tag>[]>();

function build(lex: Lexicon): CompiledPattern<Tag>[] {
  const byPattern = new Map<string, Tag>();
  const tag = (pattern: string): Tag => {
    const key = isAcronym(pattern) ? pattern : pattern.toLowerCase();
    let t = byPattern.get(key);
    if (!t) {
      t = { categories: new Set() };
      byPattern.set(key, t);
    }
    return t;
  };
  for (const cat of WORD_CATEGORIES) for (const p of lex[cat] ?? []) tag(p).categories.add(cat);
  // A tally's span ("since the start of the war") is a `since` word and a `period` too: the longer phrase wins the scan,
  // and the rules that read those must still see it ("the biggest attack since the invasion began last year").
  // The war's start named from later ("at the start of the invasion") is a word of long ago that refine/historical.ts
  // reads with the war's date.
  for (const p of lex.war_start ?? []) {
    tag(p).categories.add('long_ago');
    tag(p).categories.add('war_start');
  }
  for (const p of lex.tally_span ?? []) {
    tag(p).categories.add('since');
    tag(p).categories.add('period');
  }
  for (const w of lex.weapons) {
    tag(w.pattern).weapon = {
      weapon: w.weapon,
      model: w.model ?? null,
      singular: w.singular ?? false,
      ...(w.loose ? { loose: w.loose } : {}),
      ...(w.launcher ? { launcher: true } : {}),
    };
  }
  for (const o of lex.objects) tag(o.pattern).object = o.object;
  for (const d of lex.details) {
    const t = tag(d.pattern);
    t.detail = d.detail;
    if (d.near) t.detailNear = true;
  }
  for (const r of lex.roles)
    tag(r.pattern).role = {
      role: r.role,
      institution: r.institution ?? false,
      ...(r.named ? { named: r.named } : {}),
      ...(r.subject ? { subject: true } : {}),
    };
  for (const s of lex.house_styles) {
    const t = tag(s.pattern);
    t.style = s.role;
    if (s.over_list) t.styleOverList = true;
  }
  for (const c of lex.channels) tag(c.pattern).channel = c.channel;
  for (const r of lex.channel_roles ?? []) tag(r.pattern).channelRole = r.role;
  for (const a of lex.areas) tag(a.pattern).area = a.area;
  for (const c of lex.countries) tag(c.pattern).country = c.country;
  for (const r of lex.residents ?? []) tag(r.pattern).residents = r.region;
  for (const r of lex.seats ?? []) {
    tag(r.pattern).seat = r.region;
    if (r.modifier) tag(r.pattern).seatModifier = true;
  }
  const entries = [...byPattern].map(([pattern, value]) => ({ pattern, value }));
  return [
    compilePatterns(entries.filter((e) => !isAcronym(e.pattern))),
    compilePatterns(
      entries.filter((e) => isAcronym(e.pattern)),
      true,
    ),
  ];
}

/** Whether the language's lexicon lists `said_first` (a lexicon that lists none lets every verb of saying come
 *  before its speaker). */
export function listsSaidFirst(lang: Lang): boolean {
  return LEXICONS[lang].said_first !== undefined;
}

const ordinals = new Map<Lang, RegExp | null>();

/** Digits with one of the language's `ordinal_suffixes` ("500th", «300-я», «200-та»), or null when it lists none. */
export function ordinalPattern(lang: Lang): RegExp | null {
  if (!ordinals.has(lang)) {
    const suffixes = LEXICONS[lang].ordinal_suffixes ?? [];
    const alt = suffixes.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    ordinals.set(lang, alt ? new RegExp(`(?<![\\p{L}\\p{N}])\\p{N}+(?:${alt})(?![\\p{L}\\p{N}])`, 'iu') : null);
  }
  return ordinals.get(lang) ?? null;
}

/** The script the language writes people's names in (`Lexicon.names_script`), or null when it has none of its own. */
export function namesScript(lang: Lang): string | null {
  return LEXICONS[lang].names_script ?? null;
}

/** Whether a noun may modify the noun after it in the language (`Lexicon.noun_modifiers_first`). */
export function nounModifiersFirst(lang: Lang): boolean {
  return LEXICONS[lang].noun_modifiers_first === true;
}

/** Whether a news lead speaks for its headline in the language (`Lexicon.lead_retells_headline`). */
export function leadRetellsHeadline(lang: Lang): boolean {
  return LEXICONS[lang].lead_retells_headline === true;
}

/** Whether the air force's count is the country's night in the language (`Lexicon.air_force_national`). */
export function airForceNational(lang: Lang): boolean {
  return LEXICONS[lang].air_force_national === true;
}

export function lexiconHits(text: string, lang: Lang): Hit[] {
  let c = compiled.get(lang);
  if (!c) {
    c = build(LEXICONS[lang]);
    compiled.set(lang, c);
  }
  const tokens = tokenize(text);
  const hits = c.flatMap((p) => scan(p, text, tokens));
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

const NO_CATEGORIES: ReadonlySet<WordCategory> = new Set();
const wordCategoryMemo = new Map<Lang, Map<string, ReadonlySet<WordCategory>>>();
/** Enough for every distinct word a long run meets in hits; past it the memo starts again rather than grow. */
const WORD_MEMO_LIMIT = 50_000;

/** Every category the lexicon gives any hit of `word` read on its own: `wordCategories(w, lang).has(c)` is
 *  `lexiconHits(w, lang).some((h) => h.value.categories.has(c))`. Rules ask it of one word of a hit they already hold
 *  ("attack" of "attack on", the noun that ends «при попадании»), for every hit of every sentence: the answer depends
 *  on the word and the language only, so it is read once a word, not tokenised and scanned again at each question
 *  (the one-thread profile of session 37: about 1 % of extraction's CPU). */
export function wordCategories(word: string, lang: Lang): ReadonlySet<WordCategory> {
  let memo = wordCategoryMemo.get(lang);
  if (!memo) {
    memo = new Map();
    wordCategoryMemo.set(lang, memo);
  }
  let cats = memo.get(word);
  if (cats === undefined) {
    const union = new Set<WordCategory>();
    for (const h of lexiconHits(word, lang)) for (const c of h.value.categories) union.add(c);
    cats = union.size === 0 ? NO_CATEGORIES : union;
    if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
    memo.set(word, cats);
  }
  return cats;
}
