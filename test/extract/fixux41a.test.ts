// Trial ux41 (fixux41a), defect 4: a country-wide interception keeps no place that only the clause of the weapons
// that got through names.
// Every text is invented, in the style of wire leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-07-02T12:00:00+03:00';
const n = (c: Fact['count']) => c?.value ?? '-';
const what = (facts: Fact[]) =>
  facts
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${n(f.count)}/${n(f.launched)}/${n(f.hit)}`)
    .sort();

describe('the place of the weapons that got through is theirs, not the country-wide count', () => {
  it('en: with seven hitting targets in a region', () => {
    const text =
      "Ukraine's air force said it shot down 41 of 48 drones Russia launched overnight, with seven hitting targets " +
      'in Sumy region.';
    const facts = extractText(text, 'en', at);
    assert.deepEqual(what(facts), ['interception - uav 41/48/-', 'strike UA-59 uav 7/-/-']);
    const strike = facts.find((f) => f.kind === 'strike')!;
    // Every value keeps its evidence in the text.
    for (const field of ['kind', 'count', 'region'] as const) {
      const span = strike.fields[field]!;
      assert.equal(text.slice(span.start, span.end), span.text);
    }
    assert.equal(strike.fields.count!.text, 'seven');
  });
  it('en: with one landing in a city', () => {
    const facts = extractText(
      'Air defences destroyed 17 of 18 missiles fired at the country on Tuesday, with one landing in Zaporizhzhia.',
      'en',
      at,
    );
    assert.deepEqual(what(facts), ['interception - missile 17/18/-', 'strike UA-23 missile 1/-/-']);
  });
  it("en: a place before the clause stays the interception's", () => {
    const facts = extractText(
      'Air defences shot down 12 drones over the Kyiv region overnight, with one hitting a warehouse.',
      'en',
      at,
    );
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.region?.code, 'UA-32');
  });
});
