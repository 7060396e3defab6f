// English news leads, an attack repelled (issue 8, thirty-third session, branch enx33): a verb of repelling takes the
// attack itself, which was fought off; the noun before it is the defender and the noun after the attack is where it
// was aimed, not a target struck. The real labels read such leads as an interception at the attack's place. Every text
// is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-08-22T06:15:00Z';
const facts = (text: string) =>
  extractText(text, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('an attack repelled is an interception, not a strike on a target (enx33)', () => {
  it('a defender named before the verb is no target destroyed', () => {
    assert.deepEqual(
      facts('Russian patrol ships have repelled a drone attack in Novorossiysk harbour, a local official said.'),
      ['interception RU-KDA uav'],
    );
    assert.deepEqual(facts('Navy warships repelled a drone attack on Sevastopol early on Tuesday.'), [
      'interception UA-40 uav',
    ]);
  });

  it('the progressive with an attack and its target: fought off, not struck', () => {
    assert.deepEqual(
      facts('The regional air command is repelling a drone attack on the airport of Kursk, the governor said.'),
      ['interception RU-KRS uav'],
    );
    assert.deepEqual(facts('Air defences are repelling a drone attack on an oil depot in Bryansk, officials said.'), [
      'interception RU-BRY uav',
    ]);
  });

  it('a participle or a headline verb with an air attack of no weapon named', () => {
    assert.deepEqual(facts('Air defence units in the Mykolaiv region repelling a Russian air attack overnight.'), [
      'interception UA-48 -',
    ]);
    assert.deepEqual(facts('Dnipro repels aerial attack'), ['interception UA-12 -']);
  });
});

describe('what a verb of repelling does not make (enx33)', () => {
  it('a ground attack repelled is the land war, not an interception', () => {
    assert.deepEqual(facts('Ukrainian troops repelled Russian attacks near Kupiansk, the general staff said.'), []);
    assert.deepEqual(facts('Soldiers are repelling a ground assault near Avdiivka.'), []);
  });

  it('an attack with no word of the air and no weapon, and a capability, tell nothing', () => {
    assert.deepEqual(facts('Sailors repelled the attack.'), []);
    assert.deepEqual(facts('The new launchers proved capable of repelling missile attacks.'), []);
  });

  it('air attacks repelled in general, with no weapon and no place, tell nothing (the review of the branch)', () => {
    assert.deepEqual(facts('Repelling air attacks requires more Patriot systems, the minister said.'), []);
  });
});
