// Domain types shared by every stage. Field names follow docs/contract.md (v1): extend, never rename.
// A value that a report does not give is `null` (or `[]`), never a guess; `0` means "stated as none".

export type Lang = 'en' | 'ru' | 'uk';

/** Every kind a fact can have; readers of gold sets and API filters check against this list. */
export const FACT_KINDS = [
  'interception',
  'strike',
  'damage',
  'fire',
  'power_outage',
  'casualties',
  'airport_disruption',
  'alert',
  // Extension of the contract: wreckage of a downed weapon falling somewhere.
  'debris',
  // Extension: blasts reported with no stated cause («вибухи у Феодосії», "explosions heard in …"); a later claim
  // of a strike can join them.
  'explosion',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const WEAPONS = [
  'uav',
  'fpv_drone',
  'missile',
  'cruise_missile',
  'ballistic_missile',
  'guided_bomb',
  'rocket',
  'high_speed_target',
  'unknown_air_target',
  'unmanned_boat',
] as const;
export type Weapon = (typeof WEAPONS)[number];

/** Whether `weapon` is a kind of `general`: every class is a kind of itself, and a cruise or ballistic missile is a
 *  missile ("four missiles … two of the cruise missiles"; the generic `missile` is an unnamed «ракета»). */
export function isKindOf(weapon: Weapon, general: Weapon): boolean {
  return (
    weapon === general || (general === 'missile' && (weapon === 'cruise_missile' || weapon === 'ballistic_missile'))
  );
}

export type ObjectType =
  | 'residential_building'
  | 'administrative_building'
  | 'energy_infrastructure'
  | 'industrial'
  | 'transport'
  | 'airport'
  | 'vehicle'
  | 'person'
  /** Military equipment or a military site as a target: aircraft, radar, a command post. */
  | 'military';

export type Area = 'over' | 'near' | 'in' | 'approaching' | 'sea';

/** Every precision of a window; the API's schema lists them (docs/api.md). 'evening' extends the contract's six: a
 *  named day told by its evening («в воскресенье вечером», «накануне вечером»): the window is that whole day, as the
 *  labels read it, but the attack opens the night that follows, so resolution dates it by its end
 *  (resolve/night.ts), as it does a bare evening's hours. */
export const PRECISIONS = ['exact', 'hour', 'night', 'day', 'evening', 'week', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const CLAIMANT_ROLES = [
  'governor',
  'mayor',
  'ministry',
  'air_force',
  'military_administration',
  'emergency_service',
  'aviation_authority',
  'official',
  'media',
] as const;
export type ClaimantRole = (typeof CLAIMANT_ROLES)[number];

/** The roles of an official of one area (a governor, a mayor, a regional military administration): their words are
 *  that area's, and their side its country's. */
export const LOCAL_ROLES: ReadonlySet<ClaimantRole> = new Set(['governor', 'mayor', 'military_administration']);

/** "over 70" -> {value:null,min:71,max:null}; "about 30" -> {value:30,approx:true}; "40" -> value=min=max=40. */
export interface Count {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  /** Extension: how the report bounded a count with no value, so a reader sees it as said: `over` ("over 70", min 71),
   *  `at_least` («не менее 10», min 10), `vague` (a bare plural: «сотни», "dozens", «несколько»: min its least value).
   *  Absent for an exact, approximate or ranged count, and for a count stored before it (read as `over`). */
  said?: CountSaid;
}

export type CountSaid = 'over' | 'at_least' | 'vague';

/** Whether two counts say the same: value, bounds and "about" alike (extraction and resolution both ask). */
export function sameCount(a: Count, b: Count): boolean {
  return a.value === b.value && a.min === b.min && a.max === b.max && a.approx === b.approx;
}

export interface RegionRef {
  /** ISO 3166-2, e.g. RU-KLU, UA-63. */
  code: string;
  /** The name as the report wrote it ("Kaluga region", «Калужской области»). */
  name: string;
}

export interface PlaceRef {
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface TimeSpan {
  start: string;
  end: string;
  precision: Precision;
}

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** Extension: the children among the killed and the injured, as the report tells them («серед них двоє дітей»,
   *  «в том числе ребёнок», "including three children", "a child was killed"): parts of `killed` and `injured`, never
   *  added to them; null when not told (a plural with no figure, "including children", tells none). Named after the
   *  toll they are part of, in the contract's snake_case (`diverted_to`, `lifted_at`), so a CSV column and a JSON key
   *  read the same. Optional in the type only because facts stored before they existed lack them: extraction and
   *  resolution always set both. */
  children_killed?: number | null;
  children_injured?: number | null;
}

/** Every figure of a toll, in the order the outputs give them. */
export const CASUALTY_FIELDS = ['killed', 'injured', 'children_killed', 'children_injured'] as const;
export type CasualtyField = (typeof CASUALTY_FIELDS)[number];

/** An incident's toll: the contract's figures, each the whole incident's (null when no report told one of it all). */
export interface IncidentCasualties extends Casualties {
  /** Extension: in an incident told over the country (a nationwide wave), each region's own figure, and the
   *  country's (region null) when one was told beside them: the mayor's "no one was hurt" in Kyiv is Kyiv's 0, never
   *  the wave's. Present only when a region told a figure of a wave; absent elsewhere. */
  scopes?: ScopedToll[];
}

/** Extension: one place's figure of one toll field in an incident that spans several places. */
export interface ScopedToll {
  field: CasualtyField;
  /** Null for a figure told of no region (the country's, beside the regions' own). */
  region: RegionRef | null;
  count: number;
  claimants: Claimant[];
  report_ids: string[];
}

export interface Claimant {
  name: string | null;
  role: ClaimantRole | null;
  channel: string | null;
  /** Extension: the body that speaks, by its own name, when the text names one body («сообщили в Росавиации»:
   *  "Росавиация"; "Rosaviatsia said": "Rosaviatsia"), beside a role that many bodies share; `name` stays a person's.
   *  Absent otherwise. Free text (`q`) finds it in either script. */
  institution?: string;
}

/** A character range of the report's cleaned text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where one field's value came from, and whether the report stated it or Sitrep inferred it
 *  (from context, such as a region named two sentences earlier, or from the publication time). */
export interface FieldEvidence extends Span {
  inferred: boolean;
  /** Extension: set when the value comes from the report's metadata, not its text (an unsigned post attributed
   *  to the channel that published it: "Moscow Mayor (Telegram)"), or, for `when`, from the publication time (a fact
   *  that names no time happened before its report: resolve/infer-window.ts). The span is then empty. `model`: a kind
   *  the learned step read (extract/learn/step.ts); the span is its sentence. */
  from?: 'publisher' | 'publication' | 'model';
}

export type FactField =
  | 'kind'
  | 'weapon'
  | 'count'
  | 'launched'
  | 'hit'
  | 'region'
  | 'country'
  | 'place'
  | 'area'
  | 'when'
  | 'object'
  /** Extension: the words behind `detail` ("windows, facades", what was destroyed, "restrictions lifted", an alert's
   *  "all clear"). */
  | 'detail'
  | 'casualties'
  /** Extension: the words that tell the children among the killed or the injured ("including a child"). */
  | 'children_killed'
  | 'children_injured'
  | 'airports'
  | 'diverted_to'
  | 'claimant';

export interface Fact {
  id: string;
  report_id: string;
  kind: FactKind;
  weapon: Weapon | null;
  /** Extension: the model as written and normalised ("Shahed", "Kh-101", "Iskander-M"). */
  weapon_model: string | null;
  /** Destroyed / shot down / intercepted. */
  count: Count | null;
  /** Extension (issue 3): how many were launched, kept apart from destroyed and hit. */
  launched: Count | null;
  hit: Count | null;
  region: RegionRef | null;
  place: PlaceRef | null;
  area: Area | null;
  when: TimeSpan | null;
  object: ObjectType | null;
  /** Extension: what the report says was affected ("windows, facades"). */
  detail: string | null;
  casualties: Casualties | null;
  airports: string[];
  diverted_to: string[];
  claimant: Claimant | null;
  evidence: Span;
  /** Extension: per-field provenance; every non-null value above has an entry. */
  fields: Partial<Record<FactField, FieldEvidence>>;
  /** Extension: a sum over several regions ("over 70 drones in two regions"). It is checked against the
   *  incidents it sums and never makes an incident of its own. */
  aggregate: boolean;
  /** Extension: "another 4 drones" adds to a running tally instead of restating it. */
  increment: boolean;
  /** Extension: on an aggregate, its breakdown is brought in as a part of it ("48 drones, including 21 over …",
   *  «…, в том числе 12 над …», «з них»): the parts told may add to less than it. Absent otherwise. */
  partial?: true;
  /** Extension: the count corrects one told before («14, а не 12, как сообщалось ранее», "Correction: 14"): the earlier
   *  figure was wrong, not a step of a running tally. Absent when it is not. */
  correction?: true;
  /** Extension: the report tells the toll as said before it ("Earlier he had reported 11 injured", «Ранее спасатели
   *  сообщали о восьми погибших»): an older step of the speaker's count, read before the report's own figures
   *  (refine/told-before.ts); casualties facts only. Absent when it is not. */
  told_before?: true;
  /** Extension: the count is a weapon named in passing as one downed, not a tally: the debris of «a downed drone»
   *  («обломками сбитого беспилотника», "debris from a downed drone") says that one was downed, not how many in all. It
   *  is 1 on its own, and never disputes a larger count told of the same incident (resolve/weapons.ts). Absent when not. */
  floor?: true;
  /** Extension: the text dates the event before the report's week («в июле 2022 года», "last year"): history, not
   *  news. Kept with its evidence, left out of incidents and of scoring. */
  historical?: boolean;
  /** Extension: the country a fact that names no region is told of («удар по всей Украине», "drones launched at
   *  Russia"): a nationwide total. Its facts meet other facts of that country, never a region's. */
  country?: Country;
}

/** ISO 3166-1 alpha-2 of the two countries the reports are about, and of the neighbours a stray weapon reaches
 *  (Belarus, Poland, Moldova, Romania): a fact told of one of those is that country's, never Ukraine's or Russia's wave.
 *  The gazetteer holds no regions of the neighbours, so their facts name the country alone. */
export const COUNTRIES = ['RU', 'UA', 'BY', 'PL', 'MD', 'RO'] as const;
export type Country = (typeof COUNTRIES)[number];

export interface Report {
  id: string;
  /** sha256 of the cleaned text: the idempotency key. A text stored again from another URL 12 hours or more away
   *  (pipeline/settle.ts, `recursLater`) is keyed by sha256 of that hash, its publication time and URL. */
  hash: string;
  title: string | null;
  url: string | null;
  /** Outlet or channel name, a configuration row (see data/sources.json). */
  publisher: string | null;
  published_at: string;
  /** True when no date was given and the file's mtime (or ingest time) was used. */
  published_inferred: boolean;
  lang: Lang;
  /** The cleaned text: every evidence offset points into it. */
  text: string;
  /** Extension: Telegram forwards keep the original's channel/message, which shares its origin. */
  forwarded_from: string | null;
  /** Extension: content removed while cleaning (stray trailing headlines, subscribe links; an article page's
   *  navigation and footer blocks, at most 20 of 200 characters), kept for audit. */
  removed: string[];
  /** Extension, read by resolution only: when the source last edited the post (its provenance's `edited_at`), so an
   *  incident's `updated_at` moves when a report it cites is edited. Absent outside resolution. */
  edited_at?: string | null;
  /** Extension, read by resolution only: `edited_at` is when Sitrep saw the edit, the source giving no time for it. The
   *  edit moves `updated_at`; on the speaker's own channel it is the speaker's latest word, but a fact that credits
   *  someone else (a wire's "the ministry said") keeps its post's place in a running tally (its publication): when the
   *  story was fixed is unknown, so it outranks no statement told after the story. */
  edit_seen?: true;
  /** Extension, read by resolution only: the texts an edited post had before its current one, oldest first, each with
   *  when it became the post's text (the first: its publication; a later one: the source's edit time, else when Sitrep
   *  saw it). A fact whose sentence stands word for word in the texts before the edit was told when the first of them
   *  that runs unbroken up to now appeared, not at the edit: an edit of «знешкодили 9» to «10» leaves «поранено двох»
   *  told at 08:00, before the 11:30 «зросла до трьох» (placed-fact.ts). Absent for a post never edited. */
  earlier_texts?: EarlierText[];
}

/** One earlier text of an edited report, for resolution (Report.earlier_texts). */
export interface EarlierText {
  text: string;
  /** When it became the post's text. */
  at: string;
}

/** Extension: where a stored report came from and how to check it is the same text (issue 10). */
export interface ReportProvenance {
  /** The sources.yaml row it came through; null for files, stdin and POSTs named on no registry row. */
  source_id: string | null;
  /** The report's URL, or null when it has none (a POSTed text). A file's is its path as given. */
  url: string | null;
  /** When its bytes were read or fetched; null for reports stored before provenance was kept. */
  fetched_at: string | null;
  published_at: string;
  /** sha256 of the cleaned text (the report's `hash`; for a text stored again on another day, its recurrence key). */
  text_hash: string;
  /** sha256 of the bytes as read: the file, the HTTP response body or the POSTed text; a feed item or a Telegram
   *  post shares its file's. Null for reports stored before provenance was kept. */
  raw_hash: string | null;
  /** The item's identity in its source ('telegram:<chat>/<post>', a feed guid), when it has one. */
  item_key: string | null;
  /** The author as the source names them. */
  byline: string | null;
  /** When the source says the item was last edited. */
  edited_at: string | null;
}

export interface WeaponCount {
  type: Weapon;
  count: Count | null;
  launched?: Count | null;
  hit?: Count | null;
  /** Extension: totals given over nested places (the mayor's 32 approaching Moscow, RU-MOW; the ministry's 34 over
   *  Moscow Oblast, RU-MOS), one per place, each with who gave it. Present only when more than one place gave a
   *  number; `count` is then the widest place's. Different scopes are not a conflict. */
  scopes?: ScopedCount[];
  /** Extension: the models its facts name, normalised and sorted ("Geran", "Shahed"); absent when none names one. */
  models?: string[];
}

/** Extension: one place's total of one weapon in an incident that spans nested places. */
export interface ScopedCount {
  field: 'count' | 'launched' | 'hit';
  /** Null for a count told of no region (a nationwide total beside the regions' own). */
  region: RegionRef | null;
  count: Count;
  claimants: Claimant[];
  report_ids: string[];
}

export interface Effect {
  kind: 'damage' | 'fire' | 'power_outage' | 'debris';
  object: ObjectType | null;
  detail: string | null;
}

export interface SourceRef {
  report_id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published_at: string;
  origin_id: string;
  /** Extension: the report tells no fact of the incident but names its place and weapon model (a denial, a video
   *  "of the strike"): listed among the sources, never counted as a voice. */
  mention?: boolean;
}

export interface Corroboration {
  reports: number;
  /** The distinct origin ids of the incident's sources. */
  origins: number;
  /** Extension: independent voices: origins that share a claimant (a mayor's successive posts) count once. The
   *  status is `corroborated` when two or more voices agree. */
  voices?: number;
  status: 'single_origin' | 'corroborated' | 'disputed';
}

export interface ConflictValue {
  value: unknown;
  report_ids: string[];
  /** Extension: who gave this value (the claimants of the facts behind it); empty when no report of it names one. */
  claimants?: Claimant[];
}

export interface Conflict {
  field: string;
  values: ConflictValue[];
}

/** Extension: a statement that sums several incidents ("over 70 in two regions"), checked against them. */
export interface AggregateCheck {
  fact_id: string;
  report_id: string;
  claimed: Count;
  /** Sum of the incidents it covers; null when none of them shows a number (a count told jointly over the regions
   *  it names: "two drones over the Bryansk and Kursk regions"). */
  sum: number | null;
  incident_ids: string[];
  /** The incidents add up to it; for a partial breakdown ("including 21 over …"), to no more than it. Null with `sum`. */
  consistent: boolean | null;
  /** Extension: the aggregate's breakdown names only part of it (the fact's `partial`). */
  partial?: true;
}

/** Extension: successive totals from one claimant in one night; the incident shows the latest. */
export interface TallyStep {
  fact_id: string;
  report_id: string;
  published_at: string;
  value: number | null;
  increment: boolean;
  /** Extension: this step corrects the ones before it (the fact's `correction`): they were wrong, not smaller
   *  totals. Absent when it does not. */
  correction?: true;
  /** Extension: the facts of one report whose models' numbers this step sums ("13 Kh-101 and 4 Kalibr shot down": 17
   *  cruise missiles, `fact_id` the first of them): one statement's parts, never steps of each other. Absent when the
   *  step is one fact's number. */
  parts?: string[];
}

/** Extension: why a fact is in an incident (for `sitrep explain`). */
export interface MergeReason {
  fact_id: string;
  report_id: string;
  reasons: string[];
}

export interface Incident {
  id: string;
  kind: FactKind;
  /** The most specific region all its facts share (Moscow Oblast for the mayor's Moscow and the ministry's oblast),
   *  named canonically (nominative, in the language most of its reports are written in, or the one a reader asked for
   *  with `lang`). */
  region: RegionRef | null;
  /** Extension: every region its facts name, canonically named, sorted by code (the shared one among them). */
  regions?: RegionRef[];
  /** Extension: every place (town, district, site) its facts name; `place` is set only when they all name one. */
  places?: PlaceRef[];
  place: PlaceRef | null;
  /** Extension: set on an incident of nationwide facts (no region): the country they were told of. */
  country?: Country;
  when: TimeSpan | null;
  weapons: WeaponCount[];
  effects: Effect[];
  casualties: IncidentCasualties;
  airports: string[];
  diverted_to: string[];
  claimants: Claimant[];
  facts: string[];
  sources: SourceRef[];
  corroboration: Corroboration;
  conflicts: Conflict[];
  related: string[];
  updated_at: string;
  aggregates: AggregateCheck[];
  tallies: Record<string, TallyStep[]>;
  reasons: MergeReason[];
  /** Extension: the store's revision of the incident's last create, update, merge or split (absent before it is
   *  stored). */
  revision?: number;
  /** Extension: when the store wrote that revision (the resolving process's clock, UTC; absent when the resolution
   *  was given no clock, as in an eval): a change shows here even when the report behind it is older than the
   *  incident's `updated_at` (a late confirmation). */
  revised_at?: string;
  /** Extension: the incidents this one split off from, when it did. */
  split_from?: string[];
  /** Extension: on an airport disruption, the latest time a report states its restrictions were lifted («сняты в
   *  05:40»: "2025-06-10T05:40:00+03:00"); absent when none does. The window (`when`) covers it. On an alert, the time
   *  of its all-clear («Отбой ракетной опасности», a fact with `detail: 'all clear'`): the time it states, else its
   *  post's. */
  lifted_at?: string;
  /** Extension: on an airport disruption, true when a report states its restrictions were lifted, with a time
   *  (`lifted_at`) or without one («ограничения сняты.»); on an alert, when it holds an all-clear; absent otherwise. */
  lifted?: true;
}

/** Extension: one entry of the incident change log (one store-wide increasing sequence of revisions). */
export interface IncidentChange {
  action: 'create' | 'update' | 'merge' | 'split' | 'delete';
  incident_id: string;
  /** For a merge: the ids that merged into this one (each now answers with `merged_into`). */
  merged?: string[];
  /** For a split: the incidents this one split off from. */
  split_from?: string[];
}

/** Extension: what an id that no longer names an incident answers. */
export interface IncidentRedirect {
  id: string;
  merged_into: string | null;
  split_into: string[];
  revision: number;
}

/** Per-input outcome of an ingest, stored so failures are queryable. `skipped`: a file in a folder that is not a
 *  report (README, LICENSE, a dotfile, an unknown extension), listed with the reason instead of read as one. */
export type IngestStatus = 'ingested' | 'duplicate' | 'failed' | 'skipped';

export interface IngestOutcome {
  input: string;
  status: IngestStatus;
  report_id: string | null;
  /** For failures and warnings: one line a person can act on. */
  message: string | null;
  warnings: string[];
  facts: number;
}
