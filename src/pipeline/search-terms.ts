// What a free-text query names besides regions: airports by any of their names («Шереметьево», "Zhukovsky", "SVO")
// and weapons by a word of the extraction lexicons in any of the three languages («Іскандер» -> the model Iskander-M,
// "drones" -> the class uav). An incident keeps airport codes and weapon classes and models, never the words a report
// used, so a query is turned into those before it is matched (core/incident-query.ts `matchesIncident`).
// Both read data files, not the extraction stage: a command that only lists incidents stays light
// (data/lexicon/weapon-words.json is the lexicons' weapon words, written by scripts/gen-weapon-words.ts).
import airportsData from '../../data/gazetteer/airports.json' with { type: 'json' };
import weaponWordsData from '../../data/lexicon/weapon-words.json' with { type: 'json' };
import { namesKey, type WeaponTerm } from '../core/incident-query.ts';
import { latinKey } from '../core/names.ts';
import type { Weapon } from '../core/types.ts';

interface AirportRow {
  iata: string;
  names: { en?: string[]; ru?: string[]; uk?: string[] };
  forms?: string[];
}

/** Lower case, ё as е, one space between words. */
function normalize(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

// Shorter queries ("sv", "ра") would find half of all airports.
const MIN_LETTERS = 3;

const AIRPORTS: readonly { code: string; names: string[]; keys: string[] }[] = (airportsData as AirportRow[]).map(
  (a) => {
    const names = [...(a.names.en ?? []), ...(a.names.ru ?? []), ...(a.names.uk ?? []), ...(a.forms ?? [])].map(
      normalize,
    );
    return { code: a.iata, names, keys: names.map((n) => namesKey([n])) };
  },
);

const CODES: ReadonlySet<string> = new Set(AIRPORTS.map((a) => a.code));

/** Whether a query is an airport's code ("AER", "svo"): it then finds that airport alone, never a name that holds the
 *  three letters ("aer" is inside "Mayor" folded, and in every «аэропорт …»). */
export function isAirportCode(text: string): boolean {
  return CODES.has(normalize(text).toUpperCase());
}

/** The IATA codes of the airports whose name (in English, Russian or Ukrainian, or an inflected form) contains the
 *  text, as written or folded to one Latin spelling: "Sheremetyevo", «Шереметьево» and «Шереметьєво» all give SVO.
 *  A query that is a code ("AER", "aer") gives that airport alone. */
export function airportCodesNamed(text: string): string[] {
  const t = normalize(text);
  if (t.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return [];
  // "AER" (Sochi) is a code, not a piece of a name: folded, it is inside every «аэропорт …» form.
  const code = t.toUpperCase();
  if (CODES.has(code)) return [code];
  const key = namesKey([t]);
  const hits = AIRPORTS.filter(
    (a) => a.names.some((n) => n.includes(t)) || (key.length >= MIN_LETTERS && a.keys.some((k) => k.includes(key))),
  );
  return [...new Set(hits.map((a) => a.code))].sort();
}

interface WeaponWord {
  pattern: RegExp;
  weapon: Weapon;
  model: string | null;
}

/** A lexicon pattern as a whole-query test: `*` is the rest of a word («Искандер*» takes «Искандеры»). */
function wholeQuery(pattern: string): RegExp {
  const body = normalize(pattern)
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\p{L}\\p{N}-]*');
  return new RegExp(`^${body}$`, 'u');
}

const WEAPON_WORDS: readonly WeaponWord[] = (weaponWordsData as [string, Weapon, string | null][]).map(
  ([pattern, weapon, model]) => ({ pattern: wholeQuery(pattern), weapon, model }),
);

/** A model's name folded across scripts as names are (`latinKey`), its digits kept: «Х-101», "Kh-101", "X-101" and
 *  "kh101" -> "h101"; «Шахед» and "Shahed" -> "shahed". A Latin x is the Cyrillic х a model's name is written with
 *  in Latin ("X-101"). */
function modelKey(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/x/g, 'kh')
    .split(/[^\p{L}\p{N}]+/u)
    .map((part) => part.replace(/\p{L}+/gu, (letters) => latinKey(letters)))
    .join('');
}

/** Each model by the folded form of its own name and of every word the lexicons have for it: a query in another
 *  script or spelling than the lexicon's word («Х-101» where the lexicon also says "Kh-101", "X-101", «Шахед»
 *  typed "Shakhed») still finds it. A word ending in `*` (a stem) takes any ending. */
const MODEL_KEYS: readonly { key: string; stem: boolean; term: WeaponTerm }[] = (() => {
  const out = new Map<string, { key: string; stem: boolean; term: WeaponTerm }>();
  for (const [pattern, weapon, model] of weaponWordsData as [string, Weapon, string | null][]) {
    if (model === null || /\s|\*./.test(pattern)) continue;
    const term: WeaponTerm = { type: weapon, model };
    for (const [word, stem] of [
      [pattern.replace(/\*$/, ''), pattern.endsWith('*')],
      [model, false],
    ] as const) {
      const key = modelKey(word);
      if (key.length >= 2) out.set(`${key}\n${stem}\n${weapon}\n${model}`, { key, stem, term });
    }
  }
  return [...out.values()];
})();

/** The weapons a query is a word for, in any of the three languages: a model's name gives the model ("Shahed",
 *  «Шахед», "Kh-101", «Х-101», «Іскандер»), a class's word the class ("drones", «ракети»). The whole query must be
 *  the word: "Shahed attack on Odesa" is free text, not a weapon. Empty when it names none. */
export function weaponsNamed(text: string): WeaponTerm[] {
  const t = normalize(text);
  // A model's name may be one letter and a number («Х-101»); a class's word has at least two letters.
  if (t.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || !/\p{L}/u.test(t)) return [];
  const out = new Map<string, WeaponTerm>();
  const add = (term: WeaponTerm) => out.set(`${term.type}\n${term.model ?? ''}`, term);
  for (const w of WEAPON_WORDS) {
    if (w.pattern.test(t)) add(w.model ? { type: w.weapon, model: w.model } : { type: w.weapon });
  }
  const key = modelKey(t);
  for (const m of MODEL_KEYS) if (key === m.key || (m.stem && key.startsWith(m.key))) add(m.term);
  // A model's word also names its class: keep the model alone, it is the narrower question.
  const models = [...out.values()].filter((t) => t.model !== undefined);
  return models.length > 0 ? models : [...out.values()];
}
