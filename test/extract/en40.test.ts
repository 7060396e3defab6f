// English news leads: kind, region, weapon (issue 8, fortieth session, branch en40).
// Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-10T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a condemnation of attacks named by their weapon tells the attacks (en40)', () => {
  it('"condemns … missile strikes on Ukraine" is a strike in no region', () => {
    const got = facts(
      'Chancellor Condemns Russia’s Missile Strikes on Ukraine',
      'The chancellor said Berlin would send more air defence systems.',
    );
    assert.ok(got.includes('strike - missile'), got.join('; '));
  });

  it('"condemned … drone attacks on Odesa" is a strike in Odesa', () => {
    const got = facts('The foreign minister condemned the latest Russian drone attacks on Odesa.');
    assert.ok(got.includes('strike UA-51 uav'), got.join('; '));
  });

  it('negative: words of mere talk, and the attack far from the verb', () => {
    for (const headline of [
      "Governor slams Russia's weak drone attacks",
      'The UN condemned the use of cluster munitions in artillery and drone strikes',
    ]) {
      const got = facts(headline);
      assert.ok(!got.some((f) => f.startsWith('strike')), `${headline}: ${got.join('; ')}`);
    }
  });
});
