import { createHash, hash } from 'node:crypto';

// The one-shot `hash` (Node 20.12) skips the Hash object and its stream machinery that `createHash` builds: every
// report hashes its whole text and each id its parts, so in bulk ingest that was ~1 % of extraction's CPU. Same digest.
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** A short, stable id: the same parts always give the same id, on any machine, in any order of work. */
export function stableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  return `${prefix}_${sha256(parts.map((p) => String(p ?? '')).join('\u0001')).slice(0, 16)}`;
}

/** sha256 of raw bytes (a file, a response body), hex. */
export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
