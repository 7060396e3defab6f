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
    assert.deepEqual(brief(facts), [['interception', 'UA-48', 'missile', 3]]);
  });

  it('«N weapon по region (M збито)»: the leading number is how many were launched there, not a second interception', () => {
    const facts = extract('4х зенітні керовані ракети С-300 по Донецькій області (0х збито);');
    assert.deepEqual(brief(facts), [['interception', 'UA-14', 'missile', 0]]);
    assert.equal(facts[0]?.launched?.value, 4);
    const plain = extract('5 ударних БпЛА по Сумській області (3 збито).');
    assert.deepEqual(brief(plain), [['interception', 'UA-59', 'uav', 3]]);
    assert.equal(plain[0]?.launched?.value, 5);
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
  });

  it('negative: a bare decade, an adjective («3х-тонну»), "times" («у 5х більше») are no count', () => {
    assert.deepEqual(findNumbers('у 90х', 'uk'), []);
    assert.deepEqual(findNumbers('у 2000х', 'uk'), []);
    assert.deepEqual(findNumbers('у 1990х рр.', 'uk'), []);
    assert.deepEqual(findNumbers('в 80х', 'ru'), []);
    assert.deepEqual(findNumbers('скинув 3х-тонну авіабомбу', 'uk'), []);
    assert.deepEqual(findNumbers('у 5х більше шахедів', 'uk'), []);
    assert.deepEqual(findNumbers('в 3х раза меньше', 'ru'), []);
    assert.deepEqual(brief(extract('Ворог скинув на Херсон 3х-тонну авіабомбу.')), [
      ['strike', 'UA-65', 'guided_bomb', 1],
    ]);
    // The mark still counts with no preposition of a year: «використовуючи 10х ракет».
    assert.deepEqual(
      findNumbers('використовуючи 10х ракет', 'uk').map((m) => m.count.value),
      [10],
    );
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

  const strikes = (text: string) => brief(extract(text)).filter((f) => f[0] === 'strike');

  it("negative: an attack abroad, a tally since the war began, a memorial: no strike at the context's place", () => {
    assert.deepEqual(strikes('Новини Сум.\nПід час атаки на Ізраїль загинули 10 людей.'), []);
    assert.deepEqual(strikes('Новини Сум.\nУ Газі під час удару загинули 10 людей.'), []);
    assert.deepEqual(strikes('Новини Харкова.\nВід початку війни внаслідок обстрілів загинули 500 людей.'), []);
    assert.deepEqual(strikes('Новини Сум.\nПід час хвилини мовчання згадали загиблих внаслідок обстрілу.'), []);
    // «під час» before a plural noun is many attacks, not the one: no strike with no place.
    assert.deepEqual(strikes('Новини Сум.\nПід час обстрілів постраждали двоє людей.'), []);
  });

  it('a cause word still takes the plural, the attacks that did the harm told: «Внаслідок нічних атак …»', () => {
    assert.deepEqual(strikes('Новини Харкова.\nВнаслідок нічних атак постраждали двоє людей.'), [
      ['strike', 'UA-63', null, null],
    ]);
  });

  it('negative: «під час» before plural attacks on a named city is a tally, not a strike', () => {
    assert.deepEqual(strikes('Під час атак на Харків загинули тисячі людей.'), []);
    assert.deepEqual(strikes('Під час масованих атак на Київ постраждали сотні людей.'), []);
  });

  it("negative: the enemy's losses license no strike; the enemy as the attacker still does", () => {
    assert.deepEqual(strikes('Новини Сум.\nВнаслідок атаки загинув 1 окупант.'), []);
    assert.deepEqual(strikes('Новини Сум.\nВнаслідок атаки окупантів поранено двох людей.'), [
      ['strike', 'UA-59', null, null],
    ]);
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

  it('negative: the past tense over a span of years or a season is a habit', () => {
    assert.deepEqual(extract('Роками росіяни били по Харкову.'), []);
    assert.deepEqual(extract('Протягом двох років росіяни били по Харкову.'), []);
    assert.deepEqual(extract('Всю зиму росіяни били по енергетиці Харкова.'), []);
  });
});
