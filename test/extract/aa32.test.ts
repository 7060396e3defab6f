// Thirty-second session (aa32), from the misses of the blind `.aa` dev texts of VIINA and the Russian Telegram news.
// A village or site of a city-region (Sevastopol's airfields Kacha and Belbek) named after a town of the region around
// it (Saki, Dzhankoi) is no namesake of another region: it was dropped as one (run.ts `namesake`). After the region
// itself («В Крыму – …») it still goes: a region told apart from a village keeps the facts (places20).
// Every text is invented, in the style of the headlines and channels' posts (BENCHMARKS.md, aa32).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-01T09:00:00+03:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a Sevastopol airfield named after a Crimean town keeps its own region', () => {
  // Each lost its Sevastopol fact on main.
  for (const [lang, text, expected] of [
    ['uk', 'Вночі дрони атакували летовища Саки та Кача на окупованому півострові.', 'strike UA-40 uav'],
    ['uk', 'Удар по Джанкою та летовищу Бельбек: знищено два літаки.', 'strike UA-40 -'],
    ['ru', 'ВСУ нанесли удар по аэродромам Саки и Бельбек, сообщил Генштаб.', 'strike UA-40 -'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const got = what(extractText(text, lang, at));
      assert.ok(got.includes(expected), got.join('; '));
    });
  }
  // The Crimean place keeps its fact too.
  it('uk: both airfields', () => {
    assert.deepEqual(what(extractText('Вночі дрони атакували летовища Саки та Кача.', 'uk', at)), [
      'strike UA-40 uav',
      'strike UA-43 uav',
    ]);
  });
  // Guards: a small town of another region after the sentence's place is still a village the gazetteer lacks.
  for (const [lang, text, expected] of [
    ['ru', 'Над Севастополем сбиты два БПЛА в районе Любимовки.', ['interception UA-40 uav']],
    // After the region itself, told apart from the site, the region keeps the facts (places20's rule).
    [
      'ru',
      'В Крыму ночью – взрывы и пожар возле аэродрома Бельбек, сообщают жители.',
      ['explosion UA-43 -', 'fire UA-43 -'],
    ],
    [
      'ru',
      'Над Подмосковьем сбиты три дрона, обломки упали у деревни Ивановка.',
      ['debris RU-MOS -', 'interception RU-MOS uav'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(what(extractText(text, lang, at)), [...expected]);
    });
  }
});
