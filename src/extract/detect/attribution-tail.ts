import type { ClaimantRole, Span } from '../../core/types.ts';
import { officialRole } from '../common/officials.ts';
import type { SentenceView } from '../view.ts';

export interface AttributionTail {
  span: Span;
  role: ClaimantRole;
  /** The tail names only a side ("…: Kyiv"): that capital is the speaker, not a place of the sentence. */
  sideOnly: boolean;
  /** «…, - Мадяр», «… – Игнат»: an official the data knows by surname (data/lexicon/officials.json). */
  name?: string;
}

// «…, - Мадяр», «… – Игнат»: a name alone, one to three capitalised words.
const NAME_ONLY = /^\p{Lu}[\p{Ll}'’ʼ-]+(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){0,2}$/u;

// A short tail after the last colon or spaced dash of a sentence: "…: Kyiv", "… – Authorities", "…: Ukraine officials".
const TAIL = /(?::|\s[-–—])\s+([^:–—]{2,40}?)[\s.!?"'”’]*$/u;
const MAX_WORDS = 3;

/**
 * "Russia hits Dnipro with an anti-ship missile: Kyiv", "Strike on Belgorod kills one, 32 drones downed – Authorities":
 * a headline closed by a colon or a dash and a speaker of at most three words (a side of the war or a role, nothing
 * else the lexicons know, no number) says who claims it. A side alone is its officials. A surname alone («…, -
 * Мадяр») speaks when the officials data knows it.
 */
export function attributionTail(view: SentenceView): AttributionTail | null {
  const m = TAIL.exec(view.span.text);
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const start = view.span.start + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const inside = (x: { start: number; end: number }) => x.start >= start && x.end <= end;
  const hits = view.hits.filter(inside);
  const role = hits.find((h) => h.value.role)?.value.role?.role;
  const side = hits.some((h) => h.value.categories.has('attacker'));
  // Every word the lexicons know in the tail must be the speaker's: "…: 12 drones downed" is no attribution.
  // "…: Ukrainian Military", "– Russian officials": a side's adjective before the role is part of the speaker.
  const sideWord = (h: (typeof hits)[number]) =>
    h.value.categories.has('attacker') || h.value.categories.has('ukrainian') || h.value.categories.has('russian');
  const speakerOnly = hits.every((h) => h.value.role !== undefined || sideWord(h));
  // «– источник 112»: an outlet's name may be a number; any other number makes the tail a clause.
  const ownName = (n: { start: number; end: number }) =>
    hits.some((h) => h.value.role && h.start <= n.start && n.end <= h.end);
  const known = hits.length === 0 && NAME_ONLY.test(m[1]) ? officialRole(m[1]) : null;
  if (known) return { span: { start, end, text: m[1] }, role: known, sideOnly: false, name: m[1] };
  if ((!role && !side) || !speakerOnly || view.numbers.some((n) => inside(n) && !ownName(n))) return null;
  return {
    span: { start, end, text: m[1] },
    role: role ?? 'official',
    sideOnly: !role || role === 'official',
  };
}
