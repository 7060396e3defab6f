// Shapes of real Ukrainian Telegram posts (issue 8, uk-telegram-unlp2025): news channels, regional administrations,
// air commands. Texts are ours, written in those shapes; each test names the general rule. How the rules add up on
// the real posts is measured by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T06:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const brief = (facts: Fact[]) =>
  facts.map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? null] as const);

describe('strike verbs in the past tense of every subject', () => {
  it('«поцілили» with a plural subject aims at the place after its preposition', () => {
    const facts = extract('Вранці російські дрони поцілили у нафтобазу в Феодосії.');
    assert.deepEqual(brief(facts), [['strike', 'UA-43', 'uav', null]]);
  });

  it('«поцілили» with the weapon after the verb takes its count', () => {
    const facts = extract('По Покровську поцілили чотири ракети Х-59.');
    assert.deepEqual(brief(facts), [['strike', 'UA-14', 'missile', 4]]);
  });

  it('«вдарила» with a feminine subject («армія») strikes the region it names', () => {
    const facts = extract('Російська армія знову вдарила по Сумщині артилерією.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-59']],
    );
  });

  it('the same verb with no place or target says nothing', () => {
    assert.deepEqual(extract('Він влучно поцілив у десятку на змаганнях.'), []);
  });
});

describe('missiles of a class the report names only where no fact was read', () => {
  it('«ракети» counted after a sentence that names Kh-101 from the sea are cruise missiles', () => {
    const facts = extract(
      'Згодом із району Каспійського моря ворог атакував ракетами повітряного базування, імовірно Х-555/Х-101.\n' +
        '5 ракет було знищено над Вінниччиною.',
    );
    const downed = facts.find((f) => f.kind === 'interception');
    assert.equal(downed?.weapon, 'cruise_missile');
    assert.equal(downed?.count?.value, 5);
    assert.equal(downed?.fields.weapon?.inferred, true, 'the class is read from context');
  });

  it('a named model of the plain missile class (Kh-59) among them leaves «ракети» as they are', () => {
    const facts = extract(
      'Ворог випустив ракети Х-59 та крилаті ракети Х-101 з акваторії Чорного моря.\n' +
        '5 ракет було знищено над Одещиною.',
    );
    const downed = facts.find((f) => f.kind === 'interception' && f.weapon_model === null);
    assert.notEqual(downed?.weapon, 'cruise_missile');
  });

  it('two classes named (cruise and ballistic) leave «ракети» as they are', () => {
    const facts = extract(
      'Противник запустив крилаті ракети та балістичні ракети з Криму.\n4 ракети було знищено над Херсонщиною.',
    );
    const downed = facts.find((f) => f.kind === 'interception');
    assert.equal(downed?.weapon, 'missile');
  });
});

describe('strikes on a list of settlements (the General Staff day summary)', () => {
  const regions = (facts: Fact[]) =>
    facts
      .filter((f) => f.kind === 'strike')
      .map((f) => f.region?.code)
      .sort();

  it('«обстрілів зазнали N населених пунктів, зокрема, …»: one strike per region of the names, no count', () => {
    const facts = extract(
      'Мінометних обстрілів зазнали понад 15 населених пунктів, зокрема, Степове, Гуляйполе, Оріхів Запорізької області та Марганець Дніпропетровської області.',
    );
    assert.deepEqual(regions(facts), ['UA-12', 'UA-23']);
    assert.ok(
      facts.every((f) => f.count === null),
      'the number counts settlements, not strikes',
    );
  });

  it('the region right after the settlement noun, then «серед них» and the towns', () => {
    const facts = extract(
      'Мінометних обстрілів зазнали близько 15 населених пунктів Херсонської області, серед них Білозерка та Каховщина.',
    );
    assert.deepEqual(regions(facts), ['UA-65']);
  });

  it('«під обстріли потрапили N населених пунктів» of regions named without their noun each', () => {
    const facts = extract('Під обстріли потрапили понад 40 населених пунктів Сумської та Харківської областей.');
    assert.deepEqual(regions(facts), ['UA-59', 'UA-63']);
  });

  it('settlements that are only the topic (liberated, rebuilt) are no target', () => {
    assert.deepEqual(
      extract('Наші воїни звільнили 12 населених пунктів, зокрема, Кліщіївку Донецької області.').filter(
        (f) => f.kind === 'strike',
      ),
      [],
    );
    assert.deepEqual(
      extract(
        'Обстрілів зазнали позиції наших військ поблизу населених пунктів, а Запорізька ОВА відновлює житло.',
      ).filter((f) => f.kind === 'strike' && f.region?.code === 'UA-23'),
      [],
    );
  });
});

describe('damage that names neither what nor where', () => {
  it('an abstract «руйнування» in an opinion post about attacks is no fact', () => {
    const facts = extract(
      'Агресор продовжує масові атаки, а світ мовчки дивиться на руйнування всього порядку безпеки.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'damage'),
      [],
    );
  });

  it('«інформація про руйнування не надходила» after a national tally is no damage', () => {
    const facts = extract(
      'Вночі противник атакував 25 ударними БпЛА. Збито 19 дронів. Інформація про руйнування та поранених не надходила.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'damage'),
      [],
    );
    assert.ok(facts.some((f) => f.kind === 'interception'));
  });

  it('damage with its object, or with its place, stays', () => {
    const facts = extract('Вночі дрони атакували Суми. Пошкоджено два приватні будинки.');
    assert.ok(facts.some((f) => f.kind === 'damage' && f.object !== null));
    const placed = extract('Ворог атакував Харків дронами. Є руйнування.');
    assert.ok(placed.some((f) => f.kind === 'damage' && f.region?.code === 'UA-63'));
  });
});

describe('a destroyed target followed by an uncounted weapon word', () => {
  it('the weapon as the means («внаслідок ракетного удару») leaves the target a strike and damage', () => {
    const facts = extract('Повідомляють про знищення складу пального в Джанкої внаслідок ракетного удару.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code ?? null]),
      [
        ['strike', 'UA-43'],
        ['damage', 'UA-43'],
      ],
    );
  });

  it('the weapon naming the target’s kind («пункт управління БпЛА») is no drone shot down', () => {
    const facts = extract('На аеродромі Саки знищено пункт управління БпЛА.');
    assert.ok(!facts.some((f) => f.kind === 'interception'));
    assert.ok(facts.some((f) => f.kind === 'damage' && f.region?.code === 'UA-43'));
  });

  it('a counted weapon after the target is still what was shot down', () => {
    const facts = extract('Над Херсонщиною знищено склад і 4 безпілотники.');
    assert.deepEqual(brief(facts), [['interception', 'UA-65', 'uav', 4]]);
  });
});

describe('who says so in a headline: outlets, bodies and a surname alone', () => {
  const claimants = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.name ?? null, f.claimant?.role ?? null]);

  it('an outlet named after the closing dash is the media', () => {
    const facts = extract('Після атаки дронів порт Новоросійська зупинив відвантаження нафти, – Reuters.');
    assert.deepEqual(claimants(facts), [['strike', null, 'media']]);
  });

  it('«ВВС України» and «Служба безпеки України» speak as the air force and an official body', () => {
    const air = extract('ВВС України заявили про знищення радара в Криму.');
    assert.ok(air.length > 0 && air.every((f) => f.claimant?.role === 'air_force'));
    const sbu = extract('Служба безпеки України заявила, що вночі дрони атакували нафтобазу в Брянську.');
    assert.deepEqual(claimants(sbu), [['strike', null, 'official']]);
  });

  it('a surname alone before a verb of saying is the speaker, in Ukrainian and in Russian', () => {
    const uk = extract('Ворог знищив підстанцію у Харкові: Синєгубов попередив про нові відключення.');
    assert.ok(uk.length > 0 && uk.every((f) => f.claimant?.name === 'Синєгубов'));
    const p = prepareReport(
      new TextEncoder().encode('Рогов сообщил об ударе ВСУ по трансформаторной подстанции в Васильевке.'),
      {
        input: 'test',
        published: '2025-03-10T06:00:00+02:00',
        lang: 'ru',
        now: new Date('2025-03-10T06:00:00+02:00'),
      },
    );
    assert.ok(p.ok);
    assert.deepEqual(claimants(p.facts), [['strike', 'Рогов', null]]);
  });

  it('a plural common noun before the verb is nobody’s name', () => {
    const facts = extract('Очевидці повідомили про удар по нафтобазі в Бердянську.');
    assert.deepEqual(claimants(facts), [['strike', null, null]]);
  });
});

describe('a person named by age or trade in a casualty line', () => {
  const casualties = (facts: Fact[]) =>
    facts.filter((f) => f.kind === 'casualties').map((f) => [f.region?.code ?? null, f.casualties]);

  it('one child or one energy worker injured is one injured', () => {
    assert.deepEqual(casualties(extract('Окупанти обстріляли Нікополь, поранено дитину.')), [
      ['UA-12', { killed: null, injured: 1, children_killed: null, children_injured: 1 }],
    ]);
    assert.deepEqual(casualties(extract('Росіяни атакували дроном підстанцію на Сумщині: поранено енергетика.')), [
      ['UA-59', { killed: null, injured: 1, children_killed: null, children_injured: null }],
    ]);
  });

  it('the plural gives no count of its own', () => {
    const facts = extract('Окупанти обстріляли Нікополь, серед поранених є діти.');
    assert.ok(!facts.some((f) => f.kind === 'casualties' && f.casualties?.injured === 1));
  });
});

describe('the regions of an air force summary: where some struck, not where the whole tally was made', () => {
  const placed = (facts: Fact[]) =>
    facts.map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? null, f.hit?.value ?? null]);

  it('one region in the hit statement is a strike there; the national tally keeps the hits and no region', () => {
    const facts = extract(
      'У ніч на 5 березня противник атакував 90 ударними БпЛА із напрямків: Брянськ, Курськ – рф.\n' +
        'За попередніми даними, протиповітряною обороною збито/подавлено 70 ворожих БпЛА.\n' +
        'Зафіксовано влучання 18 ударних БпЛА в Черкаській області.',
    );
    assert.deepEqual(placed(facts), [
      ['interception', null, 'uav', 70, 18],
      ['strike', 'UA-71', 'uav', null, null],
    ]);
  });

  it('«влучання … по всій країні, зокрема у Житомирі»: the named city is struck, the tally stays national', () => {
    const facts = extract(
      'Вдень ворог атакував Україну ударними БпЛА, частина з них – у напрямку Житомира.\n' +
        'Протиповітряній обороні вдалося збити понад 30 БпЛА.\n' +
        'Зафіксовано влучання ударних БпЛА по житлових будинках в різних регіонах країни.\n' +
        'Зокрема – влучання БпЛА по складу у місті Житомир.',
    );
    const downed = facts.find((f) => f.kind === 'interception');
    assert.equal(downed?.region, null, 'the city drones flew towards is not where they were shot down');
    assert.ok(facts.some((f) => f.kind === 'strike' && f.region?.code === 'UA-18'));
  });

  it('the launch areas of a model list («райони пусків – …») place nothing told after them', () => {
    const facts = extract(
      'У ніч на 5 березня противник атакував ракетами та БпЛА.\n' +
        '- 4 крилаті ракети Х-101 (райони пусків – Саратовська обл., рф);\n' +
        '- 60 ударних БпЛА типу Shahed.\n' +
        'Збито/подавлено 50 цілей.\n' +
        'Зафіксовано падіння збитих (уламки) на 5 локаціях.',
    );
    const debris = facts.find((f) => f.kind === 'debris');
    assert.ok(debris);
    assert.equal(debris.region, null);
  });
});

describe('«бавовна», the euphemism for a blast', () => {
  it('is an explosion where the post places it', () => {
    const facts = extract('Уночі знову «бавовна» у тимчасово окупованій Феодосії.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code ?? null]),
      [['explosion', 'UA-43']],
    );
  });

  it('told nowhere it is a figure of speech, not an incident', () => {
    assert.deepEqual(extract('Найкраща відповідь окупантам – це бавовна.'), []);
  });
});

describe('a headline closed by an official’s surname alone', () => {
  it('«…, - Мадяр»: the officials data knows the name, so the tail is the speaker', () => {
    const facts = extract('Дрони СБС уразили нафтоперекачувальну станцію в Брянській області, - Мадяр');
    assert.ok(facts.length > 0);
    for (const f of facts) assert.deepEqual([f.claimant?.name, f.claimant?.role], ['Мадяр', 'official']);
  });

  it('an unknown capitalised word there is no speaker', () => {
    const facts = extract('Дрони уразили нафтоперекачувальну станцію в Брянській області, - Дружба');
    for (const f of facts) assert.equal(f.claimant?.name ?? null, null);
  });
});

describe('a headline closed by its speaker speaks for the post', () => {
  const speakers = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.role ?? null]);

  it('«…, - Харківська ОВА» over the body: the body sentences that name no one take the headline speaker', () => {
    const facts = extract(
      'Ворог обстріляв 12 населених пунктів області, - Харківська ОВА\nВночі окупанти атакували Куп’янськ 5 дронами.\nПошкоджено два приватні будинки.',
    );
    assert.ok(facts.length >= 2);
    assert.ok(facts.every((f) => f.claimant?.role === 'military_administration'));
  });

  it('the tail may stand on a line of its own under the headline («\\n, – Reuters»)', () => {
    const facts = extract(
      'Росія готує нову хвилю ударів по енергетиці\n, – Reuters.\nМинулої ночі дрони атакували Полтаву.',
    );
    assert.deepEqual(speakers(facts.filter((f) => f.kind === 'strike')), [['strike', 'media']]);
  });

  it('a dash speaker in the body, after a blank line, speaks only for its own sentence', () => {
    const facts = extract(
      'Тривожна ніч\n\nУ Полтаві збито дрон, - ЗМІ.\n\nУламки пошкодили будинок у Полтаві. Мешканців евакуювали. Рятувальники працюють на місці.',
    );
    assert.equal(facts.find((f) => f.kind === 'interception')?.claimant?.role, 'media');
    const damage = facts.find((f) => f.kind === 'damage');
    assert.ok(damage);
    assert.equal(damage.claimant, null);
  });
});

describe('a briefing or an address speaks for its post', () => {
  it('«Брифінг … Олександра Вілкула» over a post gives its unattributed facts to that official, by his surname', () => {
    const facts = extract(
      'Брифінг голови міської Ради оборони Олександра Вілкула за підсумками тижня\n' +
        'Вдень ворог атакував дронами Нікополь. Пошкоджено два будинки.',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) {
      assert.equal(f.claimant?.name, 'Вілкул');
      assert.equal(f.claimant?.role, 'military_administration');
      assert.equal(f.fields.claimant?.inferred, true);
      assert.equal(f.fields.claimant?.text, 'Олександра Вілкула');
    }
  });

  it('«Звернення Володимира Зеленського …» closing the post names him in the nominative', () => {
    const facts = extract(
      'Сьогодні вранці російська ракета влучила в житловий будинок у Запоріжжі.\n' +
        'Звернення Володимира Зеленського до українців наприкінці дня.',
    );
    assert.deepEqual(
      facts.map((f) => f.claimant?.name),
      facts.map(() => 'Зеленський'),
    );
  });

  it('a sentence that attributes its fact keeps its own speaker; a name the data does not know speaks for nothing', () => {
    const own = extract(
      'Брифінг Олександра Вілкула за підсумками дня\nЗа даними Генштабу, ворог обстріляв Нікополь з артилерії.',
    );
    assert.equal(own[0]?.claimant?.role, 'official');
    assert.equal(own[0]?.claimant?.name, null);
    const unknown = extract('Брифінг Івана Петренка за підсумками дня\nВорог обстріляв Нікополь з артилерії.');
    assert.equal(unknown[0]?.claimant, null);
  });
});

describe('prosecutors and the police tell what they recorded', () => {
  it('«За даними слідства …» (the investigation, the prosecutors and the police) is official', () => {
    const facts = extract('За даними слідства, вночі окупанти обстріляли м. Нікополь з артилерії.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code, f.claimant?.role]),
      [['strike', 'UA-12', 'official']],
    );
  });

  it('«не постраждали» is nobody killed or injured', () => {
    const facts = extract('Ворог обстріляв Нікополь з артилерії. Мешканці міста не постраждали.');
    const toll = facts.find((f) => f.kind === 'casualties');
    assert.deepEqual(toll?.casualties, { killed: 0, injured: 0, children_killed: null, children_injured: null });
  });
});

describe('rockets, burning, repairs and the words around them', () => {
  it('«РСЗВ-обстріли» are strikes by rockets', () => {
    const facts = extract('Ворог здійснив 9 РСЗВ-обстрілів по Оріхову.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code, f.weapon]),
      [['strike', 'UA-23', 'rocket']],
    );
  });

  it('a verb of burning is a fire when the sentence names what burns, and none in a cheer', () => {
    const facts = extract('Вночі на нафтобазі в Одесі палає резервуар після удару дрона.');
    assert.ok(facts.some((f) => f.kind === 'fire' && f.region?.code === 'UA-51'));
    assert.deepEqual(
      extract('Дрони уразили танк. Хай ворог палає!').map((f) => f.kind),
      ['strike'],
    );
  });

  it('power restored after an attack is no power cut', () => {
    const facts = extract('Вночі ворог атакував Харків дронами. Вранці відновлено електропостачання у Харкові.');
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['strike'],
    );
  });

  it('«мережі» (networks) damaged names no mayor', () => {
    const facts = extract('Ворог обстріляв Херсон з артилерії. Пошкоджено мережі газопостачання.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.claimant]),
      [
        ['strike', null],
        ['damage', null],
      ],
    );
  });

  it('a strike verb with no place still tells an attack: the casualties after it stay', () => {
    const facts = extract('Лише за минулу добу ворог 18 разів обстріляв громаду. Двоє цивільних травмовані.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.casualties]),
      [['casualties', { killed: null, injured: 2, children_killed: null, children_injured: null }]],
    );
  });
});

describe('a namesake in a list of one region’s towns', () => {
  it('«Кам’янського» among Zaporizhzhia villages is not Kamianske of Dnipropetrovsk', () => {
    const facts = extract('Ворог обстріляв райони Гуляйполя, Малої Токмачки, Оріхова та Кам’янського.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-23']],
    );
  });

  it('a list of towns each of another region keeps them all', () => {
    const facts = extract('Ворог обстріляв Харків, Херсон та Кам’янське.');
    assert.deepEqual(
      facts.map((f) => f.region?.code),
      ['UA-63', 'UA-65', 'UA-12'],
    );
  });

  it('Гуляйполе declines as the noun «поле»: «по Гуляйполю», «у Гуляйполі»', () => {
    const facts = extract('Вночі окупанти вдарили по Гуляйполю. У Гуляйполі пошкоджено будинок.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [
        ['strike', 'UA-23'],
        ['damage', 'UA-23'],
      ],
    );
  });
});

describe('one missile told by its case', () => {
  it('«ракети» right after a noun of hitting is one missile; before a verb it is the plural', () => {
    const one = extract('Внаслідок удару російської ракети по Одесі пошкоджено будинок.');
    assert.deepEqual(
      one.filter((f) => f.kind === 'strike').map((f) => [f.region?.code, f.weapon, f.count?.value ?? null]),
      [['UA-51', 'missile', 1]],
    );
    const many = extract('Над Одесою ракети збито силами ППО.');
    assert.ok(many.every((f) => f.count?.value !== 1));
  });
});

describe('an attack noun aimed at a target', () => {
  it('«Удар дрона по підстанції» is one drone: the weapon’s singular counts; «Удари дронів» give no count', () => {
    assert.deepEqual(brief(extract('Удар дрона по підстанції в Сумах.')), [['strike', 'UA-59', 'uav', 1]]);
    assert.deepEqual(brief(extract('Удари дронів по підстанції в Сумах.')), [['strike', 'UA-59', 'uav', null]]);
  });

  it('«артобстріли» are shelling, the same noun as «обстріли»', () => {
    const facts = extract(
      '58 артобстрілів прийшлися по території прифронтових сіл та селищ, зокрема Гуляйполя та Оріхова.',
    );
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-23']],
    );
  });
});

describe('a number before a noun of attacking counts the strikes (tenth session)', () => {
  it('adjectives may stand between the number and the noun', () => {
    const facts = extract('Протягом доби противник завдав 4 авіаційних удари по Сумах.');
    assert.deepEqual(brief(facts), [['strike', 'UA-59', null, 4]]);
  });

  it('the noun with its preposition («артобстріли прийшлися по …») takes the number before it', () => {
    const facts = extract('57 артобстрілів прийшлося по території Гуляйполя.');
    assert.deepEqual(brief(facts), [['strike', 'UA-23', null, 57]]);
  });

  it('so it does where the sentence names what was hit and no weapon («по території прифронтових сіл»)', () => {
    const facts = extract(
      '36 артобстрілів прийшлися по території прифронтових сіл та селищ, зокрема Оріхова та Гуляйполя.',
    );
    assert.deepEqual(brief(facts), [['strike', 'UA-23', null, 36]]);
  });

  it('a count over several named regions stays on the header, the regions uncounted', () => {
    const facts = extract(
      'Зафіксовано 31 ворожий обстріл із реактивних систем залпового вогню, зокрема, по житлових будинках Сумської та Чернігівської областей.',
    );
    assert.deepEqual(brief(facts), [
      ['strike', null, 'rocket', 31],
      ['strike', 'UA-59', 'rocket', null],
      ['strike', 'UA-74', 'rocket', null],
    ]);
  });

  it('a number that is not right before the noun counts something else', () => {
    const facts = extract('Внаслідок ворожого обстрілу по Херсону поранено 3 людей.');
    assert.ok(facts.every((f) => f.kind !== 'strike' || f.count === null));
  });

  it('«від удару російської ракети»: the genitive singular after the noun of hitting is one missile', () => {
    const facts = extract('Троє людей загинули від удару російської ракети по багатоповерхівці в Запоріжжі.');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.deepEqual(strike && [strike.region?.code, strike.weapon, strike.count?.value], ['UA-23', 'missile', 1]);
  });
});

describe('weapon words in all their forms (tenth session)', () => {
  it('the full name of a drone in the instrumental plural is the weapon launched', () => {
    const facts = extract('Противник атакував Суми трьома безпілотними літальними апаратами, два з них знищено.');
    assert.ok(facts.some((f) => f.kind === 'interception' && f.weapon === 'uav'));
  });

  it('its singular cases and «дрону» count one', () => {
    const one = extract('Над Черкащиною знищено безпілотний літальний апарат.');
    assert.deepEqual(brief(one), [['interception', 'UA-71', 'uav', 1]]);
    const debris = extract('Уламки збитого дрону впали на Вінницю.');
    assert.deepEqual(brief(debris.filter((f) => f.kind === 'interception')), [['interception', 'UA-05', 'uav', 1]]);
  });

  it('«Шахід» is the Shahed', () => {
    const facts = extract('Над Одещиною знищено 9 ударних БпЛА типу «Шахід».');
    assert.deepEqual(
      facts.map((f) => [f.weapon, f.weapon_model, f.count?.value]),
      [['uav', 'Shahed', 9]],
    );
  });
});

describe('attacks named as the cause of the harm (tenth session)', () => {
  it('a plural attack noun after «від» or «внаслідок», with harm told, is the strike on the place', () => {
    const facts = extract('Від авіаційних ударів постраждало місто Куп’янськ.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike').map((f) => f.region?.code),
      ['UA-63'],
    );
  });

  it('a name between the preposition and the noun is no cause («через Крим після атак»)', () => {
    const facts = extract('Партизани помітили перевезення пального через Крим після ударів дронів на НПЗ.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike'),
      [],
    );
  });
});

describe('speakers named by a phrase of reporting (eleventh session)', () => {
  const speakers = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.name ?? null, f.claimant?.role ?? null]);

  it('«За повідомленням …» before the body attributes its sentence to it', () => {
    const facts = extract('За повідомленням Генштабу, вночі ворог обстріляв Херсонщину з артилерії.');
    assert.deepEqual(speakers(facts), [['strike', null, 'official']]);
  });

  it('«з посиланням на …» gives the quoted source, not the outlet that quotes it', () => {
    const facts = extract('Над Полтавщиною збито 6 ударних БпЛА, повідомляє Укрінформ з посиланням на Повітряні сили.');
    assert.deepEqual(speakers(facts), [['interception', null, 'air_force']]);
  });

  it('an issuance («видання паспортів») or a greeting («передає привіт») names no speaker', () => {
    assert.deepEqual(speakers(extract('Уночі в Харкові пролунали вибухи. Видання паспортів призупинено.')), [
      ['explosion', null, null],
    ]);
  });

  it('local public channels that tell of blasts are media', () => {
    const facts = extract('У Рівному місцеві пабліки повідомляють про гучні вибухи.');
    assert.deepEqual(speakers(facts), [['explosion', null, 'media']]);
  });

  it('a plain verb of saying after the name («зазначив») attributes as «повідомив» does', () => {
    const facts = extract('Вночі над областю збито 3 ракети, зазначив Іван Коваленко.');
    assert.deepEqual(
      facts.map((f) => f.claimant?.name),
      ['Іван Коваленко'],
    );
  });
});

describe('damage told in passing is no damage (eleventh session)', () => {
  it('an oblique participle describes a thing («відбудова школи, зруйнованої ракетами»), not an event', () => {
    const facts = extract(
      'Кошти з концерту підуть на відбудову школи в Житомирській області, зруйнованої ворожими ракетами.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'damage'),
      [],
    );
  });

  it('«зі зруйнованих бібліотек» likewise, with the weapon named', () => {
    assert.deepEqual(extract('Волонтери вивезли книги зі зруйнованих ракетами бібліотек Сумщини.'), []);
  });

  it('the short form and the nominative still tell the damage', () => {
    const facts = extract('Внаслідок обстрілу пошкоджено три будинки в Сумах. Зруйновані також два гаражі.');
    assert.ok(facts.some((f) => f.kind === 'damage' && f.region?.code === 'UA-59'));
  });
});

describe('a noun of hitting that tells no hit (eleventh session)', () => {
  it('«сектор ураження», «для ураження» describe a weapon or a purpose', () => {
    assert.deepEqual(extract('Нові міни мають більший сектор ураження, тож ворогу в Херсоні буде непереливки.'), []);
    assert.deepEqual(extract('У Бєлгороді є військові об’єкти, що є законними цілями для ураження дронами.'), []);
  });

  it('«ураження по» a target is the strike', () => {
    const facts = extract('Дрони СБУ завдали ураження по нафтобазі в Туапсе.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike').map((f) => f.region?.code),
      ['RU-KDA'],
    );
  });
});

describe('attacks told as a habit (eleventh session)', () => {
  it('«щоденні повідомлення про вибухи» is no explosion', () => {
    assert.deepEqual(extract('У місті звичні щоденні повідомлення про вибухи в Мелітополі.'), []);
  });

  it('the habit cancels its own clause only: the night’s strike after it stays', () => {
    const facts = extract(
      'Ворог постійно обстрілює Нікопольщину, а вночі ракета влучила в житловий будинок у Нікополі.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike').map((f) => f.region?.code),
      ['UA-12'],
    );
  });
});

describe('a common word that is also a village’s name (eleventh session)', () => {
  it('«Разом до Перемоги!» closing a post places nothing', () => {
    const facts = extract('Вночі захисники неба збили 5 ударних БпЛА.\nРазом до Перемоги!');
    assert.deepEqual(brief(facts), [['interception', null, 'uav', 5]]);
  });
});

describe('the adjective of fire is no fire (eleventh session)', () => {
  it('fire engines, a fire-danger forecast and a fire station burn nothing', () => {
    const facts = extract(
      'Вночі ракета влучила в склад у Сумах. По вулицях їздять пожежні авто. Очікується висока пожежна небезпека.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'fire'),
      [],
    );
  });

  it('the noun still tells the fire', () => {
    const facts = extract('Вночі ракета влучила в склад у Сумах, виникла пожежа.');
    assert.ok(facts.some((f) => f.kind === 'fire'));
  });
});

describe('troops hit are ground combat (eleventh session)', () => {
  it('«уразили район зосередження живої сили» is no air attack', () => {
    assert.deepEqual(extract('Наші ракетники уразили район зосередження живої сили противника у Мелітополі.'), []);
  });

  it('«знищено 300 осіб особового складу» likewise', () => {
    assert.deepEqual(extract('За тиждень на Запоріжжі знищено близько 300 осіб особового складу противника.'), []);
  });
});

describe('the General Staff’s daily report speaks in its own voice (eleventh session)', () => {
  it('an unsigned report closing with «Підтримуйте Збройні Сили!» is the General Staff’s: official', () => {
    const facts = extract(
      'Протягом минулої доби противник завдав 3 ракетних удари по Сумщині.\nПідтримуйте Збройні Сили! Переможемо разом!',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) {
      assert.deepEqual([f.claimant?.name ?? null, f.claimant?.role], [null, 'official']);
      assert.equal(f.fields.claimant?.inferred, true);
    }
  });

  it('a post that names its own speaker keeps it', () => {
    const facts = extract(
      'Оперативна інформація станом на 06.00.\nЗа даними Повітряних сил, над Сумщиною збито 4 ударних БпЛА.',
    );
    assert.deepEqual(
      facts.map((f) => f.claimant?.role),
      ['air_force'],
    );
  });
});

describe('the General Staff’s place lists, grouped by region (twelfth session)', () => {
  it('«завдав авіаційних ударів в районах …» gives one strike per region the groups close with', () => {
    const facts = extract(
      'Противник завдав авіаційних ударів в районах Зоряне, Кленове Донецької області; Оріхів, Калинівка, ' +
        'Степногірськ Запорізької області; Антонівка Херсонської області.',
    );
    assert.deepEqual(facts.map((f) => [f.kind, f.region?.code]).sort(), [
      ['strike', 'UA-14'],
      ['strike', 'UA-23'],
      ['strike', 'UA-65'],
    ]);
  });

  it('villages the gazetteer lacks between two known places keep them in one list', () => {
    const facts = extract('Ворог обстріляв Оріхів, Ясне Поле, Мирне Степове та Нікополь Дніпропетровської області.');
    assert.deepEqual(facts.map((f) => [f.kind, f.region?.code]).sort(), [
      ['strike', 'UA-12'],
      ['strike', 'UA-23'],
    ]);
  });

  it('a name and a lowercase word between two places are no list', () => {
    const facts = extract('Ворог обстріляв Оріхів. Мешканці Нікополя допомагали евакуації.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-23']],
    );
  });
});

describe('a weapon and its verb are not the noun «БПЛА-атака» (twelfth session)', () => {
  it('«БПЛА атакували нафтобазу» is a strike by drones', () => {
    const facts = extract('Вночі БПЛА атакували нафтобазу в Криму.');
    assert.deepEqual(brief(facts), [['strike', 'UA-43', 'uav', null]]);
  });

  it('the hyphenated nouns still name their weapons', () => {
    const facts = extract('Ворог здійснив 9 РСЗВ-обстрілів Кленового та 6 авіаударів по Оріхову, а також 7 БПЛА-атак.');
    // Since the twentieth session each counted tally is a strike of its own (detect/more-tallies.ts). Since uk21 the
    // air strikes, the strike word, are read first (they take no weapon of the other tallies): in the text's order.
    const byText = [...facts].sort((a, b) => (a.fields.count?.start ?? 0) - (b.fields.count?.start ?? 0));
    assert.deepEqual(brief(byText), [
      ['strike', 'UA-23', 'rocket', 9],
      ['strike', 'UA-23', null, 6],
      ['strike', null, 'uav', 7],
    ]);
  });
});

describe('drone crews against the enemy’s armour are ground combat (twelfth session)', () => {
  it('«знищили російський танк» by a drone is no shoot-down', () => {
    assert.deepEqual(extract('Оператори 12-ї бригади дроном знищили російський танк під час штурму.'), []);
  });

  it('«уразили 40 одиниць ворожої техніки» likewise', () => {
    assert.deepEqual(extract('За тиждень пілоти дронів уразили 40 одиниць ворожої техніки.'), []);
  });

  it('drones shot down in the same post are still an interception', () => {
    const facts = extract('Вночі над Полтавщиною збито 6 ударних БпЛА.');
    assert.deepEqual(brief(facts), [['interception', 'UA-53', 'uav', 6]]);
  });
});

describe('a town’s land named with -щина is the town’s region (twelfth session)', () => {
  it('«вдарила по Нікопольщині» strikes Dnipropetrovsk Oblast', () => {
    const facts = extract('Вранці ворог знову вдарив по Нікопольщині з артилерії.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-12']],
    );
  });

  it('a stem whose vowel alternates («Гуляйпільщина») finds its town (Гуляйполе)', () => {
    const facts = extract('Внаслідок ворожої атаки на Гуляйпільщині пошкоджено школу.');
    assert.ok(facts.length > 0);
    for (const f of facts) assert.equal(f.region?.code, 'UA-23');
  });

  it('an oblast’s own nickname stays the oblast, and a country is no town', () => {
    const facts = extract('Росія атакувала дронами Полтавщину. Угорщина висловила занепокоєння.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-53']],
    );
  });
});

describe('an attack noun in the instrumental names what did the harm (twelfth session)', () => {
  it('«Ударом РФ пошкоджено порт» is a strike and its damage', () => {
    const facts = extract('Вночі ударом РФ пошкоджено склад у порту Ізмаїла.');
    assert.deepEqual(facts.map((f) => [f.kind, f.region?.code]).sort(), [
      ['damage', 'UA-51'],
      ['strike', 'UA-51'],
    ]);
  });

  it('«пошкоджено ударами безпілотників» names the weapon', () => {
    const facts = extract('У Таганрозі пошкоджено ангар ударами безпілотників.');
    assert.ok(facts.some((f) => f.kind === 'strike' && f.weapon === 'uav' && f.region?.code === 'RU-ROS'));
  });

  it('the noun with no place and no harm says nothing', () => {
    assert.deepEqual(extract('Ми відповімо ударом на удар.'), []);
  });
});

describe('who says so: the body a later sentence points back to, the energy ministry (issue 8)', () => {
  const at = '2024-11-20T09:00:00+02:00';
  it('«за даними відомства»: the body named as a source before speaks again', () => {
    const facts = extractText(
      'У Міноборони повідомили, що вночі ворог бив дронами по Полтавщині.\nЗа даними відомства, над Полтавщиною знищено шість дронів.',
      'uk',
      at,
    );
    const downed = facts.find((f) => f.kind === 'interception');
    assert.equal(downed?.claimant?.role, 'ministry');
  });

  it('«…, – Міненерго»: another ministry that speaks of an attack is a ministry', () => {
    const strike = extractText('Окупанти вдарили дронами по підстанції на Харківщині – Міненерго.', 'uk', at).find(
      (f) => f.kind === 'strike',
    );
    assert.equal(strike?.claimant?.role, 'ministry');
  });
});

describe('a post that opens with its source: «За інформацією Генштабу, …» (issue 8)', () => {
  const at = '2024-11-20T09:00:00+02:00';
  const strikes = (text: string) => extractText(text, 'uk', at).filter((f) => f.kind === 'strike');
  it('the source the post opens with speaks for the later lines of its region that name none', () => {
    const [strike] = strikes(
      'За інформацією Генштабу, на Херсонщині противник зосередився на обороні.\nПри цьому росіяни обстріляли з артилерії Берислав.',
    );
    assert.equal(strike?.claimant?.role, 'official');
  });

  it('a line with its own source keeps it; a first line that only names the body, without «за …», gives nothing', () => {
    const [own] = strikes(
      'За інформацією Генштабу, на Херсонщині противник зосередився на обороні.\nЗа даними обласної військової адміністрації, росіяни обстріляли з артилерії Берислав.',
    );
    assert.equal(own?.claimant?.role, 'military_administration');
    const [none] = strikes('Генштаб зібрав нараду щодо Херсонщини.\nРосіяни обстріляли з артилерії Берислав.');
    assert.equal(none?.claimant ?? null, null);
  });

  it('not beyond what the opening covers: another region, or after a sentence with a source of its own', () => {
    // The opening names no region: it covers its own line only, not a strike in Russia told on the next.
    const [far] = extractText(
      'According to the Ukrainian Air Force, Russia launched 50 drones overnight.\nA drone hit a house in Belgorod, injuring two.',
      'en',
      '2024-11-20T09:00:00+00:00',
    ).filter((f) => f.kind === 'strike' && f.region?.code === 'RU-BEL');
    assert.ok(far);
    assert.notEqual(far.claimant?.role, 'air_force');
    const [other] = strikes(
      'За інформацією Генштабу, на Херсонщині противник зосередився на обороні.\nНа Сумщині росіяни скинули КАБ на Білопілля.',
    );
    assert.ok(other);
    assert.notEqual(other.claimant?.role, 'official');
    // After a sentence with a source of its own, the opening no longer speaks: the later line is the outlet's.
    const later = 'Увечері через обстріл Херсона поранено двох людей.';
    const opened = 'За інформацією Генштабу, на Херсонщині противник зосередився на обороні.';
    const hurt = (text: string) => extractText(text, 'uk', at).find((f) => f.kind === 'casualties');
    assert.equal(hurt(`${opened}\n${later}`)?.claimant?.role, 'official');
    const after = hurt(`${opened}\nРосіяни обстріляли з артилерії Берислав, повідомив голова ОВА.\n${later}`);
    assert.ok(after);
    assert.equal(after.claimant, null);
  });
});

describe('the General Staff day summary: strikes counted by their own number', () => {
  it('«завдав 47 авіаційних ударів» with no weapon and no place is a strike of that count in no region', () => {
    assert.deepEqual(brief(extract('Також противник завдав 47 авіаційних ударів.')), [['strike', null, null, 47]]);
  });

  it('two tallies joined: the weapon keeps its number, the strike word its own', () => {
    const facts = extract('За минулу добу противник завдав 4 ракетних та 17 авіаційних ударів.');
    assert.deepEqual(brief(facts), [
      ['strike', null, 'missile', 4],
      ['strike', null, null, 17],
    ]);
  });

  it('a weapon counted past another noun of attacking is that noun’s, not the tally’s', () => {
    const facts = extract(
      'Окрім цього, ворог завдав 29 авіаційних ударів та здійснив 61 обстріл з реактивних систем залпового вогню.',
    );
    assert.deepEqual(
      brief(facts).sort((a, b) => (a[3] ?? 0) - (b[3] ?? 0)),
      [
        ['strike', null, null, 29],
        ['strike', null, 'rocket', 61],
      ],
    );
  });

  it('the tally takes no place or weapon from the sentence before', () => {
    const facts = extract(
      'Зафіксовано влучання ракетою по мосту поблизу Пісочина Харківської області. Також противник завдав 47 авіаційних ударів.',
    );
    const tally = facts.find((f) => f.count?.value === 47);
    assert.ok(tally);
    assert.equal(tally.region, null);
    assert.equal(tally.weapon, null);
  });

  it('negative: one counted strike with its weapon is one fact; a count with no side before it is no tally', () => {
    assert.deepEqual(brief(extract('Ворог завдав 2 ракетних удари по Харкову.')), [['strike', 'UA-63', 'missile', 2]]);
    assert.deepEqual(extract('Експерти нарахували 55 авіаційних ударів у книжці.'), []);
  });
});

describe('the plural attack noun as the cause of the harm', () => {
  it('«внаслідок ворожих атак» before damage in a place is a strike there', () => {
    const facts = extract('Внаслідок ворожих атак пошкоджено будинки у Херсоні.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [
        ['strike', 'UA-65'],
        ['damage', 'UA-65'],
      ],
    );
  });

  it('negative: the plural with no cause before it is talk of attacks', () => {
    assert.deepEqual(extract('Президент провів нараду щодо атак на енергетику в Україні.'), []);
  });

  it('negative: «атак» as one item of a list of nouns did not cause the next item', () => {
    const facts = extract('Лікарі оперували серед сирен, масованих ракетних атак, блекаутів.');
    assert.equal(
      facts.some((f) => f.kind === 'strike'),
      false,
    );
  });
});

describe('damage told nowhere in a post that tells no attack', () => {
  it('negative: ruined buildings described with no place and no attack are no fact', () => {
    assert.deepEqual(extract('Туристи фотографують згорілі склади, зруйновані корпуси заводів.'), []);
  });

  it('a toll in the same post keeps the damage', () => {
    const facts = extract('Троє людей поранені, зруйновані корпуси заводів.');
    assert.ok(facts.some((f) => f.kind === 'damage'));
  });
});

describe('rocket troops are people, not missiles', () => {
  it('«ракетники разом з артилеристами уразили …» strikes with no weapon', () => {
    const facts = extract('Наші ракетники разом з артилеристами уразили склад пального в Запорізькій області.');
    assert.deepEqual(brief(facts), [['strike', 'UA-23', null, null]]);
  });

  it('negative: beside a drone shot down, the rocket troops add no missile', () => {
    const facts = extract('Також було збито ворожий БпЛА, а наші ракетники уразили район зосередження противника.');
    assert.equal(
      facts.some((f) => f.weapon === 'missile'),
      false,
    );
  });
});

describe('the Air Force night summary of 2023: destroyed/launched per line under a header', () => {
  it('«2/4 КР» lines under «Вночі силами ППО знищено:» are destroyed of launched, the Air Force speaking', () => {
    const facts = extract(
      '⚡\n Вночі силами ППО знищено:\n3/5 КР "Калібр";\n1/2 КАР Х-59.\nПуски здійснювали:\n— 2х Ту-95.',
    );
    assert.deepEqual(
      facts.map((f) => [f.kind, f.weapon, f.count?.value, f.launched?.value, f.claimant?.role]),
      [
        ['interception', 'cruise_missile', 3, 5, 'air_force'],
        ['interception', 'missile', 1, 2, 'air_force'],
      ],
    );
  });

  it("negative: the phrase of the night summary over no list of fractions is nobody's voice", () => {
    const facts = extract('Вночі силами ППО збито 5 шахедів над Дніпропетровщиною. Пошкоджено будинок у Павлограді.');
    assert.ok(facts.length > 0);
    assert.deepEqual(
      facts.filter((f) => f.claimant?.role === 'air_force').map((f) => f.kind),
      [],
    );
  });

  it('a line with an emoji bullet and no dash is a line of the list', () => {
    const facts = extract('Вночі 12.10.23 силами оборони було знищено:\n▫️ 21/28 ударних БпЛА типу "Шахед".');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.weapon, f.count?.value, f.launched?.value]),
      [['interception', 'uav', 21, 28]],
    );
  });

  it('a fraction line with a second weapon reads the fraction for the first and the count for the second', () => {
    const facts = extract('Вночі силами ППО знищено:\n2/4 КР "Калібр" та 3 ударних БпЛА "Шахед-136".');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.weapon, f.count?.value, f.launched?.value ?? null]),
      [
        ['interception', 'cruise_missile', 2, 4],
        ['interception', 'uav', 3, null],
      ],
    );
  });

  it('negative: a line with no bullet and no fraction after a colon header is no list line (the header keeps its count)', () => {
    const counts = (text: string) =>
      extract(text)
        .filter((f) => f.kind === 'interception')
        .map((f) => f.count?.value);
    assert.ok(counts('Вночі сили ППО знищили 20 шахедів:\nЩе 12 шахедів локаційно втрачені.').includes(20));
    assert.ok(counts('Вночі сили ППО знищили 20 шахедів:\nЩе 5 шахедів залетіли до Білорусі.').includes(20));
    const en = extractText(
      'Air defences destroyed 20 drones overnight:\nA further 12 drones remain unaccounted for.',
      'en',
      '2025-03-10T06:00:00+02:00',
    );
    assert.ok(en.some((f) => f.kind === 'interception' && f.count?.value === 20));
  });

  it('a slash that is no fraction (a date, a model pair) is not read as destroyed of launched', () => {
    const facts = extract('Вночі силами ППО знищено:\n- 2 ракети Х-59/69;');
    assert.deepEqual(
      facts.map((f) => [f.count?.value, f.launched]),
      [[2, null]],
    );
    assert.deepEqual(extract('Вночі силами ППО знищено:\n24/7 чергування тривало всю ніч.'), []);
  });
});

describe('rebuilding what an attack once damaged is no news of damage', () => {
  it('«відновлювати житло, пошкоджене ракетним ударом» tells neither the strike nor the damage', () => {
    assert.deepEqual(extract('У Сумах продовжують відновлювати житло, пошкоджене ракетним ударом 12 березня.'), []);
  });

  it('«відбудуємо пошкоджений музей» tells no damage', () => {
    assert.deepEqual(extract('Ми обовʼязково відбудуємо пошкоджений музей в Іванкові.'), []);
  });

  it("new damage told by an impersonal «-но» form after the repair's comma is still damage", () => {
    const kinds = (text: string) => extract(text).map((f) => f.kind);
    assert.ok(
      kinds('Енергетики відновлюють світло, пошкоджено ще три підстанції внаслідок нічної атаки дронів.').includes(
        'damage',
      ),
    );
    assert.ok(
      kinds('Енергетики працюють, пошкоджено ще три підстанції внаслідок нічної атаки дронів.').includes('damage'),
    );
    assert.notDeepEqual(kinds('Відбудуємо все, зруйновано 4 будинки внаслідок ракетного удару по Одесі.'), []);
  });

  it('damage told in a sentence of its own after the repairs is still damage', () => {
    const facts = extract('У Чернігові відновлюють житло. Вночі ракетним ударом пошкоджено будинок у Чернігові.');
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['strike', 'damage'],
    );
  });
});

describe("a city's people as the region of a post that names no place", () => {
  it('«допомогу херсонцям» then damage with no place: the damage is in Kherson Oblast', () => {
    const facts = extract(
      'Волонтери прийшли на допомогу херсонцям після чергового удару.\nВнаслідок влучання пошкоджені приватні будинки.',
    );
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code, f.fields.region?.inferred]),
      [
        ['strike', 'UA-65', true],
        ['damage', 'UA-65', true],
      ],
    );
  });

  it('a place the post names wins over its people', () => {
    const facts = extract('Одесити допомагають Миколаєву. Вночі ворог атакував Миколаїв дронами.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-48']],
    );
  });

  it('negative: the people alone tell nothing, before a strike whose sentence names its place', () => {
    const read = (text: string) => extract(text).map((f) => [f.kind, f.region?.code ?? null]);
    const strike = 'Вночі ворог атакував шахедами Одесу, пошкоджено будинок.';
    assert.deepEqual(read(`Дорогі кияни! ${strike}`), read(strike));
    assert.ok(read(strike).length > 0);
  });

  it("negative: two cities' people in one sentence name no region", () => {
    const facts = extract('Кияни збирають допомогу херсонцям. Вночі ворог атакував шахедами, пошкоджено 5 будинків.');
    assert.ok(facts.length > 0);
    assert.deepEqual(
      facts.map((f) => f.region?.code ?? null).filter((r) => r !== null),
      [],
    );
  });
});

describe('one person hurt, named by the verb or the noun', () => {
  it('«травмували цивільну особу» (the active past) is one injured', () => {
    const facts = extract('Окупанти обстріляли Херсон з артилерії, травмували цивільну особу.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties),
      [{ killed: null, injured: 1, children_killed: null, children_injured: null }],
    );
  });

  it('«травмовано 16-річну дівчину» is one injured', () => {
    const facts = extract('Внаслідок обстрілу Харкова травмовано 16-річну дівчину.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties),
      [{ killed: null, injured: 1, children_killed: null, children_injured: null }],
    );
  });
});
