import { pushTo } from '../core/multimap.ts';
import type { Incident } from '../core/types.ts';
import { countText } from '../export/values.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { nightKey } from '../resolve/night.ts';
import type { Store } from '../store/index.ts';

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
  const byIncident = new Map<string, string[]>();
  const nights = new Map<string, Promise<Incident[]>>();
  for (const stored of own) {
    const [fact] = withInferredWindows([stored], publishedAt);
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

/** Why each report and fact is in an incident, for `sitrep explain`. Null when there is no such incident. */
export async function explainIncident(store: Store, id: string): Promise<string | null> {
  const incident = await store.getIncident(id);
  if (!incident) return null;
  const facts = new Map((await store.getFacts(incident.facts)).map((f) => [f.id, f]));
  const lines: string[] = [];
  const i = incident;
  lines.push(
    `${i.id}: ${i.kind} in ${i.region?.name ?? '?'} (${i.region?.code ?? '-'}), ${i.when?.start ?? '?'} → ${i.when ? inOffsetOf(i.when.end, i.when.start) : '?'}`,
  );
  lines.push(`  weapons: ${i.weapons.map((w) => `${w.type} ${countText(w.count)}`).join('; ') || '-'}`);
  lines.push(
    `  corroboration: ${i.corroboration.status}, ${i.corroboration.reports} report(s), ${i.corroboration.origins} origin(s), ${i.corroboration.voices ?? i.corroboration.origins} voice(s)`,
  );
  for (const c of i.conflicts) {
    lines.push(
      `  conflict ${c.field}: ${c.values.map((v) => `${JSON.stringify(v.value)} from ${v.report_ids.join(', ')}`).join(' vs ')}`,
    );
  }
  for (const a of i.aggregates) {
    lines.push(
      `  aggregate ${countText(a.claimed)} in ${a.report_id}: sum of ${a.incident_ids.length} incident(s) = ${a.sum} → ${a.consistent ? 'consistent' : 'INCONSISTENT'}${a.partial ? ' (a partial breakdown: its parts may add to less)' : ''}`,
    );
  }
  lines.push('Sources:');
  // A source with no fact in the incident is a retelling or a mention (resolve/incidents.ts): it has no reason under
  // Facts, so say here why it is listed.
  const telling = new Set(i.reasons.map((r) => r.report_id));
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
