// Shapes of English news leads (issue 8, en-news-rss, thirty-fourth session, branch enfresh34): a capital's
// possessive before what a state asserts or can do names the state, not a place. The texts are ours, written in the
// shapes of real dev leads; none is copied. Each rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const where = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon];

describe("a capital's accusation or ability is the state's, not a place", () => {
  it('"Moscow\'s accusation that Ukrainian drones struck …" puts no strike in Moscow', () => {
    const facts = extract(
      "Moscow's accusation that Ukrainian drones struck two bomber bases deep inside Russia has raised fears of escalation.",
    );
    assert.deepEqual(facts.map(where), [['strike', null, 'uav']]);
  });

  it('"Kyiv\'s accusations" are the state\'s too', () => {
    const facts = extract("Kyiv's accusations that Russian missiles hit a dam were rejected by the Kremlin.");
    assert.ok(!facts.some((f) => f.region?.code === 'UA-30'));
  });

  it('"Moscow’s weakening ability to strike" puts no damage in Moscow', () => {
    const facts = extract(
      'The worst damage to the power grid is over thanks to air defences and Moscow’s weakening ability to strike, the operator said.',
    );
    assert.ok(!facts.some((f) => f.region?.code === 'RU-MOW'));
  });

  it('an attack on the capital itself stays the city', () => {
    const facts = extract('Drones struck Moscow overnight, damaging two office towers, the mayor said.');
    assert.ok(facts.some((f) => f.kind === 'strike' && f.region?.code === 'RU-MOW'));
  });
});
