// English news leads: an attack noun whose own verb is a blow landing (issue 8, thirty-fifth session, branch en35b).
// Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-10T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('an attack noun named by its side or weapon, then "hit"/"strikes" (en35b)', () => {
  it('"drone attack strikes" a place is a strike there', () => {
    const got = facts('War live: Ukrainian drone attack strikes central Belgorod');
    assert.ok(got.includes('strike RU-BEL uav'), got.join('; '));
  });

  it('"Russian attacks hit towns across Ukraine" is the country\'s strike, not the next sentence\'s town', () => {
    const got = facts(
      'Russian attacks hit towns across Ukraine, killing at least 12',
      'In Kharkiv, the mayor said the city had come under fire for the first time in a month.',
    );
    assert.ok(got.includes('strike - -'), got.join('; '));
    assert.ok(!got.some((f) => f.startsWith('strike UA-63')), got.join('; '));
  });

  it('negative: a possessive country, a war abroad, a figure of speech', () => {
    for (const headline of [
      "Russian attacks hit Ukraine's grain exports",
      'Israeli strikes hit Gaza overnight',
      'Russian attacks hit a nerve in Ukraine',
    ]) {
      const got = facts(headline);
      assert.ok(!got.some((f) => f.startsWith('strike')), `${headline}: ${got.join('; ')}`);
    }
  });
});
