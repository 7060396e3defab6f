// enstrike29 (twenty-ninth session), issue 8: two English strike shapes.
// (1) A headline's present after a plural weapon ("Russian missiles strike security service HQ", "as drones attack
// overnight", "Russian missiles batter Ukraine's cities") tells a strike as "struck" does, whatever follows the verb
// (detect/attack.ts, `pluralSubjectStrikes`); only for a side's weapon or in a sentence that names a place.
// (2) A strike told by a verb of landing ("drones hit residential areas") beside an interception of the same weapon
// stays a strike: it is no attack that the interception introduces (refine/merge-parts.ts, `landed`).
// Texts are ours, in the shapes of the dev leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T09:00:00+00:00';
const news = (text: string): Fact[] => extractText(text, 'en', PUBLISHED).filter((f) => !f.historical);
const strikes = (text: string) => news(text).filter((f) => f.kind === 'strike');
const kinds = (text: string) => [...new Set(news(text).map((f) => f.kind))].sort();

describe('a plural weapon with a present verb of striking is a strike', () => {
  const cases: [string, string | null, string][] = [
    ['Live: Russian missiles strike regional police HQ in Dnipro', 'UA-12', 'missile'],
    ['Ukrainian drones strike Russian seaside resort near Sochi overnight', 'RU-KDA', 'uav'],
    ['Russian drones attack Odesa for a third night', 'UA-51', 'uav'],
    ['Russian missiles batter Kharkiv as talks stall', 'UA-63', 'missile'],
    ['Russian missiles strike birthplace of a famous singer', null, 'missile'],
    ['Russian missiles batter Ukraine’s cities before the holiday', null, 'missile'],
    // A headline's title case is no foreign name (review of enstrike29's "abroad" check).
    ['Russian Missiles Strike Regional Police HQ', null, 'missile'],
    // A name after our country's possessive is ours, not abroad.
    ['Russian missiles strike the birthplace of Ukraine’s Olympic fencer', null, 'missile'],
  ];
  for (const [text, region, weapon] of cases)
    it(text, () => {
      const s = strikes(text);
      assert.equal(s.length, 1, JSON.stringify(s.map((f) => [f.kind, f.region?.code, f.weapon])));
      assert.equal(s[0]?.region?.code ?? null, region);
      assert.equal(s[0]?.weapon, weapon);
    });
});

describe('no strike from the present verb where it is no blow or no news', () => {
  const none = [
    'Russian drones strike a chord with voters in the West',
    'Ukrainian drones strike fear into the hearts of generals',
    'Russian drones strike deal with suppliers, report says',
    'Ukrainian drones strike gold at the robotics championship',
    'How Russian drones attack power grids, explained',
    'If Russian missiles strike Poland, NATO will respond',
    'Russian missiles could strike Lviv again, officials warn',
    'Ukraine denies its drones attack the Kremlin',
    'Israeli missiles strike a hospital compound',
    'Houthi drones attack cargo ships at sea',
    'Stocks slide as oil prices strike a two-year high',
    'The striker scored twice as his team attack relentlessly',
    // A question's opener is an explainer, as "how" is (review of enstrike29).
    'Why Russian drones attack power plants in winter',
    'When Russian missiles strike, sirens are often silent',
    'Where Ukrainian drones strike most: a map',
    // A habit or a comparison: a frequency word near the verb.
    'Analysts say Russian drones strike mainly at night',
    'Russian missiles strike mainly at night',
    'Russian drones strike more often than before',
    'Russian drones attack less often than in 2022, figures show',
    'Russian missiles usually strike before dawn',
    'Russian drones rarely attack the western regions',
    // A side's weapon in another country's place: the war told is not this one.
    'Russian missiles strike Syrian rebel camps near Aleppo',
    'Russian drones attack Moldovan border hamlet of Ocnita',
  ];
  for (const text of none) it(text, () => assert.deepEqual(strikes(text), []));

  it('a singular weapon before the verb is the attack noun, read as before', () => {
    assert.deepEqual(strikes('Kremlin says drone attack plot foiled'), []);
  });
});

describe('a weapon that landed stays a strike beside the interception', () => {
  it('a later sentence tells drones hitting homes', () => {
    assert.deepEqual(
      kinds('Five drones were shot down over Moscow. Drones hit blocks of flats in western Moscow on Sunday.'),
      ['interception', 'strike'],
    );
  });
  it('the hit told first', () => {
    assert.deepEqual(kinds('Drones hit two office towers in Moscow. Air defences shot down three more.'), [
      'interception',
      'strike',
    ]);
  });
  it('a missile that slammed into a depot after the rest were downed (as before)', () => {
    assert.deepEqual(kinds('Air defences downed nine missiles over Kyiv. One missile slammed into a depot in Kyiv.'), [
      'interception',
      'strike',
    ]);
  });

  const folded = [
    'Russian drones attacked Kharkiv. All of them were downed over Kharkiv.',
    'Russia targeted Odesa with drones. Air defences destroyed 15 drones over Odesa.',
    'Kyiv hit by massive drone attack; most drones shot down, officials say.',
    'Missiles exploded over Kyiv as air defences intercepted ten of them.',
    'All 30 drones were shot down over Kyiv. No drones hit the city, officials said.',
    'Twelve drones were shot down over Moscow. None of the drones hit the city.',
    'Twelve drones were shot down over Moscow. Officials denied that drones hit any buildings in Moscow.',
    'Twelve drones were shot down over Moscow. If drones hit the Kremlin, the war would change.',
    // A denial told by its own words (review of enstrike29).
    'Nine drones were shot down over Odesa. The drones failed to hit any targets, the governor said.',
    'Nine drones were shot down over Odesa. Officials said drones hit nothing of value.',
    'Nine drones were shot down over Odesa. Hardly any drones hit the city.',
    'Nine drones were shot down over Odesa. Barely any of the drones hit Odesa.',
  ];
  for (const text of folded) it(`one interception: ${text}`, () => assert.deepEqual(kinds(text), ['interception']));
});
