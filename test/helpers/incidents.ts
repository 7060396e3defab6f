// Incidents made by hand for tests of the read side (API lists, stats, exports), stored without the pipeline.
import type { Incident } from '../../src/core/types.ts';
import type { Store } from '../../src/store/index.ts';

export function makeIncident(id: string, over: Partial<Incident> = {}): Incident {
  return {
    id,
    kind: 'interception',
    region: { code: 'RU-KLU', name: 'Kaluga Oblast' },
    place: null,
    when: { start: '2025-05-06T21:00:00+03:00', end: '2025-05-07T07:00:00+03:00', precision: 'night' },
    weapons: [{ type: 'uav', count: { value: 40, min: 40, max: 40, approx: false } }],
    effects: [],
    casualties: { killed: null, injured: null },
    airports: [],
    diverted_to: [],
    claimants: [],
    facts: [],
    sources: [],
    corroboration: { reports: 1, origins: 1, status: 'single_origin' },
    conflicts: [],
    related: [],
    updated_at: '2025-05-07T09:00:00Z',
    aggregates: [],
    tallies: {},
    reasons: [],
    ...over,
  };
}

/** A night's window ending on `day` (May 2025) at `hour` Moscow time. */
export function nightOf(day: number, hour = 5): Incident['when'] {
  const d = String(day).padStart(2, '0');
  const p = String(day - 1).padStart(2, '0');
  const h = String(hour).padStart(2, '0');
  return { start: `2025-05-${p}T21:00:00+03:00`, end: `2025-05-${d}T${h}:00:00+03:00`, precision: 'night' };
}

/** Stores the incidents under the night key their window ends on ('none' without one), each logged as created. */
export async function seedIncidents(store: Store, incidents: readonly Incident[]): Promise<void> {
  const rows = incidents.map((incident) => ({ incident, night_key: incident.when?.end.slice(0, 10) ?? 'none' }));
  await store.replaceNightIncidents([...new Set(rows.map((r) => r.night_key))], rows, new Map(), {
    changes: rows.map((r) => ({ action: 'create' as const, incident_id: r.incident.id, night_key: r.night_key })),
  });
}
