// Posts often name an official without the title («Сергей Собянин: …», «сообщил Меликов», "Zelenskiy said"), and
// a reader knows the role from the name. The names are data (data/lexicon/officials.json), the same for every
// language of the text: a surname is written in one script or another, not in one language.
import officialsData from '../../../data/lexicon/officials.json' with { type: 'json' };
import { CLAIMANT_ROLES, type ClaimantRole, type Country } from '../../core/types.ts';

interface Official {
  office: string;
  role: string;
  region: string;
  /** The side of a head of a region with heads on both sides, where the region tells none. */
  side?: string;
  stems: string[];
  nominative?: Record<string, string>;
}

// The case endings a surname takes after its stem (Собянин → Собяниным, Шапш- → Шапшой), as data: any other
// letters make another surname (Гусевич is not Гусев).
const ENDINGS: ReadonlySet<string> = new Set(officialsData.endings);
// The endings a surname has as the subject of a sentence: «Гладкову сообщили» (the report was made to him) names who
// was told, not who tells.
const NOMINATIVE: ReadonlySet<string> = new Set(officialsData.nominative_endings);

const roles: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
const stems: { stem: string; role: ClaimantRole; surname: string; region: string; side: Country | null }[] = (
  officialsData.officials as Official[]
).flatMap((o) => {
  if (o.side !== undefined && o.side !== 'RU' && o.side !== 'UA')
    throw new Error(`data/lexicon/officials.json: unknown side "${o.side}" for ${o.office}`);
  if (!roles.has(o.role)) throw new Error(`data/lexicon/officials.json: unknown role "${o.role}" for ${o.office}`);
  return o.stems.map((stem) => ({
    stem,
    role: o.role as ClaimantRole,
    surname: o.nominative?.[stem] ?? stem,
    region: o.region,
    side: o.side === 'RU' || o.side === 'UA' ? o.side : null,
  }));
});

/** The role of the official a written name is, by its last word (the surname), or null when the list does not know
 *  it. «Юрий Игнат» is the air force's spokesman; «Игнат Петров» is not. With `asSubject`, only a surname written as
 *  the subject of a sentence counts. */
export function officialRole(name: string, asSubject = false): ClaimantRole | null {
  return official(name, asSubject)?.role ?? null;
}

/** The official a written name is, in any case form, with the surname as its subject writes it: «Олександра Вілкула»
 *  is the Kryvyi Rih head, Вілкул; «Володимира Зеленського» is Зеленський; and the region of the office. Null when
 *  the list does not know it. */
export function official(
  name: string,
  asSubject = false,
): { role: ClaimantRole; surname: string; region: string; side: Country | null } | null {
  const words = name.split(/[^\p{L}\p{M}'’ʼ-]+/u).filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').replace(/['’ʼ]s$/u, '');
  if (!/^\p{Lu}/u.test(last)) return null;
  for (const { stem, role, surname, region, side } of stems) {
    const ending = last.slice(stem.length);
    if (last.startsWith(stem) && (asSubject ? NOMINATIVE : ENDINGS).has(ending)) return { role, surname, region, side };
  }
  return null;
}
