// Weapon lists: a header that counts and then a line per weapon, the air force's way of telling a night
// («зафіксовано 143 засоби повітряного нападу – 19 ракет і 124 БпЛА різних типів:» then «- 2 протикорабельні ракети
// Циркон/Онікс (район пуску – …);», «- 11 балістичних ракет KN-23 …»). Each line is the header's statement
// (launched, or destroyed) for its own weapon; the header's own numbers only sum the lines.
import type { Fact } from '../../core/types.ts';
import { hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { type AttackPart, setWeapon } from './attack.ts';
import { bareRegions } from './breakdown.ts';
import { countFor, weaponMentions } from './count.ts';

export interface WeaponListHeader {
  /** What every line states: how many were launched, or how many were destroyed. */
  part: 'launched' | 'destroyed';
  /** The header's own facts: sums of the lines, dropped once a line is read. */
  sums: Fact[];
  /** Where the header stands, and whether a line of its list («2/4 КР», «- 5 ударних БпЛА») was read under it. */
  start: number;
  end: number;
  linesRead: boolean;
}

/** A sentence that ends with a colon and says "launched" or "destroyed" opens a weapon list. */
export function weaponListHeader(
  ctx: ReportContext,
  view: SentenceView,
  facts: readonly Fact[],
): WeaponListHeader | null {
  const text = ctx.report.text;
  if (!/:\s*$/u.test(text.slice(view.span.start, view.span.end))) return null;
  const destroyed = hitsOf(view, 'interception').length > 0;
  const launched = hitsOf(view, 'launched').length > 0;
  if (!destroyed && !launched) return null;
  return {
    part: destroyed ? 'destroyed' : 'launched',
    sums: [...facts],
    start: view.span.start,
    end: view.span.end,
    linesRead: false,
  };
}

/** A line of the list: a bullet line whose counted weapons carry no verb of their own, or a line with no bullet that
 *  opens with its number («20 ударних БпЛА Shahed;») or with a fraction under a header of destroyed («2/4 КР
 *  "Калібр";» under «Вночі силами ППО знищено:», an emoji bullet the view drops). A line opening with a word is a
 *  sentence of its own: «… знищили 20 шахедів:\nЩе 12 …» keeps the header's 20. */
export function weaponListLine(ctx: ReportContext, view: SentenceView, header: WeaponListHeader): AttackPart[] | null {
  const text = ctx.report.text;
  const lineStart = text.lastIndexOf('\n', view.span.start) + 1;
  const lead = text.slice(lineStart, view.span.start);
  const bullet = /^\s*[-–—•]\s*$/u.test(lead);
  if (!bullet && !/^\s*$/u.test(lead)) return null;
  if (
    view.hits.some((h) => ['interception', 'launched', 'hit', 'strike'].some((c) => h.value.categories.has(c as never)))
  ) {
    return null;
  }
  // «(район пуску – акваторія Чорного моря)», «(із напрямків: …)»: where they came from is said in brackets.
  const open = text.indexOf('(', view.span.start);
  const until = open === -1 || open > view.span.end ? view.span.end : open;
  // «- 7 БПЛА – над территорией Тульской области»: a line that names its place is a breakdown by region, not by weapon.
  if (view.places.some((p) => p.start < until) || bareRegions(text, view.span.start, until).length > 0) return null;
  const out: AttackPart[] = [];
  const mentions = weaponMentions(view).filter((m) => m.start < until);
  // «2/4 КР "Калібр"» under a header of destroyed: two destroyed of four launched. The number reader blocks a digit
  // cluster with a slash (a date, "24/7"), so the line's opening fraction is read here, where the list says what it is.
  // It counts the line's first weapon; another weapon after it («… та 3 ударних БпЛА») has its own count.
  const opening = header.part === 'destroyed' ? FRACTION.exec(text.slice(view.span.start, until)) : null;
  const fraction = opening && Number(opening[1]) <= Number(opening[2]) && mentions.length > 0 ? opening : null;
  const numbered = /^\s*\d/u.test(text.slice(view.span.start, until)) && mentions.length > 0;
  if (!bullet && !fraction && !numbered) return null;
  let first = 0;
  if (fraction) {
    const m = mentions[0]!;
    const at = view.span.start + fraction.index + fraction[0].search(/\d/u);
    const slash = text.indexOf('/', at);
    const fact = newFact(ctx, view, 'interception', spanOf(text, m.start, m.end));
    fact.fields.kind = { start: m.start, end: m.end, text: text.slice(m.start, m.end), inferred: true };
    setWeapon(fact, text, m);
    fact.count = exact(Number(fraction[1]));
    setField(fact, 'count', spanOf(text, at, slash));
    fact.launched = exact(Number(fraction[2]));
    setField(fact, 'launched', spanOf(text, slash + 1, slash + 1 + (fraction[2] as string).length));
    ctx.facts.push(fact);
    out.push({ fact, part: null });
    first = 1;
  }
  for (const [i, m] of mentions.entries()) {
    if (i < first) continue;
    const found = countFor(view, text, m, ctx.lang);
    if (!found || found.span.start < view.span.start) continue;
    const fact = newFact(ctx, view, 'interception', spanOf(text, m.start, m.end));
    fact.fields.kind = { start: m.start, end: m.end, text: text.slice(m.start, m.end), inferred: true };
    // «4 крилаті ракети Х-101»: the class word and then its model, one weapon.
    const model = m.model === null ? mentions[i + 1] : undefined;
    const named = model?.model && /^[^\d,;]*$/u.test(text.slice(m.end, model.start)) ? model : undefined;
    setWeapon(fact, text, named && (m.weapon === 'missile' || named.weapon === m.weapon) ? named : m);
    if (header.part === 'launched') {
      fact.launched = found.count;
      setField(fact, 'launched', found.span);
    } else {
      fact.count = found.count;
      setField(fact, 'count', found.span);
    }
    ctx.facts.push(fact);
    out.push({ fact, part: header.part === 'launched' ? 'launched' : null });
  }
  if (out.length === 0) return null;
  header.linesRead = true;
  return out;
}

// A line opening with "destroyed/launched" and then its weapon: «2/4 КР», «34/44 ударних БпЛА».
const FRACTION = /^[^\p{L}\p{N}]*(\d{1,4})\/(\d{1,4})\s+\p{L}/u;
const exact = (value: number) => ({ value, min: value, max: value, approx: false });
