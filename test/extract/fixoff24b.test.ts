// Second review of off24, twenty-fourth session: only a word of one event ("first") spares a described weapon, not
// every `record` word ("most", "largest" tell a practice as well), and only a verb of an event itself (exploded, hit)
// after the attack word is the clause's main verb, not any verb of striking ("struck a deal"). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const kinds = (text: string, lang: Lang = 'en') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => !f.historical)
    .map((f) => f.kind)
    .sort();

describe('a superlative is no event of its own in a weapon description', () => {
  it('"used by … in most attacks on …": no strike', () => {
    assert.deepEqual(kinds('Shahed drones used by Russia in most attacks on Ukraine carry Western chips.'), []);
  });

  it('"used by … in its largest attacks on …": no strike', () => {
    assert.deepEqual(
      kinds('The Geran drones used by Russia in its largest attacks on Odesa are made of Western parts.'),
      [],
    );
  });

  it('"used by … in its biggest attacks on …": no strike', () => {
    assert.deepEqual(kinds('Decoy drones used by Russia in its biggest attacks on Lviv cost little to build.'), []);
  });

  it('a one-event word still keeps the strike', () => {
    assert.deepEqual(kinds('Glide bombs being used by Russia in attacks on Zaporizhzhia for the first time.'), [
      'strike',
    ]);
  });
});

describe('only a verb of the event itself is the main verb that keeps the strike', () => {
  it('"… used by Russia in its attacks on Kyiv struck a deal": no strike', () => {
    assert.deepEqual(kinds('The country supplying drones to Russia for attacks on Kyiv struck a deal with Minsk.'), []);
  });

  it('"drones used by Russia in its attacks on Kyiv struck a deal with Iran": no strike', () => {
    assert.deepEqual(kinds('Makers of drones used by Russia in its attacks on Kyiv struck a deal with Tehran.'), []);
  });

  it('"… being used in the attack on … crashed into …" keeps the strike', () => {
    assert.deepEqual(kinds('Drones being used in the attack on Sumy crashed into the river.'), ['strike']);
  });
});
