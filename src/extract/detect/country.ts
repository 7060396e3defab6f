import type { Country, Fact, FactKind } from '../../core/types.ts';
import type { Hit } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { clauseAround, clauseJoins, clearRegion, hitsOf, type SentenceView, setField } from '../view.ts';
import { launchingSide } from './locate.ts';
import { factNationwide, likened, toldAt, wholeCountryHits } from './nationwide.ts';

/** After a country's adjective, a `place_noun`, at most one `border_word` between ("Russian border village"), that
 *  ends its noun phrase: "the Russian city council" is a body, not a place (`place_body`). */
const NOUN_AFTER = new RegExp(
  `^\\s+(?:(?:${anyOf('border_word')})\\s+)?(?:${anyOf('place_noun')})(?![\\p{L}'’-])(?!\\s+(?:${anyOf('place_body')})(?![\\p{L}-]))`,
  'iu',
);

// The occupied Ukrainian regions, whose towns a speaker on the other side calls "a Russian city" (Horlivka,
// Sevastopol): that phrase, a country's adjective right before a `claimed_town` noun, does not move a fact out of
// them. "A Russian village", "Russian Border Region" still do (the headlines over leads on Crimea, on Donetsk).
const OCCUPIED: ReadonlySet<string> = new Set(['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40']);
const CLAIMED_TOWN = new RegExp(`^\\s+(?:${anyOf('claimed_town')})(?![\\p{L}'’-])`, 'iu');

/** A country named right after a border phrase, at most two words between ("on the border with its ally
 *  Romania", "a district bordering Poland"), lies across that border; one right after "from", perhaps through a
 *  `from_frame` ("drones launched from Belarus", "from the territory of Belarus"), is where the weapons came from
 *  (docs/eval.md: places an attack was launched from are no place of its). Neither is where the fact is. A country
 *  further on, after a verb or preposition, is not the launch site: "drones from Belarus attacked Ukraine". */
const ELSEWHERE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${anyOf('across_border')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}|(?:${anyOf('from')})\\s+(?:(?:${anyOf('from_frame')})\\s+)?)$`,
  'iu',
);

/**
 * A fact that names no region and no place may still say which country it is told of: «атака дронами и ракетами по
 * всей Украине», «Воздушные силы Украины: сбиты 85% дронов», "Russia launched 100 drones at Ukraine". Such a fact is a
 * nationwide total; it gets `country` (with its span) so that resolution can keep the nationwide facts of a night
 * together and apart from each region's.
 *
 * The country after the fact's own verb comes first («Минобороны России: удар по объектам Украины» is told of
 * Ukraine); failing that, the nearest one before it, unless that word is the side named as the subject ("Russia
 * launched"). Only the lexicon's `countries` words count, which are oblique forms in Russian and Ukrainian.
 */
export function applyCountry(fact: Fact, view: SentenceView, text: string): void {
  // "Russia sent 48 drones and missiles across the country" after a sentence on Odesa: the whole country's
  // figure, not Odesa's. Only a phrase before the fact's verb or in its own clause (detect/nationwide.ts): an aside
  // after it («…, поблагодарив ПВО, которые защищают небо по всей Украине») or a likeness («как и во многих регионах
  // Украины») leaves the town its facts.
  const fromContext = (f: 'region' | 'place') => fact[f] === null || fact.fields[f]?.inferred === true;
  // "Three hurt in a drone strike on Poltava as sirens blared across Ukraine", "alerts were declared nationwide after a
  // missile hit Dnipro": an alert, outage, interception or airport closure whose own clause tells the whole country
  // takes no region from a place named in another clause of its sentence (`wholeClause`); a strike, damage, a fire or
  // a toll keeps the town it was told in.
  if (fact.region !== null && wholeClause(view, text, fact)) {
    clearRegion(fact);
  }
  if (fact.region !== null && fromContext('region') && fromContext('place') && factNationwide(view, text, fact)) {
    clearRegion(fact);
  }
  // "A drone hit a transformer in a Russian village" after a sentence on Mykolaiv: a region read from
  // context gives way to an unnamed place the fact's own sentence puts in the other country (`placedElsewhere`). The
  // fact is not told of the whole country, so it gets no `country` from that phrase.
  if (
    fact.region !== null &&
    fromContext('region') &&
    fromContext('place') &&
    placedElsewhere(view, text, fact.region.code)
  ) {
    clearRegion(fact);
  }
  // A region read from context (the report's only region, the sentence before) gives way to another country named in
  // the fact's own sentence: «сбить удалось 51 дрон в девяти областях Украины» in a post that also tells of Rostov.
  // A town read from context is borrowed the same way: "Ukrainian drones strike deep inside Russia" over a lead whose
  // next sentence names Kyiv is Russia's, not Kyiv's.
  const borrowed = fact.region !== null && fact.fields.region?.inferred === true && fromContext('place');
  if (!borrowed && (fact.region !== null || fact.place !== null)) return;
  // "70 of 88 drones launched by Russia": the side that launched is who attacked, not where (`launchingSide`).
  const side = launchingSide(text, view);
  const named = view.hits.filter(
    (h) =>
      h !== side &&
      h.value.country !== undefined &&
      !likened(view, text, h) &&
      !ELSEWHERE.test(text.slice(view.span.start, h.start)),
  );
  // "launched 60 drones at Ukraine …, adding that 51 were shot down": a side's name after a target preposition is
  // the target, not the subject.
  const aimedAt = (h: (typeof named)[number]) =>
    view.hits.some(
      (p) =>
        p.value.categories.has('target_preposition') && p.end <= h.start && /^\s+$/u.test(text.slice(p.end, h.start)),
    );
  const townBorrowed = borrowed && fact.place !== null;
  const hit = townBorrowed
    ? named.find((h) => h.start >= toldAt(fact) && toldInside(view, text, fact, h))
    : (named.find((h) => h.start >= toldAt(fact)) ??
      named.findLast((h) => h.end <= toldAt(fact) && (!h.value.categories.has('attacker') || aimedAt(h))));
  if (townBorrowed && !hit) return;
  if (!hit?.value.country) {
    attackedSide(fact, side);
    return;
  }
  if (borrowed && fact.region !== null) {
    if (fact.region.code.startsWith(`${hit.value.country}-`)) return;
    clearRegion(fact);
  }
  fact.country = hit.value.country;
  setField(fact, 'country', { start: hit.start, end: hit.end, text: hit.text });
}

/** A word right before a country's name that puts a fact inside it: "deep inside Russia", "on Russian soil", "in
 *  Russia" (`inside_country` words, target and place prepositions). */
const INSIDE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('inside_country')}|${anyWordOf('target_preposition')}|${anyWordOf('place_preposition')})\\s+$`,
  'iu',
);

/** Whether the country `hit` is told as where something is, a preposition or an `inside_country` word right before it
 *  ("strike targets within Russia", "attacks on Russian soil"). */
export function countryAsPlace(text: string, hit: Hit): boolean {
  return hit.value.country !== undefined && INSIDE_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

const OTHER_EVENT = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('other_event_time')})(?![\\p{L}])`, 'iu');

/** Whether the country `hit`, after the fact's verb, tells where the fact was, strongly enough to undo a town read
 *  from context: a preposition or an `inside_country` word right before it, and no `since` word (the war's span: "hit
 *  for the first time since the start of the war in Ukraine") nor a verb of blame (the side blamed: "as Moscow blames
 *  Ukraine") between the verb and it. */
function toldInside(view: SentenceView, text: string, fact: Fact, hit: Hit): boolean {
  if (!INSIDE_BEFORE.test(text.slice(view.span.start, hit.start))) return false;
  const at = toldAt(fact);
  // "Drone hits apartment block days before talks in Belarus": a word of another event's time between the verb and
  // the country makes it that event's place (review 40a #4).
  if (OTHER_EVENT.test(text.slice(at, hit.start))) return false;
  return !view.hits.some(
    (h) =>
      h.start >= at && h.end <= hit.start && (h.value.categories.has('since') || h.value.categories.has('accuses')),
  );
}

const OTHER_SIDE: Readonly<Partial<Record<Country, Country>>> = { RU: 'UA', UA: 'RU' };

/** A side's launch that names no country and no place ("70 of 88 drones launched by Russia", "Russia launched 60
 *  drones overnight, and air defence destroyed 48") is told of the other side's country: the Air Force's nightly total
 *  is Ukraine's, never Russia's. The country is inferred, its span the side's name. Only an interception total with no
 *  region: a strike told of a side's launch ("Russia launched a barrage of missiles, killing one", "Ukraine launched an
 *  attack on the city with eight drones") is often one city's, told before or after. Only a side that is a country (not
 *  "the enemy", whose side depends on who speaks). */
function attackedSide(fact: Fact, side: Hit | null): void {
  const country = side?.value.country && OTHER_SIDE[side.value.country];
  if (!side || !country || fact.region !== null || fact.place !== null || fact.kind !== 'interception') return;
  fact.country = country;
  setField(fact, 'country', { start: side.start, end: side.end, text: side.text }, true);
}

/** Whether the sentence puts an unnamed place in a country other than the region `code`'s, and in none of that
 *  region's country: a country's adjective right before a `place_noun`, at most a `border_word` between ("a Russian
 *  village", "Russian Border Region", "a Ukrainian city"). A sentence naming a village of each country says nothing
 *  against either; "Russian-held", "Russian-occupied" towns lie in Ukraine and are no such place, nor is "a Russian city"
 *  said of a town in an occupied region (`OCCUPIED`, `CLAIMED_TOWN`). */
export function placedElsewhere(view: SentenceView, text: string, code: string): boolean {
  const countries: string[] = [];
  for (const [cat, country] of [
    ['russian', 'RU'],
    ['ukrainian', 'UA'],
  ] as const)
    for (const a of hitsOf(view, cat))
      if (
        !a.value.categories.has('capital') &&
        !(country === 'RU' && OCCUPIED.has(code) && CLAIMED_TOWN.test(text.slice(a.end, view.span.end))) &&
        NOUN_AFTER.test(text.slice(a.end, view.span.end))
      )
        countries.push(country);
  return countries.length > 0 && countries.every((c) => !code.startsWith(`${c}-`));
}

/** The kinds a wave tells of the whole country by nature: an alert, an outage, a count of interceptions, airports
 *  shut. A strike, damage, a fire or a toll told beside a nationwide wave is the harm it did in the town named in
 *  another clause ("Russia launched a massive attack across Ukraine, hitting energy facilities in Lviv"), which keeps
 *  its region. */
const WHOLE_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'alert',
  'power_outage',
  'interception',
  'airport_disruption',
]);

const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('part_marker')}|${anyOf('including')})(?![\\p{L}])`, 'iu');

/** Whether the fact is of a kind the whole country has by nature (`WHOLE_KINDS`) and its own clause (marks and the
 *  `clause_join` and `contrast` words bound it, "as", "after", "while": view.ts `clauseAround`) holds a phrase that
 *  tells the whole country (`nationwide`, not a likeness), while the span its region was read from, stated in this
 *  sentence, lies outside that clause: "three hurt in a drone strike on Poltava as sirens blared across Ukraine" puts
 *  the sirens across the country, not in Poltava. A place in the fact's own clause ("sirens sounded in Kyiv and across
 *  the country") keeps it, as does one after a part marker ("alerts across Ukraine, including in Kyiv") or one whose
 *  own clause tells an event of the fact's kind; so does a region read from context, which `factNationwide` judges. */
function wholeClause(view: SentenceView, text: string, fact: Fact): boolean {
  if (!WHOLE_KINDS.has(fact.kind)) return false;
  const region = fact.fields.region;
  if (!region || region.inferred || region.start < view.span.start || region.end > view.span.end) return false;
  if (hitsOf(view, 'nationwide').length === 0) return false;
  const at = toldAt(fact);
  const joins = clauseJoins(view);
  const clause = clauseAround(text, view, { start: at, end: at }, joins);
  if (region.start >= clause.start && region.end <= clause.end) return false;
  if (!wholeCountryHits(view, text).some((h) => h.start >= clause.start && h.end <= clause.end)) return false;
  // "missile strikes across Ukraine, including on Lviv": a place after a part marker is a part of the whole.
  if (region.start >= clause.end && PART_BEFORE.test(text.slice(clause.end, region.start))) return false;
  // "Sirens sounded in Odesa as alerts were declared across Ukraine": the place's own clause tells an event of the
  // fact's kind (a word of that kind, «тревога» for an alert), which the fact (one for the sentence) is too; the town
  // keeps it.
  const placeClause = clauseAround(text, view, region, joins);
  const ofKind = (h: Hit) => (h.value.categories as ReadonlySet<string>).has(fact.kind);
  return !view.hits.some((h) => h.start >= placeClause.start && h.end <= placeClause.end && ofKind(h));
}
