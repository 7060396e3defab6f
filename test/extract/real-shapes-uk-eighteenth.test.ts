// Shapes of real Ukrainian Telegram posts met in the eighteenth session (issue 8, uk-telegram-unlp2025). Texts are
// ours, written in those shapes; each test names the general rule. How the rules add up on the real posts is measured
// by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T06:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const who = (facts: Fact[]) => facts.map((f) => [f.kind, f.claimant?.name ?? null, f.claimant?.role ?? null] as const);

describe('a rank between a title or a verb of saying and the name is no part of the name', () => {
  it('a signature «Командувач Повітряних Сил генерал-лейтенант …»: the commander by name, with the body’s role', () => {
    const facts = extract(
      'Цієї ночі над Полтавщиною збито 9 шахедів.\nКомандувач Повітряних Сил генерал-лейтенант Петро Гнатюк',
    );
    assert.deepEqual(who(facts), [['interception', 'Петро Гнатюк', 'air_force']]);
  });

  it('«…, – повідомив генерал-майор …» closing the sentence: the officer by name', () => {
    const facts = extract('Над Сумщиною збито 4 ударні БпЛА, – повідомив генерал-майор Остап Литвин.');
    assert.deepEqual(who(facts), [['interception', 'Остап Литвин', null]]);
  });

  it('negative: a body that signs alone has no name; a rank with no name after it names no one', () => {
    assert.deepEqual(who(extract('Над Полтавщиною збито 9 шахедів.\nПовітряні сили ЗСУ')), [
      ['interception', null, 'air_force'],
    ]);
    assert.deepEqual(who(extract('Над Сумщиною збито 4 ударні БпЛА, – повідомив генерал-майор.')), [
      ['interception', null, null],
    ]);
  });
});

describe('a repost’s credits left empty by cleaning do not hide the signature above them', () => {
  it('«Взято у @…» and «Переклав @…» after the signature: the signature still signs', () => {
    const facts = extract(
      'Вночі над Миколаївщиною збито 7 шахедів.\nДякую за бойову роботу!\nКомандувач Повітряних Сил генерал-лейтенант Петро Гнатюк\nВзято у @kanal_news\nПереклав @kanal_news_ua',
    );
    assert.deepEqual(who(facts), [['interception', 'Петро Гнатюк', 'air_force']]);
  });

  it('negative: a two-word name on the last line is a signature, not a stub', () => {
    const facts = extract('Вночі над Миколаївщиною збито 7 шахедів.\nДякую за бойову роботу!\nМаксим Коваль');
    assert.deepEqual(who(facts), [['interception', 'Максим Коваль', null]]);
  });
});

const tolls = (facts: Fact[]) => facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties);

describe('the hurt named in the plural with no figure state no figure', () => {
  it('«є поранені серед цивільного населення»: no toll, whatever the person word’s case', () => {
    assert.deepEqual(tolls(extract('Внаслідок обстрілу Бериславу є поранені серед цивільного населення.')), []);
    assert.deepEqual(tolls(extract('Ворожі удари по Бериславу калічать і поранені мирних жителів.')), []);
  });

  it('negative: a singular participle or a verb of the attacker with one person still counts one', () => {
    assert.deepEqual(tolls(extract('Внаслідок обстрілу Бериславу поранено мирного жителя.')), [
      { killed: null, injured: 1, children_killed: null, children_injured: null },
    ]);
    assert.deepEqual(tolls(extract('Окупанти обстріляли Берислав, травмували цивільну особу.')), [
      { killed: null, injured: 1, children_killed: null, children_injured: null },
    ]);
    assert.deepEqual(tolls(extract('Внаслідок обстрілу Бериславу поранені 3 мирних жителі.')), [
      { killed: null, injured: 3, children_killed: null, children_injured: null },
    ]);
  });
});

const brief = (facts: Fact[]) =>
  facts.map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? null] as const);

describe('a weapon written into the noun of attack with a hyphen («РСЗВ-обстрілів», «БПЛА-атаки»)', () => {
  it('the number before the compound counts the attacks', () => {
    assert.deepEqual(brief(extract('Ворог здійснив 7 РСЗВ-обстрілів по Степногірську.')), [
      ['strike', 'UA-23', 'rocket', 7],
    ]);
  });

  it('«N БПЛА-атак по …» alone is a strike by drones, counted', () => {
    assert.deepEqual(brief(extract('Окупанти здійснили 3 БПЛА-атаки по Малокатеринівці.')), [
      ['strike', 'UA-23', 'uav', 3],
    ]);
  });

  it('negative: drones as the subject of the verb («БПЛА атакували …») are no compound noun', () => {
    assert.deepEqual(brief(extract('Вночі 5 БПЛА атакували Степногірськ.')), [['strike', 'UA-23', 'uav', 5]]);
  });
});

const weapons = (facts: Fact[]) =>
  facts.filter((f) => f.kind === 'strike').map((f) => [f.region?.code ?? null, f.weapon]);

describe('a strike that names no weapon takes the one its lead named, when the lead told no fact', () => {
  it('«Відновлюємося після ракетного удару. … Внаслідок влучання пошкоджено будинки»: a missile strike, inferred', () => {
    const facts = extract(
      'Відновлюємося після ракетного удару разом із громадою.\nВолонтери привезли плівку херсонцям. Внаслідок влучання пошкоджено приватні будинки.',
    );
    assert.deepEqual(weapons(facts), [['UA-65', 'missile']]);
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.fields.weapon?.inferred, true);
    assert.equal(strike?.fields.weapon?.text, 'ракетного удару');
  });

  it('negative: two classes named before leave the strike’s weapon unknown', () => {
    const two = extract(
      'Після ракетного удару та атаки дронів місто відновлюється.\nВнаслідок влучання у Херсоні пошкоджено приватні будинки.',
    );
    assert.deepEqual(weapons(two), [['UA-65', null]]);
  });

  it('negative: a strike placed nowhere (talk of strikes) takes no weapon from the lead', () => {
    const facts = extract(
      'Про загрозу ракетного удару пишуть анонімні канали.\nВорог завдав удару по території України.',
    );
    assert.ok(weapons(facts).every(([, w]) => w === null));
  });
});

// Review of uk18 (fixuk18): the defects found after the merge, each with an invented input.
describe('earlier-weapon lends only a word that told an attack, near the strike, of its place and time', () => {
  it('negative: a bare weapon noun of arms, not of an attack, lends nothing', () => {
    assert.deepEqual(
      weapons(
        extract('Дякуємо партнерам за ракети для ППО. Сьогодні зранку ворог атакував Дніпро, пошкоджено будинок.'),
      ),
      [['UA-12', null]],
    );
    assert.deepEqual(
      weapons(
        extract(
          'США оголосили про новий пакет допомоги, до якого увійдуть ракети ATACMS. Сьогодні вранці ворог атакував Харків.',
        ),
      ),
      [['UA-63', null]],
    );
    const en = extractText(
      'Ukraine has asked allies for more Patriot missiles. On Tuesday night a strike hit Kharkiv, damaging homes.',
      'en',
      '2025-03-12T09:00:00+02:00',
    );
    assert.deepEqual(weapons(en), [['UA-63', null]]);
  });

  it('negative: an attack of another place and another day lends nothing', () => {
    const facts = extract(
      'Позавчора Київ пережив масовану ракетну атаку, аналітики досі рахують її наслідки. Сьогодні вночі ворог атакував Харків, пошкоджено будинок.',
    );
    assert.deepEqual(weapons(facts), [['UA-63', null]]);
  });

  it('negative: a lead two paragraphs back lends nothing; the paragraph right after the lead still takes it', () => {
    const far = extract(
      'Оговтуємося після ракетного удару.\nГромада збирає допомогу.\nВнаслідок влучання у Херсоні пошкоджено будинки.',
    );
    assert.deepEqual(weapons(far), [['UA-65', null]]);
    const next = extract('Оговтуємося після ракетного удару.\nВнаслідок влучання у Херсоні пошкоджено будинки.');
    assert.deepEqual(weapons(next), [['UA-65', 'missile']]);
  });
});

describe('a rank is a whole lower-case word, not the start of a surname', () => {
  it('«сообщил Майоров», «повідомив Майоров»: the surname is the speaker', () => {
    const ru = extractText(
      'В Белгороде беспилотник атаковал жилой дом, повреждена крыша, сообщил Майоров.',
      'ru',
      '2025-03-10T06:00:00+03:00',
    );
    assert.ok(ru.length > 0);
    assert.deepEqual(
      ru.map((f) => f.claimant?.name ?? null),
      ru.map(() => 'Майоров'),
    );
    for (const name of ['Майоров', 'Генералов', 'Полковников', 'Капітаненко']) {
      const facts = extract(`Над Сумщиною збито 4 ударні БпЛА, повідомив ${name}.`);
      assert.deepEqual(who(facts), [['interception', name, null]], name);
    }
  });
});

describe('a plural heading of the hurt counts the people it lists', () => {
  it('«поранені: жінка 45 років»: one injured', () => {
    assert.deepEqual(tolls(extract('Внаслідок обстрілу Нікополя поранені: жінка 45 років.')), [
      { killed: null, injured: 1, children_killed: null, children_injured: null },
    ]);
  });

  it('«Поранені жінка та чоловік»: two injured, one per person noun of the list', () => {
    assert.deepEqual(tolls(extract('Ворог атакував Херсон. Поранені жінка та чоловік.')), [
      { killed: null, injured: 2, children_killed: null, children_injured: null },
    ]);
  });
});
