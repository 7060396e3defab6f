// Small factories for resolve tests: a Fact or Report with every field at its "not stated" value,
// and only what a test cares about given.
import type { Claimant, Count, Fact, Report, TimeSpan } from '../../src/core/types.ts';

export function makeFact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  return {
    kind: 'interception',
    weapon: null,
    weapon_model: null,
    count: null,
    launched: null,
    hit: null,
    region: null,
    place: null,
    area: null,
    when: null,
    object: null,
    detail: null,
    casualties: null,
    airports: [],
    diverted_to: [],
    claimant: null,
    evidence: { start: 0, end: 0, text: '' },
    fields: {},
    aggregate: false,
    increment: false,
    ...partial,
  };
}

export function makeReport(partial: Partial<Report> & Pick<Report, 'id' | 'published_at'>): Report {
  return {
    hash: `hash-${partial.id}`,
    title: null,
    url: null,
    publisher: null,
    published_inferred: false,
    lang: 'en',
    text: '',
    forwarded_from: null,
    removed: [],
    ...partial,
  };
}

export const exact = (n: number): Count => ({ value: n, min: n, max: n, approx: false });
export const atLeast = (n: number): Count => ({ value: null, min: n, max: null, approx: false });

export const night = (start: string, end: string): TimeSpan => ({ start, end, precision: 'night' });

export const person = (name: string | null, role: Claimant['role'] = null): Claimant => ({
  name,
  role,
  channel: null,
});

/** mulberry32-driven Fisher-Yates: the same "random" orders on every run. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
