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

describe('a toll caused by the one attack the sentence names tells a strike with no place in the sentence', () => {
  it('«ПОСТРАЖДАЛА жінка під час обстрілу» after a line naming the city: a strike there, beside the toll', () => {
    const facts = extract('Новини Херсона.\nПОСТРАЖДАЛА жінка під час обстрілу.');
    assert.deepEqual(
      brief(facts).filter((f) => f[0] === 'strike'),
      [['strike', 'UA-65', null, null]],
    );
    assert.ok(facts.some((f) => f.kind === 'casualties'));
  });

  it('«Внаслідок ворожої атаки поранено двох людей»: the noun as the cause, the place from the sentence before', () => {
    const facts = extract('Ворог знову бив по Сумщині.\nВнаслідок ворожої атаки поранено двох людей.');
    assert.ok(
      brief(facts).some((f) => f[0] === 'strike' && f[1] === 'UA-59'),
      JSON.stringify(brief(facts)),
    );
    assert.ok(facts.some((f) => f.kind === 'casualties' && f.region?.code === 'UA-59'));
  });

  it('negative: an attack noun that is no cause of the toll, a hacker attack, no toll at all', () => {
    assert.deepEqual(
      extract('Атака була жахливою, є поранені.').filter((f) => f.kind === 'strike'),
      [],
    );
    assert.deepEqual(extract('Внаслідок хакерських атак постраждали банки.'), []);
    assert.deepEqual(extract('Під час обстрілу всі були в укритті.'), []);
  });
});

describe('the plain verb «бив», «били» in the past tense is a strike verb', () => {
  it('«ворог бив по …», «росіяни били крилатими ракетами по …», «били з РСЗВ «Град» по …»', () => {
    assert.deepEqual(brief(extract('Уночі ворог бив по Сумщині.')), [['strike', 'UA-59', null, null]]);
    assert.deepEqual(brief(extract('Росіяни били крилатими ракетами Х-101 по Київщині.')), [
      ['strike', 'UA-32', 'cruise_missile', null],
    ]);
    assert.deepEqual(brief(extract('Окупанти били з РСЗВ «Град» по Нікополю.')), [['strike', 'UA-12', 'rocket', null]]);
  });

  it('negative: the present tense as a habit, a beating', () => {
    assert.deepEqual(extract('Його били в полоні.'), []);
    assert.deepEqual(extract('Вони постійно бʼють по Сумщині.'), []);
  });
});
