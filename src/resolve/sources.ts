import type { Report, SourceRef } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareIso, compareText } from './time.ts';

/** A report that tells no fact of its own but retells a statement of the incident (incidents.ts `retellings`). */
export interface Retelling {
  report: Report;
  originId: string;
}

/** Rule 6: one source per report, in publication order; a retelling is a source as well. */
export function buildSources(members: readonly PlacedFact[], retold: readonly Retelling[] = []): SourceRef[] {
  const byReport = new Map<string, SourceRef>();
  for (const p of members) {
    if (byReport.has(p.fact.report_id)) continue;
    const r = p.report;
    byReport.set(p.fact.report_id, {
      report_id: p.fact.report_id,
      title: r?.title ?? null,
      url: r?.url ?? null,
      publisher: r?.publisher ?? null,
      published_at: p.publishedAt,
      origin_id: p.originId,
    });
  }
  for (const { report, originId } of retold) {
    if (byReport.has(report.id)) continue;
    byReport.set(report.id, {
      report_id: report.id,
      title: report.title,
      url: report.url,
      publisher: report.publisher,
      published_at: report.published_at,
      origin_id: originId,
    });
  }
  return [...byReport.values()].sort(
    (a, b) => compareIso(a.published_at, b.published_at) || compareText(a.report_id, b.report_id),
  );
}
