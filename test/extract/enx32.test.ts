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

describe('a nationwide phrase in another clause is no wave of the named city (enx32fix, after review)', () => {
  // Each names one city's strike; the nationwide phrase tells schools, prices, volunteers, alerts or outages.
  const one = (text: string, only: string) => assert.deepEqual(strikes(text), [only]);

  it("schools, prices, volunteers and alerts across the country beside one city's strike", () => {
    one(
      'Schools across Ukraine reopened on Monday, and Russian drones struck Odesa overnight, the governor said.',
      'strike UA-51 uav',
    );
    one(
      'Prices rose across Ukraine in May, the central bank said; on Sunday Russian drones hit a fuel depot in Rivne.',
      'strike UA-56 uav',
    );
    one(
      'Volunteers from across the country arrived in Dnipro, where Russian missiles hit an apartment block on Saturday.',
      'strike UA-12 missile',
    );
    one(
      'Air raid alerts sounded across Ukraine overnight, and Russian drones struck an energy facility in Sumy, officials said.',
      'strike UA-59 uav',
    );
  });

  it("Ukrainian and Russian: outages and schools across the country beside one city's strike", () => {
    const uk = extractText(
      'По всій Україні тривають відключення світла, а в Одесі дрони атакували порт.',
      'uk',
      PUBLISHED,
    );
    assert.ok(
      !uk.some((f) => f.kind === 'strike' && !f.region),
      JSON.stringify(uk.map((f) => [f.kind, f.region?.code])),
    );
    const ru = extractText(
      'Школы по всей Украине перешли на дистанционное обучение, в Одессе ночью дроны ударили по порту.',
      'ru',
      PUBLISHED,
    );
    assert.ok(
      !ru.some((f) => f.kind === 'strike' && !f.region),
      JSON.stringify(ru.map((f) => [f.kind, f.region?.code])),
    );
  });
});

describe('"and other Ukrainian cities": the place named is one of several; "elsewhere in the city" is not', () => {
  it('a country adjective between "other" and the noun', () => {
    assert.deepEqual(strikes('Barrage of Russian missiles hits Lviv and other Ukrainian cities'), [
      'strike - missile',
      'strike UA-46 missile',
    ]);
  });

  it('"elsewhere in the city/region" stays inside the place, and the toll stays on it', () => {
    const tolls = (text: string) =>
      extractText(text, 'en', PUBLISHED)
        .map((f) => `${f.kind} ${f.region?.code ?? '-'}`)
        .sort();
    assert.deepEqual(
      tolls('Russian shelling hit a market in Kherson and elsewhere in the city on Monday, killing three.').filter(
        (k) => k.startsWith('strike'),
      ),
      ['strike UA-65'],
    );
    assert.ok(
      tolls('Russian shelling hit a market in Kherson and elsewhere in the city on Monday, killing three.').includes(
        'casualties UA-65',
      ),
    );
    const odesa = 'Russian drones struck Odesa and elsewhere in the region overnight, injuring two.';
    assert.deepEqual(
      tolls(odesa).filter((k) => k.startsWith('strike')),
      ['strike UA-51'],
    );
    assert.ok(tolls(odesa).includes('casualties UA-51'));
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
