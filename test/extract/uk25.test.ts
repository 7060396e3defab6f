// Twenty-fifth session (uk25): Ukrainian Telegram posts. Each text is invented, in the style of the channels', the
// General Staff's and the administrations' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const weapons = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('plain missiles take no type named only as aid (weaponsUsed) or beside a plain model (tidy)', () => {
  for (const [lang, text, expected] of [
    // A type named as aid says nothing of the missiles that struck or were shot down.
    [
      'uk',
      'Ворог завдав ракетного удару по Полтаві. Окремо: Норвегія передасть Україні ракети ATACMS.',
      ['strike UA-53 missile'],
    ],
    [
      'ru',
      'Армия РФ нанесла ракетный удар по Сумам. Кроме того, Вашингтон разрешил Киеву ракеты ATACMS.',
      ['strike UA-59 missile'],
    ],
    // S-300 is a missile of the plain class (docs/eval.md): beside it the 40 may be either (the list itself types them,
    // test/extract/fixuk25.test.ts).
    [
      'uk',
      'Крилаті ракети, шахеди та С-300. Сили ППО збили 40 ракет і 20 дронів.',
      ['interception - missile', 'interception - uav'],
    ],
    // Named in the attack's own sentence, or in another sentence that tells the attack, the type holds.
    [
      'uk',
      'Вночі ворог атакував ракетами Х-101 з акваторії Чорного моря. 8 ракет знищено над Одещиною.',
      ['interception UA-51 cruise_missile', 'strike - cruise_missile'],
    ],
    [
      'uk',
      'Росіяни запустили балістичні ракети. Зафіксовано влучання ракет у Харкові.',
      ['strike UA-63 ballistic_missile'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});
