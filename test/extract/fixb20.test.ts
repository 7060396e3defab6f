// The defects the review of fixen20, fixuk20 and fixrutg20 found, each with an invented text: a counted thing after
// «около»/«в районе» read as people hurt, «рабочие» as an adjective read as people, the Kremlin before any lower-case
// noun read as the state, and a count marked as more merged when approximate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-03-10T12:00:00+02:00';
const kinds = (facts: Fact[]) => facts.map((f) => f.kind).sort();
const injured = (facts: Fact[]) => facts.flatMap((f) => (f.kind === 'casualties' ? [f.casualties?.injured] : []));

describe('a counted thing beside «пострадал*» is damage, whatever word of place or "about" stands before it', () => {
  for (const [lang, text] of [
    ['ru', 'Беспилотник атаковал Белгород. Пострадало около десяти частных домов.'],
    ['ru', 'Беспилотник атаковал Белгород. Пострадали около сорока квартир.'],
    ['ru', 'Беспилотник атаковал Белгород. Пострадали около пяти объектов.'],
    ['ru', 'Беспилотник атаковал Белгород. В районе пятидесяти зданий пострадали окна.'],
    ['ru', 'Беспилотник атаковал Белгород. Вблизи двенадцати домов пострадали окна.'],
    ['uk', 'Дрон атакував Суми. Поблизу десяти будинків постраждали вікна.'],
    ['uk', 'Дрон атакував Суми. В районі двадцяти будинків постраждали вікна.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.deepEqual(injured(facts), []);
      assert.ok(
        facts.some((f) => f.kind === 'damage'),
        JSON.stringify(kinds(facts)),
      );
    });
  }

  it('negative: a place word before an uncounted thing still leaves people the subject', () => {
    const facts = extractText('Беспилотник атаковал Белгород. Внутри здания пострадали трое.', 'ru', at);
    assert.deepEqual(injured(facts), [3]);
  });
});

describe('«рабочие» before a things noun is an adjective, no people', () => {
  for (const text of [
    'Беспилотник атаковал Курск. В результате атаки пострадали рабочие помещения завода.',
    'Беспилотник атаковал Курск. Пострадали рабочие здания предприятия.',
  ]) {
    it(text, () => {
      const facts = extractText(text, 'ru', at);
      assert.deepEqual(injured(facts), []);
      assert.ok(
        facts.some((f) => f.kind === 'damage' && f.object === 'industrial'),
        JSON.stringify(kinds(facts)),
      );
    });
  }

  it('negative: «двое рабочих» are people', () => {
    const facts = extractText('Беспилотник атаковал Курск. Пострадали двое рабочих предприятия.', 'ru', at);
    assert.deepEqual(injured(facts), [2]);
  });

  // The final review of fixb20: with «рабочие» out of the people words, the workers of an enterprise became its
  // damage. Before a lexicon object that is no `things` noun («предприятия», «цеха»: whose workers) they are people.
  for (const text of [
    'Беспилотник атаковал Курск. Пострадали рабочие предприятия.',
    'Беспилотник атаковал Липецк. На заводе пострадали рабочие цеха.',
  ]) {
    it(`negative: ${text}`, () => {
      const facts = extractText(text, 'ru', at);
      assert.ok(!facts.some((f) => f.kind === 'damage'), JSON.stringify(kinds(facts)));
    });
  }
});

describe('a bare "Kremlin" before a lower-case word is the place only when the word is a part of its grounds', () => {
  for (const text of [
    'A drone attack on Kremlin walls was reported.',
    'Ukraine launched a drone attack on Kremlin buildings.',
  ]) {
    it(text, () => {
      const facts = extractText(text, 'en', at);
      assert.ok(
        facts.some((f) => f.kind === 'strike' && f.region?.code === 'RU-MOW'),
        JSON.stringify(facts.map((f) => [f.kind, f.region?.code])),
      );
    });
  }

  it('negative: "a drone attack on Kremlin aides" is no strike on Moscow', () => {
    const facts = extractText(
      'Officials condemned the drone attack on Kremlin aides as a drone hit a depot.',
      'en',
      at,
    );
    assert.ok(!facts.some((f) => f.region?.code === 'RU-MOW'));
  });

  // The state's nouns are an open class (its policy, propaganda, interests): none of them is a place to strike.
  for (const text of [
    "The senator's attack on Kremlin policy was sharp as a drone hit a depot.",
    'Critics stepped up attacks on Kremlin propaganda as a drone hit a depot.',
    'Drone strikes on Kremlin interests abroad were discussed.',
  ]) {
    it(`negative: ${text}`, () => {
      const facts = extractText(text, 'en', at);
      assert.ok(!facts.some((f) => f.region?.code === 'RU-MOW'), JSON.stringify(facts.map((f) => f.region?.code)));
    });
  }
});

describe('a count marked as more is a tally of its own, approximate or not', () => {
  const strikes = (facts: Fact[]) =>
    facts
      .filter((f) => f.kind === 'strike')
      .map((f) => `${f.region?.code ?? '-'} ${f.count?.value ?? '-'}`)
      .sort();
  for (const [lang, text, want] of [
    [
      'uk',
      'Ворог здійснив 9 обстрілів по Оріхову. Ще близько 40 обстрілів прийшлися по Оріхову.',
      ['UA-23 40', 'UA-23 9'],
    ],
    [
      'uk',
      'Ворог здійснив близько 30 обстрілів по Оріхову. Ще 12 обстрілів прийшлися по Оріхову.',
      ['UA-23 12', 'UA-23 30'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(strikes(extractText(text, lang as Lang, at)), want);
    });
  }

  it('negative: an approximate count corrected later is still one strike', () => {
    const text = 'Ворог здійснив близько 80 обстрілів по Оріхову. Точніше, 86 обстрілів прийшлися по Оріхову.';
    assert.equal(strikes(extractText(text, 'uk', at)).length, 1);
  });
});
