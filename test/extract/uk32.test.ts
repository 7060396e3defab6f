// Thirty-second session (uk32): Ukrainian Telegram posts. Every text is invented, in the style of the regional
// administrations' and the prosecutors' posts (BENCHMARKS.md, uk32).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-03-10T09:00:00+02:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('destruction told by its light verbs («зазнали руйнувань», «Руйнувань зазнали», «завдали руйнувань»)', () => {
  // Main read the strike only.
  for (const [text, expected] of [
    [
      'Ворог обстріляв з мінометів Степове та Оріхів. Окупанти знову завдали руйнувань цивільним обʼєктам Запорізького та Василівського районів.',
      ['damage UA-23 -', 'strike UA-23 -'],
    ],
    ['Вранці ворог обстріляв Херсон. Руйнувань зазнали 14 приватних будинків.', ['damage UA-65 -', 'strike UA-65 -']],
    ['Вранці ворог обстріляв Херсон. Дев’ять будинків зазнали руйнувань.', ['damage UA-65 -', 'strike UA-65 -']],
    [
      'Увечері окупанти обстріляли село Веселе на Харківщині. Зазнали часткових руйнувань два склади.',
      ['damage UA-63 -', 'strike UA-63 -'],
    ],
    ['Росіяни обстріляли Нікополь. Гараж зазнав значних руйнувань.', ['damage UA-12 -', 'strike UA-12 -']],
  ] as const) {
    it(`uk: ${text}`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
  // The noun alone tells no destruction (as on main).
  for (const [text, expected] of [
    ['Над Миколаївщиною збито 6 ракет. Влучань та руйнувань не допущено.', ['interception UA-48 missile']],
    ['Ворог атакував Суми. Інформація про масштаби руйнувань уточнюється.', ['strike UA-59 -']],
    ['Ворог атакував Суми, обійшлося без руйнувань.', ['strike UA-59 -']],
    ['Ворог атакував Суми, будинки не зазнали руйнувань.', ['strike UA-59 -']],
    ['Після руйнувань дамби вода пішла з водосховища.', []],
  ] as const) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
});

describe('a thing that «постраждав» is damage, not people hurt (uk `things`, as Russian «объекты», «здание»)', () => {
  // Main read people hurt, counted by the number before the things.
  for (const [text, expected] of [
    ['Вночі ворог обстріляв Херсон. Постраждали 9 обʼєктів інфраструктури.', ['damage UA-65 -', 'strike UA-65 -']],
    ['Через атаку на Суми постраждали 6 будівель громади.', ['damage UA-59 -', 'strike UA-59 -']],
    ['Через атаку на Суми постраждали 4 населених пунктів громади.', ['damage UA-59 -', 'strike UA-59 -']],
    [
      'Ворог обстріляв Нікопольщину. За день через ворожі обстріли постраждали райони понад 12 населених пунктів.',
      ['damage UA-12 -', 'strike UA-12 -'],
    ],
  ] as const) {
    it(`uk: ${text}`, () => {
      const facts = extractText(text, 'uk', at);
      assert.deepEqual(what(facts), expected);
    });
  }
  // People stay people (as on main).
  for (const [text, expected] of [
    ['Від обстрілу Херсона постраждали 7 людей.', ['casualties UA-65 -', 'strike UA-65 -']],
    ['Від обстрілу Херсона постраждали троє працівників обʼєкта.', ['casualties UA-65 -', 'strike UA-65 -']],
    ['У районі Херсона від обстрілу постраждали 5 людей.', ['casualties UA-65 -', 'strike UA-65 -']],
    [
      'Внаслідок удару по Запоріжжю постраждали 14 мешканців двох районів міста.',
      ['casualties UA-23 -', 'strike UA-23 -'],
    ],
  ] as const) {
    it(`uk: ${text} (as on main)`, () => {
      assert.deepEqual(what(extractText(text, 'uk', at)), expected);
    });
  }
});
