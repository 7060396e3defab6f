// Thirty-fifth session (viina35): VIINA headlines' weapons. Each text is invented, in the style of the Ukrainian and
// Russian news headlines VIINA collects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-12T12:00:00+03:00';
// Each fact as "kind region weapon", historical ones left out (the eval drops them too).
const facts = (text: string, lang: 'ru' | 'uk') =>
  [
    ...new Set(
      extractText(text, lang, at)
        .filter((f: Fact) => !f.historical)
        .map((f) => [f.kind, f.region?.code ?? '-', f.weapon ?? '-'].join(' ')),
    ),
  ].sort();

describe('a weapon blamed for a fire told before struck there (ru/uk lexicon blamed_on)', () => {
  for (const [lang, text, expected] of [
    [
      'uk',
      'Пожежа на нафтобазі в Довжанську. Окупаційна влада звинувачує українські безпілотники',
      ['fire UA-09 -', 'strike UA-09 uav'],
    ],
    [
      'uk',
      'Пожежа на складі в Джанкої. Окупаційна влада Криму звинуватила український дрон у пожежі на складі',
      ['fire UA-43 -', 'strike UA-43 uav'],
    ],
    [
      'ru',
      'Пожар на нефтебазе в Ровеньках. Оккупационные власти обвиняют украинские беспилотники',
      ['fire UA-09 -', 'strike UA-09 uav'],
    ],
    // Negatives: blame with no fire or blast told, blame of a side rather than a weapon.
    ['uk', 'Окупаційна влада звинувачує українські безпілотники в усіх бідах', []],
    ['uk', 'Пожежа на нафтобазі в Довжанську. Окупанти звинуватили Україну в провокації', ['fire UA-09 -']],
    ['ru', 'Власти Крыма обвиняют украинские беспилотники', []],
    // A denied blame, and a blame whose own sentence names another place: the fire told before is not the one blamed.
    [
      'ru',
      'В Брянске произошел пожар на складе. Власти не обвиняют беспилотники: виновата проводка.',
      ['fire RU-BRY -'],
    ],
    ['ru', 'В Курске горел гараж. Никто не обвиняет дроны в пожаре.', ['fire RU-KRS -']],
    ['uk', 'У Бєлгороді пожежа на підстанції. Окупанти поки не звинувачують дрони.', ['fire RU-BEL -']],
    [
      'uk',
      'У Харкові пожежа на складі. Тим часом у Бєлгороді окупанти звинуватили українські дрони.',
      ['fire UA-63 -'],
    ],
    [
      'ru',
      'В Белгороде горел автомобиль. Власти обвинили украинский беспилотник во взрыве в Москве.',
      ['fire RU-BEL -'],
    ],
    // The fire's own region named in the blame keeps it.
    [
      'ru',
      'В Курске горел склад. Власти Курской области обвиняют украинские беспилотники.',
      ['fire RU-KRS -', 'strike RU-KRS uav'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(facts(text, lang), expected);
    });
  }
});
