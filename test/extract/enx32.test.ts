// English news leads, a wave told of the whole country beside the city it names (issue 8, thirty-second session,
// branch enx32): the real labels read such a lead as two strikes, the wave in no region and the city's. Every text is
// invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T07:30:00Z';
const strikes = (text: string) =>
  extractText(text, 'en', PUBLISHED)
    .filter((f) => f.kind === 'strike' || f.kind === 'interception')
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a place after a phrase of the whole country, in its clause, is a part of the wave', () => {
  it('a participle after a comma names the cities of a wave across the country', () => {
    assert.deepEqual(strikes('Russia Fires Attack Drones Across Ukraine, Targeting Odesa and Rivne'), [
      'strike - uav',
      'strike UA-51 uav',
      'strike UA-56 uav',
    ]);
  });

  it('a dash before the participle', () => {
    const text =
      'Russia has fired a large salvo of missiles across the country - hitting power stations in Lviv and Poltava.';
    assert.deepEqual(strikes(text), ['strike - missile', 'strike UA-46 missile', 'strike UA-53 missile']);
  });

  it('not when the phrase tells another clause ("as"): sirens across the country as a missile hit one town', () => {
    assert.deepEqual(strikes('Sirens wailed across Ukraine as a Russian missile struck a depot in Rivne.'), [
      'strike UA-56 missile',
    ]);
  });

  it('not when the place is in a likeness ("like elsewhere across the country")', () => {
    assert.deepEqual(strikes('A drone hit a warehouse in Rivne overnight, like elsewhere across the country.'), [
      'strike UA-56 uav',
    ]);
  });
});

describe('"and other Ukrainian cities", "and elsewhere": the place named is one of several', () => {
  it('a country adjective between "other" and the noun', () => {
    assert.deepEqual(strikes('Barrage of Russian missiles hits Lviv and other Ukrainian cities'), [
      'strike - missile',
      'strike UA-46 missile',
    ]);
  });

  it('"and elsewhere" after the place', () => {
    const text = 'Russian rockets struck power lines in Poltava and elsewhere on Tuesday, the grid operator said.';
    assert.deepEqual(strikes(text), ['strike - rocket', 'strike UA-53 rocket']);
  });

  it('one city alone stays one strike', () => {
    assert.deepEqual(strikes('Russian missiles hit Lviv on Tuesday, the mayor said.'), ['strike UA-46 missile']);
  });
});

describe('a headline wave over several unnamed cities keeps the wave beside the lead city it borrows', () => {
  it('"hit multiple cities" over a lead on one city', () => {
    const text =
      'Russian missiles hit multiple cities as talks stall\n\nTwo people were killed in Poltava on Friday when a missile struck an office block.';
    assert.deepEqual(strikes(text), ['strike - missile', 'strike UA-53 missile', 'strike UA-53 missile']);
  });

  it('"batter Ukraine\'s cities" over a lead on one city', () => {
    const text =
      "Russian drones batter Ukraine's cities overnight\n\nA drone struck a school in Rivne, officials said.";
    assert.deepEqual(strikes(text), ['strike - uav', 'strike UA-56 uav', 'strike UA-56 uav']);
  });

  it('not a headline on one strike in the country: "missile attack on Ukraine" over a lead on one town', () => {
    const text =
      'Four dead in Russian missile attack on Ukraine\n\nFour people were killed when a missile struck a house in Poltava, officials said.';
    assert.ok(!strikes(text).includes('strike - missile'));
  });

  it('not a headline that places nothing of several cities', () => {
    const text =
      'Russian drone hits apartment block\n\nA drone struck a block of flats in Rivne overnight, officials said.';
    assert.ok(!strikes(text).includes('strike - uav'));
  });
});

describe('whose capital: a country named with "capital" says it', () => {
  const regions = (text: string) => extractText(text, 'en', PUBLISHED).map((f) => `${f.kind} ${f.region?.code ?? '-'}`);

  it('"Ukraine\'s capital", either apostrophe, is Kyiv', () => {
    assert.deepEqual(regions("Russian drones struck Ukraine's capital before dawn."), ['strike UA-30']);
    assert.deepEqual(regions('Russian drones struck Ukraine’s capital before dawn.'), ['strike UA-30']);
  });

  it('"the capital of Ukraine" is Kyiv, not Moscow (the default of a capital no place before names)', () => {
    const text =
      'The envoy reached the capital of Ukraine on Tuesday, hours after the city was hit by a missile attack.';
    assert.deepEqual(regions(text), ['strike UA-30']);
  });

  it('"Russia\'s capital" is Moscow', () => {
    assert.deepEqual(regions("Ukrainian drones targeted Russia's capital overnight, the mayor said."), [
      'strike RU-MOW',
    ]);
  });

  it('a name after it is the place, and a sentence with no attack tells nothing', () => {
    assert.deepEqual(regions("Missiles struck Ukraine's capital Kyiv and the city of Rivne overnight."), [
      'strike UA-30',
      'strike UA-56',
    ]);
    assert.deepEqual(regions("Ukraine's capital is short of generators, the mayor warned."), []);
  });
});
