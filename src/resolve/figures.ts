// The figures a report credits to a claimant, for origins (origins.ts, figureLink): the ministry's "34 drones destroyed
// overnight" retold as a headline and its own list that opens on the same total are one statement, however little of
// their wording or their facts' places they share.
import type { ClaimantRole, Fact } from '../core/types.ts';
import { claimantKey, claimantKeys } from './claimant-key.ts';

/** A count of one is left out: a mayor's "a drone shot down" posts are many statements of one figure. */
export const FIGURE_MIN_COUNT = 2;

const MEDIA: ClaimantRole = 'media';

export interface Figure {
  /** The regions it is told of, '-' for none. */
  places: Set<string>;
  /** It is the report's largest count of that claimant, kind and weapon (its total, not one of the total's parts). */
  top: boolean;
  /** A toll some fact credits to a voice in its own words (tollFigures). */
  credited?: boolean;
}

export interface Figures {
  /** `claimant key|kind|weapon|count` -> the figure, e.g. 'ministry|interception|uav|34'. */
  byKey: Map<string, Figure>;
  /** The claimants it credits counts to, one key each (its surname, else its role): a roundup that gives the mayor's
   *  34 beside the ministry's 40 and the governor's 38 is no retelling of the mayor. */
  voices: Set<string>;
  /** `kind|weapon|count` -> the figure (a death toll as `casualties|killed|count`, tollFigures), whoever it is
   *  credited to but the media (or no one): an outlet's "Ukraine shot down 52 of 54
   *  drones" retells the air force's "52 out of 54 drones downed" with the credit left out or made vague. `top` is the
   *  largest count of that kind and weapon over every claimant. */
  anyVoice: Map<string, Figure>;
}

/** The outlet a media fact credits by name («сообщает ТАСС»: "тасс"), folded; null for any other fact, and for one whose
 *  claimant is inferred (an outlet's own reporting names no speaker). */
export function outletOf(f: Fact): string | null {
  const credit = f.fields.claimant;
  if (f.claimant?.role !== MEDIA || !credit || credit.inferred) return null;
  const text = credit.text.trim().toLowerCase();
  return text === '' ? null : text;
}

/** The toll fields that are figures: the killed only. Outlets lead their own stories of a big attack with the city's
 *  injured ("Kyiv hit by biggest drone attack as five injured", "…, injuring 5"), so on the English dev days (days42)
 *  a shared count of the injured joined a dozen outlets' own leads, and it joined no retelling that the count of the
 *  killed left apart. */
export const TOLL_FIELDS = ['killed'] as const;

/** A death toll is a figure too: the ministry's "three servicemen killed" retold as "Drone attack leaves three dead" and
 *  "3 killed as drone shot down" is one statement, whatever the credit (`casualties|killed|3`, the field in the
 *  weapon's place). Only in `anyVoice`, for the retold-figure link. A toll told as said before, a step of a running
 *  tally or a media claim is none. */
function tollFigures(f: Fact, anyVoice: Map<string, Figure>, anyLargest: Map<string, number>): void {
  if (f.claimant?.role === MEDIA || f.increment || f.told_before || !f.casualties) return;
  for (const field of TOLL_FIELDS) {
    const n = f.casualties[field];
    if (n === null || n < FIGURE_MIN_COUNT) continue;
    const kindWeapon = `${f.kind}|${field}`;
    const figure = anyVoice.get(`${kindWeapon}|${n}`) ?? { places: new Set<string>(), top: false };
    figure.places.add(f.region?.code ?? '-');
    if (f.claimant && f.fields.claimant && !f.fields.claimant.inferred) figure.credited = true;
    anyVoice.set(`${kindWeapon}|${n}`, figure);
    anyLargest.set(kindWeapon, Math.max(anyLargest.get(kindWeapon) ?? 0, n));
  }
}

/** The counts of a report's facts under each key of their claimant; a running tally's step ("another 2") is no figure,
 *  and a media claim counts only under the outlet its own credit names (outletOf): a story that quotes TASS for one
 *  figure files its own reporting under no outlet. */
export function figuresOf(facts: readonly Fact[]): Figures {
  const out = new Map<string, Figure>();
  const voices = new Set<string>();
  const largest = new Map<string, number>();
  const anyVoice = new Map<string, Figure>();
  const anyLargest = new Map<string, number>();
  for (const f of facts) {
    if (f.kind === 'casualties') {
      tollFigures(f, anyVoice, anyLargest);
      continue;
    }
    const n = f.count?.value;
    if (n === null || n === undefined || n < FIGURE_MIN_COUNT || f.increment) continue;
    // A media claim is an outlet's own count or another outlet's, never an official's figure retold.
    if (f.claimant?.role !== MEDIA) {
      const kindWeapon = [f.kind, f.weapon ?? '-'].join('|');
      const anyKey = `${kindWeapon}|${n}`;
      const anyFigure = anyVoice.get(anyKey) ?? { places: new Set<string>(), top: false };
      anyFigure.places.add(f.region?.code ?? '-');
      anyVoice.set(anyKey, anyFigure);
      anyLargest.set(kindWeapon, Math.max(anyLargest.get(kindWeapon) ?? 0, n));
    }
    const outlet = outletOf(f);
    const main = claimantKey(f.claimant);
    const speaker = main === MEDIA ? outlet : main;
    if (speaker !== null && speaker !== undefined) voices.add(speaker);
    for (const who of claimantKeys(f.claimant)) {
      const voice = who === MEDIA ? outlet : who;
      if (voice === null) continue;
      const what = [voice, f.kind, f.weapon ?? '-'].join('|');
      const key = `${what}|${n}`;
      const figure = out.get(key) ?? { places: new Set<string>(), top: false };
      figure.places.add(f.region?.code ?? '-');
      out.set(key, figure);
      largest.set(what, Math.max(largest.get(what) ?? 0, n));
    }
  }
  for (const [key, figure] of out) {
    const cut = key.lastIndexOf('|');
    figure.top = largest.get(key.slice(0, cut)) === Number(key.slice(cut + 1));
  }
  for (const [key, figure] of anyVoice) {
    const cut = key.lastIndexOf('|');
    figure.top = anyLargest.get(key.slice(0, cut)) === Number(key.slice(cut + 1));
  }
  return { byKey: out, voices, anyVoice };
}
