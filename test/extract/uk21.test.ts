// Twenty-first session, Ukrainian posts (uk21): a day summary that counts several kinds of strikes in one sentence.
// Each text is invented, in the style of a regional administration's daily bulletin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const extract = (text: string) => extractText(text, 'uk', at);
const strikes = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'strike')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'}`)
    .sort();

describe('a strike word counted by its own tally takes no weapon of another counted noun of attacking', () => {
  // The air strikes sat between two hyphenated nouns and took the nearer weapon, the drones' (with the drones'
  // count); the rockets' tally was lost.
  it('«7 РСЗВ-обстрілів …, 4 авіаудари …, а також 5 БПЛА-атак …»: three tallies, the air strikes with no weapon', () => {
    const facts = extract(
      'Ворог здійснив 7 РСЗВ-обстрілів Степового, Роботиного, 4 авіаудари по Оріхову, а також 5 БПЛА-атак по Гуляйполю.',
    );
    assert.deepEqual(strikes(facts), ['UA-23 - 4', 'UA-23 rocket 7', 'UA-23 uav 5']);
  });

  it('«40 ударів РСЗВ» after «3 ракетних та 11 авіаційних ударів»: the weapon in the genitive after its noun', () => {
    const facts = extract('Ворог завдав 3 ракетних та 11 авіаційних ударів, 40 ударів РСЗВ по позиціях наших військ.');
    assert.deepEqual(strikes(facts), ['- - 11', '- missile 3', '- rocket 40']);
  });

  it('negative: beside a list of tallies, a strike that names its own weapon keeps it («скинули 2 КАБ»)', () => {
    const facts = extract(
      'Ворог здійснив 3 РСЗВ-обстріли Степового, 4 авіаудари по Оріхову, по Гуляйполю окупанти скинули 2 КАБ.',
    );
    assert.ok(strikes(facts).includes('UA-23 guided_bomb 2'), JSON.stringify(strikes(facts)));
  });
});

describe('a counted noun followed by a village the gazetteer does not hold still lists its place', () => {
  it('«8 РСЗВ-обстрілів Верхньої Криниці, Зеленого Гаю, 3 авіаудари по Оріхову, а також 2 БПЛА-атаки …»', () => {
    const facts = extract(
      'Ворог здійснив 8 РСЗВ-обстрілів Верхньої Криниці, Зеленого Гаю, 3 авіаудари по Оріхову, а також 2 БПЛА-атаки по Гуляйполю.',
    );
    assert.ok(
      strikes(facts).some((s) => s.endsWith('rocket 8')),
      JSON.stringify(strikes(facts)),
    );
  });

  it('negative: a lower-case word after the noun is its own clause («5 обстрілів зруйнували …» is no tally)', () => {
    const facts = extract('Ворог завдав 4 авіаудари по Оріхову, 5 обстрілів зруйнували будинки.');
    assert.deepEqual(
      strikes(facts).filter((s) => s.endsWith(' 5')),
      [],
    );
  });
});

describe('one item of a list of tallies is no rough total a later sentence corrects', () => {
  it('«6 РСЗВ-обстрілів Роботиного, 2 авіаудари по Оріхову. 80 артобстрілів прийшлися по Гуляйполю» keeps the 80', () => {
    const facts = extract(
      'Ворог здійснив 6 РСЗВ-обстрілів Роботиного, 2 авіаудари по Оріхову. 80 артобстрілів прийшлися по Гуляйполю.',
    );
    assert.deepEqual(strikes(facts), ['UA-23 - 2', 'UA-23 - 80', 'UA-23 rocket 6']);
  });

  it('negative: a single tally corrected by the next sentence is still one strike', () => {
    const facts = extract(
      'Ворог здійснив близько 80 обстрілів по Оріхову. Точніше, 86 обстрілів прийшлися по Оріхову.',
    );
    assert.equal(strikes(facts).length, 1);
  });

  it('a tally of its own lends the air strikes no weapon («6 РСЗВ-обстрілів …, 2 авіаудари …»)', () => {
    const facts = extract('Ворог здійснив 6 РСЗВ-обстрілів Роботиного, 2 авіаудари по Оріхову.');
    assert.deepEqual(strikes(facts), ['UA-23 - 2', 'UA-23 rocket 6']);
  });

  it('negative: an announcement with no tally still takes the weapon of the strike told after it', () => {
    const facts = extract('Ворог атакував Запорізьку область. У Оріхові КАБ пошкодив будинок.');
    assert.ok(
      facts.some((f) => f.kind === 'strike' && f.weapon === 'guided_bomb'),
      JSON.stringify(strikes(facts)),
    );
  });
});

const interceptions = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'interception')
    .map((f) => `${f.weapon ?? '-'} ${f.count?.value ?? '-'}/${f.launched?.value ?? '-'}`)
    .sort();

describe('"all" before a weapon launched earlier in the sentence: every one destroyed, one fact', () => {
  for (const [lang, text] of [
    ['uk', 'Вночі противник атакував із південного напрямку п’ятьма ударними БпЛА, усі дрони знищено.'],
    ['uk', 'Вночі було застосовано 5 ударних БпЛА типу Shahed – усі ці повітряні цілі знищено.'],
    ['ru', 'Ночью противник атаковал пятью ударными БПЛА, все беспилотники уничтожены.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(interceptions(extractText(text, lang, at)), ['uav 5/5']);
    });
  }

  it('negative: "all" of another class counts only that class', () => {
    const facts = extract('Вночі ворог атакував п’ятьма ударними БпЛА та двома ракетами, усі ракети знищено.');
    assert.deepEqual(interceptions(facts), ['missile 2/2', 'uav -/5']);
  });
});

describe('the impersonal passive of the launch verbs («запущено», «випущено», «застосовано») tells how many came', () => {
  it('«Запущено близько 40 шахедів. Знищено 35.»', () => {
    const facts = extract('Запущено близько 40 шахедів. Знищено 35.');
    assert.deepEqual(interceptions(facts), ['uav 35/40']);
  });

  it('«Випущено 6 ракет, 5 з них збито.»', () => {
    assert.deepEqual(interceptions(extract('Вночі по Одещині випущено 6 ракет, 5 з них збито.')), ['missile 5/6']);
  });

  it('negative: the participle heading a list («Застосоване озброєння:») launches nothing', () => {
    // A launch word there would make the 5 how many came and leave none destroyed.
    const facts = extract('Застосоване озброєння: 5 БпЛА збито над Сумщиною.');
    assert.deepEqual(interceptions(facts), ['uav 5/-']);
    assert.ok(
      facts.every((f) => f.launched === null),
      JSON.stringify(facts.map((f) => f.launched)),
    );
  });
});
