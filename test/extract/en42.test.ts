// English news leads: a death toll told as it stands, or risen far from its word (issue 8, forty-second session,
// branch en42). Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-03-10T06:00:00Z';
const tolls = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .filter((f) => f.kind === 'casualties')
    .map((f) => `${f.region?.code ?? '-'} killed=${f.casualties?.killed ?? '-'}`);

describe('a death toll as it stands: "reaches", "now", "stands at" (en42)', () => {
  it('"death toll of the strike on Odesa reaches 31" is the toll in Odesa', () => {
    assert.deepEqual(tolls('Death toll of Russian strike on Odesa reaches 31'), ['UA-51 killed=31']);
  });

  it('"Death Toll From Zaporizhzhia Missile Strike Now 14" and "stands at 9"', () => {
    assert.deepEqual(tolls('Ukraine Update: Death Toll From Zaporizhzhia Missile Strike Now 14'), ['UA-23 killed=14']);
    assert.deepEqual(tolls('Death toll in Russian drone attack on Sumy stands at 9'), ['UA-59 killed=9']);
  });

  it('negative: "now" or "reaches" with no word of death before it in its clause', () => {
    assert.deepEqual(tolls('Russian drone strike on Sumy: power now back for 40,000 homes'), []);
    assert.deepEqual(tolls('Drone attack on Kharkiv, aid convoy reaches 12 villages'), []);
  });
});

describe('a toll risen far from its word, in one clause (en42)', () => {
  it('the cause and its place between the toll and its rise', () => {
    assert.deepEqual(
      tolls(
        'Toll climbs in Poltava',
        'The death toll from a Russian missile strike on an apartment block in the central Ukrainian city of Poltava has risen to 13, officials said.',
      ),
      ['UA-53 killed=13'],
    );
  });

  it('negative: a rise past a clause mark is another figure', () => {
    const got = tolls(
      'Strike on Poltava',
      'Two people were killed in a Russian missile strike on an apartment block in the central city of Poltava overnight, and the number of homes without heating has risen to 300.',
    );
    assert.deepEqual(got, ['UA-53 killed=2'], got.join('; '));
  });
});

const placed = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED).map(
    (f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`,
  );

describe('a place after "a day after", "hours before" is the other event\'s (en42)', () => {
  it('"downs drones day after its attack on Kharkiv": the interception is not in Kharkiv', () => {
    assert.deepEqual(placed('Ukraine downs Russian drones day after its attack on Kharkiv'), ['interception - uav']);
  });

  it('"strike kills 9 hours after the envoy\'s visit to Odesa": neither the strike nor the toll is in Odesa', () => {
    const got = placed("Russian missile strike kills 9 in Ukraine hours after the envoy's visit to Odesa");
    assert.ok(
      got.every((f) => !f.includes('UA-51')),
      got.join('; '),
    );
  });

  it('negative: a place before the dated phrase, a toll dated after its own attack, a bare "after"', () => {
    assert.deepEqual(placed('Russian drones hit Lviv a day after the attack on Kyiv'), ['strike UA-46 uav']);
    assert.ok(placed('A woman died in hospital a day after the missile strike on Sumy').includes('casualties UA-59 -'));
    assert.ok(placed('Two killed after Russian missiles struck Poltava').includes('casualties UA-53 -'));
  });
});
