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
