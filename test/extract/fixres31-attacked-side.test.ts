// fixres31 (ux31 #1, #10): the side that launched a wave is who attacked, not where. "Russia attacked with 60
// drones", "48 of 60 drones launched by Russia" name no place, and their nationwide interception total is the other
// side's country, inferred (detect/country.ts, attackedSide). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2026-03-14T09:00:00+02:00';
const countries = (text: string) =>
  extractText(text, 'en', PUBLISHED)
    .filter((f) => f.kind === 'interception' || f.kind === 'strike')
    .map((f) => [f.kind, f.country ?? null, f.fields.country?.inferred ?? null]);

describe('the launching side names the attacked country, never its own', () => {
  it('"drones launched by Russia": Ukraine’s total, inferred', () => {
    assert.deepEqual(countries('Air defence shot down 48 of 60 drones launched by Russia on Saturday night.'), [
      ['interception', 'UA', true],
    ]);
  });

  it('"Russia launched N drones, and air defence destroyed M": Ukraine’s total, inferred', () => {
    assert.deepEqual(countries('Russia launched 60 drones on Saturday night, and air defence destroyed 48 of them.'), [
      ['interception', 'UA', true],
    ]);
  });

  it('"Ukraine launched N drones, and air defence destroyed M": Russia’s total', () => {
    assert.deepEqual(countries('Ukraine launched 35 drones on Saturday night, and air defence destroyed 31 of them.'), [
      ['interception', 'RU', true],
    ]);
  });

  it('a country named as the target still wins, stated', () => {
    assert.deepEqual(countries('Russia launched 60 drones at Ukraine overnight. Air defence destroyed 48 drones.'), [
      ['interception', 'UA', false],
    ]);
  });

  it('negative: a launch at a named town keeps its region and gets no country', () => {
    const facts = extractText('Russia launched 12 drones at Sumy overnight.', 'en', PUBLISHED);
    assert.ok(facts.length > 0);
    for (const f of facts) assert.equal(f.country, undefined);
  });

  it('negative: "the enemy" names no side, so no country is inferred', () => {
    assert.deepEqual(countries('Overnight the enemy attacked with 60 drones. Air defence destroyed 48 drones.'), [
      ['interception', null, null],
    ]);
  });
});

describe('the side is the one nearest the launch verb', () => {
  it('"Ukraine said Russia launched …": Russia launched, the total is Ukraine’s', () => {
    assert.deepEqual(
      countries('Ukraine said Russia launched 60 drones overnight, and air defence destroyed 48 of them.'),
      [['interception', 'UA', true]],
    );
  });
});

describe('negative: a side that is not the launch verb’s subject infers nothing', () => {
  it('"Ukraine shoots down 32 of 35 Russian-launched drones" is never Russia’s total', () => {
    assert.notDeepEqual(
      countries('Ukraine shoots down 40 of 52 Russian-launched drones overnight.').map((c) => c[1]),
      ['RU'],
    );
  });
});

describe('negative: a strike told of a side’s launch infers no country', () => {
  it('"Ukraine launched an attack on the city with eight drones": often one city’s', () => {
    const facts = extractText(
      'Officials say Ukraine launched an attack on the city with eight drones.',
      'en',
      PUBLISHED,
    );
    for (const f of facts) assert.notEqual(f.fields.country?.inferred, true);
  });
});
