// What a store keeps is a target, not the means (detect/kept-weapons.ts): only a weapon in the genitive right after
// a store noun, and a model right after it across a type word at most. Each case names the shape; the texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const read = (text: string, lang: Lang) =>
  extractText(text, lang, '2025-03-10T12:00:00+02:00').map((f) => [f.kind, f.weapon, f.weapon_model] as const);
const weaponOf = (text: string, lang: Lang, kind: Fact['kind']) =>
  read(text, lang)
    .filter(([k]) => k === kind)
    .map(([, w, m]) => [w, m]);

describe('a store keeps the weapon right after it, not one named later in the sentence', () => {
  it('the weapon that struck, after the store and a place, stays: «склад дронів у Криму ракетами Нептун»', () => {
    assert.deepEqual(weaponOf('Сили оборони атакували склад дронів у Криму ракетами Нептун', 'uk', 'strike'), [
      ['missile', null],
    ]);
    assert.deepEqual(weaponOf('ВСУ атаковали склад беспилотников в Крыму ракетами Нептун', 'ru', 'strike'), [
      ['cruise_missile', 'Neptune'],
    ]);
  });

  // The means is the missile and, since the Ukrainian lexicon reads models in Latin letters (viina24), its model.
  it('an instrumental right after the kept weapon is the means: «базу БпЛА ракетами ATACMS»', () => {
    assert.deepEqual(weaponOf('ЗСУ атакували базу БпЛА ракетами ATACMS у Криму', 'uk', 'strike'), [
      ['ballistic_missile', 'ATACMS'],
    ]);
  });

  it('a store told first, the verb and its means after: «Базу БпЛА у Криму атакували ракетами»', () => {
    assert.deepEqual(weaponOf('Базу БпЛА у Криму атакували ракетами ATACMS', 'uk', 'strike'), [
      ['ballistic_missile', 'ATACMS'],
    ]);
  });
});

describe('only the genitive after a store is kept there', () => {
  it('a nominative after a store noun is the subject: «поблизу складу ракета влучила»', () => {
    assert.deepEqual(weaponOf('У Харкові поблизу складу ракета влучила в будинок', 'uk', 'strike'), [
      ['missile', null],
    ]);
    assert.deepEqual(weaponOf('В Харькове возле склада ракета попала в дом', 'ru', 'strike'), [['missile', null]]);
    assert.deepEqual(weaponOf('На Харківщині біля бази дрони збила ППО', 'uk', 'interception'), [['uav', null]]);
  });

  it('«на базі» is "built on": «дрони на базі Шахеда», «ракеты на базе Х-22» keep their models', () => {
    assert.deepEqual(weaponOf('Над Києвом збили дрони на базі Шахеда', 'uk', 'interception'), [['uav', 'Shahed']]);
    assert.deepEqual(weaponOf('Над Брянском сбиты ракеты на базе Х-22', 'ru', 'interception'), [
      ['cruise_missile', 'Kh-22'],
    ]);
  });

  it('an instrumental adjective or a feminine instrumental is the means: «ударними БпЛА», «Геранью»', () => {
    assert.deepEqual(weaponOf('Ворог атакував склад ударними БпЛА у Ніжині', 'uk', 'strike'), [['uav', null]]);
    assert.deepEqual(weaponOf('Противник атаковал склад Геранью в Брянске', 'ru', 'strike'), [['uav', 'Geran']]);
  });

  it('the genitive after a store, and its model after a type word, are kept', () => {
    assert.deepEqual(weaponOf('Сили оборони вразили ангар ударних дронів типу Шахед у Донецьку.', 'uk', 'strike'), [
      [null, null],
    ]);
    assert.deepEqual(weaponOf('Дрони атакували підприємство з виробництва БпЛА у Таганрозі.', 'uk', 'strike'), [
      ['uav', null],
    ]);
  });
});
