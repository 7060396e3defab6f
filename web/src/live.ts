// Live updates: the server's change log as server-sent events. EventSource reconnects by itself and sends the
// last event id it saw (Last-Event-ID), so a dropped connection resumes where it stopped.

export type ChangeKind = 'created' | 'updated' | 'merged' | 'split' | 'deleted';
const KINDS: ChangeKind[] = ['created', 'updated', 'merged', 'split', 'deleted'];

export interface Live {
  stop(): void;
}

/** Follows the log from its present end (the JSON form's last_revision), so what the page already shows is not
 *  announced again as new. */
export async function startLive(
  onChange: (kind: ChangeKind, incidentId: string) => void,
  onState: (open: boolean) => void,
): Promise<Live> {
  const head = await fetch('/api/changes?limit=1', { headers: { Accept: 'application/json' } });
  const since = head.ok ? Number(((await head.json()) as { last_revision?: unknown }).last_revision) : Number.NaN;
  const source = new EventSource(Number.isInteger(since) ? `/api/changes?since=${since}` : '/api/changes');
  for (const kind of KINDS) {
    source.addEventListener(kind, (e) => {
      try {
        const data = JSON.parse((e as MessageEvent<string>).data) as { incident_id?: unknown };
        if (typeof data.incident_id === 'string') onChange(kind, data.incident_id);
      } catch {
        // A malformed event is skipped; the next refresh shows the store as it is anyway.
      }
    });
  }
  source.onopen = () => onState(true);
  source.onerror = () => onState(source.readyState === EventSource.OPEN);
  return { stop: () => source.close() };
}
