// A sources.yaml row for a feed file on disk, as tests of `watch` over local files need it: no URL, no speaker, the
// default poll. Fields a test cares about are passed in `over`.
import type { SourceRow } from '../../src/ingest/registry.ts';

export function fileFeedRow(id: string, path: string, over: Partial<SourceRow> = {}): SourceRow {
  return {
    id,
    kind: 'feed',
    url: null,
    path,
    name: null,
    language: null,
    time_zone: null,
    poll_seconds: 600,
    speaker: null,
    full_text: false,
    ...over,
  };
}
