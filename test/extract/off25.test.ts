// Issue 8, twenty-fifth session: no facts from what an off-topic text tells in passing. An event dated to the war's
// first days ("early in the invasion", «в начале СВО», «на початку вторгнення») is history told from later, not news
// (refine/historical.ts, the lexicons' `long_ago`); attacks told as one of many ("after repeated drone strikes on
// Russian territory") are a practice, not an event (refine/attack-series.ts). Texts are ours, written in the shapes of
// real feature stories and leads; each case that must give nothing has a twin that keeps its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-20T10:00:00+02:00';
const news = (text: string, lang: Lang = 'en'): Fact[] =>
  extractText(text, lang, PUBLISHED).filter((f) => !f.historical);
const kinds = (text: string, lang: Lang = 'en') => news(text, lang).map((f) => f.kind);

describe("an event dated to the war's first days is history", () => {
  it('"early in the invasion" dates its clause', () => {
    assert.deepEqual(
      kinds('A Kalibr missile struck the pumping station of Kherson early in the invasion, its engineers recall.'),
      [],
    );
  });

  it('"on the first day of Moscow\'s invasion" dates its clause', () => {
    assert.deepEqual(
      kinds("A missile hit the nurse's block in Chuhuiv on the first day of Moscow's invasion, her son recalls."),
      [],
    );
  });

  it('"at the start of the war" dates its clause', () => {
    assert.deepEqual(kinds('A cruise missile struck the bridge in Zatoka at the start of the war.'), []);
  });

  it('«в начале СВО» dates its clause', () => {
    assert.deepEqual(kinds('В начале СВО ракета попала в нефтебазу под Луганском.', 'ru'), []);
  });

  it('«на початку вторгнення» dates its clause', () => {
    assert.deepEqual(kinds('На початку вторгнення ракета влучила в нафтобазу у Василькові.', 'uk'), []);
  });

  it('after "since" the war\'s start opens a span to today: the attack is news', () => {
    assert.deepEqual(
      kinds('Drones hit Odesa overnight in the largest attack on the port since the start of the war.'),
      ['strike'],
    );
  });

  it('"since" before "early in the war" in its clause spares the missile that hit today', () => {
    assert.deepEqual(
      kinds('A missile hit Chernihiv on Tuesday, a city rarely targeted since troops left early in the war.'),
      ['strike'],
    );
  });

  it('an attack in a clause of its own before the dated one stays news', () => {
    assert.deepEqual(
      kinds('On Monday a drone hit the roof of a plant in Sumy, which was first shelled early in the invasion.'),
      ['strike'],
    );
  });
});

describe('attacks told as one of many: no strike', () => {
  it('"repeated" before the weapon and its attack noun', () => {
    assert.deepEqual(
      kinds(
        'Moscow accuses Ukrainian commanders of terrorism for their link to repeated drone strikes on Russia-held territory.',
      ),
      [],
    );
  });

  it('"multiple" after "after", the background of other news', () => {
    assert.deepEqual(
      kinds(
        'Moscow has put Pantsir systems on office roofs after multiple Ukrainian drone strikes deep inside Russia, a newspaper reported.',
      ),
      [],
    );
  });

  it('"a series of" with two words between it and the attack noun, governed by "after"', () => {
    assert.deepEqual(
      kinds(
        'Kyiv asked allies for more air defence after a series of Shahed drone attacks on Ukrainian cities in recent weeks.',
      ),
      [],
    );
  });

  it('a count before the series word counts something else', () => {
    assert.deepEqual(
      kinds(
        'Moscow is accusing three generals of terrorism for their role in repeated drone strikes on Russian territory.',
      ),
      [],
    );
  });

  it('a time of its own spares the clause', () => {
    assert.deepEqual(kinds('Russia struck the port city with repeated drone strikes overnight.'), ['strike']);
  });

  it('a count after the series word spares the clause', () => {
    assert.deepEqual(kinds('Ukraine launched a series of 14 drone strikes on Crimea, Moscow said.'), ['strike']);
  });

  it('a place of the fact in the clause spares it', () => {
    assert.deepEqual(
      kinds('Russian troops launched a series of rocket strikes on the village of Bilozerka in the Kherson region.'),
      ['strike'],
    );
  });

  it('a verb that reports the attacks as news spares the clause', () => {
    assert.deepEqual(kinds('Multiple missile strikes reported across Ukraine'), ['strike']);
  });

  it('a casualty toll in the sentence spares it', () => {
    assert.deepEqual(kinds('A series of Russian drone attacks killed two people in a suburb, officials said.').sort(), [
      'casualties',
      'strike',
    ]);
  });

  it('a series word far from the attack noun leaves it alone', () => {
    assert.deepEqual(
      kinds('After multiple delays to the aid package for the army of Ukraine, drones struck Kharkiv.'),
      ['strike'],
    );
  });
});
