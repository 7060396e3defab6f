// Shapes of real Ukrainian Telegram posts met in the seventeenth session (issue 8, uk-telegram-unlp2025). Texts are
// ours, written in those shapes; each test names the general rule. How the rules add up on the real posts is measured
// by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { findNumbers } from '../../src/extract/common/numbers.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T06:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const brief = (facts: Fact[]) =>
  facts.map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? null] as const);

describe('the tally mark glued to digits («2х», «13х») leaves a count', () => {
  it('«2х ракетних та 11х авіаційних ударів»: two strikes with their counts', () => {
    const facts = extract(
      'За минулу добу противник завдав 2х ракетних та 11х авіаційних ударів по позиціях наших військ.',
    );
    assert.deepEqual(brief(facts), [
      ['strike', null, 'missile', 2],
      ['strike', null, null, 11],
    ]);
  });

  it('«(3х збито)» after a line of launched weapons: the number shot down over its region', () => {
    const facts = extract('3х керовані авіаційні ракети Х-59 по Миколаївській області (3х збито).');
    assert.ok(
      brief(facts).some((f) => f[0] === 'interception' && f[1] === 'UA-48' && f[2] === 'missile' && f[3] === 3),
      JSON.stringify(brief(facts)),
    );
  });

  it('the mark reads the same in Russian; any last digit, unlike the dashed «2-х»', () => {
    assert.deepEqual(
      findNumbers('выпущено 15х ракет', 'ru').map((m) => [m.text, m.count.value]),
      [['15х', 15]],
    );
    assert.deepEqual(
      findNumbers('випущено 10х ракет', 'uk').map((m) => [m.text, m.count.value]),
      [['10х', 10]],
    );
  });

  it('negative: a decade, a model or a unit glued to the digits is no count', () => {
    assert.deepEqual(findNumbers('у 90х роках', 'uk'), []);
    assert.deepEqual(findNumbers('в 90х годов', 'ru'), []);
    assert.deepEqual(findNumbers('комплекс 22М3 і снаряди 152мм', 'uk'), []);
    assert.deepEqual(findNumbers('2x faster', 'en'), []);
  });
});
