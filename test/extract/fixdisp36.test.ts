// ux36 trial items on extraction (#2, #7, #8). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-14T09:20:00+03:00';
const tolls = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.casualties !== null)
    .map((f) => [f.casualties?.killed ?? null, f.casualties?.injured ?? null]);

// ux36 #2: «обломки … упали в трех районах, пострадала женщина» gave 3 injured, the districts counted.
test('#2 a number of districts or houses before a word of wounds counts those, not the hurt', () => {
  assert.deepEqual(tolls('В Харькове обломки дронов упали в двух районах, пострадал мужчина.', 'ru'), [[null, 1]]);
  assert.deepEqual(tolls('У Львові уламки ракети впали у трьох районах, постраждала жінка.', 'uk'), [[null, 1]]);
  assert.deepEqual(tolls('Debris from downed drones fell in four districts of Dnipro, injuring a man.', 'en'), [
    [null, 1],
  ]);
  assert.deepEqual(tolls('В Одессе после атаки дронов повреждены 2 дома, ранены трое.', 'ru'), [[null, 3]]);
});

test('#2 negative: a number of people keeps its toll', () => {
  assert.deepEqual(tolls('В Херсоне 4 человека пострадали при обстреле.', 'ru'), [[null, 4]]);
  assert.deepEqual(tolls('У Запоріжжі 5 людей загинули внаслідок удару.', 'uk'), [[5, null]]);
});

// ux36 #7: «Погибших … уже восемь» was read as no toll, so the incident kept the older six.
test('#7 a running toll told with «уже» after the places between is read', () => {
  assert.deepEqual(tolls('Погибших при ударе ракеты по жилому дому в Конотопе уже семь.', 'ru'), [[7, null]]);
  assert.deepEqual(tolls('Загиблих унаслідок удару по багатоповерхівці в Полтаві вже дев’ятеро.', 'uk'), [[9, null]]);
  assert.deepEqual(tolls('Погибших при ударе по Харькову уже 5, раненых 12.', 'ru'), [[5, 12]]);
});

test('#7 negative: «уже» before a number of places, or past a comma, is no toll', () => {
  assert.deepEqual(tolls('После атаки дронов на Сумы пострадавших нет, уже 3 раза объявляли тревогу.', 'ru'), [[0, 0]]);
  assert.ok(
    !tolls('Раненых при ударе по Сумам доставили в больницу, уже 4 из них выписаны.', 'ru').some(([k]) => k === 4),
  );
});

// ux36 #8: «"Укрэнерго" с 18 ноября вводит графики отключений» in a post of the 17th became an incident of the 18th.
test('#8 a window that opens after publication is a plan: the fact keeps no window', () => {
  const evening = '2025-03-14T20:30:00+03:00';
  for (const [text, lang] of [
    ['«Укрэнерго» с 16 марта вводит графики отключений света после ракетной атаки.', 'ru'],
    ['«Укренерго» з 16 березня запроваджує графіки відключень світла після ракетної атаки.', 'uk'],
  ] as const) {
    const facts = extractText(text, lang, evening);
    assert.ok(facts.length > 0, text);
    for (const f of facts) assert.equal(f.when, null, `${f.kind}: ${text}`);
  }
});

test('#8 negative: a window that opened before publication stays', () => {
  const f = extractText('14 марта ночью над Брянской областью сбиты 7 беспилотников.', 'ru', PUBLISHED).find(
    (x) => x.kind === 'interception',
  );
  assert.ok(f?.when?.start.startsWith('2025-03-1'), JSON.stringify(f?.when));
});

// ux36 #8: «с начала ноября наши операторы … уничтожили несколько танков» (a month's total of ground FPV strikes)
// became a strike of that day.
test('#8 a total since the start of a month is history, no event of the day', () => {
  for (const [text, lang] of [
    ['С начала марта операторы FPV-дронов уничтожили 14 танков на Покровском направлении.', 'ru'],
    ['З початку березня оператори FPV-дронів знищили 14 танків на Покровському напрямку.', 'uk'],
  ] as const) {
    const facts = extractText(text, lang, PUBLISHED);
    assert.ok(facts.length > 0, text);
    for (const f of facts) assert.equal(f.historical, true, `${f.kind}: ${text}`);
  }
});

test('#8 negative: a night told beside the month is no tally', () => {
  const facts = extractText('Ночью над Курской областью уничтожено 12 беспилотников.', 'ru', PUBLISHED);
  assert.ok(facts.some((f) => f.kind === 'interception' && !f.historical));
});
