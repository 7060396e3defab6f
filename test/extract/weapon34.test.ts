// Russian and Ukrainian weapons on unseen text (thirty-fourth session, branch weapon34). Every text is invented, in the
// style of Telegram posts and news headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-22T08:00:00+03:00';
const triples = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.region?.code ?? null, f.weapon] as const);
const has = (text: string, lang: 'ru' | 'uk', kind: string, code: string | null, weapon: string | null) =>
  triples(text, lang).some(([k, c, w]) => k === kind && c === code && w === weapon);
const show = (text: string, lang: 'ru' | 'uk') => JSON.stringify(triples(text, lang));

describe('an alarm named by the missile threat carries the missile', () => {
  it('«ракетная угроза», «угроза атаки крылатых ракет», «загроза ракетної атаки»', () => {
    const cases: [string, 'ru' | 'uk', string | null, string][] = [
      ['В Полтавской области гремят взрывы, Воздушные силы сообщали о ракетной угрозе.', 'ru', 'UA-53', 'missile'],
      [
        'Об угрозе атаки крылатых ракет в Николаевской области сообщили Воздушные силы.',
        'ru',
        'UA-48',
        'cruise_missile',
      ],
      ['В Сумской области объявлена угроза атаки баллистических ракет.', 'ru', 'UA-59', 'ballistic_missile'],
      ['Через загрозу ракетної атаки у Черкаській області оголошено тривогу.', 'uk', 'UA-71', 'missile'],
      ['На Вінниччині ракетна загроза, прямуйте в укриття.', 'uk', 'UA-05', 'missile'],
    ];
    for (const [text, lang, code, weapon] of cases)
      assert.ok(has(text, lang, 'alert', code, weapon), `${text}: ${show(text, lang)}`);
  });

  it('negative cases: talk of the danger of missile strikes is no alarm', () => {
    for (const [text, lang] of [
      ['Сообщения об угрозе ракетного удара по Киеву — фейк, заявили в ОВА.', 'ru'],
      ['Нагадую, що загроза ракетних та дронових ударів по Одесі зберігається.', 'uk'],
    ] as const)
      assert.ok(!triples(text, lang).some(([k]) => k === 'alert'), `${text}: ${show(text, lang)}`);
  });

  it('negative cases (fixrev34): a missile threat neither announced, sheltered from nor placed is talk of the danger', () => {
    for (const [text, lang] of [
      ['Ракетная угроза со стороны Ирана растёт, заявили в Тель-Авиве.', 'ru'],
      ['Аналитик оценил ракетную угрозу для Санкт-Петербурга.', 'ru'],
      ['Ракетна загроза для Львова залишається високою, заявив Ігнат.', 'uk'],
      ['Зеленський: ракетна загроза з Білорусі нікуди не зникла, тому Київ просить більше ППО.', 'uk'],
      ['Угроза ракетной атаки на Одессу сохранится всю зиму, считают эксперты.', 'ru'],
      ['Загроза ракетних атак по Дніпру зберігатиметься протягом зими.', 'uk'],
      ['Мешканці втомилися від ракетних загроз, свідчить опитування у Львові.', 'uk'],
      ['Запорожская АЭС защищена от ракетной угрозы, заявил директор станции.', 'ru'],
      ['Дніпро: за минулий рік ракетна загроза оголошувалася 400 разів.', 'uk'],
    ] as const)
      assert.ok(!triples(text, lang).some(([k]) => k === 'alert'), `${text}: ${show(text, lang)}`);
  });

  it('a missile threat announced, ended, sheltered from or placed stays an alarm (fixrev34)', () => {
    const cases: [string, 'ru' | 'uk', string | null][] = [
      ['В Курске объявлена ракетная угроза.', 'ru', 'RU-KRS'],
      ['Ракетная угроза. Николаевская область, в укрытие!', 'ru', 'UA-48'],
      ['Ракетна загроза на Полтавщині! Негайно прямуйте до укриття.', 'uk', 'UA-53'],
      ['У Черкасах ракетна загроза.', 'uk', 'UA-71'],
      ['Под Полтавой слышны взрывы, ВСУ писали о ракетной угрозе.', 'ru', 'UA-53'],
    ];
    for (const [text, lang, code] of cases)
      assert.ok(has(text, lang, 'alert', code, 'missile'), `${text}: ${show(text, lang)}`);
  });
});

describe('a present verb of attacking with a weapon as its subject or means is a strike as it happens', () => {
  it('the weapon right before the verb, in quotes, or the first of the means before it', () => {
    const cases: [string, 'ru' | 'uk', string, string][] = [
      ['Дрони атакують нафтобазу в Феодосії', 'uk', 'UA-43', 'uav'],
      ['«Шахеды» атакуют Николаев', 'ru', 'UA-48', 'uav'],
      ['ВСУ дронами и артиллерией атакуют подстанцию в Курской области', 'ru', 'RU-KRS', 'uav'],
      ['Безпілотники атакують Харків, працює ППО', 'uk', 'UA-63', 'uav'],
    ];
    for (const [text, lang, code, weapon] of cases)
      assert.ok(has(text, lang, 'strike', code, weapon), `${text}: ${show(text, lang)}`);
  });

  it('negative cases: no weapon, no place after the verb, a habit, ground combat', () => {
    for (const [text, lang] of [
      ['ВСУ массово атакуют Белгородскую область, сообщил губернатор.', 'ru'],
      ['Новейшие ракеты атакуют цели со скоростью 3 км в секунду.', 'ru'],
      ['Дрони щоночі атакують Одесу.', 'uk'],
      ['Как дроны атакуют цели: видео с полигона.', 'ru'],
    ] as const)
      assert.ok(!triples(text, lang).some(([k]) => k === 'strike'), `${text}: ${show(text, lang)}`);
  });

  it('negative cases (fixrev34): a forecast, a question, an explanation, a trend, a warning or a denial', () => {
    for (const [text, lang] of [
      ['В ГУР предупредили, что дроны атакуют Одессу на выходных.', 'ru'],
      ['Эксперт: в ближайшие дни ракеты атакуют энергетику Харькова.', 'ru'],
      ['Аналітики попереджають: найближчими днями ракети атакують енергетику Львова.', 'uk'],
      ['Прогноз: шахеды атакуют Днепр этой ночью.', 'ru'],
      ['Дроны всё чаще атакуют Курск.', 'ru'],
      ['Дрони дедалі частіше атакують Сумщину.', 'uk'],
      ['Как украинские дроны атакуют Брянск: объясняем.', 'ru'],
      ['Аналітики пояснили, чому шахеди атакують Одесу.', 'uk'],
      ['Зеленский: дроны атакуют Харьков, потому что Россия хочет запугать людей.', 'ru'],
      ['Дроны не атакуют Москву уже неделю.', 'ru'],
      ['Шахеди сьогодні не атакують Київ.', 'uk'],
      ['Украина получила ракеты ATACMS и атакует Крым.', 'ru'],
      ['Зеленский: если Запад не даст ПВО, ракеты атакуют Одессу снова.', 'ru'],
    ] as const)
      assert.ok(!triples(text, lang).some(([k]) => k === 'strike'), `${text}: ${show(text, lang)}`);
  });

  it('a strike told as it happens stays one (fixrev34)', () => {
    const cases: [string, 'ru' | 'uk', string, string][] = [
      ['Шахеди атакують Одесу: вибухи чути в кількох районах.', 'uk', 'UA-51', 'uav'],
      ['Дроны ВСУ атакуют Курскую область, сообщил губернатор.', 'ru', 'RU-KRS', 'uav'],
      ['Ракеты атакуют Днепр — в городе слышны взрывы.', 'ru', 'UA-12', 'missile'],
    ];
    for (const [text, lang, code, weapon] of cases)
      assert.ok(has(text, lang, 'strike', code, weapon), `${text}: ${show(text, lang)}`);
  });
});
