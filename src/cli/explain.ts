import { countText } from '../export/values.ts';
import type { Store } from '../store/index.ts';

/** A value on one line of the layout: a publisher or sentence that holds a newline or a run of spaces («Одеська\nОВА»)
 *  would otherwise break it. Display only: the stored value is untouched. */
const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Why each report and fact is in an incident, for `sitrep explain`. Null when there is no such incident. */
export async function explainIncident(store: Store, id: string): Promise<string | null> {
  const incident = await store.getIncident(id);
  if (!incident) return null;
  const facts = new Map((await store.getFacts(incident.facts)).map((f) => [f.id, f]));
  const lines: string[] = [];
  const i = incident;
  lines.push(
    `${i.id}: ${i.kind} in ${i.region?.name ?? '?'} (${i.region?.code ?? '-'}), ${i.when?.start ?? '?'} → ${i.when?.end ?? '?'}`,
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
      `  aggregate ${countText(a.claimed)} in ${a.report_id}: sum of ${a.incident_ids.length} incident(s) = ${a.sum} → ${a.consistent ? 'consistent' : 'INCONSISTENT'}`,
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
      lines.push(`    no fact of its own: retells origin ${s.origin_id}, whose facts are in this incident`);
    }
  }
  lines.push('Facts:');
  for (const r of i.reasons) {
    const f = facts.get(r.fact_id);
    lines.push(`  ${r.fact_id} (${f?.kind ?? '?'}) from ${r.report_id}`);
    if (f) lines.push(`    “${oneLine(f.evidence.text)}” [${f.evidence.start}..${f.evidence.end}]`);
    lines.push(`    because: ${r.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
