// Time helpers shared by the resolve stage. Every comparison falls back to the raw string so that two
// inputs that parse to the same instant ("…+03:00" and "…Z") still sort the same way every run.

/** Milliseconds since the epoch; an unparsable time sorts after every real one instead of throwing. */
export function toMs(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Plain code-unit order: locale-free, so the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareIso(a: string, b: string): number {
  const d = toMs(a) - toMs(b);
  return d < 0 ? -1 : d > 0 ? 1 : compareText(a, b);
}

/** "2025-05-06T21:00:00+03:00" -> "2025-05-06T21:00+03:00": shorter in explanations, same instant. */
export function shortIso(iso: string): string {
  return iso.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d):00(?:\.0+)?(?=Z|[+-]\d\d:?\d\d|$)/, '$1');
}
