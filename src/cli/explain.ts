import { pushTo } from '../core/multimap.ts';
import type { Claimant, Fact, Incident, TallyStep } from '../core/types.ts';
import { COUNTRY } from '../export/csv.ts';
import { casualtiesText, claimantList, countText, fieldText, tollScopesText } from '../export/values.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { nightKey } from '../resolve/night.ts';
import type { Store } from '../store/index.ts';
import { weaponsText } from './format.ts';

/** A value on one line of the layout: a publisher or sentence that holds a newline or a run of spaces («Одеська\nОВА»)
 *  would otherwise break it. Display only: the stored value is untouched. */
const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})`;
const WINDOW = new RegExp(`(${ISO_TIME})\\.\\.(${ISO_TIME})`, 'g');

/** Minutes east of UTC of an ISO time's own offset ('+03:00' -> 180, 'Z' -> 0); null when it has none. */
function offsetMinutes(iso: string): number | null {
  const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(iso);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

/** `iso` told on the offset of `ref`, in `iso`'s own precision: a window whose start is on Moscow time and whose end
 *  is on Kyiv time (reports of both sides) reads 21:00+03:00 → 08:00+03:00, not 21:00+03:00 → 07:00+02:00.
 *  The same instant; display only. */
export function inOffsetOf(iso: string, ref: string): string {
  const want = offsetMinutes(ref);
  const ms = Date.parse(iso);
  if (want === null || Number.isNaN(ms) || offsetMinutes(iso) === want) return iso;
  const wall = new Date(ms + want * 60_000).toISOString(); // UTC fields = the wall clock at `want`
  const seconds = /T\d{2}:\d{2}:\d{2}/.test(iso);
  const sign = want < 0 ? '-' : '+';
  const abs = Math.abs(want);
  const zone =
    want === 0 && ref.endsWith('Z')
      ? 'Z'
      : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wall.slice(0, seconds ? 19 : 16)}${zone}`;
}

/** Every "start..end" window in a reason on its start's offset. */
const oneOffset = (reason: string): string =>
  reason.replace(WINDOW, (_, a: string, b: string) => `${a}..${inOffsetOf(b, a)}`);

/** Where the facts of a report listed as a retelling went: a report of this night none of whose facts is in one of
 *  its incidents may still have facts, in another night's incident (a schedule «с 18 ноября» is the 18th's) or in
 *  none (an effect told of no place with no attack to join: resolve/cluster.ts). "No fact of its own" would then be
 *  false. Each fact's night is the one resolution files it under (pipeline/resolve.ts). Empty when it has none. */
async function factsElsewhere(store: Store, reportId: string, publishedAt: string): Promise<string[]> {
  const own = await store.getFactsByReport(reportId);
  if (own.length === 0) return [];
  // The report's language picks the clock its windows are inferred on, as at ingest (resolve/infer-window.ts).
  const [report] = await store.getReports([reportId]);
  const byIncident = new Map<string, string[]>();
  const nights = new Map<string, Promise<Incident[]>>();
  for (const stored of own) {
    const [fact] = withInferredWindows([stored], publishedAt, report?.lang);
    const key = nightKey(fact!.when, publishedAt, fact!.kind);
    if (!nights.has(key)) nights.set(key, store.listNightIncidents(key));
    const holder = (await nights.get(key)!).find((i) => i.facts.includes(stored.id));
    const where = holder
      ? `in ${holder.id} (night ${key})`
      : stored.historical
        ? 'told as history, in no incident'
        : 'in no incident';
    pushTo(byIncident, where, stored.id.slice(stored.id.lastIndexOf(':') + 1));
  }
  return [...byIncident].map(([where, ids]) => `${ids.join(', ')} ${where}`);
}

/** The incident's claimants (in its own merged form: "Oleh Kiper (military administration, Telegram)", not also its
 *  unsigned "military administration, Telegram") that gave a figure of the toll: those of the facts stating one. A
 *  fact's claimant is the incident's one of its name, or, with none, of its role (resolve/merge-claimants.ts folds an
 *  unsigned post of a role into the named one the same way); and how many reports gave a figure naming no one. */
function tollClaimants(incident: Incident, facts: readonly Fact[]): { claimants: Claimant[]; unattributed: number } {
  const tolls = facts.filter(
    (f) => f.casualties && Object.values(f.casualties).some((n) => n !== null && n !== undefined),
  );
  const givers = tolls.map((f) => f.claimant).filter((c): c is Claimant => c !== null);
  const unattributed = new Set(tolls.filter((f) => f.claimant === null).map((f) => f.report_id)).size;
  const same = (c: Claimant, g: Claimant) =>
    g.name !== null ? c.name === g.name : c.role === g.role && (c.name !== null || c.channel === g.channel);
  const shown = incident.claimants.filter((c) => givers.some((g) => same(c, g)));
  const named = (g: Claimant) =>
    g.name === null && incident.claimants.some((c) => c.name !== null && c.role === g.role);
  // A claimant the incident's list lacks (stored before it was kept) is shown as its fact gives it.
  const rest = givers.filter((g) => !shown.some((c) => same(c, g)) && !named(g));
  return {
    claimants: [...shown, ...new Map(rest.map((g) => [`${g.name}|${g.role}|${g.channel}`, g])).values()],
    unattributed,
  };
}

/** " (ministry, Telegram)": who gave a conflict's value; empty when no report of it names one. */
const givenBy = (claimants: readonly Claimant[] | undefined): string => {
  const who = claimantList(claimants ?? []);
  return who ? ` (${who})` : '';
};

/** One step of a running tally: "3 (rep_…, 09:00+03:00)", a correction marked so, an increment as "+2". */
function stepText(s: TallyStep, ref: string | undefined): string {
  const at = ref ? inOffsetOf(s.published_at, ref) : s.published_at;
  const value = `${s.increment ? '+' : ''}${s.value ?? '?'}`;
  return `${value} (${s.report_id}, ${at}${s.correction ? ', correction' : ''})`;
}

/** "Belgorod Oblast (RU-BEL)"; a nationwide incident, which has no region, by its country as the CSV names it:
 *  "Ukraine (nationwide)" rather than "? (-)" (ux41 #9). "? (-)" only when neither is known. */
function whereText(i: Incident): string {
  if (i.region) return `${i.region.name} (${i.region.code})`;
  return i.country ? `${COUNTRY[i.country] ?? i.country} (nationwide)` : '? (-)';
}

/** Why each report and fact is in an incident, for `sitrep explain`. Null when there is no such incident. */
export async function explainIncident(store: Store, id: string): Promise<string | null> {
  const incident = await store.getIncident(id);
  if (!incident) return null;
  const facts = new Map((await store.getFacts(incident.facts)).map((f) => [f.id, f]));
  const lines: string[] = [];
  const i = incident;
  lines.push(
    `${i.id}: ${i.kind} in ${whereText(i)}, ${i.when?.start ?? '?'} → ${i.when ? inOffsetOf(i.when.end, i.when.start) : '?'}`,
  );
  // The summary says each figure as the table and the CSV do: a disputed one with its range, the toll with who gave
  // it. A figure stated bare would read as Sitrep's own (README: claims are attributed, never asserted).
  lines.push(`  weapons: ${weaponsText(i) || '-'}`);
  const toll = casualtiesText(i);
  if (toll) {
    const { claimants, unattributed } = tollClaimants(i, [...facts.values()]);
    // A report that gave a figure and names no one is said so, lest the figure read as the named claimants' word.
    const who = [claimantList(claimants), unattributed > 0 ? `${unattributed} report(s) naming no one` : ''].filter(
      (x) => x !== '',
    );
    lines.push(`  casualties: ${toll}, according to ${who.join('; ') || 'no named claimant'}`);
  }
  // A place's toll in a wider incident is that place's alone: said under its name, never as the incident's.
  const scoped = tollScopesText(i);
  if (scoped && !toll) lines.push('  casualties: none told of the whole incident');
  if (scoped) lines.push(`  casualties by place: ${scoped}`);
  for (const [field, steps] of Object.entries(i.tallies ?? {})) {
    lines.push(`  tally ${fieldText(i, field)}: ${steps.map((s) => stepText(s, i.when?.start)).join(' → ')}`);
  }
  lines.push(
    `  corroboration: ${i.corroboration.status}, ${i.corroboration.reports} report(s), ${i.corroboration.origins} origin(s), ${i.corroboration.voices ?? i.corroboration.origins} voice(s)`,
  );
  for (const c of i.conflicts) {
    lines.push(
      `  conflict ${c.field}: ${c.values.map((v) => `${JSON.stringify(v.value)} from ${v.report_ids.join(', ')}${givenBy(v.claimants)}`).join(' vs ')}`,
    );
  }
  // A count told jointly over regions is their claim and no region's number: said with the regions it was told over,
  // its claimant and its sentence, lest a reader take it for this region's count or miss it.
  const joint = new Map(
    (await store.getFacts(i.aggregates.filter((a) => a.sum === null).map((a) => a.fact_id))).map((f) => [f.id, f]),
  );
  for (const a of i.aggregates) {
    const told = joint.get(a.fact_id);
    const over =
      a.sum === null
        ? await Promise.all(a.incident_ids.map(async (id) => (await store.getIncident(id))?.region?.name ?? id))
        : [];
    const by = told?.claimant ? claimantList([told.claimant]) : '';
    lines.push(
      a.sum === null
        ? `  aggregate ${countText(a.claimed)}${told?.weapon ? ` ${told.weapon}` : ''} over ${over.join(', ')} together${by ? ` (${by})` : ''} in ${a.report_id}: told jointly over ${a.incident_ids.length} incident(s), none of which shows a number of its own${told ? `; «${oneLine(told.evidence.text)}»` : ''}`
        : `  aggregate ${countText(a.claimed)} in ${a.report_id}: sum of ${a.incident_ids.length} incident(s) = ${a.sum} → ${a.consistent ? 'consistent' : 'INCONSISTENT'}${a.partial ? ' (a partial breakdown: its parts may add to less)' : ''}`,
    );
  }
  // What the incident is linked to and not merged with (an airport's closure and the attack, an interception and a
  // strike of the region's same night): said with each one's kind and place, as the page's related list does.
  if (i.related.length > 0) {
    const told = await Promise.all(
      i.related.map(async (id) => {
        const r = await store.getIncident(id);
        return r ? `${id} (${r.kind} in ${whereText(r)})` : id;
      }),
    );
    lines.push(`  related: ${told.join(', ')}`);
  }
  lines.push('Sources:');
  // A source with no fact in the incident is a retelling or a mention (resolve/incidents.ts): it has no reason under
  // Facts, so say here why it is listed.
  const telling = new Set(i.reasons.map((r) => r.report_id));
  const voiceLines = await uncreditedVoices(store, i, [...facts.values()]);
  for (const s of i.sources) {
    lines.push(
      `  ${s.report_id} ${oneLine(s.publisher)} ${oneLine(s.url)} published ${s.published_at}, origin ${s.origin_id}`,
    );
    if (s.mention) {
      lines.push(`    no fact of its own: names this incident's place and weapon model (a mention, never a voice)`);
    } else if (!telling.has(s.report_id)) {
      const elsewhere = await factsElsewhere(store, s.report_id, s.published_at);
      lines.push(
        elsewhere.length === 0
          ? `    no fact of its own: retells origin ${s.origin_id}, whose facts are in this incident`
          : `    none of its facts is in this incident (${elsewhere.join('; ')}): listed as retelling origin ${s.origin_id}, whose facts are in this incident`,
      );
    }
    const voice = voiceLines.get(s.report_id);
    if (voice !== undefined) lines.push(`    ${voice}`);
  }
  lines.push('Facts:');
  for (const r of i.reasons) {
    const f = facts.get(r.fact_id);
    lines.push(`  ${r.fact_id} (${f?.kind ?? '?'}) from ${r.report_id}`);
    if (f) lines.push(`    “${oneLine(f.evidence.text)}” [${f.evidence.start}..${f.evidence.end}]`);
    lines.push(`    because: ${r.reasons.map(oneOffset).join('; ')}`);
  }
  return lines.join('\n');
}

/** Why a report that credits no one (or only nameless officials) made no voice of its own, or whose voice it was
 *  counted as (review 38b: two origins and one voice, with nothing saying why). The resolver's own rule (incidents.ts voicesByReport) over the
 *  incident's facts. */
async function uncreditedVoices(store: Store, i: Incident, facts: readonly Fact[]): Promise<Map<string, string>> {
  const { placeFacts, reportChannel } = await import('../resolve/placed-fact.ts');
  const { voicesByReport } = await import('../resolve/incidents.ts');
  const reports = new Map((await store.getReports(i.sources.map((s) => s.report_id))).map((r) => [r.id, r]));
  const placed = placeFacts(facts, reports, new Map(i.sources.map((s) => [s.report_id, s.origin_id])));
  const { keys, dependent } = voicesByReport(placed);
  const credits = new Set(placed.filter((p) => p.claimant !== null).map((p) => p.fact.report_id));
  const out = new Map<string, string>();
  for (const id of new Set(placed.map((p) => p.fact.report_id))) {
    // A credited report left with no voice: it credits only nameless officials or an outlet, beside a named body of
    // their side (resolve/nameless-voices.ts).
    if (credits.has(id) && dependent.has(id) && !keys.has(id)) {
      out.set(
        id,
        'credits only nameless officials or an outlet, who may be the named body beside them (or, of the other side, tell another event filed with it): no voice of its own',
      );
      continue;
    }
    if (credits.has(id)) continue;
    const channel = reportChannel(reports.get(id) ?? null);
    if (dependent.has(id)) {
      out.set(
        id,
        channel === null
          ? 'credits no one and has no channel of its own (no publisher, no web address): no independent voice'
          : 'credits no one, on a channel that credits more than one claimant: no voice of its own',
      );
      continue;
    }
    const key = [...(keys.get(id) ?? [])][0];
    if (key !== undefined && key !== channel)
      out.set(id, `credits no one: counted as the voice of ${key}, whom its channel credits`);
  }
  return out;
}
