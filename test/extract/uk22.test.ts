// Twenty-second session (uk22): mechanisms read on Ukrainian Telegram posts the rules had not seen. Each text is
// invented, in the style of the General Staff's, the oblast administrations' and the channels' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const kinds = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'}`).sort();

describe('a word of the land war in a list of the verb’s objects speaks for the verb (objectListStart)', () => {
  for (const text of [
    // The troops' word in the second item, in the third, after a weapon's item.
    'Наші ракетники та артилеристи уразили командний пункт, 3 райони зосередження живої сили та склад пального.',
    'Підрозділи ракетних військ уразили 2 пункти управління, 5 артилерійських засобів ворога, 4 райони зосередження противника, склад та 2 радари.',
    'Українські артилеристи уразили пункт управління, зенітний комплекс, 2 райони зосередження живої сили і склад.',
  ]) {
    it(`negative: the General Staff's own strikes on troops: ${text}`, () => {
      assert.deepEqual(kinds(extractText(text, 'uk', at)), []);
    });
  }

  it('negative, en: "struck a command post, two infantry positions and a depot"', () => {
    const facts = extractText(
      'Ukrainian forces struck a command post, two infantry positions and a fuel depot.',
      'en',
      at,
    );
    assert.deepEqual(kinds(facts), []);
  });

  it('a clause with a verb of its own is no object: the strike before it stays', () => {
    const facts = extractText('Ворог вдарив по Харкову, окупанти обстріляли позиції ЗСУ біля Куп’янська.', 'uk', at);
    assert.deepEqual(kinds(facts), ['strike UA-63']);
  });

  it('a clause with no count first is no item: the toll before «а на фронті …» stays', () => {
    const facts = extractText(
      'Дрон атакував автобус на Сумщині, загинули двоє людей, а на фронті окупанти втратили 40 осіб особового складу.',
      'uk',
      at,
    );
    assert.deepEqual(kinds(facts), ['casualties UA-59', 'strike UA-59']);
  });

  it('a semicolon ends the list: the strike of the first clause stays', () => {
    const facts = extractText('Ворог вдарив ракетою по Запоріжжю; 3 райони зосередження живої сили уражено.', 'uk', at);
    assert.deepEqual(kinds(facts), ['strike UA-23']);
  });

  it('a list of civilian targets keeps its strike', () => {
    const facts = extractText('Дрони уразили нафтобазу в Брянській області, склад і цистерни.', 'uk', at);
    assert.deepEqual(kinds(facts), ['strike RU-BRY']);
  });
});

describe('a town’s г or ж that turns to з before the adjective’s suffix (Ukrainian) or stays ж (Russian)', () => {
  for (const [lang, text, region] of [
    ['uk', 'Вночі дрон влучив у склад у Криворізькому районі.', 'UA-12'],
    ['uk', 'У межах Криворізького району збито 3 ракети.', 'UA-12'],
    ['uk', 'Ворог атакував дронами село у Запорізькому районі.', 'UA-23'],
    ['ru', 'Ночью беспилотник попал в склад в Криворожском районе.', 'UA-12'],
    ['ru', 'Ночью беспилотник попал в склад в Запорожском районе.', 'UA-23'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const regions = extractText(text, lang, at).map((f) => f.region?.code ?? '-');
      assert.deepEqual([...new Set(regions)], [region]);
    });
  }

  it('negative: a word in -зький that names no town places nothing («Кавказького району»)', () => {
    const regions = extractText('Вночі дрон влучив у склад у Кавказькому районі.', 'uk', at).map(
      (f) => f.region?.code ?? '-',
    );
    assert.deepEqual([...new Set(regions)], ['-']);
  });
});

describe('district and community adjectives whose town’s name changes its stem more (changedStemTown)', () => {
  for (const [text, region] of [
    // і of the last syllable for the name's о
    ['Вночі безпілотник влучив у ферму в Гуляйпільській громаді.', 'UA-23'],
    ['Вночі безпілотник влучив у ферму в Лозівському районі.', 'UA-63'],
    ['Вночі безпілотник влучив у ферму в Синельниківському районі.', 'UA-12'],
    // -ин- before the suffix for a name in -ка
    ['Вночі безпілотник влучив у ферму в Шосткинському районі.', 'UA-59'],
    // a soft л, and -ля after it
    ['Вночі безпілотник влучив у ферму в Ізмаїльському районі.', 'UA-51'],
    ['Вночі безпілотник влучив у ферму на Ізмаїльщині.', 'UA-51'],
    ['Вночі безпілотник влучив у ферму в Краснопільській громаді.', 'UA-59'],
    // a name in -са or -си whose с merges with the suffix's
    ['Вночі безпілотник влучив у ферму в Одеському районі.', 'UA-51'],
    ['Вночі безпілотник влучив у ферму в Черкаському районі.', 'UA-71'],
  ] as const) {
    it(text, () => {
      const regions = extractText(text, 'uk', at).map((f) => f.region?.code ?? '-');
      assert.deepEqual([...new Set(regions)], [region]);
    });
  }

  for (const text of [
    'Вночі безпілотник влучив у ферму в Центральному районі.',
    'Вночі безпілотник влучив у ферму в Кавказькому районі.',
  ]) {
    it(`negative: an adjective that names no town places nothing: ${text}`, () => {
      const regions = extractText(text, 'uk', at).map((f) => f.region?.code ?? '-');
      assert.deepEqual([...new Set(regions)], ['-']);
    });
  }

  it('the plain reading still wins: «Василівському районі» is the town Василівка', () => {
    const regions = extractText('Вночі безпілотник влучив у ферму у Василівському районі.', 'uk', at).map(
      (f) => f.region?.code ?? '-',
    );
    assert.deepEqual([...new Set(regions)], ['UA-23']);
  });
});

describe('adjectives that share one head noun each name their district (sharedHeadDistricts)', () => {
  // fixuk22: with no owner named after the head, a town's adjective names a district of the head's own region only
  // (neighbouring districts); one of another region is not read, as «в Киевском и Шевченковском районах» (a city's
  // districts) would be Kyiv. So the two regions of these lists are left to the head's.
  it('«Сумського та Харківського районів»: the head’s region only', () => {
    const facts = extractText('Ворог атакував дронами прикордоння Сумського та Харківського районів.', 'uk', at);
    assert.deepEqual(kinds(facts), ['strike UA-63']);
  });

  it('ru: «в Белгородском и Курском районах»: the head’s region only', () => {
    const facts = extractText('Беспилотники атаковали сёла в Белгородском и Курском районах.', 'ru', at);
    assert.deepEqual(kinds(facts), ['strike RU-KRS']);
  });

  // fixuk22: the review's «Харківського, у Сумському районі» never reached the rule (the «у» ends the list); a singular
  // head is one district's, so the adjective before its comma names nothing.
  it('negative: an adjective before a comma with no shared head names nothing («Харківського, Сумського району»)', () => {
    const facts = extractText('Після обстрілу Харківського, Сумського району пошкоджено будинок.', 'uk', at);
    assert.ok(
      facts.every((f) => f.region?.code !== 'UA-63' || f.kind !== 'damage'),
      JSON.stringify(kinds(facts)),
    );
  });
});
