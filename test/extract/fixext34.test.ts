// ux34 trial items on extraction (#3, #4, #8, #12, #13). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers } from '../../src/extract/common/numbers.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-07-14T09:00:00+03:00';
const injured = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'casualties')
    .map((f) => f.casualties?.injured ?? null);

// ux34 #3: «не два, а три» took the figure denied; «Третьего пострадавшего …» was a new toll of one.
test('#3 a figure taken back and the one put in its place count the second', () => {
  assert.deepEqual(
    findNumbers('ранены не четыре, а шесть человек', 'ru').map((n) => [n.text, n.count.value]),
    [['не четыре, а шесть', 6]],
  );
  assert.deepEqual(
    findNumbers('not 5 but 7 civilians', 'en').map((n) => [n.text, n.count.value]),
    [['not 5 but 7', 7]],
  );
  assert.deepEqual(injured('Поправка: при обстреле Шебекино ранены не четыре, а шесть человек.', 'ru'), [6]);
  assert.deepEqual(injured('Уточнення: внаслідок удару по Сумах постраждали не двоє, а троє людей.', 'uk'), [3]);
  assert.deepEqual(injured('In Sumy not two but three people were injured in the drone attack.', 'en'), [3]);
});

test('#3 negative: a figure not taken back, or two figures apart, read as before', () => {
  assert.deepEqual(
    findNumbers('не менее 5 и 7', 'ru').map((n) => n.count.value ?? n.count.min),
    [5, 7],
  );
  assert.deepEqual(
    findNumbers('сбито 12 беспилотников, а 3 упали', 'ru').map((n) => n.count.value),
    [12, 3],
  );
});

test('#3 an ordinal person is one of a toll told before, not a toll of one', () => {
  const text =
    'В Шебекино в результате удара дрона ранены два человека. Второго пострадавшего, женщину 40 лет, доставили в больницу.';
  assert.deepEqual(injured(text, 'ru'), [2]);
  assert.deepEqual(
    injured('У Сумах внаслідок атаки дрона поранено двох людей. Другого постраждалого доправили до лікарні.', 'uk'),
    [2],
  );
});

test('#3 negative: a person hurt with no ordinal is still one', () => {
  assert.deepEqual(injured('В Шебекино в результате удара дрона пострадала женщина.', 'ru'), [1]);
});

// ux34 #4: «Уже 5 постраждалих внаслідок удару» made the strike count 5 drones.
test('#4 a number that counts the hurt is no count of strikes', () => {
  const facts = extractText('Вже 7 поранених внаслідок удару по Шевченківському району Запоріжжя.', 'uk', PUBLISHED);
  const strike = facts.find((f) => f.kind === 'strike');
  assert.ok(strike);
  assert.equal(strike.count, null);
  assert.deepEqual(injured('Вже 7 поранених внаслідок удару по Шевченківському району Запоріжжя.', 'uk'), [7]);
  const ru = extractText('Уже 4 пострадавших в результате удара по Белгороду.', 'ru', PUBLISHED);
  assert.equal(ru.find((f) => f.kind === 'strike')?.count ?? null, null);
});

test('#4 negative: a number right before a strike noun still counts the strikes', () => {
  const facts = extractText('Ворог завдав 3 ракетних ударів по Запоріжжю.', 'uk', PUBLISHED);
  assert.equal(facts.find((f) => f.kind === 'strike')?.count?.value, 3);
});

// ux34 #8: a lifting in the sentence after the restriction named no airport and was lost.
const airports = (text: string) =>
  extractText(text, 'ru', '2025-07-14T02:10:00+03:00')
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => [f.airports.join(','), f.region?.code ?? null, f.detail, f.when?.end ?? null] as const);

test('#8 a lifting that names no airport ends the closure told before it', () => {
  assert.deepEqual(airports('В аэропорту Калуга введены временные ограничения. Ограничения сняты в 01:50.'), [
    ['KLF', 'RU-KLU', null, null],
    ['KLF', 'RU-KLU', 'restrictions lifted', '2025-07-14T01:50:00+03:00'],
  ]);
  // Lifted after the post went out (an updated post): the clock is of the next morning, after the closure.
  assert.deepEqual(airports('В аэропорту Калуга введены временные ограничения. Ограничения сняты в 04:30.'), [
    ['KLF', 'RU-KLU', null, null],
    ['KLF', 'RU-KLU', 'restrictions lifted', '2025-07-14T04:30:00+03:00'],
  ]);
  // A lifting that states no time takes none from the closure's sentence.
  assert.deepEqual(airports('В аэропорту Калуга в 01:20 введены ограничения. UPD: Ограничения сняты.'), [
    ['KLF', 'RU-KLU', null, '2025-07-14T01:20:00+03:00'],
    ['KLF', 'RU-KLU', 'restrictions lifted', null],
  ]);
});

test('#8 negative: a lifting with nothing told before it, or naming its own airport, is read as before', () => {
  assert.deepEqual(airports('Ограничения сняты в 01:50.'), []);
  assert.deepEqual(airports('В аэропорту Калуга введены ограничения. В аэропорту Тамбов ограничения сняты.'), [
    ['KLF', 'RU-KLU', null, null],
    ['TBW', 'RU-TAM', 'restrictions lifted', null],
  ]);
});

// ux34 #12: the strike took the first clock of its sentence, the explosions', not its own.
test("#12 each clause's clock time belongs to its own clause's fact", () => {
  const facts = extractText(
    'Blasts were heard in Mykolaiv at around 01:10, and a drone struck a grain terminal at 01:35, officials said.',
    'en',
    PUBLISHED,
  );
  const strike = facts.find((f) => f.kind === 'strike');
  assert.equal(strike?.when?.start, '2025-07-14T01:35:00+03:00');
  assert.equal(strike?.fields.when?.text, 'at 01:35');
});

test('#12 negative: one clock time in the sentence is every fact of it', () => {
  const facts = extractText(
    'At 01:10 a drone struck a grain terminal in Mykolaiv, injuring two workers.',
    'en',
    PUBLISHED,
  );
  assert.deepEqual(
    facts.map((f) => f.when?.start),
    facts.map(() => '2025-07-14T01:10:00+03:00'),
  );
});

// ux34 #13: a district named after another city, once the text named its city, was dropped as that other city's,
// and the strike that named only it was lost.
const strikes = (text: string) =>
  extractText(text, 'uk', PUBLISHED)
    .filter((f) => f.kind === 'strike')
    .map((f) => [f.region?.code ?? null, f.place?.name ?? null, f.weapon] as const);

test("#13 a city's district named after another town, after the city, is that city's place", () => {
  assert.deepEqual(strikes('Одеса під атакою ворожих дронів. Зафіксовано влучання у Київському районі.'), [
    ['UA-51', 'Odesa', 'uav'],
  ]);
  // A curated district among adjectives sharing one head makes the others its city's too.
  assert.deepEqual(strikes('Зафіксовано влучання у Салтівському та Київському районах.'), [['UA-63', null, null]]);
});

test('#13 negative: a district with its own region named after it keeps it; no city before, no change', () => {
  assert.deepEqual(
    strikes('Одеса під атакою ворожих дронів. Зафіксовано влучання у Київському районі Київської області.'),
    [['UA-32', null, null]],
  );
});
