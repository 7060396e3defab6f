// Twenty-second session (fixuk22): the review of uk22. Each text is invented, in the style of the General Staff's,
// the oblast administrations' and the channels' posts and of wire copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const kinds = (facts: Fact[]) => [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'}`))].sort();

describe('a land-war item of a list cancels only what a verb of striking placed nowhere before it (objectListFacts)', () => {
  for (const [lang, text, expected] of [
    // A toll's list is of its dead; a cause's noun governs no list of objects.
    [
      'uk',
      'Внаслідок ракетного удару по Краматорську загинули 3 цивільних, 2 бійці піхоти.',
      ['casualties UA-14', 'strike UA-14'],
    ],
    [
      'ru',
      'В результате удара дронов по Горловке погибли 2 мирных жителя, 3 бойца пехоты.',
      ['casualties UA-14', 'strike UA-14'],
    ],
    [
      'en',
      'Russian drones hit a bus in Kherson, killing two civilians, three infantry soldiers and a child.',
      ['casualties UA-65', 'strike UA-65'],
    ],
    // A noun with its weapon («ракетный удар») is no verb.
    ['ru', 'ВСУ нанесли ракетный удар по Донецку, 4 ракеты по позициям противника у Авдеевки.', ['strike UA-14']],
    // A verb's strike placed in an item before the land-war one stays.
    ['uk', 'Росіяни вдарили ракетами по Запоріжжю, 3 по позиціях ЗСУ біля Оріхова.', ['strike UA-23']],
    [
      'ru',
      'Ночью ВСУ атаковали беспилотниками Белгород, 3 дрона по позициям противника у Волчанска.',
      ['strike RU-BEL'],
    ],
    [
      'uk',
      'Сили оборони уразили нафтопереробний завод у Саратові, 2 райони зосередження живої сили та склад боєприпасів.',
      ['strike RU-SAR'],
    ],
    [
      'en',
      'Russian missiles struck a shopping centre in Kharkiv, two infantry positions near Kupiansk and a fuel depot.',
      ['strike UA-63'],
    ],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(kinds(extractText(text, lang, at)), expected);
    });
  }
});

describe('adjectives sharing a head noun take the head’s owner or its own kind of district (sharedHeadDistricts)', () => {
  for (const [lang, text, expected] of [
    ['ru', 'Беспилотник атаковал жилые дома в Приморском и Киевском районах Одессы.', ['strike UA-51']],
    [
      'uk',
      'Вночі ворог атакував дронами Одесу, пошкоджено будинки у Приморському та Київському районах Одеси.',
      ['damage UA-51', 'strike UA-51'],
    ],
    [
      'ru',
      'Ночью беспилотники атаковали Харьков, обломки упали в Киевском и Шевченковском районах.',
      ['debris UA-63', 'strike UA-63'],
    ],
    // The item owned by the city after the head is a district, not the town its adjective spells (Ленинск).
    ['ru', 'Беспилотник атаковал жилой дом в Ленинском и Кировском районах Донецка.', ['strike UA-14']],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(kinds(extractText(text, lang, at)), expected);
    });
  }
});

describe('a changed stem names a Ukrainian town by its name as written; a hromada is Ukraine’s (changedStemTown)', () => {
  for (const text of [
    'Вночі ворожий дрон атакував Іванівську громаду, пошкоджено будинок.',
    'У Дмитрівській громаді впали уламки збитого дрона.',
    'Вночі ворожий дрон атакував будинок у Павлівській громаді.',
    'Вночі ворожий дрон атакував будинок у Назарівській громаді.',
    'Вночі ворожий дрон атакував будинок у Саратівській громаді.',
    'Вночі ворожий дрон атакував будинок в Іванівському районі.',
    'Вночі дрон атакував будинок у Назарівському районі.',
  ]) {
    it(`negative: no Russian town: ${text}`, () => {
      const codes = extractText(text, 'uk', at).map((f) => f.region?.code ?? '-');
      assert.ok(
        codes.every((c) => !c.startsWith('RU-')),
        codes.join(' '),
      );
    });
  }

  for (const [text, region] of [
    ['Вночі безпілотник влучив у ферму в Межівській громаді.', 'UA-12'],
    ['Вночі безпілотник влучив у ферму в Селидівській громаді.', 'UA-14'],
    ['Вночі безпілотник влучив у ферму в Сватівському районі.', 'UA-09'],
    ['Вночі безпілотник влучив у ферму в Курахівській громаді.', 'UA-14'],
    ['Вночі безпілотник влучив у ферму в Білопільській громаді.', 'UA-59'],
    ['Вночі безпілотник влучив у ферму на Лозівщині.', 'UA-63'],
  ] as const) {
    it(`still read: ${text}`, () => {
      assert.deepEqual([...new Set(extractText(text, 'uk', at).map((f) => f.region?.code ?? '-'))], [region]);
    });
  }
});

describe('a Russian town in -жск keeps its plain reading', () => {
  it('«во Всеволожском районе» is Leningrad Oblast', () => {
    const facts = extractText('Беспилотник атаковал жилой дом во Всеволожском районе.', 'ru', at);
    assert.deepEqual(kinds(facts), ['strike RU-LEN']);
  });
});
