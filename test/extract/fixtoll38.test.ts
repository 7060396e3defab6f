// User trial 38, defects 2 and 3 (detect/effects.ts, refine/correction.ts). A rising told in a later clause of
// another casualty word («погибли 4 человека, число раненых выросло до 9») is that word's toll, not the first one's;
// the second toll's figure lies inside the span it is read from. Texts are ours, in the shapes of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-06-12T13:30:00+03:00';

function toll(text: string, lang: 'en' | 'ru' | 'uk'): Fact {
  const fact = extractText(text, lang, AT).find((f) => f.kind === 'casualties');
  assert.ok(fact, `a toll in: ${text}`);
  return fact;
}

/** Killed and injured of a text's toll, after checking that each figure stands inside the toll's span. */
function tally(text: string, lang: 'en' | 'ru' | 'uk'): [number | null, number | null] {
  const f = toll(text, lang);
  const span = f.fields.casualties;
  assert.ok(span, `a casualties span in: ${text}`);
  assert.equal(text.slice(span.start, span.end), span.text);
  for (const n of [f.casualties?.killed, f.casualties?.injured])
    if (n !== null && n !== undefined) assert.ok(span.text.includes(String(n)), `${n} inside «${span.text}»`);
  return [f.casualties?.killed ?? null, f.casualties?.injured ?? null];
}

describe('a rising told of another casualty word in a later clause', () => {
  it('English "4 were killed, and the number of injured rose to 9"', () => {
    assert.deepEqual(tally('In Kherson 3 people were killed, and the number of injured rose to 12.', 'en'), [3, 12]);
    assert.deepEqual(tally('2 people died in Sumy; the number of wounded has risen to 7.', 'en'), [2, 7]);
  });
  it('Russian «погибли 4 человека, число раненых выросло до 9»', () => {
    assert.deepEqual(tally('В Харькове погибли 3 человека, число раненых возросло до 14.', 'ru'), [3, 14]);
  });
  it('Ukrainian «загинули 4 людини, кількість поранених зросла до 9»', () => {
    assert.deepEqual(tally('У Запоріжжі загинули 2 людини, кількість поранених зросла до 11.', 'uk'), [2, 11]);
  });
  it('a later word of the same toll names it again: the rise is its newest figure', () => {
    assert.deepEqual(tally('В Харькове ранены 3 человека, к вечеру число пострадавших выросло до 8.', 'ru'), [null, 8]);
  });
  it('one clause of both words is still one rising of both, and a rising of the dead stays the dead', () => {
    assert.deepEqual(tally('В Харькове число погибших и раненых выросло до 14.', 'ru'), [14, 14]);
    assert.deepEqual(tally('У Запоріжжі кількість загиблих зросла до 7, поранених — до 11.', 'uk'), [7, 11]);
  });
});

/** The count of a text's one fact of `kind`, its span's text, and whether it is marked a correction. */
function counted(text: string, lang: 'en' | 'ru' | 'uk', kind = 'interception') {
  const f = extractText(text, lang, AT).find((x) => x.kind === kind);
  assert.ok(f, `a ${kind} in: ${text}`);
  return [f.count?.value ?? null, f.fields.count?.text ?? null, f.correction === true];
}

describe('a correction "38, not 40" counts the new figure', () => {
  it('Russian «уничтожены 38, а не 40 беспилотников»', () => {
    assert.deepEqual(
      counted('По уточненным данным, над Брянской областью уничтожены 27, а не 30 беспилотников.', 'ru'),
      [27, '27', true],
    );
  });
  it('Ukrainian «збито 38, а не 40 дронів»', () => {
    assert.deepEqual(counted('Над Сумською областю збито 16, а не 18 ударних дронів.', 'uk'), [16, '16', true]);
  });
  it('English "destroyed 38, not 40, drones" and "38 rather than 40 drones"', () => {
    assert.deepEqual(
      counted('Air defences destroyed 21, not 24, drones over Bryansk Oblast, the ministry said.', 'en'),
      [21, '21', true],
    );
    assert.deepEqual(counted('Air defences destroyed 21 rather than 24 drones over Bryansk Oblast.', 'en'), [
      21,
      '21',
      true,
    ]);
  });
  it('a figure rejected after the weapon keeps its count as before', () => {
    assert.deepEqual(
      counted('Над Брянской областью уничтожены 14 беспилотников, а не 12, как сообщалось ранее.', 'ru'),
      [14, '14', true],
    );
  });
});
