// Posts often name an official without the title («Сергей Собянин: …», «сообщил Меликов», "Zelenskiy said"), and
// a reader knows the role from the name. The names are data (data/lexicon/officials.json), the same for every
// language of the text: a surname is written in one script or another, not in one language.
import officialsData from '../../../data/lexicon/officials.json' with { type: 'json' };
import { CLAIMANT_ROLES, type ClaimantRole } from '../../core/types.ts';

interface Official {
  office: string;
  role: string;
  region: string;
  stems: string[];
}

// The case endings a surname takes after its stem (Собянин → Собяниным, Шапш- → Шапшой), as data: any other
// letters make another surname (Гусевич is not Гусев).
const ENDINGS: ReadonlySet<string> = new Set(officialsData.endings);

const roles: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
const stems: { stem: string; role: ClaimantRole }[] = (officialsData.officials as Official[]).flatMap((o) => {
  if (!roles.has(o.role)) throw new Error(`data/lexicon/officials.json: unknown role "${o.role}" for ${o.office}`);
  return o.stems.map((stem) => ({ stem, role: o.role as ClaimantRole }));
});

/** The role of the official a written name is, by its last word (the surname), or null when the list does not know
 *  it. «Юрий Игнат» is the air force's spokesman; «Игнат Петров» is not. */
export function officialRole(name: string): ClaimantRole | null {
  const words = name.split(/[^\p{L}\p{M}'’ʼ-]+/u).filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').replace(/['’ʼ]s$/u, '');
  if (!/^\p{Lu}/u.test(last)) return null;
  for (const { stem, role } of stems) {
    if (last.startsWith(stem) && ENDINGS.has(last.slice(stem.length))) return role;
  }
  return null;
}
