// Thirty-second session (aa32), from the misses of the blind `.aa` dev texts of VIINA and the Russian Telegram news.
// 1. A village or site of a city-region (Sevastopol's airfields Kacha and Belbek) named after a place of the region
//    around it (Crimea, a Crimean town) is no namesake of another region: it was dropped as one (run.ts `namesake`).
// 2. Ships are targets (ru and uk `objects`: «корабль», «буксир»): a weapon that destroyed one struck it, it was not
//    shot down. Not «катер», which is also the sea drone a ministry counts as downed.
// Every text is invented, in the style of the headlines and channels' posts (BENCHMARKS.md, aa32).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-01T09:00:00+03:00';
const what = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a Sevastopol airfield named after a Crimean place keeps its own region', () => {
  // Each lost its Sevastopol fact on main.
  for (const [lang, text, expected] of [
    ['uk', 'Вночі дрони атакували летовища Саки та Кача на окупованому півострові.', 'strike UA-40 uav'],
    ['uk', 'Удар по Джанкою та летовищу Бельбек: знищено два літаки.', 'strike UA-40 -'],
    ['ru', 'В Крыму ночью – взрывы и пожар возле аэродрома Бельбек, сообщают жители.', 'fire UA-40 -'],
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

describe('a ship a weapon destroyed is a target (ru, uk `objects`)', () => {
  // Each read an interception of the weapon on main.
  for (const [lang, text] of [
    ['ru', 'Два украинских беспилотника зашли в бухту Севастополя и уничтожили российский буксир.'],
    ['ru', 'Беспилотники уничтожили корабль в Новороссийске, заявили в ВМС.'],
    ['uk', 'Ракета знищила буксир у порту Одеси.'],
    ['uk', 'Дрони ГУР знищили два кораблі у Севастополі.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const got = what(extractText(text, lang, at));
      assert.ok(
        got.some((k) => k.startsWith('strike ')),
        got.join('; '),
      );
      assert.ok(!got.some((k) => k.startsWith('interception ')), got.join('; '));
    });
  }
  // Guards: the ship as the owner of air defence or the one that shot down, or as what the downed drones were aimed at; a sea drone («катер»).
  for (const [lang, text, kind] of [
    ['ru', 'ПВО корабля сбила три беспилотника над Черным морем.', 'interception'],
    ['ru', 'Корабль Черноморского флота уничтожил два беспилотника над морем.', 'interception'],
    ['uk', 'Російський корабель збив український дрон біля Криму.', 'interception'],
    ['ru', 'Экипаж корабля уничтожил два безэкипажных катера в Черном море.', 'interception'],
    ['ru', 'Над Черным морем уничтожены 3 безэкипажных катера.', 'interception'],
    ['uk', 'Сили ППО знищили 20 дронів, що атакували кораблі в Севастополі.', 'interception'],
    ['uk', 'Екіпаж корабля збив два дрони над морем.', 'interception'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const got = what(extractText(text, lang, at));
      assert.ok(got.length > 0 && got.every((k) => k.startsWith(`${kind} `)), got.join('; '));
    });
  }
  it('ru: a spaceship is no fact', () => {
    assert.deepEqual(
      what(extractText('Космический корабль Starship совершил шестой испытательный полет.', 'ru', at)),
      [],
    );
  });
});
