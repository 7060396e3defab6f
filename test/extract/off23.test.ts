// Issue 8, twenty-third session: a verb that changes how often attacks come ("steps up", "ramped up", "intensifies")
// with attacks as its object tells a trend, no one attack, in a report that tells nothing else (run.ts,
// rateOfAttacks); the start of the war dates its clause long ago (refine/historical.ts, longAgoWords). Texts are ours, written in the
// shapes of real leads; each case that must give nothing has a twin in the same shape that keeps its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const news = (text: string): Fact[] => extractText(text, 'en', PUBLISHED).filter((f) => !f.historical);
const kinds = (text: string) => news(text).map((f) => f.kind);

describe('a verb of rate with attacks as its object: a trend, no fact', () => {
  it('"step up attacks on" a place, in a headline', () => {
    assert.deepEqual(kinds('Russian troops step up attacks on the coke plant in Avdiivka'), []);
  });

  it('"have ramped up attacks in" a region, in a lead with its speaker', () => {
    assert.deepEqual(
      kinds('Russian forces have ramped up attacks in southern Ukraine to take ground near Robotyne, officials said.'),
      [],
    );
  });

  it('a few words between the verb and the attack word: "steps up its campaign to strike"', () => {
    assert.deepEqual(kinds('Kyiv Steps Up Campaign to Strike Deep Inside Russia'), []);
  });

  it('"intensifies" and "escalated" with a weapon and an attack noun as the object', () => {
    assert.deepEqual(kinds('Russia intensifies drone attacks on Odesa'), []);
    assert.deepEqual(kinds('Russia has escalated missile strikes on Kharkiv, officials said.'), []);
  });

  it('over a lead that tells an attack, the trend headline sums it up and keeps its fact', () => {
    assert.deepEqual(
      kinds(
        'Russia steps up attacks on Odesa\n\nRussian drones hit a grain terminal in the port overnight, the governor said.',
      ),
      ['strike'],
    );
    assert.deepEqual(
      kinds('Russia steps up attacks on Odesa\n\nRussian forces have ramped up attacks in the south, officials said.'),
      [],
    );
  });

  it('a true event in the same shape without the verb keeps its fact', () => {
    assert.deepEqual(kinds('Russian troops attack the coke plant in Avdiivka with glide bombs'), ['strike']);
    assert.deepEqual(kinds('Russian drones hit Ukrainian ports overnight'), ['strike']);
  });

  it('any other object leaves the verb without effect', () => {
    assert.deepEqual(
      kinds('Kyiv ramps up production of interceptors as a Russian drone hit a substation in Kharkiv overnight'),
      ['strike'],
    );
  });
});

describe('the start of the war a few words before its noun dates its clause long ago', () => {
  it('"on the first day of Putin\'s invasion", with a possessive between', () => {
    const text = 'A Russian missile destroyed her flat in Chuhuiv on the first day of Putin’s invasion.';
    assert.ok(extractText(text, 'en', PUBLISHED).length > 0, 'the fact is kept, marked historical');
    assert.deepEqual(kinds(text), []);
  });

  it('"early in the invasion"', () => {
    assert.deepEqual(kinds('The water main to Mykolaiv was hit by a missile early in the invasion.'), []);
  });

  it('"in the first weeks of the war" in the opening clause dates the whole sentence', () => {
    assert.deepEqual(kinds('In the first weeks of the war, Russian drones struck a depot in Zhytomyr.'), []);
  });

  it('a start that names no war dates nothing: the event in the same shape keeps its fact', () => {
    assert.deepEqual(kinds('The water main to Mykolaiv was hit by a missile early in the morning.'), ['strike']);
    assert.deepEqual(
      kinds('A Russian missile destroyed a flat in Chuhuiv on the first day of the offensive.').includes('strike'),
      true,
    );
  });

  it('after "since" it starts a span to today, as a long-ago word does', () => {
    assert.deepEqual(
      kinds('A missile hit Chernihiv, a city rarely struck since Russian troops left the north early in the war.'),
      ['strike'],
    );
  });
});
