import { areaOf, countryOfRegion, isWarSide } from '../core/regions.ts';
import type { Country, Fact, FactKind, Report } from '../core/types.ts';
import { claimantKey } from './claimant-key.ts';
import { forwardKey } from './forward-key.ts';
import { isInferredWindow } from './infer-window.ts';
import { compareText, toMs } from './time.ts';
import { namesNightToo, toldInAfternoon } from './told-part.ts';
import { majorityCountry } from './wave-country.ts';

/** A fact with what resolution keeps looking up: its report, origin, claimant key and parsed window. */
export interface PlacedFact {
  fact: Fact;
  report: Report | null;
  publishedAt: string;
  /** publishedAt parsed once (toMs): sorting a night's facts compares it again and again. */
  publishedMs: number;
  /** When the fact's text was told: publishedMs, or the report's last edit when it was edited later (the governor's
   *  post edited from 7 to 8 at noon tells 8 at noon, after a wire that quoted his 7 at 08:05). A voice's running
   *  tally reads its numbers in this order (merge-counts.ts). */
  toldMs: number;
  originId: string;
  /** claimantKey of the fact; when nobody is named, the channel that posted it ('publisher:<name>': a mayor's
   *  unsigned Telegram posts 3, then 7, then 12 are one running tally; a forward's is its original channel), else
   *  'origin:<origin id>' (rewrites of one unnamed post still count as one voice). */
  voice: string;
  /** claimantKey of the fact, null when nobody is named. */
  claimant: string | null;
  startMs: number | null;
  endMs: number | null;
  /** The window was inferred from the publication time, not read in the text (infer-window.ts). */
  inferred: boolean;
  /** groupKeyOf: the region's area code, else place name, else '-'. */
  group: string;
  /** The country the fact was told of: its own (`country`), else its region's, else, for a fact of no region or
   *  place, the one country its report places its other facts in (`toldIn`); null for none. */
  country: Country | null;
}

export const EFFECT_KINDS: ReadonlySet<FactKind> = new Set(['damage', 'fire', 'power_outage', 'debris', 'casualties']);

/** Facts meet within one group: a region with the regions nested in its area (Moscow in Moscow Oblast's, Kyiv in
 *  Kyiv Oblast's: core/regions.ts), else the place's name, else '-'. Nationwide facts of Russia or Ukraine
 *  (`country`) stay in '-': a group of their own per country was tried and scored lower on the real days
 *  (docs/eval-clusters.md). A neighbour's (a Ukrainian missile that hit Belarus, Belarus's air defence shooting it
 *  down) is a place of its own, the country's code: the gazetteer holds none of its regions, and its facts are no part
 *  of either side's wave that night. */
export function groupKeyOf(f: Fact): string {
  if (f.region) return areaOf(f.region.code);
  if (f.place) return f.place.name;
  return f.country !== undefined && !isWarSide(f.country) ? f.country : '-';
}

/** Publication order (then report id, then position in the text): the order a reader saw the claims. */
export function compareByPublication(a: PlacedFact, b: PlacedFact): number {
  return (
    Math.sign(a.publishedMs - b.publishedMs) ||
    compareText(a.publishedAt, b.publishedAt) ||
    compareText(a.fact.report_id, b.fact.report_id) ||
    a.fact.evidence.start - b.fact.evidence.start ||
    compareText(a.fact.id, b.fact.id)
  );
}

/** The order a voice told its numbers in (toldMs), then publication order: an edited post's figure comes after
 *  every report published before the edit. */
export function compareByTelling(a: PlacedFact, b: PlacedFact): number {
  return Math.sign(a.toldMs - b.toldMs) || compareByPublication(a, b);
}

/** The channel an unattributed fact speaks for: a forward's original channel ('@air_force/77' -> 'publisher:air_force'),
 *  else the report's publisher, never the channel that only forwarded it. */
export function channelVoice(report: Report | null): string | null {
  if (report?.forwarded_from) return `publisher:${forwardKey(report.forwarded_from).split('/')[0]}`;
  return report?.publisher ? `publisher:${report.publisher.toLowerCase()}` : null;
}

/** The channel a report was published on, for whether it is a voice of its own: its publisher (channelVoice), else
 *  the host of the web address it was read from ('publisher:kursk-daily.example'): a page that names no site (no
 *  og:site_name) is still its outlet's, and two outlets are two voices (review 38b). A file's path, or a file that
 *  names no http(s) URL, gives none. */
export function reportChannel(report: Report | null): string | null {
  const channel = channelVoice(report);
  if (channel !== null || !report?.url) return channel;
  let known = urlChannels.get(report.url);
  if (known === undefined) {
    // Asked for every fact of an incident, twice (voicesByReport): parsing the address each time was 7 % of a night's
    // resolution in the bulk bench, whose reports name no publisher.
    if (urlChannels.size >= URL_CHANNELS_MAX) urlChannels.clear();
    known = urlChannel(report.url);
    urlChannels.set(report.url, known);
  }
  return known;
}

function urlChannel(address: string): string | null {
  let host: string;
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return host === '' ? null : `publisher:${host}`;
}

/** Address -> reportChannel's answer for a report with no publisher: a pure function of the address, kept for the
 *  addresses seen lately (cleared when full, so a long-running server does not grow it). */
const urlChannels = new Map<string, string | null>();
const URL_CHANNELS_MAX = 20_000;

/** Places each fact once (duplicate ids are dropped) in publication order, whatever the input order. */
export function placeFacts(
  facts: readonly Fact[],
  reports: ReadonlyMap<string, Report>,
  origins: ReadonlyMap<string, string>,
): PlacedFact[] {
  // Two different facts under one id should not happen; if it does, keep the same one whatever the order.
  // The JSON is written only when an id comes twice (never, in practice): it was most of this function's time.
  const byId = new Map<string, { fact: Fact; json: string | null }>();
  for (const fact of facts) {
    const prev = byId.get(fact.id);
    if (!prev) {
      byId.set(fact.id, { fact, json: null });
      continue;
    }
    prev.json ??= JSON.stringify(prev.fact);
    const json = JSON.stringify(fact);
    if (json < prev.json) byId.set(fact.id, { fact, json });
  }
  const toldIn = reportCountries(facts);
  const placed = [...byId.values()].map(({ fact }): PlacedFact => {
    const report = reports.get(fact.report_id) ?? null;
    const originId = origins.get(fact.report_id) ?? fact.report_id;
    const claimant = claimantKey(fact.claimant);
    const start = fact.when ? toMs(fact.when.start) + daytimeOffset(fact, report) : Number.POSITIVE_INFINITY;
    const end = fact.when ? toMs(fact.when.end) : Number.POSITIVE_INFINITY;
    const windowed = Number.isFinite(start) && Number.isFinite(end);
    const publishedMs = toMs(report?.published_at ?? '');
    // An edit the source gives no time for was made at some moment before it was seen. On the speaker's own channel (the
    // fact credits the publisher, or no one) it is the speaker's latest word, told when seen; a story that retells
    // someone (a wire's "the ministry said", its body fixed) keeps its place: its fix outranks nothing told after it.
    const own = !fact.fields.claimant || fact.fields.claimant.from === 'publisher';
    const editedMs = report?.edited_at && (!report.edit_seen || own) ? toMs(report.edited_at) : Number.NaN;
    const toldMs = editedMs > publishedMs ? keptSince(fact, report!, editedMs, publishedMs) : publishedMs;
    return {
      fact,
      report,
      publishedAt: report?.published_at ?? '',
      publishedMs,
      toldMs,
      originId,
      voice: claimant ?? channelVoice(report) ?? `origin:${originId}`,
      claimant,
      startMs: windowed ? Math.min(start, end) : null,
      endMs: windowed ? Math.max(start, end) : null,
      inferred: isInferredWindow(fact),
      group: groupKeyOf(fact),
      country: ownCountry(fact) ?? (fact.place === null ? (toldIn.get(fact.report_id) ?? null) : null),
    };
  });
  return oneVoicePerHolder(placed).sort(compareByPublication);
}

/** When an edited post told the fact: at the edit, unless its sentence stands word for word in the texts before it;
 *  then when the first of the unbroken run of texts that hold it appeared (its publication, for a sentence the post
 *  had from the start). An edit of one figure («знешкодили 9» to «10») leaves the post's other figures told when they
 *  were: «поранено двох» at 08:00 stays a step before the 11:30 «кількість поранених зросла до трьох». */
function keptSince(fact: Fact, report: Report, editedMs: number, publishedMs: number): number {
  const sentence = report.text.slice(fact.evidence.start, fact.evidence.end);
  const earlier = report.earlier_texts ?? [];
  if (sentence.trim() === '') return editedMs;
  let at = editedMs;
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.text.includes(sentence); i--) at = toMs(earlier[i]!.at);
  return Math.max(at, publishedMs);
}

/** When a night ends: 07:00, as the extraction reads "overnight" (its NIGHT_END). */
const NIGHT_END_MS = 7 * 3_600_000;

/** A day told by its afternoon («Вдень ворог завдав удару по Куп'янську», «днём», "in the afternoon") is that day's
 *  daytime: the extraction gives it the whole day, as the labels read it (docs/eval.md), but in resolution it starts
 *  just after the night ends (windows that touch overlap), so the night's strike on another town of the region (21:00 to 07:00) and the afternoon's are
 *  two incidents, each with its own toll, not one whose window overlap summed them (trial ux37, defect 3). Not when
 *  the sentence names the night too (`namesNightToo`): a night strike's toll that rose by day is still the night's. */
function daytimeOffset(fact: Fact, report: Report | null): number {
  if (fact.when?.precision !== 'day' || !toldInAfternoon(fact) || namesNightToo(fact, report)) return 0;
  const start = toMs(fact.when.start);
  const end = toMs(fact.when.end);
  return end - start > NIGHT_END_MS ? NIGHT_END_MS + 1 : 0;
}

function ownCountry(f: Fact): Country | null {
  return f.country ?? (f.region ? countryOfRegion(f.region.code) : null);
}

/** Where each report told its facts: "Ukraine's air force said 31 of 40 drones were shot down" in an article on the
 *  drones that hit Odesa is Ukraine's night, "Russia says it downed 30 drones" over a lead on Voronezh and Belgorod
 *  Russia's. By the agreement of wave-country.ts over the report's facts that name a country or a region (history
 *  aside); a report that names none, or both sides alike, names none. incidents.ts names an incident's country the
 *  same way when none of its facts tells one. */
function reportCountries(facts: readonly Fact[]): Map<string, Country | null> {
  const byReport = new Map<string, (Country | null)[]>();
  for (const f of facts) {
    if (f.historical === true) continue;
    const list = byReport.get(f.report_id) ?? [];
    list.push(ownCountry(f));
    byReport.set(f.report_id, list);
  }
  return new Map([...byReport].map(([id, list]) => [id, majorityCountry(list)]));
}

/** A channel's unsigned post told in its role ("military administration": an ОВА channel's later «кількість
 *  поранених зросла до 9») and its signed post ("Андрій Коваль, начальник ОВА") speak with one voice when the channel
 *  has one named holder of that role: the later figure is then the holder's running tally (4, then 9), not a
 *  disagreement with them. Two named holders of one role in one channel leave its unsigned posts a voice of their own.
 *  Rewrites the voice only; the claimant key (and so the claimants listed) is untouched. */
function oneVoicePerHolder(placed: PlacedFact[]): PlacedFact[] {
  const holders = new Map<string, Set<string>>();
  for (const p of placed) {
    const channel = channelVoice(p.report);
    const { claimant } = p.fact;
    if (channel === null || p.claimant === null || !claimant?.name || !claimant.role) continue;
    const key = `${channel}\n${claimant.role}`;
    const set = holders.get(key) ?? new Set<string>();
    set.add(p.claimant);
    holders.set(key, set);
  }
  if (holders.size === 0) return placed;
  return placed.map((p) => {
    const claimant = p.fact.claimant;
    const channel = channelVoice(p.report);
    if (channel === null || !claimant?.role || claimant.name) return p;
    const named = holders.get(`${channel}\n${claimant.role}`);
    return named?.size === 1 ? { ...p, voice: [...named][0]! } : p;
  });
}
