// Defects the reviews of session 38 left (detect/effects.ts, detect/count.ts, the claimant label). Texts are ours, in
// the shapes of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-06-12T13:30:00+03:00';

/** Killed and injured of a text's toll, after checking that each figure stands inside the toll's span. */
function tally(text: string, lang: 'en' | 'ru' | 'uk'): [number | null, number | null] {
  const f: Fact | undefined = extractText(text, lang, AT).find((x) => x.kind === 'casualties');
  assert.ok(f, `a toll in: ${text}`);
  const span = f.fields.casualties;
  assert.ok(span, `a casualties span in: ${text}`);
  assert.equal(text.slice(span.start, span.end), span.text);
  return [f.casualties?.killed ?? null, f.casualties?.injured ?? null];
}

describe('a negated quantifier counts no one', () => {
  it('English "not a single person", "no one", "not one person" killed: a stated 0, not 1', () => {
    const lead = 'Russian drones struck Kharkiv overnight. ';
    assert.deepEqual(tally(`${lead}Not a single person was killed in the attack, the mayor said.`, 'en'), [0, null]);
    assert.deepEqual(tally(`${lead}No one was killed in the attack, officials said.`, 'en'), [0, null]);
    assert.deepEqual(tally(`${lead}Not one person was killed, but four were injured.`, 'en'), [0, 4]);
    assert.deepEqual(tally('Blasts rock Odesa but no one is killed, regional officials say.', 'en'), [0, null]);
  });
  it('Russian «ни одного человека не погибло» and Ukrainian «жодна людина не загинула» stay a 0', () => {
    assert.deepEqual(tally('Ночью дроны атаковали Харьков. Ни одного человека не погибло, ранены двое.', 'ru'), [0, 2]);
    assert.deepEqual(tally('Вночі дрони атакували Харків. Жодна людина не загинула, поранено трьох.', 'uk'), [0, 3]);
  });
  it('a figure before its word still counts, and "no one else" after it takes nothing away', () => {
    assert.deepEqual(tally('Drones hit Sumy overnight. One person was killed.', 'en'), [1, null]);
    assert.deepEqual(tally('Drones hit Sumy overnight. A man was killed and no one else.', 'en'), [1, null]);
    assert.deepEqual(tally('Drones hit Sumy overnight. Two people were killed, no one was injured.', 'en'), [2, 0]);
  });
});

describe('a second rise with its verb elided', () => {
  it('Ukrainian «кількість загиблих зросла до 4, а поранених — до 10»', () => {
    assert.deepEqual(tally('У Харкові кількість загиблих зросла до 4, а поранених — до 10.', 'uk'), [4, 10]);
  });
  it('English "the number of wounded rose to 19, and the death toll to 4"', () => {
    assert.deepEqual(tally('In Kharkiv the number of wounded rose to 19, and the death toll to 4.', 'en'), [4, 19]);
  });
});

/** The count of a text's first fact of `kind`, after checking that its value stands inside the count's span. */
function counted(text: string, lang: 'en' | 'ru' | 'uk', kind: string): number | null {
  const f = extractText(text, lang, AT).find((x) => x.kind === kind);
  assert.ok(f, `a ${kind} in: ${text}`);
  const span = f.fields.count;
  if (f.count?.value != null) {
    assert.ok(span, `a count span in: ${text}`);
    assert.equal(text.slice(span.start, span.end), span.text);
  }
  return f.count?.value ?? null;
}

describe('counts: a rejected, expected or superseded figure is not the count', () => {
  it('"38 (not 40) drones": the bracketed figure is the one rejected', () => {
    assert.equal(
      counted('Air defence shot down 38 (not 40) drones overnight, the air force said.', 'en', 'interception'),
      38,
    );
    assert.equal(counted('ПВО ночью сбила 38 (а не 40) беспилотников.', 'ru', 'interception'), 38);
  });
  it('«Вместо обещанных 100 беспилотников … сбиты 14», «Замість 5 ракет … влучили 3»: never the expected figure', () => {
    assert.notEqual(
      counted('Вместо обещанных 100 беспилотников ночью над областью сбиты 14.', 'ru', 'interception'),
      100,
    );
    const uk = extractText('Замість 5 ракет по Києву влучили 3.', 'uk', AT);
    assert.ok(uk.every((x) => x.count?.value !== 5));
    assert.equal(
      counted('Air defence shot down 14 drones instead of the expected 100 drones.', 'en', 'interception'),
      14,
    );
    assert.ok(
      extractText('Air defence shot down 14 drones instead of the expected 100 drones.', 'en', AT).every(
        (x) => x.count?.value !== 100,
      ),
    );
  });
  it('"went up from 40 to 45", «выросло с 40 до 45»: a rise keeps where it rose to', () => {
    const en = 'Air defence shot down drones overnight: the tally went up from 40 to 45 drones.';
    assert.equal(counted(en, 'en', 'interception'), 45);
    assert.equal(counted('Ночью ПВО сбила беспилотники: их число выросло с 40 до 45 БПЛА.', 'ru', 'interception'), 45);
    assert.equal(counted('Вночі ППО збила дрони: їх кількість зросла з 40 до 45 БпЛА.', 'uk', 'interception'), 45);
  });
  it('a range with no rising stays a range', () => {
    const f = extractText('Air defence shot down from 40 to 45 drones overnight.', 'en', AT).find(
      (x) => x.kind === 'interception',
    );
    assert.equal(f?.count?.value ?? null, null);
  });
});
