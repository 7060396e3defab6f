// Issue 8, twenty-fifth session: troops attacking are ground war, not an air attack. "Troops" and "forces" also fire
// missiles and fly drones, so they read as men on the ground (the lexicon's `ground_troops`, run.ts `groundForce`)
// only as the subject of a ground verb in a sentence with no weapon, defender, word of dying or fire from afar.
// Texts are ours, in the shape of war-news leads; each case that must give nothing has a twin that keeps its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-03-14T10:00:00+02:00';
const kinds = (text: string) => extractText(text, 'en', PUBLISHED).map((f) => f.kind);

describe('troops attacking on the ground tell no strike', () => {
  it('"Russian forces stepped up attacks on" a plant', () => {
    assert.deepEqual(kinds('Russian forces stepped up attacks on the coke plant in Toretsk on Monday.'), []);
  });

  it('"troops attacked positions near" a town', () => {
    assert.deepEqual(kinds('Russian troops attacked Ukrainian positions near Vuhledar on Tuesday.'), []);
  });

  it('"assault groups attacked" a town', () => {
    assert.deepEqual(kinds('Assault groups attacked Avdiivka from three sides overnight.'), []);
  });

  it('"troops have … ramped up their attacks" across a country', () => {
    assert.deepEqual(
      kinds('Russian troops have again ramped up their attacks across eastern Ukraine to gain ground.'),
      [],
    );
  });
});

describe('troops in the air war keep their facts', () => {
  it('a weapon in another clause of the sentence: "forces attacked two air bases …, ATACMS were used"', () => {
    assert.deepEqual(
      kinds('Ukrainian forces attacked two airfields in Luhansk on Tuesday, and officials said ATACMS were used.'),
      ['strike'],
    );
  });

  it('troops as the target of the attack: "Russian troops were attacked" in a city', () => {
    assert.deepEqual(kinds('Russian troops were attacked overnight in occupied Berdiansk, local officials said.'), [
      'strike',
    ]);
  });

  it('fire from afar: "forces unleashed a wave of aerial attacks"', () => {
    assert.ok(kinds('Russian forces unleashed a wave of aerial attacks on Zaporizhzhia overnight.').includes('strike'));
  });

  it('a toll: "soldiers were killed in the attack on" a town', () => {
    assert.ok(
      kinds('Forty soldiers were killed in the attack on a barracks in Horlivka, the ministry said.').includes(
        'casualties',
      ),
    );
  });

  it('with no troops, an attack on a town is still read', () => {
    assert.deepEqual(kinds('Russia attacked the coke plant in Toretsk with drones on Monday.'), ['strike']);
  });
});
