// Second review of session 35 (review35b): rules merged on int35 read on texts they were not made for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T08:00:00+03:00';

const tolls = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'casualties')
    .map((f) => [f.region?.code ?? null, f.casualties?.injured ?? null]);

// §2: a toll told as a correction was kept in any report: road accidents, gas, a flat fire, a budget amendment.
test('a toll told as a correction with no word of the air war gives nothing', () => {
  assert.deepEqual(tolls('Correction: two people were injured in the bus crash in Kharkiv, not three.', 'en'), []);
  assert.deepEqual(tolls('Уточнення: внаслідок отруєння газом у Сумах постраждали троє.', 'uk'), []);
  assert.deepEqual(
    tolls('Поправка: при пожаре в жилом доме в Белгороде пострадали двое, сообщили спасатели.', 'ru'),
    [],
  );
  assert.deepEqual(
    tolls(
      'Поправка к бюджету: в Курске пострадавшим выплатят по 100 тыс. рублей, двое пострадавших уже получили.',
      'ru',
    ),
    [],
  );
  assert.deepEqual(tolls('Уточнение: в Грайвороне пострадавших трое — к двум мужчинам добавилась женщина.', 'ru'), []);
});

test('a toll told as a correction beside an attack or an alarm is the toll', () => {
  assert.deepEqual(
    tolls(
      'Уточнение: после атаки беспилотника на Грайворон пострадавших трое — к двум мужчинам добавилась женщина.',
      'ru',
    ),
    [['RU-BEL', 3]],
  );
  assert.deepEqual(
    tolls(
      'Уточнення: поки тривала повітряна тривога, у Сумах постраждалих четверо, до трьох чоловіків додалася жінка.',
      'uk',
    ),
    [['UA-59', 4]],
  );
});
