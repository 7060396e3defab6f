import type { Count, Fact, FactKind } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import type { Hit } from '../compile.ts';
import { has, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { countFor, type WeaponMention, weaponMentions } from './count.ts';
import { applyLocation, locate } from './locate.ts';

const ONE: Count = { value: 1, min: 1, max: 1, approx: false };
const TWO: Count = { value: 2, min: 2, max: 2, approx: false };
const THREE: Count = { value: 3, min: 3, max: 3, approx: false };

// «по одному – над …»: the same number for every place of the list that follows.
const DISTRIBUTIVE = /(?:по|по\s+одн\p{L}*)\s+(одному|одн\p{L}*|два|две|двум|три|трем|трём)\s*[–—-]/iu;
const DISTRIBUTIVE_COUNT: Record<string, Count> = {
  одному: ONE,
  два: TWO,
  две: TWO,
  двум: TWO,
  три: THREE,
  трем: THREE,
  трём: THREE,
};

export interface AttackPart {
  fact: Fact;
  /** A launch or hit statement waiting to be folded into the interception fact of the same report. */
  part: 'launched' | 'hit' | null;
}

function setWeapon(fact: Fact, text: string, m: WeaponMention): void {
  fact.weapon = m.weapon;
  fact.weapon_model = m.model;
  setField(fact, 'weapon', spanOf(text, m.start, m.end));
}

/** A breakdown item: "12 – над территорией Брянской области" or «по одному – над территориями …». */
interface Item {
  start: number;
  end: number;
  count: Count;
  distributive: boolean;
}

function breakdownItems(view: SentenceView, text: string): Item[] {
  const items: Item[] = view.numbers
    .filter((n) => /^\s*[–—-]\s*(?:над|в|у|over|in)\s/iu.test(text.slice(n.end, n.end + 12)))
    .map((n) => ({ start: n.start, end: n.end, count: n.count, distributive: false }));
  const sentence = text.slice(view.span.start, view.span.end);
  const d = DISTRIBUTIVE.exec(sentence);
  if (d) {
    const word = (d[1] ?? '').toLowerCase();
    const count = DISTRIBUTIVE_COUNT[word] ?? ONE;
    items.push({
      start: view.span.start + d.index,
      end: view.span.start + d.index + d[0].length,
      count,
      distributive: true,
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

function placesOf(places: readonly PlaceMatch[], from: number, to: number): PlaceMatch[] {
  return places.filter((p) => p.start >= from && p.end <= to && p.kind !== 'city');
}

/** One fact per place of each list item, continuing the header fact (kind, weapon, time, claimant). */
function itemFacts(ctx: ReportContext, view: SentenceView, items: Item[], header: Fact, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const out: Fact[] = [];
  items.forEach((item, i) => {
    const to = items[i + 1]?.start ?? view.span.end;
    const own = placesOf(places, item.end, to);
    const targets = item.distributive ? own : own.slice(0, 1);
    for (const place of targets) {
      const fact = newFact(ctx, view, header.kind, header.fields.kind ?? spanOf(text, item.start, item.end));
      fact.fields.kind = header.fields.kind ? { ...header.fields.kind, inferred: true } : fact.fields.kind;
      fact.weapon = header.weapon;
      fact.weapon_model = header.weapon_model;
      if (header.fields.weapon) fact.fields.weapon = { ...header.fields.weapon, inferred: true };
      fact.count = item.count;
      setField(fact, 'count', spanOf(text, item.start, item.end));
      applyLocation(ctx, view, fact, {
        located: { match: place, sentence: view.index },
        inferred: false,
        aggregate: false,
      });
      if (!item.distributive && own.length > 1) fact.aggregate = true;
      out.push(fact);
      ctx.facts.push(fact);
    }
  });
  if (out.length > 0 && header.region === null) header.aggregate = true;
  return out;
}

function isIncrement(view: SentenceView, text: string, countStart: number): boolean {
  return hitsOf(view, 'increment').some((h) => h.end <= countStart && /^\s*$/u.test(text.slice(h.end, countStart)));
}

function attackFact(
  ctx: ReportContext,
  view: SentenceView,
  kind: FactKind,
  trigger: Hit,
  mention: WeaponMention | undefined,
  places: readonly PlaceMatch[],
  exclude: readonly { start: number; end: number }[],
): Fact {
  const text = ctx.report.text;
  const fact = newFact(ctx, view, kind, spanOf(text, trigger.start, trigger.end));
  if (mention) {
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
      fact.increment = isIncrement(view, text, found.span.start);
    }
  }
  const anchor = mention ?? trigger;
  const free = places.filter((p) => !exclude.some((e) => p.start >= e.start && p.end <= e.end));
  applyLocation(ctx, view, fact, locate(ctx, view, anchor, free));
  return fact;
}

/** Interceptions, strikes, launches and hits stated in one sentence. */
export function detectAttacks(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): AttackPart[] {
  const text = ctx.report.text;
  const out: AttackPart[] = [];
  const mentions = weaponMentions(view);
  const items = breakdownItems(view, text);
  const itemZone = items.length > 0 ? [{ start: items[0]!.start, end: view.span.end }] : [];
  const interception = hitsOf(view, 'interception')[0];

  if (interception && (mentions.length > 0 || items.length > 0)) {
    const headerMentions = mentions.filter((m) => itemZone.every((z) => m.start < z.start));
    for (const mention of headerMentions.length > 0 ? headerMentions : mentions.slice(0, 1)) {
      const fact = attackFact(ctx, view, 'interception', interception, mention, places, itemZone);
      ctx.facts.push(fact);
      out.push({ fact, part: null });
      ctx.lastAttack = fact;
    }
  }
  if (items.length > 0) {
    const header = interception ? ctx.lastAttack : ctx.lastAttack;
    if (header) for (const fact of itemFacts(ctx, view, items, header, places)) out.push({ fact, part: null });
    return out;
  }
  if (interception) return out;

  // "противник атакував 83 ударними БпЛА": a launch verb followed by a counted weapon is how many were launched.
  const launch = hitsOf(view, 'launched').find((h) => mentions.some((m) => m.start > h.end));
  if (launch) {
    const mention = mentions.find((m) => m.start > launch.end)!;
    const found = countFor(view, text, mention, ctx.lang);
    if (found && found.span.start > launch.start) {
      const fact = attackFact(ctx, view, 'strike', launch, mention, places, []);
      fact.launched = fact.count;
      fact.count = null;
      if (fact.fields.count) fact.fields.launched = fact.fields.count;
      delete fact.fields.count;
      ctx.facts.push(fact);
      return [{ fact, part: 'launched' }];
    }
  }
  const hit = hitsOf(view, 'hit')[0];
  if (hit && !has(view, 'strike')) {
    const mention = mentions.find((m) => m.start > hit.end) ?? mentions[0];
    const fact = attackFact(ctx, view, 'strike', hit, mention, places, []);
    fact.hit = fact.count;
    fact.count = null;
    if (fact.fields.count) fact.fields.hit = fact.fields.count;
    delete fact.fields.count;
    ctx.facts.push(fact);
    return [{ fact, part: 'hit' }];
  }

  // A strike needs a weapon and something hit: "an FPV drone targeted a resident", «дрон атаковал автомобиль».
  const strike = hitsOf(view, 'strike')[0];
  if (strike && mentions.length > 0) {
    const target = view.hits.find((h) => h.value.object !== undefined && h.start >= strike.end);
    if (target || places.length > 0) {
      const mention = mentions.reduce((a, b) =>
        Math.abs(b.start - strike.start) < Math.abs(a.start - strike.start) ? b : a,
      );
      const fact = attackFact(ctx, view, 'strike', strike, mention, places, []);
      if (target?.value.object) {
        fact.object = target.value.object;
        setField(fact, 'object', spanOf(text, target.start, target.end));
      }
      ctx.facts.push(fact);
      out.push({ fact, part: null });
      ctx.lastAttack = fact;
    }
  }
  return out;
}
