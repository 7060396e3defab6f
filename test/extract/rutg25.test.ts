// The parts of a total take its speaker (rutg25, twenty-fifth session): a news post quotes the ministry's night
// total in its lead and breaks it down by region in the sentences after it, where no speaker is named. The texts are
// ours, invented in the shape of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-10T06:00:00+00:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.count?.value ?? null, f.claimant?.role ?? null];
const whoOf = (text: string) => extractText(text, 'ru', PUBLISHED).map(who);

describe("a breakdown after a total quoted from a speaker is that speaker's", () => {
  it('the regions after the lead take the ministry, marked as read from context', () => {
    const text =
      'Системы ПВО за ночь сбили 17 беспилотников над регионами России, сообщили в Минобороны.\n\n' +
      'Над Орловской областью уничтожены 10 БПЛА, над Тульской областью — 5, по одному над Рязанской и Липецкой областями.';
    const facts = extractText(text, 'ru', PUBLISHED);
    assert.deepEqual(facts.map(who), [
      ['interception', null, 17, 'ministry'],
      ['interception', 'RU-ORL', 10, 'ministry'],
      ['interception', 'RU-TUL', 5, 'ministry'],
      ['interception', 'RU-RYA', 1, 'ministry'],
      ['interception', 'RU-LIP', 1, 'ministry'],
    ]);
    const part = facts[1]!;
    assert.equal(part.fields.claimant?.text, 'Минобороны');
    assert.equal(part.fields.claimant?.inferred, true);
  });

  it("a part with a speaker of its own keeps it, and the parts after it are not the total's", () => {
    const text =
      'Системы ПВО за ночь сбили 17 беспилотников над регионами России, сообщили в Минобороны.\n\n' +
      'Над Орловской областью уничтожены 10 БПЛА, сообщил губернатор.\n\n' +
      'Над Тульской областью сбиты 5 БПЛА.';
    const roles = whoOf(text).map(([, region, , role]) => [region, role]);
    assert.deepEqual(roles, [
      [null, 'ministry'],
      ['RU-ORL', 'governor'],
      ['RU-TUL', null],
    ]);
  });

  it('parts that add to more than the total are another count, not its breakdown', () => {
    const text =
      'Системы ПВО за ночь сбили 5 беспилотников над регионами России, сообщили в Минобороны.\n\n' +
      'Над Орловской областью уничтожены 10 БПЛА, над Тульской областью — 5.';
    assert.deepEqual(
      whoOf(text).map(([, region, , role]) => [region, role]),
      [
        [null, 'ministry'],
        ['RU-ORL', null],
        ['RU-TUL', null],
      ],
    );
  });

  // The review's cases: none of these parts is the total's, so none takes its speaker.
  const TOTAL = 'Системы ПВО за ночь сбили 30 беспилотников над регионами России, сообщили в Минобороны.\n\n';
  const partRoles = (text: string, lang: Lang = 'ru') =>
    extractText(text, lang, PUBLISHED)
      .slice(1)
      .map((f) => [f.region?.code ?? null, f.claimant?.role ?? null]);
  for (const [name, text, lang] of [
    [
      "the other country's regions after a total of Russia's",
      'Над регионами России ночью сбиты 40 БПЛА, сообщило Минобороны РФ.\n\nНа Украине над Киевской областью сбиты 12 дронов, над Одесской — 5.',
      'ru',
    ],
    [
      "Russia's regions after the Ukrainian Air Force's total over Ukraine",
      'Уночі сили ППО збили 50 ударних БпЛА над регіонами України, повідомили Повітряні сили ЗСУ.\n\nНад Брянською областю Росії знищено 20 дронів, над Курською — 10.',
      'uk',
    ],
    [
      "a governor who speaks in the part's sentence",
      `${TOTAL}Над Брянской областью сбиты 8 БПЛА, написал в телеграме Александр Богомаз.`,
      'ru',
    ],
    ["«по данным» in the part's sentence", `${TOTAL}По данным главы региона, над Курской областью сбиты 6 БПЛА.`, 'ru'],
    [
      'another night',
      'В ночь на 10 ноября над регионами России сбиты 30 БПЛА, сообщило Минобороны.\n\nВ ночь на 8 ноября над Брянской областью было сбито 12 беспилотников.',
      'ru',
    ],
    ['another window of the day', `${TOTAL}С 08:00 до 10:00 над Брянской областью сбиты 4 БПЛА.`, 'ru'],
    ['an increment', `${TOTAL}Утром над Брянской областью были сбиты еще 3 БПЛА.`, 'ru'],
    ['another weapon', `${TOTAL}Над Белгородской областью сбиты 2 ракеты ATACMS.`, 'ru'],
    ['a year past', `${TOTAL}В 2023 году над Брянской областью сбили 25 беспилотников.`, 'ru'],
    ['none shot down', `${TOTAL}Над Брянской областью 5 БПЛА сбить не удалось.`, 'ru'],
  ] as const) {
    it(`no speaker lent: ${name}`, () => {
      const parts = partRoles(text, lang);
      assert.ok(parts.length > 0, 'the part is read');
      assert.ok(
        parts.every(([, role]) => role === null),
        JSON.stringify(parts),
      );
    });
  }

  it('a total broken down in its own sentence lends nothing to the sentence after', () => {
    const text =
      'Минобороны сообщило, что ночью сбиты 30 беспилотников: 20 над Брянской областью и 10 над Курской.\n\n' +
      'Над Белгородской областью сбиты 5 БПЛА.';
    assert.deepEqual(partRoles(text), [
      ['RU-BRY', 'ministry'],
      ['RU-KRS', 'ministry'],
      ['RU-BEL', null],
    ]);
  });
});
