import assert from 'node:assert/strict';
import type { Casualties, Fact, Incident } from '../../src/core/types.ts';

/** The hand-written expectation format of test/fixtures/e2e/<case>/expected.json (see its README). */
export interface ExpectedIncident {
  kind: string;
  region: string;
  weapons: { type: string; count: number | null }[];
  object?: string;
  airports: string[];
  diverted_to: string[];
  claimants: string[];
  effects: { kind: string; object: string | null }[];
  casualties: Casualties;
}

export interface ExpectedAggregate {
  min: number;
  regions: string[];
  consistent: boolean;
}

const sorted = <T>(xs: readonly T[]) => [...xs].map((x) => JSON.stringify(x)).sort();

/** Exactly these incidents, matched by (kind, region): nothing missing, nothing extra. */
export function assertIncidents(
  incidents: readonly Incident[],
  facts: ReadonlyMap<string, Fact>,
  expected: readonly ExpectedIncident[],
): void {
  const key = (kind: string, region: string | null | undefined) => `${kind}|${region ?? '-'}`;
  assert.deepEqual(
    incidents.map((i) => key(i.kind, i.region?.code)).sort(),
    expected.map((e) => key(e.kind, e.region)).sort(),
    'the set of (kind, region) incidents',
  );
  for (const e of expected) {
    const i = incidents.find((x) => x.kind === e.kind && x.region?.code === e.region)!;
    const label = `${e.kind} ${e.region}`;
    assert.deepEqual(
      sorted(i.weapons.map((w) => ({ type: w.type, count: w.count?.value ?? null }))),
      sorted(e.weapons),
      `${label}: weapons`,
    );
    assert.deepEqual([...i.airports].sort(), [...e.airports].sort(), `${label}: airports`);
    assert.deepEqual([...i.diverted_to].sort(), [...e.diverted_to].sort(), `${label}: diverted_to`);
    assert.deepEqual(
      i.claimants
        .map((c) => c.name)
        .filter((n): n is string => n !== null)
        .sort(),
      [...e.claimants].sort(),
      `${label}: claimants`,
    );
    assert.deepEqual(
      sorted(i.effects.map((x) => ({ kind: x.kind, object: x.object }))),
      sorted(e.effects),
      `${label}: effects`,
    );
    assert.deepEqual(i.casualties, e.casualties, `${label}: casualties`);
    if (e.object) {
      const objects = i.facts.map((id) => facts.get(id)?.object).filter((o) => o);
      assert.ok(
        objects.includes(e.object as Fact['object']),
        `${label}: object ${e.object} among ${objects.join(',')}`,
      );
    }
  }
}

export function assertAggregates(incidents: readonly Incident[], expected: readonly ExpectedAggregate[]): void {
  for (const e of expected) {
    const holders = incidents.filter((i) => i.aggregates.some((a) => a.claimed.min === e.min));
    assert.deepEqual(
      holders.map((i) => i.region?.code).sort(),
      [...e.regions].sort(),
      `aggregate >=${e.min} is checked against ${e.regions.join(', ')}`,
    );
    for (const i of holders) {
      const check = i.aggregates.find((a) => a.claimed.min === e.min)!;
      assert.equal(check.consistent, e.consistent, `aggregate >=${e.min} consistency on ${i.region?.code}`);
    }
  }
}

/** Every value a fact carries is backed by a span of its report's text. */
export function assertEvidence(fact: Fact, text: string): void {
  assert.equal(text.slice(fact.evidence.start, fact.evidence.end), fact.evidence.text, `${fact.id}: evidence span`);
  for (const [field, span] of Object.entries(fact.fields)) {
    assert.equal(text.slice(span.start, span.end), span.text, `${fact.id}: ${field} span`);
  }
  const required: [keyof Fact, unknown][] = [
    ['weapon', fact.weapon],
    ['count', fact.count],
    ['region', fact.region],
    ['when', fact.when],
    ['claimant', fact.claimant],
    ['casualties', fact.casualties],
    ['object', fact.object],
  ];
  for (const [field, value] of required) {
    if (value !== null)
      assert.ok(fact.fields[field as keyof typeof fact.fields], `${fact.id}: ${field} has no evidence`);
  }
}

/** Incidents with what the order of arrival may change taken out: ids (an incident keeps the id it was first stored
 *  under, which depends on which report came first) are replaced by the incident's facts, and the change log's
 *  revisions dropped. What is left (the grouping and everything merged) must not depend on the order. */
export function withoutHistory(incidents: readonly Incident[]): unknown[] {
  const key = new Map(incidents.map((i) => [i.id, [...i.facts].sort().join(',')]));
  const k = (id: string) => key.get(id) ?? id;
  return incidents
    .map(({ revision: _r, split_from: _s, id, related, aggregates, ...rest }) => ({
      ...rest,
      id: k(id),
      related: related.map(k).sort(),
      aggregates: aggregates.map((a) => ({ ...a, incident_ids: a.incident_ids.map(k).sort() })),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
