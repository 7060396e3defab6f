import type { Report, SourceRef } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareIso, compareText } from './time.ts';

/** A report that tells no fact of its own but retells a statement of the incident (incidents.ts `retellings`). */
export interface Retelling {
  report: Report;
  originId: string;
  /** It names the incident's place and weapon model but tells no fact of it (mentions.ts): listed, not a voice. */
  mention?: boolean;
}

/** Rule 6: one source per report, in publication order; a retelling is a source as well. */
export function buildSources(members: readonly PlacedFact[], retold: readonly Retelling[] = []): SourceRef[] {
  const byReport = new Map<string, SourceRef>();
  const add = (id: string, r: Report | null, published_at: string, origin_id: string, mention = false) => {
    if (byReport.has(id)) return;
    byReport.set(id, {
      report_id: id,
      title: r?.title ?? null,
      url: r?.url ?? null,
      publisher: r?.publisher ?? null,
      published_at,
      origin_id,
      ...(mention ? { mention: true } : {}),
    });
  };
  for (const p of members) add(p.fact.report_id, p.report, p.publishedAt, p.originId);
  for (const { report, originId, mention } of retold) add(report.id, report, report.published_at, originId, mention);
  return [...byReport.values()].sort(
    (a, b) => compareIso(a.published_at, b.published_at) || compareText(a.report_id, b.report_id),
  );
}
