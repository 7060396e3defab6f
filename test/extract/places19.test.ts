// Places real texts name and the gazetteer did not place (issue 8, nineteenth session). Texts are ours, in the style
// of real posts and headlines; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { findDistricts, findFacilityTowns } from '../../src/extract/common/districts.ts';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { extractText } from '../helpers/extract-text.ts';

const towns = (text: string) =>
  [...findDistricts(text), ...findFacilityTowns(text)].map((p) => [p.text, p.code] as [string, string]);
const regions = (facts: Fact[]) => facts.map((f) => f.region?.code ?? null);

describe('a town whose name ends in -ц(ь)к or -ець keeps the ц in its adjective', () => {
  it('«Донецького аеропорту», «Донецкому аэропорту», «Липецькому аеродромі»', () => {
    assert.deepEqual(towns('Дрони атакували склад на території Донецького аеропорту'), [['Донецького', 'UA-14']]);
    assert.deepEqual(towns('Удар пришёлся по Донецкому аэропорту'), [['Донецкому', 'UA-14']]);
    assert.deepEqual(towns('Пожежа на Липецькому аеродромі після атаки'), [['Липецькому', 'RU-LIP']]);
  });

  it('«Марганецької громади» is Marhanets', () => {
    assert.deepEqual(towns('Ворог обстріляв села Марганецької громади'), [['Марганецької громади', 'UA-12']]);
  });

  it('a strike headline takes the town of the adjective', () => {
    const facts = extractText('Вибухи на Липецькому аеродромі: троє поранених', 'uk', '2024-05-10T12:00:00+03:00');
    assert.ok(regions(facts).includes('RU-LIP'), JSON.stringify(regions(facts)));
  });

  it('«Кременчуцький» is still Кременчук', () => {
    assert.deepEqual(towns('У Кременчуцькому районі пошкоджено лінію'), [['Кременчуцькому районі', 'UA-53']]);
  });
});

describe("a two-word town's compound adjective names the town", () => {
  it('«Павлово-Посадском городском округе» is Pavlovsky Posad, Moscow Oblast', () => {
    assert.deepEqual(towns('В Павлово-Посадском городском округе сбит беспилотник'), [
      ['Павлово-Посадском городском округе', 'RU-MOS'],
    ]);
  });

  it('«Новокаховского округа», «Новокаховської громади» are Nova Kakhovka', () => {
    assert.deepEqual(towns('Глава Новокаховского округа сообщил об ударе дрона'), [['Новокаховского округа', 'UA-65']]);
    assert.deepEqual(towns('Обстріл Новокаховської громади'), [['Новокаховської громади', 'UA-65']]);
  });

  it('«на Великоновоселковском направлении», «Великоновосілківському напрямку» are Velyka Novosilka', () => {
    assert.deepEqual(towns('Удар по складу на Великоновоселковском направлении'), [['Великоновоселковском', 'UA-14']]);
    assert.deepEqual(towns('Бої на Великоновосілківському напрямку'), [['Великоновосілківському', 'UA-14']]);
  });

  it('an adjective with -о- that joins no town names none', () => {
    // Each ends in -ском, so each is split at its -о- and tried as two words.
    assert.deepEqual(towns('в Кривоболотском районе города'), []);
    assert.deepEqual(towns('на Южнодонском направлении'), []);
    assert.deepEqual(towns('на Крупноколёсовском заводе'), []);
  });

  it('a compound that joins only a village names none («Новоіванівському»: Nova Ivanivka has 2,000 people)', () => {
    assert.deepEqual(towns('Бої на Новоіванівському напрямку'), []);
  });
});

describe('a district named by a town in -ка or in the plural', () => {
  it('«Каховського району», «Авдіївському напрямку» drop the -ка of Каховка, Авдіївка', () => {
    assert.deepEqual(towns('Обстріли сіл Каховського району'), [['Каховського району', 'UA-65']]);
    assert.deepEqual(towns('Бої на Авдіївському напрямку тривають'), [['Авдіївському', 'UA-14']]);
  });

  it('«Василівському районі» is the town Василівка, not the village Василів of another region', () => {
    assert.deepEqual(towns('У Василівському районі пошкоджено школу'), [['Василівському районі', 'UA-23']]);
  });

  it('«Ровеньковском районе» is Ровеньки (a name in the plural takes -ов-)', () => {
    assert.deepEqual(towns('Взрывы в Ровеньковском районе'), [['Ровеньковском районе', 'UA-09']]);
  });

  it('a village that only the -ка reading fits names no district («Мирівської громади»)', () => {
    assert.deepEqual(towns('Обстріл Мирівської громади'), []);
  });

  it('keeping the ц names a town of some size only («Висоцької громади» is not the small Высоцк)', () => {
    assert.deepEqual(towns('Обстріл Висоцької громади'), []);
  });

  it('a -ка reading that several towns of comparable size share is left unplaced («Олександрівському районі»)', () => {
    assert.deepEqual(towns('В Олександрівському районі пошкоджено лінію'), []);
  });

  it('one town far bigger than its namesake keeps the name («Костянтинівському напрямку» is Donetsk’s)', () => {
    assert.deepEqual(towns('Бої на Костянтинівському напрямку'), [['Костянтинівському', 'UA-14']]);
  });

  it('the plain readings keep their order: the first that names a town wins, not the biggest', () => {
    assert.deepEqual(towns('в Александровском районе'), [['Александровском районе', 'RU-PER']]);
    assert.deepEqual(towns('в Константиновском районе'), [['Константиновском районе', 'RU-ROS']]);
    assert.deepEqual(towns('на Орловском направлении'), [['Орловском', 'RU-KIR']]);
  });

  it('«Белокалитвинском районе» is Белая Калитва (-ин- for the -а of the second word)', () => {
    assert.deepEqual(towns('В Белокалитвинском районе упал беспилотник'), [['Белокалитвинском районе', 'RU-ROS']]);
  });
});

describe('a town the report names by its front or facility counts as a region it names', () => {
  it('a village of another region beside it is a namesake the source lacks', () => {
    const text = 'Дрон поразил технику у села Богатырь, сообщили военные';
    assert.deepEqual(
      findPlaces(text).map((p) => p.code),
      ['RU-SAM'],
    );
    assert.deepEqual(
      findPlaces(text, undefined, () => new Set(['UA-14'])),
      [],
    );
    // A district the report names elsewhere drops no village.
    assert.deepEqual(
      findPlaces(text, new Set(['UA-14'])).map((p) => p.code),
      ['RU-SAM'],
    );
  });

  it('named in another sentence, a facility or a front drops no village of another region', () => {
    const a = extractText(
      'Росіяни обстріляли село Чулаківка, поранено жінку. Також уражено Саратовський НПЗ.',
      'uk',
      '2024-06-10T12:00:00+03:00',
    );
    assert.deepEqual(regions(a.filter((f) => f.kind === 'casualties')), ['UA-65']);
    const b = extractText(
      'Российские войска обстреляли Бехтеры, ранена женщина. Бои продолжаются на Покровском направлении.',
      'ru',
      '2024-06-10T12:00:00+03:00',
    );
    assert.deepEqual(regions(b), ['UA-65', 'UA-65']);
  });

  it('a village name that several regions share, none of them the front’s, is left to the front', () => {
    const facts = extractText(
      'Ворог обстріляв Павлівку на Покровському напрямку, поранено чоловіка.',
      'uk',
      '2024-06-10T12:00:00+03:00',
    );
    assert.deepEqual(regions(facts), ['UA-14', 'UA-14']);
  });

  it("the strike takes the front's town, not the village of another region", () => {
    const facts = extractText(
      'Дрон поразил склад горючего у села Богатырь на Великоновоселковском направлении.',
      'ru',
      '2024-06-10T12:00:00+03:00',
    );
    const codes = regions(facts);
    assert.ok(codes.includes('UA-14') && !codes.includes('RU-SAM'), JSON.stringify(codes));
  });
});

describe('region names in the forms real texts write them', () => {
  const codes = (text: string) => findPlaces(text).map((p) => [p.text, p.code]);

  it('a Ukrainian region by its administration, «Харківської ОВА», «Запорізька ОДА»', () => {
    assert.deepEqual(codes('Голова Харківської ОВА повідомив про удар'), [['Харківської ОВА', 'UA-63']]);
    assert.deepEqual(codes('Запорізька ОДА уточнює дані'), [['Запорізька ОДА', 'UA-23']]);
    assert.deepEqual(codes('Днепропетровской ОВА сообщили'), [['Днепропетровской ОВА', 'UA-12']]);
  });

  it('a region by its military administration spelled out, in any case', () => {
    assert.deepEqual(codes('Глава Запорожской военной администрации сообщил о раненых'), [
      ['Запорожской военной администрации', 'UA-23'],
    ]);
    assert.deepEqual(codes('Как сообщил глава Одесской областной военной администрации'), [
      ['Одесской областной военной администрации', 'UA-51'],
    ]);
    assert.deepEqual(codes('Сумська обласна військова адміністрація повідомила'), [
      ['Сумська обласна військова адміністрація', 'UA-59'],
    ]);
  });

  it('a name with a dashed tail, written with a hyphen: «Республики Северная Осетия-Алания»', () => {
    assert.deepEqual(codes('5 БпЛА – над территорией Республики Северная Осетия-Алания.'), [
      ['Республики Северная Осетия-Алания', 'RU-SE'],
    ]);
  });

  it('English that transliterates the adjective whole: "Kharkivska oblast", "Belgorodskaya oblast"', () => {
    assert.deepEqual(codes('Shelling in Kharkivska oblast overnight'), [['Kharkivska oblast', 'UA-63']]);
    assert.deepEqual(codes('Drones downed over Belgorodskaya Oblast'), [['Belgorodskaya Oblast', 'RU-BEL']]);
    assert.deepEqual(codes('A strike in Krasnodarsky krai'), [['Krasnodarsky krai', 'RU-KDA']]);
    // Not the Stavropol village Kurskaya, whose name is the region's adjective.
    assert.deepEqual(codes('Two drones over Kurskaya oblast'), [['Kurskaya oblast', 'RU-KRS']]);
  });
});

describe('a weapon right after a place that holds, bases or makes it is the target, not what struck', () => {
  const weapons = (text: string, lang: 'uk' | 'ru') =>
    extractText(text, lang, '2024-06-10T12:00:00+03:00').map((f) => [f.kind, f.region?.code ?? null, f.weapon]);

  it('«вразили базу безпілотників у Донецьку»: a strike of Donetsk, no weapon', () => {
    assert.deepEqual(weapons('Сили оборони вразили базу безпілотників у Донецьку.', 'uk'), [['strike', 'UA-14', null]]);
    assert.deepEqual(weapons('Армия нанесла удар по базе беспилотников в Донецке.', 'ru'), [['strike', 'UA-14', null]]);
  });

  it('the drones that struck stay: «атакувала базу дронами», «Дрони атакували підприємство з виробництва БпЛА»', () => {
    assert.deepEqual(weapons('Росія атакувала базу дронами у Вінниці.', 'uk'), [['strike', 'UA-05', 'uav']]);
    assert.deepEqual(weapons('Дрони атакували підприємство з виробництва БпЛА у Таганрозі.', 'uk'), [
      ['strike', 'RU-ROS', 'uav'],
    ]);
  });
});

describe('one aircraft model told twice, once with a front that names its place', () => {
  it('«На Донецькому напрямку збито Су-25. Су-25 збили зенітники»: one aircraft, of Donetsk', () => {
    const facts = extractText(
      'Сьогодні на Донецькому напрямку збито ворожий літак Су-25. Су-25 збили зенітники 110 бригади.',
      'uk',
      '2024-06-10T12:00:00+03:00',
    ).filter((f) => f.kind === 'interception');
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.region?.code, 'UA-14');
  });

  it('«Ще один Су-25»: another aircraft of the model is a second aircraft, not the first told again', () => {
    const facts = extractText(
      'На Донецькому напрямку збито літак Су-25. Ще один Су-25 збили сьогодні вранці.',
      'uk',
      '2024-06-10T12:00:00+03:00',
    ).filter((f) => f.kind === 'interception');
    assert.equal(facts.length, 2);
  });

  it('two places are two aircraft', () => {
    const facts = extractText(
      'На Донецькому напрямку збито літак Су-25. На Куп’янському напрямку збито літак Су-25.',
      'uk',
      '2024-06-10T12:00:00+03:00',
    ).filter((f) => f.kind === 'interception');
    assert.equal(facts.length, 2);
  });
});
