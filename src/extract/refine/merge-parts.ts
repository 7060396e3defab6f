import type { Fact, Lang } from '../../core/types.ts';
import { lexiconHits } from '../compile.ts';
import type { AttackPart } from '../detect/attack.ts';
import { isDownedAircraft } from '../detect/downed-aircraft.ts';
import { anyOf } from '../grammar.ts';

/** Same weapon (or one unknown) and same region; a part's region taken from context does not count against it:
 *  «Зафіксовано влучання на 6 локаціях» after a list of oblasts still belongs to the national total. */
const SPECIFIC: Partial<Record<string, string[]>> = { missile: ['cruise_missile', 'ballistic_missile'] };

/** «Усі 7 ракет … знищено» after «7 крилатими ракетами»: a generic missile is the same as a specific one. */
function sameWeapon(a: Fact['weapon'], b: Fact['weapon']): boolean {
  if (a === null || b === null || a === b) return true;
  return (SPECIFIC[a]?.includes(b) ?? false) || (SPECIFIC[b]?.includes(a) ?? false);
}

/** A named "missile" model («Х-59/69», Kh-31) is a class of its own: only an unnamed «ракета» may be read as a
 *  specific one («сбили пять ракет» after «шестью … ATACMS»). */
function sameArms(a: Fact, b: Fact): boolean {
  if (a.weapon_model !== null && b.weapon_model !== null) return a.weapon_model === b.weapon_model;
  const modelled = (f: Fact) => f.weapon === 'missile' && f.weapon_model !== null;
  if (a.weapon !== b.weapon && (modelled(a) || modelled(b))) return false;
  return sameWeapon(a.weapon, b.weapon);
}

/** The country a fact is told of: its region's, else the one its sentence names (detect/country.ts). */
const countryOf = (f: Fact): string | null => (f.region ? f.region.code.slice(0, 2) : (f.country ?? null));

function sameTarget(host: Fact, part: Fact): boolean {
  // «Россия атаковала Украину 87 беспилотниками» is not the launch of the 11 shot down over Rostov Oblast.
  const countries = [countryOf(host), countryOf(part)];
  if (countries[0] !== null && countries[1] !== null && countries[0] !== countries[1]) return false;
  const weapons = sameArms(host, part);
  const partRegionStated = part.region !== null && part.fields.region?.inferred === false;
  return weapons && (!partRegionStated || (host.region?.code ?? null) === part.region?.code);
}

/**
 * An air force report says "83 launched" in one sentence, "63 shot down" in the next and "hits at 6 locations" in a
 * third: one interception with launched, count and hit kept apart. A launch or hit with no interception to join
 * stays a strike of its own.
 */
export function mergeParts(
  facts: readonly Fact[],
  parts: readonly AttackPart[],
  text: string,
  allLaunched: ReadonlySet<Fact>,
  wrecks: ReadonlySet<Fact>,
  lang: Lang,
): Fact[] {
  const dropped = new Set<Fact>();
  // Only an interception can host a part, and no kind changes in this loop: the walks for a host read these alone,
  // in the report's order, the same answer as walking every fact.
  const interceptions = facts.filter((f) => f.kind === 'interception');
  for (const { fact, part } of parts) {
    if (part === null) continue;
    // A host is an interception told apart from the part (a weapon-list line is an interception and a part at once).
    const can = (f: Fact) =>
      f !== fact &&
      f.kind === 'interception' &&
      !isDownedAircraft(f) &&
      !dropped.has(f) &&
      (f.count !== null || f.launched === null);
    // «Зафіксовано влучання засобів повітряного нападу на 13 локаціях», «влучання 14 ракет та 6 ударних БпЛА» after
    // a summary of several classes: hits of no class, or of unnamed missiles, can be only those of a weapon some of
    // which got through (more launched than shot down, or a fate untold). When those are of several classes, the
    // number is theirs together and no one fact's hit; when of one class, that class's («влучання ракети» where only
    // the cruise missiles were not all shot down).
    const generic = fact.weapon === null || (fact.weapon === 'missile' && fact.weapon_model === null);
    let open: Fact[] = [];
    if (part === 'hit' && generic && fact.fields.region?.inferred !== false) {
      open = interceptions.filter((f) => can(f) && !f.aggregate && sameTarget(f, fact) && gotThrough(f));
      if (new Set(open.map((f) => f.weapon)).size > 1) {
        dropped.add(fact);
        continue;
      }
    }
    const host =
      open[0] ??
      interceptions.find((f) => can(f) && !f.aggregate && f.weapon === fact.weapon && sameTarget(f, fact)) ??
      interceptions.find((f) => can(f) && !f.aggregate && sameTarget(f, fact)) ??
      interceptions.find((f) => can(f) && f.weapon === fact.weapon && f.region === null);
    if (!host) continue;
    // «Усі 7 ракет … знищено» already said seven came; the launch sentence's seven is the same number, not news.
    const stated = host[part];
    if (stated !== null && stated.value !== fact[part]?.value) continue;
    if (stated === null) host[part] = fact[part];
    // «Все катера уничтожены» after «попытка атаки тремя катерами»: all three.
    if (part === 'launched' && host.count === null && allLaunched.has(host)) {
      host.count = fact.launched;
      if (fact.fields.launched) host.fields.count = { ...fact.fields.launched, inferred: true };
    }
    const field = fact.fields[part];
    if (field) host.fields[part] = field;
    // "Russia launched 85 drones at Ukraine. Air defences shot down 70. … In Kharkiv, a drone hit a house": the tally
    // of a launch told of no region is the country's too, not of the place the report names only after it.
    if (part === 'launched' && fact.region === null && lentBack(host)) {
      host.region = null;
      host.place = null;
      delete host.fields.region;
      delete host.fields.place;
    }
    if (host.region === null && host.country === undefined && fact.country !== undefined) {
      host.country = fact.country;
      if (fact.fields.country) host.fields.country = fact.fields.country;
    }
    absorb(host, fact, text);
    // «Зафіксовано влучання 25 ударних БпЛА в Київській області» after the country's tally: the hits join the total,
    // and the region they name is struck, as each region of a hit list is (listFacts): a strike there, uncounted.
    const borrowed = host.region === null || host.fields.region?.inferred === true;
    const placed = fact.region !== null && fact.fields.region?.inferred === false && borrowed;
    if (part === 'hit' && placed) {
      fact.hit = null;
      delete fact.fields.hit;
      continue;
    }
    dropped.add(fact);
  }
  // The launch sentences whose parts met an interception: an air-force summary's launch list.
  // The strikes of each region, for «the same strike again» below: regions change no more after the loop above, kinds
  // only from a launch to an interception, which the walk's own test still reads.
  const strikesIn = byRegion(facts.filter((f) => f.kind === 'strike'));
  const summary = new Set(
    parts.filter((p) => p.part === 'launched' && dropped.has(p.fact)).map((p) => p.fact.evidence.start),
  );
  // The launches of a summary whose class nothing shot down: interceptions of a fate untold (made so below).
  const untold = parts
    .filter((p) => p.part === 'launched' && summary.has(p.fact.evidence.start) && !dropped.has(p.fact))
    .map((p) => p.fact);
  for (const { fact, part, aimed, weaponCounted } of parts) {
    if (dropped.has(fact)) continue;
    // «атакував 6 балістичними ракетами …, 2 протирадіолокаційними ракетами Х-31 та 121 БпЛА» where the summary then
    // reports the drones shot down and says nothing of the rest: those were launched, their fate untold.
    if (part === 'launched' && summary.has(fact.evidence.start)) {
      fact.kind = 'interception';
      continue;
    }
    // «скинуто 4 КАБ на громаду» with nothing shot down: a strike by four bombs, so four is its count.
    // "Russia sent 26 drones at its territory" with nothing shot down: 26 were aimed, how many struck is untold. One
    // ("launched a Tochka-U missile at the column") is the one that struck.
    if (part === 'launched' && fact.kind === 'strike' && fact.count === null) {
      if (!aimed || fact.launched?.value === 1) {
        fact.count = fact.launched;
        if (fact.fields.launched) fact.fields.count = fact.fields.launched;
      }
      fact.launched = null;
      delete fact.fields.launched;
    }
    // «Влучання в Холодногірському районі» after «ворог атакував Харків двома ракетами»: the same strike again.
    const sameRegion = fact.region === null ? undefined : strikesIn.get(fact.region.code);
    if (part === 'hit' && fact.hit === null && sameRegion?.some((f) => isStrikeOn(f, fact) && !dropped.has(f))) {
      dropped.add(fact);
    }
    // «атакував 2 балістичними ракетами та 50 БпЛА. Збито 40 БпЛА. Зафіксовано влучання 2 балістичних ракет …»: the
    // hits of a class the summary launched and told no fate of are that launch's hit, not a strike told again.
    else if (part === 'hit' && fact.kind === 'strike' && fact.hit !== null && takeHit(fact, untold, dropped)) {
      dropped.add(fact);
    }
    // «влучання дрона в нафтобазу», «после попадания ракеты в гараж» with nothing shot down: a strike, and `hit` is
    // the air force's tally of an interception's hits (docs/eval.md refuses it elsewhere). A number the weapon itself
    // carries (a singular noun is one) is how many struck, its count. A number of hits with no weapon («зафиксировано
    // 9 попаданий», «на 6 локаціях») stays as it was read.
    else if (part === 'hit' && fact.kind === 'strike' && fact.hit !== null && weaponCounted) {
      if (fact.count === null) {
        fact.count = fact.hit;
        if (fact.fields.hit) fact.fields.count = fact.fields.hit;
      }
      fact.hit = null;
      delete fact.fields.hit;
    }
  }
  foldAttacksIntoInterceptions(facts, dropped, text, wrecks, lang);
  return facts.filter((f) => !dropped.has(f));
}

/** Gives a hit fact's hit to the one launch of its own class (named, not generic) that has neither a count nor a hit;
 *  whether it did. */
function takeHit(fact: Fact, launches: readonly Fact[], dropped: ReadonlySet<Fact>): boolean {
  if (fact.weapon === null || (fact.weapon === 'missile' && fact.weapon_model === null)) return false;
  const mine = launches.filter(
    (f) =>
      f !== fact &&
      !dropped.has(f) &&
      f.count === null &&
      f.hit === null &&
      f.launched !== null &&
      f.weapon === fact.weapon &&
      sameTarget(f, fact),
  );
  const host = mine.length === 1 ? mine[0] : undefined;
  if (!host) return false;
  host.hit = fact.hit;
  if (fact.fields.hit) host.fields.hit = fact.fields.hit;
  return true;
}

/** Some of the weapons may have hit: more were launched than shot down, or the report leaves either number untold. */
function gotThrough(f: Fact): boolean {
  const launched = f.launched?.value ?? null;
  const destroyed = f.count?.value ?? null;
  return launched === null || destroyed === null || launched > destroyed;
}

/** A region taken from context that the report names only after the fact (the report's one place). */
function lentBack(f: Fact): boolean {
  const r = f.fields.region;
  return r !== undefined && r.inferred === true && r.start >= f.evidence.end;
}

function isStrikeOn(f: Fact, other: Fact): boolean {
  return f !== other && f.kind === 'strike' && f.region?.code === other.region?.code && f.region !== null;
}

/**
 * «Ворог атакував Дніпропетровщину ударними БпЛА. Сили ППО збили над областю 8 дронів», «завдав удару по Києву
 * двома ракетами … Обидві ракети знищено»: the attack sentence introduces the interception the next one reports.
 * Its number, if any, is how many were launched. A strike that hit something named stays a strike of its own.
 */
function foldAttacksIntoInterceptions(
  facts: readonly Fact[],
  dropped: Set<Fact>,
  text: string,
  wrecks: ReadonlySet<Fact>,
  lang: Lang,
): void {
  // A host is an interception of the strike's region (or of none when it has none); neither kinds nor regions change
  // here, so each region's interceptions, in the report's order, give the walk over every fact's answer.
  const interceptions = byRegion(facts.filter((f) => f.kind === 'interception'));
  for (const strike of facts) {
    if (strike.kind !== 'strike' || strike.weapon === null || dropped.has(strike)) continue;
    if (strike.object !== null && strike.count === null) continue;
    if (landed(strike, text, lang)) continue;
    const host = interceptions.get(strike.region?.code ?? null)?.find(
      (f) =>
        f.kind === 'interception' &&
        !isDownedAircraft(f) &&
        // The wreck of one weapon does not introduce another that struck (detect/attack.ts, downedInDebris).
        !wrecks.has(f) &&
        !f.aggregate &&
        !dropped.has(f) &&
        // A launch whose fate the summary leaves untold is not an interception that a strike could introduce.
        (f.count !== null || f.launched === null) &&
        sameArms(f, strike) &&
        (f.region?.code ?? null) === (strike.region?.code ?? null) &&
        (strike.count === null || f.count === null || (strike.count.value ?? 0) >= (f.count.value ?? 0)),
    );
    if (!host || (strike.count !== null && host.launched !== null)) continue;
    if (strike.count !== null) {
      host.launched = strike.count;
      if (strike.fields.count) host.fields.launched = strike.fields.count;
    }
    absorb(host, strike, text);
    dropped.add(strike);
  }
}

/** "Drones hit residential areas of Moscow" beside "five drones were shot down", "a rocket that hit a Dnipro building"
 *  beside "after being downed": a strike told by a verb of landing (`landed_verb`, active) says that one got through,
 *  so no interception introduces it. Not "Kyiv hit by a drone attack" (a passive agent right after: the attack, not
 *  its landing), nor "missiles exploded over Kyiv" (where they are shot down: no `landed_verb`). */
function landed(strike: Fact, text: string, lang: Lang): boolean {
  const verb = strike.fields.kind;
  if (!verb) return false;
  const whole = lexiconHits(verb.text, lang).some(
    (h) => h.value.categories.has('landed_verb') && h.start === 0 && h.end === verb.text.length,
  );
  if (!whole) return false;
  const next = lexiconHits(text.slice(verb.end, verb.end + 12), lang).find((h) => h.start <= 1);
  if (next?.value.categories.has('passive_agent')) return false;
  // "No drones hit the city", "none of them hit Kyiv", "Hardly any drones hit", "the drones failed to hit", "drones
  // hit nothing": a subject or a landing denied is the interception told again.
  const before = text.slice(Math.max(strike.evidence.start, verb.start - 30), verb.start);
  if (DENIED_LANDING_AFTER.test(text.slice(verb.end, verb.end + 20))) return false;
  return (
    !NONE.test(before) &&
    !DENIED_LANDING.test(before) &&
    !lexiconHits(before, lang).some((h) => h.value.categories.has('negation'))
  );
}

const NONE = new RegExp(`(?<![\\p{L}])(?:${anyOf('none')})(?![\\p{L}])`, 'iu');
const DENIED_LANDING = new RegExp(`(?<![\\p{L}])(?:${anyOf('landing_denied')})(?![\\p{L}])`, 'iu');
const DENIED_LANDING_AFTER = new RegExp(`^\\s+(?:${anyOf('landing_denied')})(?![\\p{L}])`, 'iu');

/** Facts grouped by their region's code (null for none), each group in the report's order. */
function byRegion(facts: readonly Fact[]): Map<string | null, Fact[]> {
  const groups = new Map<string | null, Fact[]>();
  for (const f of facts) {
    const code = f.region?.code ?? null;
    const group = groups.get(code);
    if (group) group.push(f);
    else groups.set(code, [f]);
  }
  return groups;
}

/** The host keeps the more specific weapon of the two ("missile" gives way to "cruise_missile"), and its evidence
 *  grows to cover the fact it takes in. */
function absorb(host: Fact, fact: Fact, text: string): void {
  const generic = host.weapon === null || (host.weapon === 'missile' && host.weapon_model === null);
  if (generic && fact.weapon !== null && fact.weapon !== host.weapon) {
    host.weapon = fact.weapon;
    if (fact.fields.weapon) host.fields.weapon = fact.fields.weapon;
  }
  host.weapon_model ??= fact.weapon_model;
  const start = Math.min(host.evidence.start, fact.evidence.start);
  const end = Math.max(host.evidence.end, fact.evidence.end);
  host.evidence = { start, end, text: text.slice(start, end) };
}
