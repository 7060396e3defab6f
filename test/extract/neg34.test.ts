// Issue 8, thirty-fourth session: no facts from off-topic posts. What a measure or a defence is against ("to counter",
// "defend itself against", "in defiance of") is no attack the sentence tells: the lexicon's `aim` cancels what its clause
// says after it (run.ts). Texts are ours, written in the shapes of real leads; each has a twin that keeps its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-02-10T10:00:00+02:00';
const kinds = (text: string) =>
  extractText(text, 'en', PUBLISHED)
    .filter((f) => !f.historical)
    .map((f) => f.kind)
    .sort();

describe('what a measure is against tells no attack', () => {
  it('"to counter" before the attacks', () => {
    assert.deepEqual(
      kinds(
        'Germany will supply another air defence system to Ukraine, as the country seeks a way to counter relentless drone and missile attacks from Russia.',
      ),
      [],
    );
  });

  it('"defend itself against" before the attacks', () => {
    assert.deepEqual(
      kinds(
        "The minister said that while Ukraine was now able to defend itself against Russia's missile attacks targeting the energy grid, a new offensive was coming.",
      ),
      [],
    );
  });

  it('"in defiance of" the attacks that hit a city', () => {
    assert.deepEqual(
      kinds('In defiance of the drone attacks that have hit Odesa lately, the theatre opened its season.'),
      [],
    );
  });

  it('"in an effort to" avoid the air defences that shoot weapons down', () => {
    assert.deepEqual(
      kinds('Moscow turned to old bombs in an effort to avoid air defences that shoot down most of its missiles.'),
      [],
    );
  });

  it('the attack told in a clause of its own is kept', () => {
    assert.deepEqual(
      kinds('Kyiv asked for more systems to counter the raids, after a drone hit a substation in Odesa overnight.'),
      ['strike'],
    );
  });

  it('an attack told with no measure against it is kept', () => {
    assert.deepEqual(kinds('Relentless drone attacks hit Odesa overnight, the governor said.'), ['strike']);
  });

  // fixrev34: what a measure answers may be an attack that happened, dated or one aimed at a place.
  it('a dated attack after "to counter" or "in defiance of" is kept', () => {
    for (const text of [
      'Ukrainian air defences were activated to counter a massive missile attack on Dnipro overnight.',
      'Fighter jets scrambled to counter a Russian missile attack on Rivne on Sunday morning.',
      'In defiance of the overnight missile strike that hit a power plant in Odesa, residents held the concert.',
    ])
      assert.deepEqual(kinds(text), ['strike'], text);
  });

  it('one attack aimed at a place after "to counter" is kept', () => {
    for (const text of [
      'Mobile fire groups worked through the night to counter a Russian drone attack on Mykolaiv, the governor said.',
      'Ukraine used Western-supplied F-16s to counter a Russian missile attack on Lviv, shooting down several cruise missiles.',
    ])
      assert.ok(kinds(text).includes('strike'), `${text}: ${kinds(text)}`);
  });

  it('guard: a strike prepared and dated ahead stays cancelled', () => {
    const text = 'Розвідка: Кремль готує удари по енергетиці напередодні зими.';
    assert.deepEqual(
      extractText(text, 'uk', PUBLISHED)
        .filter((f) => !f.historical)
        .map((f) => f.kind),
      [],
    );
  });
});
