import type { SourceRef } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareIso, compareText } from './time.ts';

/** Rule 6: one source per report, in publication order. */
export function buildSources(members: readonly PlacedFact[]): SourceRef[] {
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
  return [...byReport.values()].sort(
    (a, b) => compareIso(a.published_at, b.published_at) || compareText(a.report_id, b.report_id),
  );
}
