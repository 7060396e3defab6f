// Small factories for resolve tests: a Fact or Report with every field at its "not stated" value,
// and only what a test cares about given.
import type { Claimant, Count, Fact, RegionRef, Report, TimeSpan } from '../../src/core/types.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import type { OriginInput } from '../../src/resolve/origins.ts';

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

/** A report as the origin step takes it: its text's signature and bands, and the facts read from it. */
export function originInput(report: Report, facts: Fact[] = []): OriginInput {
  const signature = minhashSignature(report.text, report.lang);
  return { report, signature, bands: lshBands(signature), facts };
}

/** One night's drone strike on a region and its injured, as a report tells them; `damage` adds damaged buildings. */
export function strikeWithInjured(
  reportId: string,
  region: RegionRef,
  when: TimeSpan,
  injured: number,
  claimant: Claimant | null,
  damage = false,
): Fact[] {
  const facts = [
    makeFact({ id: `${reportId}-1`, report_id: reportId, kind: 'strike', weapon: 'uav', region, when, claimant }),
    makeFact({
      id: `${reportId}-2`,
      report_id: reportId,
      kind: 'casualties',
      region,
      casualties: { killed: null, injured },
      claimant,
    }),
  ];
  if (damage)
    facts.push(makeFact({ id: `${reportId}-3`, report_id: reportId, kind: 'damage', region, when, claimant }));
  return facts;
}
