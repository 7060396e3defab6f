// Review 37e of the children counts (detect/children.ts): a child word that is no victim of the toll gives no
// children. A parent in the part («в том числе мать двоих детей»), a negated part («ни одного ребёнка»), "minor" as an
// adjective, and an unpunctuated post whose child word starts a new clause («ранены 4 человека дети не пострадали»).
// Texts are ours, in the shapes of real posts; the tolls themselves stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-06-12T09:00:00+03:00';

function toll(text: string, lang: 'en' | 'ru' | 'uk'): Fact {
  const fact = extractText(text, lang, AT).find((f) => f.kind === 'casualties');
  assert.ok(fact, `a toll in: ${text}`);
  return fact;
}

/** Killed, injured, children killed, children injured of a text's casualties; each children value keeps its span. */
function tally(text: string, lang: 'en' | 'ru' | 'uk') {
  const f = toll(text, lang);
  const c = f.casualties!;
  for (const key of ['children_killed', 'children_injured'] as const) {
    const ev = f.fields[key];
    assert.equal(ev !== undefined, (c[key] ?? null) !== null, `${key} evidence in: ${text}`);
    if (ev) assert.equal(text.slice(ev.start, ev.end), ev.text);
  }
  return [c.killed, c.injured, c.children_killed ?? null, c.children_injured ?? null];
}

describe('a parent named in the part is no child among the toll', () => {
  it('Russian «в том числе мать троих детей», «среди них отец младенца»', () => {
    assert.deepEqual(tally('При атаке дронов на Курск ранены 7 человек, в том числе мать троих детей.', 'ru'), [
      null,
      7,
      null,
      null,
    ]);
    assert.deepEqual(tally('В Белгороде при обстреле погибли 3 человека, среди них отец младенца.', 'ru'), [
      3,
      null,
      null,
      null,
    ]);
  });
  it('Ukrainian «зокрема мати чотирьох дітей»', () => {
    assert.deepEqual(tally('Унаслідок атаки на Суми поранено 8 людей, зокрема мати чотирьох дітей.', 'uk'), [
      null,
      8,
      null,
      null,
    ]);
  });
  it('English "including the mother of two young children", "including a father of a baby"', () => {
    assert.deepEqual(
      tally(
        'A Russian glide bomb hit Kharkiv, injuring nine people, including the mother of two young children.',
        'en',
      ),
      [null, 9, null, null],
    );
    assert.deepEqual(tally('A drone strike on Kherson killed three people, including a father of a baby.', 'en'), [
      3,
      null,
      null,
      null,
    ]);
  });
  it('a child counted in the part still is («в том числе двое детей и их мать»)', () => {
    assert.deepEqual(tally('При обстреле Шебекино ранены 5 человек, в том числе двое детей и их мать.', 'ru'), [
      null,
      5,
      null,
      2,
    ]);
  });
});

describe('a negated part tells no child', () => {
  it('Russian «среди них ни одного ребёнка», Ukrainian «з них жодного підлітка»', () => {
    assert.deepEqual(tally('После удара дрона по Белгороду ранены четверо, среди них ни одного ребёнка.', 'ru'), [
      null,
      4,
      null,
      null,
    ]);
    assert.deepEqual(tally('Внаслідок обстрілу Херсона поранено шестеро людей, з них жодного підлітка.', 'uk'), [
      null,
      6,
      null,
      null,
    ]);
  });
});

describe('English "minor" is the adjective of injuries, not a child', () => {
  it('"including three with minor wounds"; the plural noun "minors" still counts', () => {
    assert.deepEqual(
      tally('A drone attack on Odesa injured five people, including three with minor wounds, officials said.', 'en'),
      [null, 5, null, null],
    );
    assert.deepEqual(tally('A missile strike on Sumy injured eight people, including two minors.', 'en'), [
      null,
      8,
      null,
      2,
    ]);
  });
});

describe('an unpunctuated post: the child word after the toll’s people noun starts a new clause', () => {
  it('Russian «ранены 4 человека дети не пострадали»: no children', () => {
    assert.deepEqual(tally('Противник ударил по Курску ранены 4 человека дети не пострадали', 'ru'), [
      null,
      4,
      null,
      null,
    ]);
  });
  it('Ukrainian «поранено 3 людей дитина загинула»: the child is the killed one, not the three', () => {
    assert.deepEqual(tally('Росіяни вдарили по Сумах поранено 3 людей дитина загинула', 'uk'), [1, 3, 1, null]);
  });
  it('Russian «погибли трое ребенок ранен»: the child is the injured one, not the three', () => {
    assert.deepEqual(tally('Противник атаковал Курск погибли трое ребенок ранен', 'ru'), [3, 1, null, 1]);
  });
  it('a figure with an adjective before the child word still counts («ранены двое маленьких детей»)', () => {
    assert.deepEqual(tally('При обстреле Белгорода ранены двое маленьких детей.', 'ru'), [null, 2, null, 2]);
  });
});
