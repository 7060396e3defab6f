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

// fixviina24: one region joined to the whole country keeps its region wherever the caller does not read `whole` (a
// shoot-down, debris); only the strike detectors add the country's fact in no region.
const kindRegions = (facts: Fact[], kind: Fact['kind']) =>
  [...new Set(facts.filter((f) => f.kind === kind).map((f) => f.region?.code ?? '-'))].sort();

describe('a region joined to the whole country keeps its region outside the strike detectors (wholeAndPlace)', () => {
  for (const [lang, text, kind, expected] of [
    ['uk', 'Окупанти заявили, що збили Су-25 над РФ та окупованим Кримом', 'interception', ['UA-43']],
    ['uk', 'Уламки збитих безпілотників падали у РФ та Криму, кажуть окупанти', 'interception', ['UA-43']],
    // The attacker's target country is no place of the wave: the region after it begins another clause.
    ['en', 'Russia launched 52 drones at Ukraine and Izmail port was damaged', 'strike', ['UA-51']],
    // The slot before the place is one lower-case adjective: a name there is not one ("Lukoil's").
    ['en', "Ukrainian drones struck 3 regions and Lukoil's Volgograd refinery overnight", 'strike', ['RU-VGG']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(kindRegions(extractText(text, lang, at), kind), expected);
    });
  }
});

describe('Latin model names match as written or in the plural, not inside a longer word', () => {
  for (const [lang, text, expected] of [
    ['uk', 'Удар Lancetta по позиції біля Херсона', ['UA-65 -']],
    ['uk', 'TomahawkNews: удар по аеродрому в Луганську', ['UA-09 -']],
    ['uk', 'Удар JDAMky по складу в Херсоні', ['UA-65 -']],
    ['ru', 'Удар Lancetta по позиции возле Херсона', ['UA-65 -']],
    ['uk', 'Удари Tomahawks по аеродрому в Луганську', ['UA-09 cruise_missile']],
    ['en', 'A Lancets strike hit a howitzer near Kherson', ['UA-65 uav']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(weapons(extractText(text, lang, at)), expected);
    });
  }
});
