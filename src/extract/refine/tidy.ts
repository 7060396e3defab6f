import { pushTo } from '../../core/multimap.ts';
import type { Fact, Weapon } from '../../core/types.ts';
import { isDownedAircraft } from '../detect/downed-aircraft.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { lend, sameSpeaker } from './lend.ts';

const MISSILES: readonly Weapon[] = ['cruise_missile', 'ballistic_missile'];
// What happened, beside which damage told nowhere is part of the incident: a fire or a power cut is told as one too
// («Пошкоджено об'єкт енергетичної інфраструктури, виникла пожежа»).
const EVENTS: ReadonlySet<Fact['kind']> = new Set([
  'strike',
  'interception',
  'explosion',
  'debris',
  'casualties',
  'fire',
  'power_outage',
]);
/** The grid: damage to it is the news itself, told before anyone names its place or cause («Повреждена подстанция»,
 *  "an energy facility was damaged"). Not any plant, as run.ts keeps with no attack: «зруйновані корпуси заводів» in
 *  an interview describes the war. */
const GRID_OBJECTS: ReadonlySet<string> = new Set(['energy_infrastructure']);

// «Ще один Су-25 збили вранці», "Another Su-25 was downed": one more aircraft, not the one told already.
const ANOTHER = new RegExp(`(?<![\\p{L}])(?:${anyOf('another')})(?![\\p{L}])`, 'iu');

/** What names a downed aircraft, folded: the model its object span ends on («літак Су-25», «Су-25»: «су-25»), else its
 *  word («літак», «гелікоптер»). One model told twice is one aircraft; two models are two. */
const aircraftWord = (f: Fact) => f.fields.object?.text.toLowerCase().split(/\s+/u).at(-1) ?? null;

// «Ще 94 обстріли», "12 more strikes": a count marked as added to one told before, a tally of its own.
const MORE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyWordOf('increment')})\\s+$`, 'iu');
const MORE_AFTER = new RegExp(`^\\s+(?:${anyWordOf('increment')})(?![\\p{L}])`, 'iu');

const stated = (f: Fact) => f.count !== null && f.fields.count !== undefined && !f.fields.count.inferred;

/** Whether a fact's count is marked as more than told before: the increment word right before or after its number. */
function added(f: Fact): boolean {
  const n = f.fields.count;
  if (!n || n.start < f.evidence.start || n.end > f.evidence.end) return false;
  const text = f.evidence.text;
  return (
    MORE_BEFORE.test(text.slice(0, n.start - f.evidence.start)) || MORE_AFTER.test(text.slice(n.end - f.evidence.start))
  );
}

/** The first position of a list in the facts' order whose fact comes after position `i`. */
function firstAfter(list: readonly { at: number }[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const known = (c: { killed: number | null; injured: number | null }) =>
  (c.killed === null ? 0 : 1) + (c.injured === null ? 0 : 1);

/**
 * Last touches on one report's facts, each a reading a careful analyst makes of the whole post:
 * - An alert with no place, followed by alerts that name places, is their header («Загроза балістики! Київ,
 *   Київська область — в укриття!»): the placed ones say it.
 * - A second strike on the same region whose weapon came from context is the same strike told again («О 19:05
 *   росіяни атакували Запоріжжя КАБами. Зафіксовано 3 влучання…»): it lends its count and goes.
 * - "Missiles" in a report whose only missiles are of one type are that type («атакував двома балістичними
 *   ракетами … Зафіксовано влучання ракет у Харкові»), marked as read from context. The type may be named where no
 *   fact was read (`named`: every weapon word of the report but those a sentence of no attack names only as given
 *   or allowed, run.ts `weaponsUsed`): «атакували з моря ракетами, імовірно Х-101/Х-555. 8 ракет було знищено
 *   над Одещиною». A named model of the plain class (Kh-59) beside it leaves them unknown.
 * - An explosion told nowhere (no region, place, object or country) is a figure of speech, not an incident.
 * - Damage that names neither what was damaged nor where (no object, detail, place or country) is no fact: the noun
 *   alone is an abstraction («руйнування правового порядку») or a report that none is known («даних про
 *   руйнування чи постраждалих поки немає»), and no incident could hold it. Damage told nowhere in a post that
 *   tells no attack, blast, debris, toll, fire or power cut is a description («зруйновані корпуси заводів» in an interview),
 *   dropped too, unless what was damaged is the grid («Пошкоджено підстанцію» is news).
 * - A toll told in part and again in full by the same speaker in one region (a headline's "five killed", its body's
 *   "five killed and 37 wounded") is one casualties fact: the fuller one.
 */
export function tidyFacts(
  facts: readonly Fact[],
  named: readonly { weapon: Weapon; model: string | null }[] = [],
  defended: (blast: Fact) => boolean = () => false,
): Fact[] {
  const dropped = new Set<Fact>();
  for (const f of facts) {
    // A blast nowhere («краща санкція – це бавовна») is a figure of speech: no later claim of a strike could join it.
    if (f.kind === 'explosion' && f.region === null && f.place === null && f.object === null && !f.country) {
      dropped.add(f);
      continue;
    }
    if (
      f.kind === 'damage' &&
      f.object === null &&
      f.detail === null &&
      f.region === null &&
      f.place === null &&
      !f.country
    )
      dropped.add(f);
  }
  // Damage told nowhere in a report that tells no attack and no toll is a description, not an incident: «згорілі склади,
  // зруйновані корпуси заводів» in an interview, «руйнування підприємств» among a dam's consequences.
  const attacked = facts.some((g) => EVENTS.has(g.kind) && !dropped.has(g));
  for (const f of facts) {
    if (f.object !== null && GRID_OBJECTS.has(f.object)) continue;
    if (f.kind === 'damage' && !attacked && f.region === null && f.place === null && !f.country) dropped.add(f);
  }
  // An explosion is only a fact while nothing says what caused it: once the report tells a strike or an
  // interception in the same region, that is the fact and the blast is part of it. A strike told of no region (a
  // country's wave, "Russia sent 40 missiles at Ukraine … Blasts were heard in Lviv and Poltava") does not say
  // where it fell: the blasts are where the report places the wave, each an explosion of its own place.
  // (Each rule below reads an index of the facts it compares rather than every fact again: a report of thousands of
  // facts stays linear.)
  // A cause that names nothing it hit and whose region was only lent by the blast's own sentence ("The air force said
  // it shot down 30 drones. A witness heard explosions in Kharkiv overnight": the tally takes Kharkiv from the next
  // sentence until the national tally's country takes it back; a headline's blasts in Kyiv lend Kyiv to the body's
  // interception) tells nothing of that place: the blast stays the report's own. One that names what it hit ("Blasts in
  // Makiivka. An oil depot was probably hit") is what the blast was.
  const causes = facts.filter((g) => g.kind === 'strike' || g.kind === 'interception' || g.kind === 'debris');
  const causesIn = new Map<string | undefined, Fact[]>();
  for (const g of causes) pushTo(causesIn, g.region?.code, g);
  const lentBy = (g: Fact, blast: Fact) => {
    const region = g.fields.region;
    return (
      region?.inferred === true &&
      g.object === null &&
      region.start >= blast.evidence.start &&
      region.end <= blast.evidence.end
    );
  };
  for (const f of facts) {
    if (f.kind !== 'explosion') continue;
    // "Explosions in Kharkiv were from air defence fire": a blast whose sentence names the defence is the
    // interception itself, whichever sentence placed it (review 40a #5).
    const caused = (g: Fact) => !lentBy(g, f) || defended(f);
    if (f.region === null ? causes.length > 0 : causesIn.get(f.region.code)?.some(caused)) dropped.add(f);
  }
  const placedAlerts = new Set(facts.filter((f) => f.kind === 'alert' && f.region !== null).map((f) => f.weapon));
  for (const f of facts) {
    if (f.kind !== 'alert' || f.region !== null || placedAlerts.size === 0) continue;
    if (f.weapon === null || placedAlerts.has(null) || placedAlerts.has(f.weapon)) dropped.add(f);
  }
  // Each region's strikes by their place in the list: the first strike before `later` on its region, not dropped, is
  // found there as the walk of every fact before it finds it (no kind or region changes in this loop).
  const strikesOn = new Map<string, number[]>();
  for (const [i, f] of facts.entries()) {
    if (f.kind !== 'strike' || f.region === null) continue;
    const on = strikesOn.get(f.region.code);
    if (on) on.push(i);
    else strikesOn.set(f.region.code, [i]);
  }
  // A count that is one item of a summary's list of tallies («9 РСЗВ-обстрілів …, 6 авіаударів по Оріхову»: exact
  // strike counts of one sentence that differ) is no rough total a later sentence corrects: «94 артобстріли прийшлися
  // по …» after it is one more tally. Read once, by sentence, so a long list stays linear.
  const exact = (f: Fact) => f.kind === 'strike' && stated(f) && f.count !== null && !f.count.approx;
  const listedCounts = new Map<number, Set<number | null>>();
  for (const f of facts) {
    if (!exact(f)) continue;
    const values = listedCounts.get(f.evidence.start) ?? new Set<number | null>();
    values.add(f.count?.value ?? null);
    listedCounts.set(f.evidence.start, values);
  }
  // Its own value is in the set: another, different one makes two.
  const listed = new Set(facts.filter((f) => exact(f) && (listedCounts.get(f.evidence.start)?.size ?? 0) > 1));
  for (const [i, later] of facts.entries()) {
    if (later.kind !== 'strike') continue;
    const on = later.region === null ? undefined : strikesOn.get(later.region.code);
    let first: Fact | undefined;
    for (const j of on ?? []) {
      if (j >= i) break;
      if (!dropped.has(facts[j]!)) {
        first = facts[j];
        break;
      }
    }
    if (!first) continue;
    // «9 РСЗВ-обстрілів по Оріхову. Ще 94 артобстріли прийшлися по Оріхову»: a later count marked as added to the
    // first is a tally of its own, and so is each count of one sentence's list («7 РСЗВ-обстрілів Степового, 5
    // авіаударів по Оріхову»). Not a count corrected or summed up («близько 90 … Точніше, 94», "In total there were 12
    // strikes"): among the items of one sentence, approximate counts and a later strike whose weapon is only inferred
    // are one strike told again. A count marked as more stays apart whatever its precision («Ще близько 40 обстрілів»).
    const apart =
      stated(first) &&
      stated(later) &&
      (added(later) ||
        (listed.has(first) &&
          !first.count?.approx &&
          !later.count?.approx &&
          first.count?.value !== later.count?.value) ||
        (first.evidence.start === later.evidence.start &&
          !first.count?.approx &&
          !later.count?.approx &&
          !later.fields.weapon?.inferred &&
          first.count?.value !== later.count?.value));
    // A tally of its own lends nothing either way: «9 РСЗВ-обстрілів Роботиного, 6 авіаударів по Оріхову» names no
    // weapon for the air strikes.
    if (apart) continue;
    // «Ворог атакував Харківщину. У Золочеві КАБ пошкодив будинок»: the attack the first sentence announced, told with
    // its weapon; the weapon joins the announcement.
    if (first.weapon === null && later.weapon !== null && first.fields.weapon === undefined) {
      first.weapon = later.weapon;
      first.weapon_model = later.weapon_model;
      if (later.fields.weapon) first.fields.weapon = later.fields.weapon;
    } else if (later.fields.weapon?.inferred === false) continue;
    if (later.weapon !== null && first.weapon !== later.weapon) continue;
    lend(first, later, 'count');
    lend(first, later, 'object');
    // "Civilians killed in Russian strike on homes" over "…, officials say": the headline's strike told again with who
    // says so.
    lend(first, later, 'claimant');
    dropped.add(later);
  }
  // One report, one disruption per city: «Аэропорт Внуково: ограничения. … три рейса направлены в Нижний Новгород»
  // is one fact with its airports and its alternates.
  const disruptions = facts.filter((f) => f.kind === 'airport_disruption');
  for (const [i, first] of disruptions.entries()) {
    if (dropped.has(first)) continue;
    let f = first;
    for (const g of disruptions.slice(i + 1)) {
      if (dropped.has(g) || g.region?.code !== f.region?.code) continue;
      // "…restrictions were lifted at 06:40. Flights bound for Sochi were diverted to Krasnodar and Mineralnye Vody.":
      // a diversion that names no airport of its own went to the alternates of the report's closure, told or lifted.
      const alternates = alternatesOnly(g) ? g : alternatesOnly(f) ? f : null;
      if (g.detail !== f.detail && !alternates) continue;
      // «Аэропорт Внуково (Москва). Ограничения сняты в 05:15. Аэропорт Домодедово (Москва). Ограничения сняты в
      // 05:25.»: other airports at another time of their own are two episodes of one city, not one told twice.
      if (apart(f, g)) continue;
      // "Plan Kovyor at Moscow airports" over "… at Sheremetyevo and Zhukovsky airports, Rosaviatsia said": the plural
      // sums up the airports the other sentence names, so the naming fact stands (its airports, evidence, claimant).
      const summary = summedUp(f, g) || summedUp(g, f);
      const [keep, drop] = summedUp(f, g) || alternates === f ? [g, f] : [f, g];
      if (!summary) keep.airports = [...new Set([...keep.airports, ...drop.airports])].sort();
      keep.diverted_to = [...new Set([...keep.diverted_to, ...drop.diverted_to])].sort();
      for (const field of ['airports', 'diverted_to'] as const) {
        const span = drop.fields[field];
        if (span && !keep.fields[field]) keep.fields[field] = span;
      }
      if (summary) {
        lend(keep, drop, 'claimant');
        lend(keep, drop, 'place');
      }
      dropped.add(drop);
      f = keep;
    }
  }
  // «ЗБИТО/ПОДАВЛЕНО 3 РАКЕТИ Х-101 ТА 74 ВОРОЖИХ БПЛА» over a body that says the same: one statement told twice
  // in one report (a headline and its text) is one fact, which keeps what either told of it.
  // Candidates by weapon, value and aggregate, and by region too for a fact that is no downed aircraft (only an
  // aircraft meets a copy in another region or none), each list in the facts' order.
  const told = (g: Fact, region: boolean) =>
    `${g.weapon}|${g.count?.value}|${g.aggregate}${region ? `|${g.region?.code}` : ''}`;
  const byTold = new Map<string, { at: number; fact: Fact }[]>();
  for (const region of [false, true]) {
    for (const [at, g] of facts.entries()) {
      if (g.kind === 'interception') pushTo(byTold, `${region}|${told(g, region)}`, { at, fact: g });
    }
  }
  for (const [i, f] of facts.entries()) {
    if (f.kind !== 'interception' || f.count?.value == null || dropped.has(f)) continue;
    const region = !isDownedAircraft(f);
    const candidates = byTold.get(`${region}|${told(f, region)}`) ?? [];
    // Same kind, weapon, value and aggregate (and region) by the key.
    for (const { fact: g } of candidates.slice(firstAfter(candidates, i))) {
      if (dropped.has(g)) continue;
      // «збито 1 літак, 1 гелікоптер»: two aircraft named apart are two, not one told twice.
      if (isDownedAircraft(f) && aircraftWord(f) !== aircraftWord(g)) continue;
      if (isDownedAircraft(f) && ANOTHER.test(g.evidence.text)) continue;
      // «На Донецькому напрямку збито літак Су-25. Су-25 збили зенітники …»: one model told twice is one aircraft even
      // where only one telling names its place; two places are two.
      const oneModel = isDownedAircraft(f) && (f.region === null || g.region === null);
      if (g.region?.code !== f.region?.code && !oneModel) continue;
      lend(f, g, 'region');
      lend(f, g, 'place');
      for (const part of ['launched', 'hit'] as const) {
        const span = g.fields[part];
        if (f[part] === null && g[part] !== null) {
          f[part] = g[part];
          if (span) f.fields[part] = span;
        }
      }
      // "Russia downs 19 drones" over "Russia said its air defence units downed 19 drones": who says so.
      // A speaker the text states beats one Sitrep inferred for the other copy (a closing speaker lent to it).
      if (f.fields.claimant?.inferred && g.claimant !== null && g.fields.claimant && !g.fields.claimant.inferred) {
        f.claimant = g.claimant;
        f.fields.claimant = g.fields.claimant;
      } else lend(f, g, 'claimant');
      dropped.add(g);
    }
  }
  // «…111 ворожих БпЛА … та дронів інших типів»: an uncounted interception of a weapon the same sentence counts is
  // that count's tail, not another fact.
  const countedBy = new Map<string, Fact[]>();
  for (const g of facts) {
    if (g.kind === 'interception' && g.count !== null) pushTo(countedBy, `${g.weapon}|${g.region?.code}`, g);
  }
  for (const f of facts) {
    if (f.kind !== 'interception' || f.count !== null || f.launched !== null || dropped.has(f)) continue;
    const counted = (countedBy.get(`${f.weapon}|${f.region?.code}`) ?? []).some(
      (g) => g !== f && !dropped.has(g) && g.evidence.start <= f.evidence.start && f.evidence.end <= g.evidence.end,
    );
    if (counted) dropped.add(f);
  }
  // "Four killed in strike on Uman" over "four people were killed and 23 wounded …": a toll told in part (a
  // headline) and in full (its body) in one region, by one speaker, is one toll; the part goes, and lends the full
  // one its claimant.
  const tolls = new Map<string | null, Fact[]>();
  for (const g of facts) {
    if (g.kind === 'casualties' && g.casualties !== null) pushTo(tolls, g.region?.code ?? null, g);
  }
  for (const f of facts) {
    if (f.kind !== 'casualties' || !f.casualties || dropped.has(f)) continue;
    const part = f.casualties;
    // A toll that states both numbers is whole already.
    if (known(part) === 2) continue;
    const fuller = (tolls.get(f.region?.code ?? null) ?? []).find(
      (g) =>
        g !== f &&
        g.casualties !== null &&
        !dropped.has(g) &&
        (part.killed === null || part.killed === g.casualties.killed) &&
        (part.injured === null || part.injured === g.casualties.injured) &&
        known(g.casualties) > known(part) &&
        // Told first in part, then whole: a smaller toll after a full one is another attack's («…один человек погиб
        // и двое ранены. Также дрон атаковал автомобиль, погиб один человек»).
        f.evidence.start < g.evidence.start &&
        // Two people's tolls stay two facts: the mayor's "eight killed" and the governor's "eight killed, 18 hurt".
        sameSpeaker(f.claimant, g.claimant),
    );
    if (!fuller) continue;
    lend(fuller, f, 'claimant');
    lendChildren(fuller, f);
    dropped.add(f);
  }
  const types = new Set(
    [...facts.map((f) => f.weapon), ...named.map((w) => w.weapon)].filter((w) => w !== null && MISSILES.includes(w)),
  );
  // «ракети Х-59 та крилаті ракети Х-101 … 5 ракет знищено»: with a model of the plain class named too, the unnamed
  // missiles may be either.
  const plainModel =
    facts.some((f) => f.weapon === 'missile' && f.weapon_model !== null) ||
    named.some((w) => w.weapon === 'missile' && w.model !== null);
  if (types.size === 1 && !plainModel) {
    const [only] = [...types];
    const source = facts.find((f) => f.weapon === only);
    for (const f of facts) {
      // A named model («Х-59/69») is its own class, whatever else the report fired.
      if (f.weapon !== 'missile' || f.weapon_model !== null || !only) continue;
      f.weapon = only;
      f.weapon_model ??= source?.weapon_model ?? null;
      const field = f.fields.weapon;
      if (field) f.fields.weapon = { ...field, inferred: true };
    }
  }
  return facts.filter((f) => !dropped.has(f));
}

/** `summary`'s airports are a city's plural read as all its airports ("Moscow airports") and `named` names some. */
function summedUp(summary: Fact, named: Fact): boolean {
  return summary.fields.airports?.inferred === true && named.airports.length > 0 && !named.fields.airports?.inferred;
}

/** Two disruptions of one report that name other airports, each at a time of its own that differs from the other's. */
function apart(f: Fact, g: Fact): boolean {
  if (!f.when || !g.when || f.fields.when?.inferred || g.fields.when?.inferred) return false;
  if (f.when.start === g.when.start && f.when.end === g.when.end) return false;
  return f.airports.length > 0 && g.airports.length > 0 && !f.airports.some((a) => g.airports.includes(a));
}

/** A diversion alone: alternates, no airport of its own and no lifting. */
function alternatesOnly(f: Fact): boolean {
  return f.airports.length === 0 && f.diverted_to.length > 0 && f.detail === null;
}

/** "Two children among four killed in strike on Uman" over "four people were killed and 23 wounded": the part told
 *  the children, which the full toll does not; they stay, with their words. */
function lendChildren(to: Fact, from: Fact): void {
  if (!to.casualties || !from.casualties) return;
  for (const key of ['children_killed', 'children_injured'] as const) {
    const n = from.casualties[key] ?? null;
    const evidence = from.fields[key];
    if ((to.casualties[key] ?? null) !== null || n === null || !evidence) continue;
    to.casualties = { ...to.casualties, [key]: n };
    to.fields[key] = evidence;
  }
}
