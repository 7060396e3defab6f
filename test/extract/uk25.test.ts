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
