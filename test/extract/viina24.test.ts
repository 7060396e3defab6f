// Twenty-fourth session (viina24): VIINA headlines' weapons and counts. Each text is invented, in the style of the
// Ukrainian and Russian news headlines VIINA collects.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-12T12:00:00+03:00';
const weapons = (facts: Fact[]) =>
  [
    ...new Set(facts.filter((f) => f.kind === 'strike').map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)),
  ].sort();

describe('Ukrainian headlines name Western models in Latin letters (uk lexicon)', () => {
  for (const [text, expected] of [
    // A model after the attack noun, as the Russian lexicon reads «удары ATACMS».
    ['Окупанти заявили про удари ATACMS по аеродрому в Луганську', ['UA-09 ballistic_missile']],
    // The model after «ракети» is its class, not a bare missile.
    ['Ракета ATACMS, як повідомляють, влучила в аеродром Бердянська', ['UA-23 ballistic_missile']],
    ['Удари HIMARS по складу боєприпасів у Новій Каховці', ['UA-65 rocket']],
    ['Росіяни скаржаться на удар Storm Shadow по штабу в Севастополі', ['UA-40 cruise_missile']],
    // Negative: a Latin word that is no model leaves the strike without a weapon.
    ['Удари по аеродрому в Луганську: відео від Reuters', ['UA-09 -']],
  ] as const) {
    it(text, () => {
      assert.deepEqual(weapons(extractText(text, 'uk', at)), expected);
    });
  }
});

describe('a wave aimed at unnamed regions or the country and a named region is the country’s and the region’s (wholeAndPlace)', () => {
  for (const [lang, text, expected] of [
    ['uk', 'Вночі дрони атакували 5 регіонів РФ та Крим, заявили окупанти', ['- uav', 'UA-43 uav']],
    ['uk', 'Українські дрони атакували нафтобази у РФ та окупованому Криму', ['- uav', 'UA-43 uav']],
    ['ru', 'Ночью беспилотники атаковали 4 области и Крым, сообщили в Минобороны', ['- uav', 'UA-43 uav']],
    ['en', 'Russia says Ukrainian drones attacked 5 regions and Crimea overnight', ['- uav', 'UA-43 uav']],
    // Negatives: two named places are each their own; a country with no preposition is a headline's topic.
    ['uk', 'Дрони атакували Харків та Київ', ['UA-30 uav', 'UA-63 uav']],
    ['uk', 'Дрони атакували Росію та Крим, заявили окупанти', ['UA-43 uav']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});
