// fixux42a (ux42 #1): "62 of the 88 drones Russia launched" names the side that launched in a relative clause (or a
// participle with its agent: «беспилотников, запущенных Россией»). That side is who attacked, not where: the total is
// the other side's, inferred, as "launched by Russia" already was (detect/locate.ts, relativeLaunch). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2026-04-02T09:00:00+03:00';
const countries = (text: string, lang: 'en' | 'ru' | 'uk' = 'en') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.country ?? null, f.fields.country?.inferred ?? null, f.region?.code ?? null]);

describe('a relative clause names the launching side, never the place', () => {
  it('"N of the M drones Russia launched": Ukraine’s total, inferred', () => {
    assert.deepEqual(countries('The air force said it had shot down 33 of the 47 drones Russia launched overnight.'), [
      ['UA', true, null],
    ]);
  });

  it('"drones that Russia fired": the same', () => {
    assert.deepEqual(
      countries('Air defence destroyed 19 of 26 drones that Russia fired overnight, the air force said.'),
      [['UA', true, null]],
    );
  });

  it('"drones that Russia launched at Ukraine": the target is named, stated', () => {
    assert.deepEqual(countries('Air defence destroyed 19 of 26 drones that Russia launched at Ukraine overnight.'), [
      ['UA', false, null],
    ]);
  });

  it('«беспилотников, запущенных Россией»: the instrumental agent of the participle', () => {
    assert.deepEqual(
      countries(
        'Силы ПВО сбили 31 из 40 беспилотников, запущенных Россией этой ночью, сообщили в Воздушных силах.',
        'ru',
      ),
      [['UA', true, null]],
    );
  });

  it('«беспилотников, которые запустила Россия»: the nominative side names no country, so none is given', () => {
    // The nominative «Россия» is a side (`attacker`), not a country word: the side is found, and no country follows.
    const facts = countries('Силы ПВО сбили 31 из 40 беспилотников, которые запустила Россия ночью.', 'ru');
    assert.deepEqual(facts, [[null, null, null]]);
  });

  it('negative: "the drones Ukraine launched at Russia" is Russia’s, told as the target', () => {
    assert.deepEqual(
      countries(
        'The defence ministry said air defences shot down 27 of the drones Ukraine launched at Russia overnight.',
      ),
      [['RU', false, null]],
    );
  });

  it('negative: a region named in the sentence keeps the fact', () => {
    assert.deepEqual(
      countries('Air defences destroyed 12 drones over the Bryansk region that Ukraine launched overnight.'),
      [[null, null, 'RU-BRY']],
    );
  });
});
