// Incident values as one cell of text each, shared by the CSV, the Atom feed and the notes. A disputed number is
// never flattened: the shown value keeps the range the sources gave, "18 (15–18 disputed)".
import type {
  CasualtyField,
  Claimant,
  Conflict,
  Count,
  Effect,
  FactKind,
  Incident,
  ObjectType,
  WeaponCount,
} from '../core/types.ts';
import { CASUALTY_FIELDS } from '../core/types.ts';

/** What a weapon's `count` is in an incident of this kind (docs/eval.md): how many were destroyed in an
 *  interception, how many struck in a strike or any other kind ("Two drones struck …" is 2 struck, none destroyed). */
export function countLabel(kind: FactKind): 'destroyed' | 'struck' {
  return kind === 'interception' ? 'destroyed' : 'struck';
}

export function countText(c: Count | null | undefined): string {
  if (!c) return '';
  if (c.value !== null) return `${c.approx ? '~' : ''}${c.value}`;
  if (c.min !== null && c.max !== null) return `${c.min}-${c.max}`;
  if (c.min !== null) return `>=${c.min}`;
  if (c.max !== null) return `<=${c.max}`;
  return '?';
}

/** The numbers a conflict's values name (a number, or a count's value, min and max). */
function conflictNumbers(conflict: Conflict): number[] {
  return conflict.values.flatMap(({ value }) => {
    if (typeof value === 'number') return [value];
    if (value && typeof value === 'object') {
      const c = value as Partial<Count>;
      return [c.value, c.min, c.max].filter((n): n is number => typeof n === 'number');
    }
    return [];
  });
}

/** Whether every value of a conflict comes from one origin (rewrites of one statement that garbled a number) and
 *  one voice: no dispute, as the incident's `status` counts it (resolve/corroboration.ts), so the cells never say
 *  "disputed" beside `single_origin`. Two named voices in one wire ("5 killed, the governor said. The mayor said
 *  three") disagree: that is a dispute whatever the status counts. */
export function withinOneOrigin(incident: Incident, conflict: Conflict): boolean {
  const originOf = new Map(incident.sources.map((s) => [s.report_id, s.origin_id]));
  const origins = new Set(conflict.values.flatMap((v) => v.report_ids.map((id) => originOf.get(id) ?? id)));
  const voices = new Set(conflict.values.flatMap((v) => (v.claimants ?? []).map((c) => `${c.name}|${c.role}`)));
  return origins.size < 2 && voices.size < 2;
}

/** `shown` with the conflict on `field` beside it, if there is one: "18 (15–18 disputed)"; one origin's two values
 *  are "18 (15–18 in one origin)". */
export function withDispute(incident: Incident, field: string, shown: string): string {
  const conflict = incident.conflicts.find((c) => c.field === field);
  if (!conflict) return shown;
  const word = withinOneOrigin(incident, conflict) ? 'in one origin' : 'disputed';
  const numbers = conflictNumbers(conflict);
  if (numbers.length === 0) return `${shown} (${word})`;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  return `${shown} (${lo === hi ? lo : `${lo}–${hi}`} ${word})`;
}

type CountField = 'count' | 'launched' | 'hit';

/** One column of counts: the number alone when the incident names one weapon type, else "uav: 40; missile: 2";
 *  empty when no report gave that number. */
export function weaponColumn(incident: Incident, field: CountField): string {
  const cells = incident.weapons
    .filter((w): w is WeaponCount & Record<CountField, Count> => Boolean(w[field]))
    .map((w) => ({ type: w.type, text: withDispute(incident, `weapons[${w.type}].${field}`, countText(w[field])) }));
  if (cells.length === 1 && incident.weapons.length === 1) return cells[0]!.text;
  return cells.map((c) => `${c.type}: ${c.text}`).join('; ');
}

export function casualtyColumn(incident: Incident, field: CasualtyField): string {
  const n = incident.casualties[field] ?? null;
  return n === null ? '' : withDispute(incident, `casualties.${field}`, String(n));
}

/** The toll in words, each figure as its CSV cell shows it: "killed 9 (2–9 disputed), injured 9"; empty when no
 *  report gave one (`sitrep explain`'s summary). */
export function casualtiesText(incident: Incident): string {
  return CASUALTY_FIELDS.map((field) => [field, casualtyColumn(incident, field)] as const)
    .filter(([, cell]) => cell !== '')
    .map(([field, cell]) => `${field.replace(/_/g, ' ')} ${cell}`)
    .join(', ');
}

/** Each place's own toll in a wave (`casualties.scopes`), for the notes, the feed and `sitrep explain`: "Kyiv: killed
 *  0, injured 0, according to Vitali Klitschko (mayor)"; places "; "-separated, a figure told of no region named
 *  "the country". Empty when the incident keeps none. A place's zero stands here under its name, never as the
 *  incident's own figure (docs/api.md, "A place's toll in a wider incident"). */
export function tollScopesText(incident: Incident): string {
  const byPlace = new Map<string, NonNullable<Incident['casualties']['scopes']>>();
  for (const s of incident.casualties.scopes ?? []) {
    const where = s.region ? s.region.name : 'the country';
    byPlace.set(where, [...(byPlace.get(where) ?? []), s]);
  }
  return [...byPlace]
    .map(([where, list]) => {
      const figures = CASUALTY_FIELDS.flatMap((field) =>
        list.filter((s) => s.field === field).map((s) => `${field.replace(/_/g, ' ')} ${s.count}`),
      );
      const claimants = new Map(list.flatMap((s) => s.claimants).map((c) => [`${c.name}|${c.role}|${c.channel}`, c]));
      const who = claimantList([...claimants.values()]);
      return `${where}: ${figures.join(', ')}${who ? `, according to ${who}` : ''}`;
    })
    .join('; ');
}

/** The claimants column: `Name (role, channel)` each, "; "-separated. A claimant with no name keeps the shape with
 *  the name left empty, `(aviation authority, Telegram)`, so a sheet that splits a cell on "(" finds the role and
 *  channel in the same place for every claimant; a bracket inside a name or a channel (a source row named "Mayor
 *  (site)") is written square, so that split never meets a second one. */
export function claimantsText(incident: Incident): string {
  return incident.claimants
    .map((c) => {
      const about = squareBrackets(aboutText(c));
      // A body by its own name («Росавиация») stands where a person's name would.
      const who = c.name ?? c.institution ?? null;
      const name = who === null ? null : squareBrackets(who);
      if (name) return about ? `${name} (${about})` : name;
      return about ? `(${about})` : '';
    })
    .filter((s) => s !== '')
    .join('; ');
}

const squareBrackets = (s: string) => s.replace(/\(/g, '[').replace(/\)/g, ']');

/** "military administration, Telegram": a claimant's role in words and channel. */
function aboutText(c: Claimant): string {
  return [c.role?.replace(/_/g, ' '), c.channel].filter(Boolean).join(', ');
}

/** Whether `words` stand whole in `text`, in any case ("mayor" in "Kharkiv Mayor"; not "air" in "Airport"). */
function wordIn(words: string, text: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Claimants in prose, for the notes, the feed and `sitrep explain`: "military administration, Telegram" for one with
 *  no name. "Ihor Terekhov (Kharkiv Mayor)": a named speaker's channel whose own name holds the role says it once.
 *  (The CSV column keeps "(role, channel)" for every claimant, so that a sheet splitting it finds each in place.) */
export function claimantList(claimants: readonly Claimant[]): string {
  return claimants
    .map((c) => {
      const role = c.role?.replace(/_/g, ' ');
      const repeated = (c.name ?? c.institution) && role && c.channel && wordIn(role, c.channel);
      const about = repeated ? (c.channel ?? '') : aboutText(c);
      const named = c.name ?? c.institution ?? null;
      const who = named ?? about;
      return named && about ? `${who} (${about})` : who;
    })
    .filter((s) => s !== '')
    .join('; ');
}

export function conflictsText(incident: Incident): string {
  return incident.conflicts
    .map(
      (c) =>
        `${c.field}: ${c.values.map((v) => (typeof v.value === 'object' ? JSON.stringify(v.value) : String(v.value))).join(' vs ')}`,
    )
    .join('; ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function publishersText(incident: Incident): string {
  return unique(incident.sources.map((s) => s.publisher ?? s.url ?? s.report_id)).join('; ');
}

/** A sentence or two a person reads: what, where, how many, who says so. Claims are attributed, never asserted. */
export function notesText(incident: Incident, regionName: string | null): string {
  const where = unique([incident.place?.name, regionName].filter((n): n is string => Boolean(n))).join(', ');
  const parts = [`${incident.kind.replace(/_/g, ' ')}${where ? ` in ${where}` : ''}`];
  const weapons = incident.weapons
    .map((w) => {
      const numbers = (
        [
          ['launched', w.launched],
          [countLabel(incident.kind), w.count],
          ['hit', w.hit],
        ] as const
      )
        .filter(([, c]) => c)
        .map(([label, c]) => `${countText(c)} ${label}`);
      return `${w.type.replace(/_/g, ' ')}${numbers.length > 0 ? ` (${numbers.join(', ')})` : ''}`;
    })
    .join('; ');
  if (weapons) parts.push(weapons);
  if (incident.airports.length > 0) parts.push(`airports: ${incident.airports.join(', ')}`);
  const effects = unique(incident.effects.map(effectText));
  if (effects.length > 0) parts.push(`reported ${effects.join(', ')}`);
  // The fatalities and injured columns hold the incident's own figures; a place's toll is said here under its name.
  const scoped = tollScopesText(incident);
  if (scoped) parts.push(`casualties by place: ${scoped}`);
  // A count told jointly over this region and others is no number of this one's, but a reader of the notes must see it.
  for (const a of incident.aggregates ?? []) {
    if (a.sum === null)
      parts.push(`${countText(a.claimed)} told jointly over this and ${a.incident_ids.length - 1} other region(s)`);
  }
  const claimants = claimantList(incident.claimants);
  // With a dispute, each value is attributed to those who gave it: "according to the ministry" beside the shown
  // 12 would be false if the ministry's figure were the other one.
  if (incident.conflicts.length === 0) {
    if (claimants) parts.push(`according to ${claimants}`);
  } else if (incident.conflicts.every((c) => c.values.every((v) => v.claimants))) {
    parts.push(...incident.conflicts.map((c) => disagreementText(incident, c)));
  } else {
    // Stored before conflict values named their claimants: who said what is in the conflicts column.
    parts.push(`sources disagree${claimants ? ` (named: ${claimants})` : ''}`);
  }
  return `${parts.join('. ')}.`;
}

/** What an effect's object is called in a sentence ("fire at an industrial site", never "fire to industrial"). */
const OBJECT_WORDS: Record<ObjectType, string> = {
  residential_building: 'residential buildings',
  administrative_building: 'an administrative building',
  energy_infrastructure: 'energy infrastructure',
  industrial: 'an industrial site',
  transport: 'transport',
  airport: 'an airport',
  vehicle: 'vehicles',
  person: 'people',
  military: 'a military target',
};
/** The preposition each kind of effect takes before its object. */
const EFFECT_WORDS: Record<Effect['kind'], [string, string]> = {
  damage: ['damage', 'to'],
  fire: ['fire', 'at'],
  power_outage: ['power outage', 'at'],
  debris: ['debris', 'on'],
};

/** "damage to residential buildings", "fire at an industrial site", "power outage". */
function effectText(e: Effect): string {
  const [what, preposition] = EFFECT_WORDS[e.kind] ?? [String(e.kind).replace(/_/g, ' '), 'to'];
  if (e.object === null) return what;
  return `${what} ${preposition} ${OBJECT_WORDS[e.object] ?? String(e.object).replace(/_/g, ' ')}`;
}

/** How many publishers a disputed value names before "and N more". */
const PUBLISHERS_SHOWN = 3;

/** Who published the reports behind a value: an outlet's rewrite of a ministry's figure is the outlet's word on the
 *  ministry, and without its name the ministry seems to dispute itself ("24 according to ministry; 21 according to
 *  ministry" when the 24 is a newspaper's account). Empty when no source of the incident names the reports. */
function publishedBy(incident: Incident, reportIds: readonly string[]): string {
  const ids = new Set(reportIds);
  const names = unique(
    incident.sources.filter((s) => ids.has(s.report_id)).map((s) => s.publisher ?? s.url ?? s.report_id),
  );
  if (names.length === 0) return '';
  const shown = names.slice(0, PUBLISHERS_SHOWN).join(', ');
  const more = names.length - PUBLISHERS_SHOWN;
  return ` (published by ${shown}${more > 0 ? ` and ${more} more` : ''})`;
}

/** "sources disagree on uav destroyed: 12 according to ministry (published by Example Wire); 15 unattributed
 *  (published by Example Daily)". */
function disagreementText(incident: Incident, conflict: Conflict): string {
  const values = conflict.values.map((v) => {
    const value = typeof v.value === 'object' && v.value ? countText(v.value as Count) : String(v.value);
    const who = claimantList(v.claimants ?? []);
    return `${value} ${who ? `according to ${who}` : 'unattributed'}${publishedBy(incident, v.report_ids)}`;
  });
  const lead = withinOneOrigin(incident, conflict) ? 'one origin gives different values for' : 'sources disagree on';
  return `${lead} ${fieldText(incident, conflict.field)}: ${values.join('; ')}`;
}

/** A conflict's field in words: 'weapons[uav].count' -> "uav destroyed", 'casualties.killed' -> "killed",
 *  'weapons[uav].count in RU-MOW' -> "uav destroyed in RU-MOW". */
export function fieldText(incident: Incident, field: string): string {
  const m = /^weapons\[(\w+)\]\.(count|launched|hit)(.*)$/.exec(field);
  if (m) return `${m[1]!.replace(/_/g, ' ')} ${m[2] === 'count' ? countLabel(incident.kind) : m[2]}${m[3]}`;
  return field.replace(/^casualties\./, '').replace(/^children_/, 'children ');
}
