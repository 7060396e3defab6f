import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A short, stable id: the same parts always give the same id, on any machine, in any order of work. */
export function stableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  return `${prefix}_${sha256(parts.map((p) => String(p ?? '')).join('\u0001')).slice(0, 16)}`;
}

/** sha256 of raw bytes (a file, a response body), hex. */
export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
