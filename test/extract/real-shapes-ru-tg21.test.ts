// Russian Telegram news shapes of the twenty-first session (issues 8 and 9): on-topic posts from which nothing was
// read. Texts are ours, in the style of real Telegram news; how the rules add up on real texts is measured by
// `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-22T15:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const strikes = (facts: Fact[]) => facts.filter((f) => f.kind === 'strike');
const show = (facts: Fact[]) => JSON.stringify(facts.map((f) => [f.kind, f.region?.code, f.weapon, f.country]));

describe('a weapon used for an attack is a strike with it', () => {
  // A past verb of use with its weapon, then «для» or «во время» and the attack it served: the use is told as done.
  // The reactions and statements that retell the day's strike this way («Путин использовал ракету … для удара по …»)
  // had given no fact, so the days filed them apart from the strike they are about.
  for (const [text, weapon, country] of [
    [
      'Премьер заявил, что Кремль использовал новую ракету малой дальности для удара по украинской территории.',
      'missile',
      'UA',
    ],
    [
      'Министр сообщил, что накануне Путин использовал баллистические ракеты для нанесения удара по территории Украины.',
      'ballistic_missile',
      'UA',
    ],
    // A short passive participle has its weapon as its subject, right before it, a few words between at most.
    [
      'Как сообщают источники издания, американские ракеты уже применены для ударов по территории России.',
      'missile',
      'RU',
    ],
    ['Ракеты Storm Shadow якобы впервые были применены для удара вглубь РФ, сообщает газета.', 'cruise_missile', 'RU'],
    // Abroad: the place is none of ours, the strike is still told (docs/eval.md: region null).
    ['Хуситы применили крылатые ракеты во время удара по Эйлату, сообщает армия Израиля.', 'cruise_missile', undefined],
  ] as const) {
    it(text, () => {
      const found = strikes(extract(text));
      assert.equal(found.length, 1, show(found));
      assert.equal(found[0]!.region, null, show(found));
      assert.equal(found[0]!.weapon, weapon, show(found));
      assert.equal(found[0]!.country ?? undefined, country, show(found));
    });
  }

  // A country named after the verb is where the strike fell, not the place an earlier sentence named (nor a given name
  // the gazetteer holds as a village: «Кира Стармера»).
  it('a use aimed at a country takes no place from the sentence before', () => {
    const found = strikes(
      extract('Жители Курска слышали взрывы. По данным газеты, британские ракеты уже применены для удара вглубь РФ.'),
    );
    assert.equal(found.length, 1, show(found));
    assert.equal(found[0]!.region, null, show(found));
    assert.equal(found[0]!.country, 'RU', show(found));
  });

  // Negative cases: a permission, a use to come, a habit, a use for something else, a use denied, a quoted reaction.
  for (const text of [
    'Украине разрешили использовать дальнобойные ракеты для ударов по России.',
    'По словам чиновников, ракеты ATACMS будут использованы для ударов по территории России.',
    'Бойцы используют дроны для доставки воды на передовую.',
    'Иран использовал дроны для разведки над Персидским заливом.',
    'Премьер заявил, что Кремль не использовал новую ракету малой дальности для удара по украинской территории.',
    // A quotation's judgement of an attack reported already: a reaction, filed apart from the strike on the real days.
    '«Это опасный шаг: Путин использовал баллистические ракеты для нанесения удара по территории Украины», — сказал премьер.',
    // A use to come, possible or due, with an adverb between: the auxiliary need not stand right before the verb.
    'Ракеты ATACMS будут впервые применены для ударов вглубь РФ.',
    'Ракеты ATACMS могли быть применены для удара вглубь РФ.',
    'Ракеты ATACMS должны быть использованы для удара вглубь РФ.',
    // A use supposed: a hedge before it in the sentence.
    'Пентагон не исключает, что ракеты уже применены для удара вглубь РФ.',
    // The defender's weapon, fired during the attack, is not the attack's.
    'Украинская ПВО применила зенитные ракеты во время атаки по украинской территории.',
    'Военные применили ракеты ПВО во время атаки вглубь РФ.',
  ]) {
    it(text, () => assert.deepEqual(strikes(extract(text)), []));
  }

  // A quotation opened after a colon is the speaker's claim itself, the news, not a reaction to it: read.
  it('a claim quoted after a colon is read', () => {
    const ru = strikes(
      extract('Зеленский заявил: «Россия применила баллистические ракеты для удара по Днепру этой ночью».'),
    );
    assert.equal(ru.length, 1, show(ru));
    assert.equal(ru[0]!.weapon, 'ballistic_missile', show(ru));
    const en = strikes(
      extractText(
        'Zelensky said: "Russia used ballistic missiles to strike an airfield overnight."',
        'en',
        '2024-11-22T15:00:00+03:00',
      ),
    );
    assert.equal(en.length, 1, show(en));
    assert.equal(en[0]!.weapon, 'ballistic_missile', show(en));
  });
});
