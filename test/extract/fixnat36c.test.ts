// ux36 #1: a national total put in a town the post names only later. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-14T09:20:00+03:00';
/** Each counted fact as [kind, region, count]. */
const counted = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.count !== null)
    .map((f) => [f.kind, f.region?.code ?? null, f.count?.value ?? f.count?.min ?? null]);

test('#1 a count told after an attack on the whole country keeps no town named only later', () => {
  assert.deepEqual(
    counted(
      'Президент: этой ночью враг атаковал по всей Украине. В общей сложности около 110 ракет и 80 дронов. Наши ' +
        'силы ПВО уничтожили более 130 воздушных целей. В Одессе повреждены жилые дома.',
      'ru',
    ),
    [['interception', null, 131]],
  );
  assert.deepEqual(
    counted(
      'Президент: цієї ночі ворог атакував по всій Україні. Загалом близько 100 ракет і 70 дронів. Наша ППО знищила ' +
        'понад 120 повітряних цілей. У Львові пошкоджено склад.',
      'uk',
    ),
    [['interception', null, 121]],
  );
  assert.deepEqual(
    counted(
      'The president said the enemy struck targets across Ukraine overnight. Air defences shot down 45 drones and 12 ' +
        'missiles. In Lviv, debris damaged a warehouse.',
      'en',
    ),
    [
      ['interception', null, 45],
      ['interception', null, 12],
    ],
  );
});

test('#1 a count whose own sentence aims at the country borrows no place named before', () => {
  assert.deepEqual(
    counted(
      'Главное из заявления:\n\n— Удары по Харькову продолжаются.\n\n— Сегодня ночью армия нанесла удар 80 ракетами и ' +
        '90 беспилотниками, поражено 15 объектов на территории Украины.',
      'ru',
    ),
    [
      ['strike', null, 80],
      ['strike', null, 90],
    ],
  );
});

test("#1 negative: a country's adjective is no attack on the whole country", () => {
  assert.deepEqual(
    counted(
      'Explosions heard in Kyiv as Russia strikes\nRussia fired cruise missiles at Ukrainian cities overnight. Air ' +
        'defence destroyed 18 missiles.',
      'en',
    ),
    [['interception', 'UA-30', 18]],
  );
  assert.deepEqual(
    counted(
      'Ночью беспилотники атаковали объекты на российской территории, сообщили военные. Всего уничтожено 20 дронов. ' +
        'В Брянской области повреждена ЛЭП.',
      'ru',
    ),
    [['interception', 'RU-BRY', 20]],
  );
});

test('#1 negative: the country in a clause of something else is no scope of the count', () => {
  const tolls = (text: string) =>
    extractText(text, 'en', PUBLISHED)
      .filter((f) => f.casualties !== null)
      .map((f) => [f.region?.code ?? null, f.casualties?.killed ?? null]);
  assert.deepEqual(
    tolls(
      'Drones hit Kyiv overnight, the mayor said. Two people were killed, as Russia pressed its campaign across the country.',
    ),
    [['UA-30', 2]],
  );
  assert.deepEqual(
    tolls(
      'Dnipro was attacked by drones overnight, the governor said. Three people were killed in the attack, which came ' +
        'a week after Russia began a campaign against power plants across Ukraine.',
    ),
    [['UA-12', 3]],
  );
});

// The review's regional totals and «всего» as "only" (fixnat36's rule took their places): they keep them.
test('#1 negative: a regional total, or one pointing back to the region named later, keeps its place', () => {
  assert.deepEqual(
    counted(
      'Губернатор Брянской области: ночью враг атаковал регион. Всего за ночь над регионом сбито 12 беспилотников.',
      'ru',
    ),
    [['interception', 'RU-BRY', 12]],
  );
  assert.deepEqual(
    counted(
      'Head of the Poltava regional administration: drones attacked overnight. In total, 14 drones were shot down over ' +
        'the region.',
      'en',
    ),
    [['interception', 'UA-53', 14]],
  );
  // After an attack on the whole country, «над регионом», «над областю», "over the region" still point to the region
  // the report names.
  assert.deepEqual(
    counted(
      'Ночью Россия атаковала Украину ударными дронами. Всего за ночь над регионом сбито 12 беспилотников. Об этом ' +
        'сообщил глава Полтавской ОВА.',
      'ru',
    ),
    [['interception', 'UA-53', 12]],
  );
  assert.deepEqual(
    counted(
      'Вночі Росія атакувала Україну ударними дронами. Усього над областю збили 9 шахедів. Про це повідомив голова ' +
        'Полтавської ОВА.',
      'uk',
    ),
    [['interception', 'UA-53', 9]],
  );
  assert.deepEqual(
    counted(
      'Russia attacked Ukraine with drones overnight. In total, 14 drones were shot down over the region, the head of ' +
        'the Poltava regional administration said.',
      'en',
    ),
    [['interception', 'UA-53', 14]],
  );
  assert.deepEqual(
    counted(
      'Ночью область атаковали ударные дроны. Всего один беспилотник прорвался, он упал на окраине. В Сумах повреждены окна.',
      'ru',
    ),
    [['strike', 'UA-59', 1]],
  );
});

test('#1 negative: one weapon after an attack on the whole country is no total and keeps the town', () => {
  assert.deepEqual(
    counted(
      'Ночью Россия атаковала Украину ударными дронами. Всего один беспилотник прорвался, он упал на окраине. В Сумах ' +
        'повреждены окна.',
      'ru',
    ),
    [['strike', 'UA-59', 1]],
  );
  assert.deepEqual(
    counted('Взрывы прогремели в Днепре. Россия запустила по Украине баллистическую ракету, сообщили военные.', 'ru'),
    [['strike', 'UA-12', 1]],
  );
});
