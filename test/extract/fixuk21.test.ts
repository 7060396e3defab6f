// Twenty-first session, after the review of uk21: a launch passive before air defence, a qualified "all", a
// capitalised word after a tally, "all air targets" after two launches. Each text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const interceptions = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'interception')
    .map((f) => `${f.weapon ?? '-'} ${f.count?.value ?? '-'}/${f.launched?.value ?? '-'}`)
    .sort();
const strikeCounts = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'strike')
    .map((f) => f.count?.value ?? '-')
    .sort();

describe('«застосовано», «випущено» launch only an attacking weapon that follows in their clause', () => {
  for (const text of [
    'Вночі застосовано засоби ППО, 5 БпЛА збито над Полтавщиною.',
    'Для відбиття атаки застосовано мобільні вогневі групи: 5 дронів знищено.',
  ]) {
    it(`negative: the defenders used, not weapons launched: ${text}`, () => {
      assert.deepEqual(interceptions(extractText(text, 'uk', at)), ['uav 5/-']);
    });
  }

  it('negative: «випущено з полону» (released) is no launch of the drones after it', () => {
    const facts = extractText('Випущено з полону 12 військових, 4 дрони збито над Сумщиною.', 'uk', at);
    assert.deepEqual(interceptions(facts), ['uav 4/-']);
  });

  it('the passive before a weapon still launches it: «застосовано 7 ударних БпЛА, 6 збито»', () => {
    const facts = extractText('Вночі противником застосовано 7 ударних БпЛА, 6 збито.', 'uk', at);
    assert.deepEqual(interceptions(facts), ['uav 6/7']);
  });
});

describe('"all" cancelled or qualified before it, or negated after the verb, is not every one destroyed', () => {
  for (const [lang, text] of [
    ['uk', 'Ворог атакував п’ятьма БпЛА, не всі дрони знищено.'],
    ['uk', 'Ворог атакував п’ятьма БпЛА, майже всі дрони знищено.'],
    ['uk', 'Ворог атакував п’ятьма БпЛА, усі дрони знищено не було.'],
    ['ru', 'Противник атаковал пятью БПЛА, не все беспилотники уничтожены.'],
    ['ru', 'Противник атаковал пятью БПЛА, почти все беспилотники уничтожены.'],
    ['en', 'Russia attacked with five drones overnight; not all drones were shot down.'],
    ['en', 'Russia attacked with five drones overnight; almost all drones were shot down.'],
  ] as const) {
    it(`negative, ${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(
        !facts.some((f) => f.kind === 'interception' && f.count?.value === 5),
        JSON.stringify(interceptions(facts)),
      );
    });
  }

  it('plain "all" still counts every one: «усі дрони знищено»', () => {
    const facts = extractText('Ворог атакував п’ятьма БпЛА, усі дрони знищено.', 'uk', at);
    assert.deepEqual(interceptions(facts), ['uav 5/5']);
  });
});

describe('a capitalised word after a tally is its place only when the list goes on or the sentence ends after it', () => {
  it('negative, en: "3 attacks Sunday night" is no tally of its own', () => {
    const facts = extractText(
      'Russian forces carried out 5 air strikes on Kharkiv and 3 attacks Sunday night.',
      'en',
      at,
    );
    assert.ok(!strikeCounts(facts).includes(3), JSON.stringify(strikeCounts(facts)));
  });

  it('negative, uk: «2 удари Олександр Федоров назвав …» is a sentence of its own subject', () => {
    const facts = extractText(
      'Ворог завдав 4 авіаудари по Оріхову, 2 удари Олександр Федоров назвав найважчими.',
      'uk',
      at,
    );
    assert.ok(!strikeCounts(facts).includes(2), JSON.stringify(strikeCounts(facts)));
  });

  it('a village the gazetteer lacks, then a comma, is still the place of its tally', () => {
    const facts = extractText(
      'Ворог здійснив 6 РСЗВ-обстрілів Вербівки, 3 авіаудари по Оріхову, а також 2 БПЛА-атаки по Гуляйполю.',
      'uk',
      at,
    );
    assert.ok(strikeCounts(facts).includes(6), JSON.stringify(strikeCounts(facts)));
  });
});

describe('"all air targets" after two launches: every launch without a count is destroyed', () => {
  it('«атакував п’ятьма БпЛА та трьома ракетами, усі повітряні цілі знищено»', () => {
    const facts = extractText(
      'Вночі ворог атакував п’ятьма ударними БпЛА та трьома ракетами, усі повітряні цілі знищено.',
      'uk',
      at,
    );
    assert.deepEqual(interceptions(facts), ['missile 3/3', 'uav 5/5']);
  });
});

describe('the place a tally takes from the strike word of its list is lent, not stated', () => {
  it('«7 РСЗВ-обстрілів Степового, 5 авіаударів по Оріхову»: the rockets’ region is marked inferred', () => {
    const facts = extractText('Ворог здійснив 7 РСЗВ-обстрілів Степового, 5 авіаударів по Оріхову.', 'uk', at);
    const rockets = facts.find((f) => f.kind === 'strike' && f.weapon === 'rocket');
    const air = facts.find((f) => f.kind === 'strike' && f.weapon === null);
    assert.equal(rockets?.region?.code, 'UA-23');
    assert.equal(rockets?.fields.region?.inferred, true);
    assert.equal(air?.fields.region?.inferred, false);
  });
});
