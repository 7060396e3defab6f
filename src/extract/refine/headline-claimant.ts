import twoSided from '../../../data/gazetteer/two-sided-regions.json' with { type: 'json' };
import { countryOfRegion } from '../../core/regions.ts';
import { CASUALTY_FIELDS, type Country, type Fact, LOCAL_ROLES, sameCount } from '../../core/types.ts';
import { official } from '../common/officials.ts';
import type { ClaimantFound } from '../detect/claimant.ts';
import { anyOf } from '../grammar.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/**
 * «Пять человек погибли в результате удара по Николаеву — власти» over a body that says which official told it («Мэр
 * Николаева Павел Громов сообщил …»): the headline's unnamed "authorities" are that official. A headline fact
 * attributed to no one in particular (role `official`, no name) takes the claimant of the body's first fact of the
 * same region that names a more particular one; its claimant field then points at the body's span, marked inferred.
 * Language-agnostic: it reads claimants, spans and the sentences' hits and places only.
 */
export function headlineClaimants(
  facts: readonly Fact[],
  text: string,
  views: readonly SentenceView[],
  lead: ClaimantFound | null = null,
): Fact[] {
  const firstLineEnd = headlineEnd(text);
  if (firstLineEnd < 0) return [...facts];
  const inHeadline = (f: Fact) => {
    const at = f.fields.claimant;
    return at !== undefined && at.end > at.start && at.end <= firstLineEnd;
  };
  // The attribution closes the headline («… — власти»): the body's first particular speaker in its region told it.
  const closes = (f: Fact) => CLOSES.test(text.slice(f.fields.claimant!.end, firstLineEnd));
  const vague = (f: Fact) => f.claimant?.role === 'official' && f.claimant.name === null && inHeadline(f);
  if (!facts.some(vague)) return [...facts];
  // "Russia says 30 drones downed over Black Sea" over "…, Moscow's Defense Ministry said", "Moscow says it destroyed
  // drone targeting Belgorod" over "Russia's defence ministry says drone … did not cause any damage": where no body
  // fact of its kind and region gives a speaker, a side speaking in the headline is the lead's speaker when that
  // speaker's own phrase names the same side and no other: the lead retells the headline, and the side's voice is named.
  const leadSide = (f: Fact): Fact | null => {
    if (!lead || closes(f) || lead.span.start < firstLineEnd) return null;
    const who = lead.claimant;
    if (who.role === 'media' || (who.name === null && who.role === 'official')) return null;
    // A governor, mayor or military administration speaks for its own area: where no body fact of the headline fact's
    // region gives a speaker, such a lead speaker tells of another place, not the side's words.
    if (who.role !== null && LOCAL_ROLES.has(who.role)) return null;
    const side = sidesIn(text, views, f.fields.claimant!.start, f.fields.claimant!.end);
    const phrase = speakerPhrase(text, lead.span.start);
    const named = sidesIn(text, views, phrase, lead.span.end);
    if (side.size !== 1 || named.size !== 1 || ![...named].every((c) => side.has(c))) return null;
    // "The attacks came as Kyiv's air force said Russia fired 38 drones": a speaker inside a clause of the lead's own
    // tells that clause, maybe another event; only one whose phrase opens its clause (a side's name and an article at
    // most before it) speaks for the lead.
    if (wordsBefore(text, views, phrase, lead.span.start) > 1) return null;
    if (!retellsHeadline(f, lead, facts, sentenceAt(views)(lead.span.start))) return null;
    return {
      ...f,
      claimant: who,
      fields: { ...f.fields, claimant: { ...lead.span, inferred: true } },
    };
  };
  const copies = new Set<Fact>();
  const moved = facts.map((f) => {
    if (!vague(f)) return f;
    if (!f.region) return leadSide(f) ?? f;
    // "Russia says it foiled a drone attack on Moscow" over "Russia's defence ministry said … over Moscow", "Kyiv says 3
    // killed in Odesa" over "…, Oleh Kiper, head of the Odesa regional military administration, said": a side that
    // speaks in the headline is the body's speaker where the body tells the same kind of fact in the same region;
    // a body that tells other things need not be retelling the side's words, which then stay the side's.
    // Nor is a speaker of the other side the side's voice ("Ukraine says 15 drones downed" over "Russian Defence
    // Minister Andrei Belousov said …").
    const sameKind = !closes(f);
    const side = sameKind ? sidesIn(text, views, f.fields.claimant!.start, f.fields.claimant!.end) : new Set();
    const sameSide = (b: Fact) => {
      if (side.size === 0) return true;
      const speaker = speakerPhrase(text, b.fields.claimant!.start);
      const named = sidesIn(text, views, speaker, b.fields.claimant!.end);
      // A regional official whose phrase names no side speaks for the region's country: "governor Alexander Khinshtein"
      // of a fact in Kursk is Russia's, "regional governor Oleksandr Prokudin" of one in Kherson Ukraine's; neither is
      // the voice of the other side's headline ("Kyiv says 15 drones hit Kursk").
      // Not so in a region with heads on both sides: "governor Yevgeny Balitsky" of a fact in Zaporizhzhia is the
      // head Russia installed, "Ivan Fedorov" there Ukraine's. A speaker of such a region whose phrase names no side
      // is no side's known voice, so the headline's side keeps its own words (two voices, as the report gives them).
      // Only a head the data knows by side ("Oleksandr Prokudin", "Sergei Aksyonov") speaks for that side there.
      const known = b.claimant?.name ? official(b.claimant.name)?.side : null;
      if (known && named.size === 0) named.add(known);
      if (named.size === 0 && b.region && TWO_SIDED.has(b.region.code)) return false;
      const local = b.claimant?.role != null && LOCAL_ROLES.has(b.claimant.role);
      const country = local && named.size === 0 && b.region ? countryOfRegion(b.region.code) : null;
      if (country) named.add(country);
      return named.size === 0 || [...named].some((c) => side.has(c));
    };
    const body = facts.find(
      (b) =>
        b.region?.code === f.region?.code &&
        (!sameKind || (b.kind === f.kind && b.fields.claimant !== undefined && sameSide(b))) &&
        b.claimant !== null &&
        (b.claimant.name !== null || b.claimant.role !== 'official') &&
        // An outlet the body cites («По данным Mash») is no more particular a speaker than the authorities.
        b.claimant.role !== 'media' &&
        b.fields.claimant !== undefined &&
        b.fields.claimant.start >= firstLineEnd,
    );
    if (!body?.claimant || !body.fields.claimant) return leadSide(f) ?? f;
    // "Kyiv says 3 killed in Odesa" over "… killed three people, Oleh Kiper … said": the headline's copy now tells what
    // the body's does, by the same speaker: one statement told twice, so one fact (the body's, whose span holds it).
    if (sameKind && toldAlike(f, body)) copies.add(f);
    return {
      ...f,
      claimant: body.claimant,
      fields: { ...f.fields, claimant: { ...body.fields.claimant, inferred: true } },
    };
  });
  return copies.size === 0 ? moved : moved.filter((_f, i) => !copies.has(facts[i]!));
}

/** "Russia says it shot down 20 drones" over "Russian Foreign Ministry spokeswoman Maria Zakharova said Ukraine's
 *  attacks would not go unpunished", or over "Ukraine's Energy Minister … said drones damaged energy infrastructure": a
 *  voice of the side that tells something else is not the headline's source. The lead's speaker retells the headline
 *  fact `f` when one of his own facts tells its kind (of its region, and its figure, where both give one); when his
 *  sentence gives its figure and names no other region ("Russia Says Its Military Downed Three More Drones Outside Moscow" over
 *  "Russia's Defense Ministry said three drones were brought down outside Moscow", a verb no rule reads); or when he is
 *  given no fact of his own and his sentence names its weapon and no other region ("Kiev claims record drone attack" over "Russia has used
 *  75 Geran-2 drones in its aerial assault, the Ukrainian Air Force has said"). */
function retellsHeadline(
  f: Fact,
  lead: ClaimantFound,
  facts: readonly Fact[],
  view: SentenceView | undefined,
): boolean {
  const own = facts.filter((b) => b.fields.claimant?.start === lead.span.start);
  if (own.some((b) => b.kind === f.kind && sameRegion(f, b) && sameFigure(f, b))) return true;
  if (!view) return false;
  const count = f.count;
  // "the border region" names none: only a sentence that names regions, none of them the fact's, tells of elsewhere.
  const regions = view.places.filter((p) => countryOfRegion(p.code) !== null);
  const inRegion = f.region === null || regions.length === 0 || regions.some((p) => p.code === f.region!.code);
  if (count !== null && inRegion && view.numbers.some((n) => n.count.value === count.value)) return true;
  return (
    own.length === 0 && f.weapon !== null && inRegion && view.hits.some((h) => h.value.weapon?.weapon === f.weapon)
  );
}

const sameRegion = (f: Fact, g: Fact) => f.region === null || g.region === null || f.region.code === g.region.code;

/** The same figure, or either gives none; alike whether or not each says "about" (a headline rounds its words). */
function sameFigure(f: Fact, g: Fact): boolean {
  return (
    f.count === null || g.count === null || sameCount({ ...f.count, approx: false }, { ...g.count, approx: false })
  );
}

/** The regions whose heads are on both sides (data/gazetteer/two-sided-regions.json). */
const TWO_SIDED: ReadonlySet<string> = new Set(twoSided.regions);

/** Two facts of one kind and region that give the same values: weapon, count, toll. */
function toldAlike(f: Fact, g: Fact): boolean {
  // Figures alike whether or not each says "about": the headline rounds its words, not its numbers.
  const bothOrNone = (f.count === null) === (g.count === null);
  const a = f.casualties;
  const b = g.casualties;
  const sameToll = a === null || b === null ? a === b : CASUALTY_FIELDS.every((k) => a[k] === b[k]);
  return (
    f.kind === g.kind &&
    f.region?.code === g.region?.code &&
    f.weapon === g.weapon &&
    f.weapon_model === g.weapon_model &&
    f.object === g.object &&
    bothOrNone &&
    sameFigure(f, g) &&
    sameToll
  );
}

const CLOSES = /^[^\p{L}\p{N}]*$/u;

const RUSSIA_POSSESSIVE = new RegExp(`(?<![\\p{L}])(?:${anyOf('russia_possessive')})(?![\\p{L}])`, 'u');
const UKRAINE_POSSESSIVE = new RegExp(`(?<![\\p{L}])(?:${anyOf('ukraine_possessive')})(?![\\p{L}])`, 'u');

/** The countries a stretch of text names: a side's name, adjective or possessive ("Russia", "Ukrainian", «російські»,
 *  "Russia's"), or a place of one of them ("Kyiv", "Odesa"). */
function sidesIn(text: string, views: readonly SentenceView[], start: number, end: number): Set<Country> {
  const view = sentenceAt(views)(start);
  const found = new Set<Country>();
  if (!view) return found;
  const stretch = text.slice(start, end);
  if (RUSSIA_POSSESSIVE.test(stretch)) found.add('RU');
  if (UKRAINE_POSSESSIVE.test(stretch)) found.add('UA');
  for (const h of view.hits) {
    if (h.start < start || h.end > end) continue;
    if (h.value.country) found.add(h.value.country);
    if (h.value.categories.has('russian')) found.add('RU');
    if (h.value.categories.has('ukrainian')) found.add('UA');
  }
  for (const p of view.places) {
    if (p.start < start || p.end > end) continue;
    const country = countryOfRegion(p.code) ?? (p.code === 'RU' || p.code === 'UA' ? p.code : null);
    if (country) found.add(country);
  }
  return found;
}

/** The words between `start` and `end` that name no side (an article, a clause's own words): "Russia's" counts none,
 *  "The attacks came as Kyiv's" four. */
function wordsBefore(text: string, views: readonly SentenceView[], start: number, end: number): number {
  const view = sentenceAt(views)(start);
  const chars = [...text.slice(start, end)];
  const blank = (from: number, to: number) => {
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) chars[i - start] = ' ';
  };
  for (const re of [RUSSIA_POSSESSIVE_ALL, UKRAINE_POSSESSIVE_ALL])
    for (const m of text.slice(start, end).matchAll(re)) blank(start + m.index, start + m.index + m[0].length);
  for (const h of view?.hits ?? [])
    if (h.value.country || h.value.categories.has('russian') || h.value.categories.has('ukrainian'))
      blank(h.start, h.end);
  for (const p of view?.places ?? []) blank(p.start, p.end);
  return chars.join('').match(/\p{L}+/gu)?.length ?? 0;
}

const RUSSIA_POSSESSIVE_ALL = new RegExp(RUSSIA_POSSESSIVE.source, 'gu');
const UKRAINE_POSSESSIVE_ALL = new RegExp(UKRAINE_POSSESSIVE.source, 'gu');

/** Where the phrase that names a speaker begins: after the clause mark before its span, else the sentence's start
 *  ("Russia's Defence Ministry said …", "…, Oleh Kiper, head of the Odesa regional military administration, said"). */
function speakerPhrase(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 80), start);
  const mark = Math.max(...[',', ';', ':', '\u2014', '\u2013', '(', '\n', '.'].map((c) => before.lastIndexOf(c)));
  return mark < 0 ? Math.max(0, start - 80) : start - before.length + mark + 1;
}

/** Where a headline ends: the first line break after some text, when more text follows it. */
function headlineEnd(text: string): number {
  const start = text.search(/\S/u);
  if (start < 0) return -1;
  const end = text.indexOf('\n', start);
  return end > 0 && /\S/u.test(text.slice(end)) ? end : -1;
}
