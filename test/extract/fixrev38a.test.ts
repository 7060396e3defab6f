// Review 38a's findings on the session's denial, toll and headline-side fixes. Every text is invented (the review's).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

type Lang = 'en' | 'ru' | 'uk';
const PUBLISHED = '2024-11-20T08:00:00+03:00';
const facts = (text: string, lang: Lang) => extractText(text, lang, PUBLISHED);
const kinds = (text: string, lang: Lang) =>
  facts(text, lang)
    .map((f) => f.kind)
    .sort();
const counts = (text: string, lang: Lang) =>
  facts(text, lang)
    .filter((f) => f.kind === 'interception')
    .map((f) => f.count?.value ?? null);
const toll = (text: string, lang: Lang) =>
  facts(text, lang)
    .filter((f) => f.kind === 'casualties')
    .map((f) => [f.casualties?.killed ?? null, f.casualties?.injured ?? null]);
const claimants = (text: string, kind: string) =>
  facts(text, 'en')
    .filter((f) => f.kind === kind)
    .map((f) => [f.claimant?.role ?? null, f.claimant?.name ?? null]);

test('1. killed, injured, then "the death toll rose to N": the rise is the dead toll again, the injured stay', () => {
  for (const [text, lang] of [
    ['В Днепре погибли 2 человека, ранены 5, позже число погибших выросло до 3, сообщил Лысак.', 'ru'],
    ['В Днепре погибли 2 человека, ранены 5, число погибших выросло до 3.', 'ru'],
    ['У Дніпрі загинули 2 людини, поранено 5, згодом кількість загиблих зросла до 3, повідомив Лисак.', 'uk'],
    ['In Dnipro 2 people were killed, 5 injured, and later the death toll rose to 3, the governor said.', 'en'],
  ] as const) {
    assert.deepEqual(toll(text, lang), [[3, 5]], text);
  }
  // The other toll's rise stays that toll's alone (fixtoll38).
  assert.deepEqual(toll('В Херсоне ранены 6 человек, число погибших выросло до 2, сообщил Прокудин.', 'ru'), [[2, 6]]);
});

test('2. a denial that opens a clause denies what it governs, not the clause before it', () => {
  assert.deepEqual(
    kinds('Над Курском сбиты 7 беспилотников, неправда, что пострадали люди, сообщил губернатор.', 'ru'),
    ['interception'],
  );
  assert.deepEqual(kinds('Над Курском сбиты 7 беспилотников, фейк, что пострадали люди.', 'ru'), ['interception']);
  assert.deepEqual(kinds('Збито 12 дронів над Київщиною, неправда, що уламки впали на ТЕЦ, заявили в ОВА.', 'uk'), [
    'interception',
  ]);
  for (const [text, lang] of [
    ['Дрон влучив у будинок у Сумах, поранено трьох, неправдою є заяви РФ про склад ЗСУ.', 'uk'],
    ['Дрон атаковал Белгород, ранены трое, ложью являются заявления Киева о складе.', 'ru'],
    ['A drone hit a house in Sumy, injuring three, false reports of a depot strike spread online.', 'en'],
  ] as const) {
    assert.deepEqual(kinds(text, lang), ['casualties', 'strike'], text);
  }
  // Still denied: the subject before a bare predicate tells the claim.
  assert.deepEqual(kinds('Сообщения об ударе по Одессе — фейк, заявили в ОВА.', 'ru'), []);
  assert.deepEqual(kinds('Заява росіян про знищення 30 дронів над Кримом — брехня, сказали в ГУР.', 'uk'), []);
});

test('3. English "false alarm", "false air raid alert", "fake drones used as decoys" tell true facts', () => {
  assert.deepEqual(kinds('Air raid alert in Kyiv region turned out to be a false alarm, officials said.', 'en'), [
    'alert',
  ]);
  assert.deepEqual(kinds('A false air raid alert sounded in Lviv overnight.', 'en'), ['alert']);
  assert.deepEqual(
    counts(
      'Air defence shot down 25 drones over Kyiv region, including fake drones used as decoys, the air force said.',
      'en',
    ),
    [25],
  );
  // A claim called false is still denied.
  assert.deepEqual(
    kinds('Reports that drones attacked Odesa port overnight are fake, the regional administration said.', 'en'),
    [],
  );
  assert.deepEqual(kinds('The governor said reports of a missile strike on Sumy were false.', 'en'), []);
});

test('3. a denied clause that only adds a word of its kind keeps the fact told before it', () => {
  // The port's destruction is denied; the launch of 30 drones at Odesa is not.
  assert.deepEqual(
    kinds(
      'Russia launched 30 drones at Odesa overnight, the Ukrainian air force said; the Russian claim that a port was destroyed is false.',
      'en',
    ).length,
    1,
  );
});

test('4. denial_that stops at its clause: the confirmed clause after «але/а» keeps its count', () => {
  for (const text of [
    'Повітряні сили спростували, що над Києвом збито російський винищувач, але підтвердили, що збито 20 дронів.',
    'Повітряні сили спростували, що над Києвом збито винищувач, а збито 20 дронів.',
  ]) {
    assert.deepEqual(counts(text, 'uk'), [20], text);
  }
});

test("5. a regional official whose phrase names no side speaks for the region's country, not the other side's headline", () => {
  assert.deepEqual(
    claimants(
      'Kyiv says 15 drones hit Kursk\nDrones hit an oil depot in Kursk overnight, governor Alexander Khinshtein said.',
      'strike',
    ).sort(),
    [
      ['governor', 'Alexander Khinshtein'],
      ['official', null],
    ],
  );
  assert.deepEqual(
    claimants(
      'Russia says 2 killed in Kherson\nTwo people were killed in Kherson in Russian shelling, regional governor Oleksandr Prokudin said.',
      'casualties',
    ).sort(),
    [
      ['military_administration', 'Oleksandr Prokudin'],
      ['official', null],
    ],
  );
});

test('6. the headline copy of a body fact merges with it once it takes the body speaker', () => {
  assert.deepEqual(
    claimants(
      'Kyiv says 3 killed in Odesa\nA Russian drone attack on Odesa killed three people, Oleh Kiper, head of the Odesa regional military administration, said.',
      'casualties',
    ),
    [['military_administration', 'Oleh Kiper']],
  );
  // A headline of another region keeps its own fact.
  assert.equal(
    claimants(
      'Kyiv says drones downed over Odesa\nAir defence shot down 12 drones over Mykolaiv, governor Vitaliy Kim said.',
      'interception',
    ).length,
    2,
  );
});
