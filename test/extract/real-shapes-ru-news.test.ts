// Russian news shapes of the seventh session (issue 8): each rule is written for a class of phrasings (every case of
// a noun, every form of a verb, a kind of statement), not for one string. Texts are ours, in the style of real
// Telegram news and VIINA headlines; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const kinds = (facts: Fact[]) => facts.map((f) => f.kind).sort();

describe('a strike told with the noun in any case or the verb in any form', () => {
  it('«об ударах по …», «под ударом»: the noun in the prepositional and instrumental still names the attack', () => {
    const plural = extract('Местные каналы сообщили об ударах по нефтебазе в Смоленской области.');
    assert.equal(plural.find((f) => f.kind === 'strike')?.region?.code, 'RU-SMO');
    const singular = extract('Жители сообщили об ударе по складу в Белгородской области.');
    assert.equal(singular.find((f) => f.kind === 'strike')?.region?.code, 'RU-BEL');
  });

  it('«нанесла удар», «нанесли удары», «удары были нанесены»: every past form of the verb with its noun', () => {
    for (const text of [
      'Армия нанесла удар ракетой по заводу.',
      'Войска нанесли удары ракетами по заводу.',
      'Удары были нанесены ракетами по заводу.',
    ]) {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.equal(strike?.weapon, 'missile', text);
    }
  });

  it('the verbal noun «нанесение ударов» names a plan, not a strike', () => {
    assert.deepEqual(
      extract('Киев сосредоточится на нанесении ударов по Брянской области дальнобойными ракетами.'),
      [],
    );
  });
});

describe('losses of troops in battle are no casualties of an air attack', () => {
  it('«потерял убитыми», «погибших и пленных», «сдались в плен»: the clause tells front-line losses', () => {
    assert.deepEqual(extract('За сутки противник потерял убитыми и ранеными около 60 человек под Угледаром.'), []);
    assert.deepEqual(extract('Итог боя — около 30 погибших и два десятка пленных у Суджи Курской области.'), []);
    assert.deepEqual(extract('Под Кременной трое солдат сдались в плен, ещё двое погибли.'), []);
  });

  it('only that clause: a strike and its victims told beside it stay', () => {
    const facts = extract(
      'Беспилотник атаковал автобус в Белгородской области, погибли два человека, а на фронте противник потерял убитыми 40 человек.',
    );
    assert.deepEqual(kinds(facts), ['casualties', 'strike']);
    assert.equal(facts.find((f) => f.kind === 'casualties')?.casualties?.killed, 2);
  });
});

describe('weapon models as Russian posts spell them', () => {
  it('each model takes its class (docs/eval.md): Storm Shadow, Tochka-U, KN-23, FAB, Lancet', () => {
    const cases: [string, string][] = [
      ['Над Крымом сбиты три ракеты Шторм Шэдоу.', 'cruise_missile'],
      ['Над Азовским морем перехвачены две ракеты «Скальп».', 'cruise_missile'],
      ['ВСУ ударили ракетой Точка-У по Донецку.', 'ballistic_missile'],
      ['Армия ударила по Запорожью ракетами KN-23, повреждены дома.', 'ballistic_missile'],
      ['Армия ударила ФАБами по Волчанску Харьковской области.', 'guided_bomb'],
      ['Ланцет поразил гаубицу под Херсоном.', 'uav'],
    ];
    for (const [text, weapon] of cases) {
      const fact = extract(text).find((f) => f.kind === 'strike' || f.kind === 'interception');
      assert.equal(fact?.weapon, weapon, text);
    }
  });

  it('a capitalised FAB is the bomb, a lower-case «фабрика» no weapon', () => {
    const facts = extract('Дрон атаковал фабрику в Брянской области.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.weapon, 'uav');
  });
});

describe('more ways a Russian text names its source', () => {
  it('verbs of reporting beyond «сообщил»: «передаёт», «отчитались», «утверждают», «добавил»', () => {
    const cases: [string, string][] = [
      ['Ночью над Курской областью сбиты 9 беспилотников, передаёт ТАСС.', 'media'],
      ['Ночью над Харьковом сбиты две ракеты, отчитались в Воздушных силах ВСУ.', 'air_force'],
      ['Дрон атаковал подстанцию в Сумах, утверждают в Генеральном штабе ВСУ.', 'official'],
      ['При обстреле Белгорода ранены двое, добавил губернатор.', 'governor'],
    ];
    for (const [text, role] of cases) {
      const fact = extract(text).find((f) => f.kind !== 'casualties');
      assert.equal(fact?.claimant?.role, role, text);
    }
  });

  it('Ukraine’s emergency service and grid operator under their Russian names', () => {
    const gschs = extract('В результате удара по Одессе пострадали три человека, сообщили в ГСЧС.');
    assert.equal(gschs.find((f) => f.kind === 'strike')?.claimant?.role, 'emergency_service');
    const grid = extract('Удар по подстанции в Днепре, передаёт Укрэнерго.');
    assert.equal(grid.find((f) => f.kind === 'strike')?.claimant?.role, 'official');
  });

  it('an institution only acts, says nothing, without a verb of saying', () => {
    const facts = extract('Спасатели ГСЧС тушат пожар после удара дрона по складу в Одессе.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.claimant ?? null, null);
  });
});

describe('harm told by the impersonal verb or the noun «ущерб»', () => {
  it('«выбило стёкла», «ущерб» after an attack are damage where the sentence says', () => {
    const glass = extract('Беспилотник атаковал цех в Ижевске. На производстве выбило стёкла.');
    assert.deepEqual(kinds(glass), ['damage', 'strike']);
    const harm = extract('Дрон атаковал Курск, ущерб в Курской области минимален.');
    assert.equal(harm.find((f) => f.kind === 'damage')?.region?.code, 'RU-KRS');
  });

  it('troops that «выбили противника» from a village did no damage, and harm with no attack is no fact', () => {
    assert.deepEqual(extract('Наши выбили противника из двух сёл под Купянском.'), []);
    assert.deepEqual(extract('Ущерб экономике региона от паводка оценили в миллиард рублей.'), []);
  });
});

describe('an alert named by its weapon alone', () => {
  it('«опасность БПЛА», «отменили опасность беспилотников»: the danger with no «атаки» between is the alert', () => {
    for (const text of [
      'В Заречном районе отменили опасность БПЛА.',
      'В Заречном районе Курской области объявлена опасность беспилотников.',
    ]) {
      const alert = extract(text).find((f) => f.kind === 'alert');
      assert.ok(alert?.region, text);
    }
    // A danger of something else is no alert.
    assert.deepEqual(kinds(extract('В Заречном районе объявлена опасность схода лавин.')), []);
    // Talk about the danger of drones, with no verb that declares or lifts it, is no alert.
    assert.deepEqual(kinds(extract('Эксперт объяснил, в чем опасность дронов-камикадзе для жителей Москвы.')), []);
    assert.deepEqual(kinds(extract('В Подмосковье обсудили опасность БПЛА для энергетики.')), []);
  });
});

describe('a question reports nothing (issue 8: podcast contents, explainers, headlines that ask)', () => {
  it('a sentence that ends in a question mark gives no fact, in every language', () => {
    assert.deepEqual(extract('04:10 Ударила ли армия ракетами по Курской области?'), []);
    assert.deepEqual(extract('**Что известно об ударе дронов по нефтебазе в Брянске?**'), []);
    assert.deepEqual(
      extractText(
        'Was a Russian tanker hit by a Ukrainian sea drone near Novorossiysk?',
        'en',
        '2024-11-20T09:00:00+03:00',
      ),
      [],
    );
    assert.deepEqual(
      extractText('Чи влучила ракета по складу в Житомирській області?', 'uk', '2024-11-20T09:00:00+02:00'),
      [],
    );
  });

  it('the answer after the question is still read', () => {
    const facts = extract('Что случилось в Брянске? Ночью над Брянской областью сбиты 5 беспилотников.');
    assert.deepEqual(kinds(facts), ['interception']);
    assert.equal(facts[0]?.region?.code, 'RU-BRY');
    assert.equal(facts[0]?.count?.value, 5);
  });
});

describe('review: a question that closes a sentence after a colon or a dash cancels its own clause only', () => {
  it('what the sentence told before the question stands', () => {
    const facts = extract('Ночью дрон атаковал жилой дом в Белгороде, жители спрашивают: «Долго ли ещё так будет?»');
    assert.deepEqual(kinds(facts), ['strike']);
    assert.equal(facts[0]?.region?.code, 'RU-BEL');
    const en = extractText(
      'Russia launched 40 drones at Odesa overnight - will the allies answer?',
      'en',
      '2024-11-20T09:00:00+03:00',
    );
    assert.equal(en.find((f) => f.kind === 'strike')?.region?.code, 'UA-51');
  });

  it('a question after a colon still gives no fact of its own', () => {
    assert.deepEqual(extract('Главный вопрос дня: ударила ли армия ракетами по Курской области?'), []);
  });
});

describe('a verb of striking with its weapon tells a strike, even where no region is named (issue 8)', () => {
  it('abroad or unnamed: «ударила ракетами по боевикам», «куда попал дрон», "hits back with missiles"', () => {
    const abroad = extract('Иракская армия ударила ракетами по позициям боевиков на севере страны.');
    assert.deepEqual(
      abroad.map((f) => [f.kind, f.region, f.weapon]),
      [['strike', null, 'missile']],
    );
    const flat = extract('Внутри квартиры, куда попал дрон, находилась семья.');
    assert.deepEqual(
      flat.map((f) => [f.kind, f.weapon]),
      [['strike', 'uav']],
    );
    const english = extractText('Russia hits back with missiles.', 'en', '2024-11-20T09:00:00+03:00');
    assert.deepEqual(
      english.map((f) => [f.kind, f.weapon]),
      [['strike', 'missile']],
    );
  });

  it('an attack noun is talk of strikes, not a strike told: «удары по территории России ракетами — это …»', () => {
    assert.deepEqual(extract('Удары по территории России американскими ракетами — это переход красных линий.'), []);
    assert.deepEqual(extract('Тысячи беженцев прятались от перестрелок и ракетных ударов.'), []);
  });

  it('a capability is no event: "weapons that can hit", "a system which can shoot down missiles"', () => {
    const at = '2024-11-20T09:00:00+03:00';
    assert.deepEqual(extractText('Ukraine gets new weapons that can hit Russian forces far away.', 'en', at), []);
    assert.deepEqual(extractText('Kyiv gets another air defence system, which can shoot down missiles.', 'en', at), []);
  });

  it('home-made devices are no air attack: «самодельными ракетами», «саморобна вибухівка»', () => {
    assert.deepEqual(extract('Хулиган обстрелял соседний двор самодельными ракетами.'), []);
    assert.deepEqual(
      extractText('Саморобна вибухівка вибухнула біля під’їзду, є постраждалий.', 'uk', '2024-11-20T09:00:00+02:00'),
      [],
    );
  });
});

describe('a hit noun alone tells no strike (issue 8: gunners’ videos, brochures)', () => {
  const uk = (text: string) => extractText(text, 'uk', '2024-11-20T09:00:00+02:00');
  it('«з місця влучання», «точність влучання»: no weapon, number, place, target or harm', () => {
    assert.deepEqual(uk('Солдати тікають з місця влучання, кинувши техніку.'), []);
    assert.deepEqual(uk('Нова система гарантує високу точність влучання.'), []);
  });

  it('with harm or a place it still is one: «внаслідок влучання пошкоджено будинки», «влучання на Полтавщині»', () => {
    assert.ok(uk('Внаслідок влучання пошкоджено приватні будинки.').some((f) => f.kind === 'strike'));
    const placed = uk('Є влучання у промисловий обʼєкт на Полтавщині.').find((f) => f.kind === 'strike');
    assert.equal(placed?.region?.code, 'UA-53');
  });
});

describe('who says so: the Kremlin by surname, the body a later sentence points back to (issue 8)', () => {
  const who = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.name ?? null, f.claimant?.role ?? null]);
  const downed = (facts: Fact[], region: string) =>
    facts.find((f) => f.kind === 'interception' && f.region?.code === region);

  it('«…, — Песков», «…, — Путин»: the officials data knows both surnames, so the tail speaks', () => {
    for (const [text, name] of [
      ['Армия ударила крылатыми ракетами по мосту под Херсоном в ответ на провокации, — Песков.', 'Песков'],
      ['Наши войска нанесли удар дронами по складу в Сумах, — Путин', 'Путин'],
    ] as const) {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.deepEqual([strike?.claimant?.name, strike?.claimant?.role], [name, 'official'], text);
    }
  });

  it('a surname the data does not know stays no one: «…, — Сидорчук»', () => {
    const strike = extract('Наши войска нанесли удар дронами по складу в Сумах, — Сидорчук').find(
      (f) => f.kind === 'strike',
    );
    assert.equal(strike?.claimant, null);
  });

  it('«уточнили в ведомстве», «по данным ведомства»: the body named as a source before speaks again', () => {
    for (const second of [
      'Ещё два беспилотника уничтожены над Липецкой областью, уточнили в ведомстве.',
      'По данным ведомства, ещё два беспилотника уничтожены над Липецкой областью.',
    ]) {
      const facts = extract(
        `Над Тамбовской областью уничтожены семь беспилотников, сообщили в Минобороны России.\n${second}`,
      );
      const last = downed(facts, 'RU-LIP');
      assert.deepEqual([last?.claimant?.name ?? null, last?.claimant?.role], [null, 'ministry'], second);
    }
  });

  it('a governor or a mayor named by role alone is no body: «ведомство» still means the ministry before them', () => {
    const facts = extract(
      'Над Орловской областью сбиты пять дронов, сообщили в Минобороны России.\nВ Ливнах выбиты окна в двух домах, сообщил губернатор.\nПо данным ведомства, ещё три дрона перехвачены над Тульской областью.',
    );
    const last = downed(facts, 'RU-TUL');
    assert.equal(last?.claimant?.role, 'ministry');
    assert.equal(
      facts.find((f) => f.claimant?.role === 'governor' && f.region?.code === 'RU-TUL'),
      undefined,
    );
  });

  it('«утверждает украинское ведомство»: an epithet may name another country’s body, so the one before is not taken', () => {
    const before = 'Над Орловской областью сбиты пять дронов, сообщили в Минобороны России.\n';
    const other = extract(`${before}Ещё три ракеты перехвачены над Сумской областью, утверждает украинское ведомство.`);
    assert.equal(downed(other, 'UA-59')?.claimant ?? null, null);
    // «оборонное ведомство» is a ministry by its own words: its own span, never the Russian ministry's.
    const text = `${before}Ещё три ракеты перехвачены над Сумской областью, утверждает украинское оборонное ведомство.`;
    const own = downed(extract(text), 'UA-59');
    assert.equal(own?.claimant?.role, 'ministry');
    assert.equal(own?.fields.claimant?.text, 'оборонное ведомство');
  });

  it('with no body named before, or with the body before the verb («источник в ведомстве сообщил»), no one', () => {
    const alone = extract('Над Калужской областью перехвачены две ракеты, уточнили в ведомстве.');
    assert.deepEqual(who(alone.filter((f) => f.kind === 'interception')), [['interception', null, null]]);
    const inside = extract(
      'Минобороны России сообщило подробности ночной атаки на Калужскую область.\nИсточник в ведомстве сказал, что над Калужской областью перехвачены две ракеты.',
    );
    assert.notEqual(inside.find((f) => f.kind === 'interception')?.claimant?.role, 'ministry');
  });

  it('«Минобороны объявило, что …»: an announcement says, like «сообщило»', () => {
    const found = extract(
      'Вечером Минобороны России объявило, что днём над Орловской областью уничтожены два дрона.',
    ).find((f) => f.kind === 'interception');
    assert.equal(found?.claimant?.role, 'ministry');
  });

  it('«…, — Минэнерго»: another ministry that speaks of an attack is a ministry', () => {
    const strike = extract('Беспилотник ударил по электроподстанции под Курском, — Минэнерго').find(
      (f) => f.kind === 'strike',
    );
    assert.equal(strike?.claimant?.role, 'ministry');
  });
});

describe('a breakdown that names its regions by their adjective alone', () => {
  it('«Брянская (3), Курская (2)»: a nominative before a bracket is read with its noun, as «Брянской (3 БПЛА)» is', () => {
    const facts = extract('Уничтожены 5 БПЛА: Брянская (3), Курская (2).');
    const parts = facts
      .filter((f) => f.kind === 'interception' && f.region)
      .map((f) => `${f.region?.code} ${f.count?.value}`)
      .sort();
    assert.deepEqual(parts, ['RU-BRY 3', 'RU-KRS 2']);
  });
});
