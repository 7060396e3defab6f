// Loading sources.yaml, light enough for `sitrep sources` (no extraction stage behind it).
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { parseRegistry, type Registry } from '../ingest/registry.ts';
import type { SourceState } from '../store/index.ts';
import { regionCodesFor } from './region-names.ts';

export type { Registry, SourceRow, Speaker } from '../ingest/registry.ts';

export async function loadRegistry(path: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  // A speaker's region is checked as --region is, by the region names alone (no gazetteer: `sitrep sources` stays light).
  const { registry, errors } = parseRegistry(text, dirname(path), {
    isRegion: (value) => regionCodesFor(value).length > 0,
  });
  if (errors.length > 0) throw new UsageError(`${path} has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  return registry;
}

export function emptyState(sourceId: string, at: string): SourceState {
  return {
    source_id: sourceId,
    last_success_at: null,
    last_error_at: null,
    last_error: null,
    items_seen: 0,
    consecutive_failures: 0,
    etag: null,
    last_modified: null,
    cursor: null,
    next_poll_ms: null,
    updated_at: at,
  };
}
