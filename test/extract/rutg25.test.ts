// The parts of a total take its speaker (rutg25, twenty-fifth session): a news post quotes the ministry's night
// total in its lead and breaks it down by region in the sentences after it, where no speaker is named. The texts are
// ours, invented in the shape of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
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
});
