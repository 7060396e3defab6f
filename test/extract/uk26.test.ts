// Twenty-sixth session (uk26): a headquarters is a military target in Ukrainian (the lexicon's `objects`), so a verb of
// hitting or an attack noun aimed at one tells a strike where the place after it says. Each text is invented, in the
// style of the channels' posts. (Russian has no such entry yet: BENCHMARKS.md, uk26.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const read = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.object ?? '-'}`))].sort();

describe('a headquarters struck is a military target (objects)', () => {
  for (const [lang, text, expected] of [
    // A passive verb of hitting with no weapon: the headquarters is what it hit, the place after it where.
    ['uk', 'Вночі уражено штаб окупантів у Бердянську.', ['strike UA-23 - military']],
    ['uk', 'Сили оборони вразили штаб ворожого полку в окупованій Каховці.', ['strike UA-65 - military']],
    // An attack noun aimed at it by «по»: the strike, with its target.
    ['uk', 'Зранку ворог завдав удару по штабу бригади в Сумах.', ['strike UA-59 - military']],
    // With a weapon the strike was already read; the target is now named.
    ['uk', 'Дрони атакували штаб бригади в окупованому Мелітополі.', ['strike UA-23 uav military']],
    ['uk', 'Вночі дрони атакували штаб полку в Бєлгороді.', ['strike RU-BEL uav military']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), expected);
    });
  }
});

describe('a headquarters that speaks or is only named tells no strike (near misses)', () => {
  for (const [lang, text] of [
    ['uk', 'В оперативному штабі повідомили, що вночі в Києві було тихо.'],
    ['uk', 'У штабі батальйону розповіли про ротацію бійців.'],
    ['uk', 'Генштаб повідомив про втрати противника за добу.'],
    ['uk', 'Як повідомили у штабі, евакуація мешканців триває.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(read(extractText(text, lang, at)), []);
    });
  }
});
