// Live updates: the server's change log as server-sent events. EventSource reconnects by itself and sends the
// last event id it saw (Last-Event-ID), so a dropped connection resumes where it stopped.

export type ChangeKind = 'created' | 'updated' | 'merged' | 'split' | 'deleted';
const KINDS: ChangeKind[] = ['created', 'updated', 'merged', 'split', 'deleted'];

export interface Live {
  stop(): void;
}

export function startLive(
  since: number | null,
  onChange: (kind: ChangeKind, incidentId: string) => void,
  onState: (open: boolean) => void,
): Live {
  const source = new EventSource(since === null ? '/api/changes' : `/api/changes?since=${since}`);
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
