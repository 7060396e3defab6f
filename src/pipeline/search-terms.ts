// What a free-text query names besides regions: airports by any of their names («Шереметьево», "Zhukovsky", "SVO")
// and weapons by a word of the extraction lexicons in any of the three languages («Іскандер» -> the model Iskander-M,
// "drones" -> the class uav). An incident keeps airport codes and weapon classes and models, never the words a report
// used, so a query is turned into those before it is matched (core/incident-query.ts `matchesIncident`).
// Both read data files, not the extraction stage: a command that only lists incidents stays light
// (data/lexicon/weapon-words.json is the lexicons' weapon words, written by scripts/gen-weapon-words.ts).
import airportsData from '../../data/gazetteer/airports.json' with { type: 'json' };
import weaponWordsData from '../../data/lexicon/weapon-words.json' with { type: 'json' };
import { namesKey, type WeaponTerm } from '../core/incident-query.ts';
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

/** The weapons a query is a word for, in any of the three languages: a model's name gives the model ("Shahed",
 *  «Шахед», "Kh-101", «Іскандер»), a class's word the class ("drones", «ракети»). The whole query must be the word:
 *  "Shahed attack on Odesa" is free text, not a weapon. Empty when it names none. */
export function weaponsNamed(text: string): WeaponTerm[] {
  const t = normalize(text);
  if (t.replace(/[^\p{L}]/gu, '').length < 2) return [];
  const out = new Map<string, WeaponTerm>();
  for (const w of WEAPON_WORDS) {
    if (!w.pattern.test(t)) continue;
    const term: WeaponTerm = w.model ? { type: w.weapon, model: w.model } : { type: w.weapon };
    out.set(`${term.type}\n${term.model ?? ''}`, term);
  }
  // A model's word also names its class: keep the model alone, it is the narrower question.
  const models = [...out.values()].filter((t) => t.model !== undefined);
  return models.length > 0 ? models : [...out.values()];
}
