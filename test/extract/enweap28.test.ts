// English weapons on unseen text (twenty-eighth session, branch enweap28). Every text is invented, in the style of
// news headlines and leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+03:00';
const triples = (text: string) =>
  extractText(text, 'en', PUBLISHED).map((f) => [f.kind, f.region?.code ?? null, f.weapon] as const);
const has = (text: string, kind: string, code: string | null, weapon: string | null) =>
  triples(text).some(([k, c, w]) => k === kind && c === code && w === weapon);
const show = (text: string) => JSON.stringify(triples(text));

describe("a weapon's attack noun is the subject of a verb of striking", () => {
  it('"drone strikes target" a place, as "drones target" one', () => {
    const text = 'Russian drone strikes target Dnipro and Poltava';
    assert.ok(has(text, 'strike', 'UA-12', 'uav'), show(text));
    assert.ok(has(text, 'strike', 'UA-53', 'uav'), show(text));
    const other = 'Ukrainian drone attacks target Bryansk region overnight';
    assert.ok(has(other, 'strike', 'RU-BRY', 'uav'), show(other));
  });

  it('each weapon of a list before the noun', () => {
    const text = 'Russian Missile and Drone Strikes Target Vinnytsia and Odesa';
    for (const code of ['UA-05', 'UA-51'])
      for (const weapon of ['missile', 'uav']) assert.ok(has(text, 'strike', code, weapon), show(text));
  });

  it('negative cases: a participle, a word between, no place, no verb of the list', () => {
    for (const text of [
      'A pattern of drone attacks targeting Russian territory worries Moscow.',
      'Missile attack target list leaked in Moscow.',
      'Officials say drone attacks target morale, not the defences.',
      'Explosions rock Kyiv as the city waits for news.',
      'Rock concert in Kyiv goes ahead despite the war.',
      'Missile strikes rock markets in London',
      'Kyiv leaders shake off talk of drone strikes',
      // After an attack noun the place follows the verb at once: here "target" is a noun.
      'Drone strike target list for Crimea leaked, report says',
      'Missile attack target map for Kharkiv published by hackers',
      // Not verbs of striking (review of enweap28): metaphors as often as blows.
      'Drone strikes shake Kyiv\u2019s confidence in air defences',
      'Missile strikes rock Moscow stock exchange as rouble slides',
      'Drones shake Kyiv nerves ahead of Independence Day',
    ])
      assert.ok(!triples(text).some(([k]) => k === 'strike'), `${text}: ${show(text)}`);
  });
});
