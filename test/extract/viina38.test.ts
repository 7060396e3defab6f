// Thirty-eighth session (viina38), from the misses of VIINA's weekly roundup headlines: a headline that lists events,
// two or more other items each with an event and a place of its own in two regions or more, gives an item that names
// no place of its own none of theirs (detect/locate.ts `placelessItem`); the nearest item's place was taken.
// Every text is invented, in the style of the headlines (BENCHMARKS.md, viina38).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-01T09:00:00+03:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('an item of a listing headline with no place of its own borrows none', () => {
  // Each gave the drone attack the nearest item's region on main.
  for (const [lang, text, expected] of [
    [
      'uk',
      'Пожежа на складі у Брянську, атака дронами та вибух на підстанції в окупованому Бердянську: підсумки тижня',
      ['explosion UA-23 -', 'fire RU-BRY -', 'strike - uav'],
    ],
    [
      'uk',
      'Атаки БПЛА на низку аеродромів у Росії, вибухи в окупованому Мелітополі та пожежа під Курськом: де вибухало цього тижня',
      ['fire RU-KRS -', 'fire UA-23 -', 'strike - uav'],
    ],
    [
      'ru',
      'Пожар на заводе в Брянске, атака беспилотников и взрыв на нефтебазе в оккупированном Луганске',
      ['explosion UA-09 -', 'fire RU-BRY -', 'strike - uav'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(what(extractText(text, lang, at)), [...expected]);
    });
  }
  // Guards, as on main: a heading before a colon over the items after it; a dash that closes the stretch of items (one
  // other placed item left in it); a list in a later sentence, not the opening line; a body sentence that splits one
  // event among places.
  for (const [lang, text, expected] of [
    [
      'uk',
      'Нічна атака дронів: під Одесою пошкоджено порт, на Київщині ліквідували пожежу.',
      ['damage UA-51 -', 'fire UA-32 -', 'strike UA-51 uav'],
    ],
    [
      'uk',
      'Атака дронами, пожежа на нафтобазі у Брянську – і вибух у Курську.',
      ['explosion RU-KRS -', 'fire RU-BRY -', 'strike RU-BRY uav'],
    ],
    [
      'ru',
      'Утром в Сумах прошло совещание. Атака дронами, пожар на нефтебазе в Брянске и взрыв на складе в Курске.',
      ['explosion RU-KRS -', 'fire RU-BRY -', 'strike RU-BRY uav'],
    ],
    [
      'en',
      'Russia fired missiles at Ukraine overnight. Of the missiles fired, one was shot down over the Kyiv region, and the rest struck an airfield in the Lviv region.',
      ['interception UA-32 missile', 'strike - missile', 'strike UA-46 -'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(what(extractText(text, lang, at)), [...expected]);
    });
  }
});
