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

// §3: on a governor's or mayor's channel, a cited source («По данным Минобороны, …») lost the counts told after its
// sentence; only what the channel sees on the ground is its own.
const post = (channel: string, lang: string, body: string) =>
  `---\npublished: ${PUBLISHED}\nsource: ${channel}\nurl: https://t.me/example/1\nlang: ${lang}\n---\n${body}\n`;
const roles = (channel: string, body: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(post(channel, lang, body), lang, PUBLISHED).map((f) => [
    f.kind,
    f.count?.value ?? null,
    f.claimant?.role ?? null,
  ]);

test('a cited source keeps the counts told after its sentence on a voiced channel', () => {
  assert.deepEqual(
    roles(
      'Kursk Governor (Telegram)',
      'По данным Минобороны, ночью над регионом отражена атака. Уничтожено 12 беспилотников, из них 5 над Курчатовом.',
      'ru',
    ),
    [
      ['interception', 12, 'ministry'],
      ['interception', 5, 'ministry'],
    ],
  );
  assert.deepEqual(
    roles(
      'Belgorod Governor (Telegram)',
      'По данным Минобороны, ВСУ атаковали Белгород ракетами «Ольха». Сбиты 10 ракет.',
      'ru',
    ),
    [['interception', 10, 'ministry']],
  );
  assert.deepEqual(
    roles(
      'Kharkiv Mayor (Telegram)',
      'За даними Повітряних сил, над Харківщиною збито 8 шахедів. Ще 2 ракети збито над Харковом.',
      'uk',
    ),
    [
      ['interception', 8, 'air_force'],
      ['interception', 2, 'air_force'],
    ],
  );
});

test('damage and casualties told after a cited source stay the channel’s own', () => {
  assert.deepEqual(
    roles(
      'Kursk Governor (Telegram)',
      'По данным Минобороны, над регионом ночью сбиты 5 беспилотников. В Курске повреждены два частных дома.',
      'ru',
    ),
    [
      ['interception', 5, 'ministry'],
      ['damage', null, 'governor'],
    ],
  );
  assert.deepEqual(
    roles(
      'Belgorod Governor (Telegram)',
      'По данным Минобороны, над Белгородской областью сбиты 10 беспилотников. По предварительной информации, пострадавших нет.',
      'ru',
    ),
    [
      ['interception', 10, 'ministry'],
      ['casualties', null, 'governor'],
    ],
  );
});

// §4: a later post that lowers a figure in so many words («по уточненным данным», «а не пять», "not five") was no
// correction, so the retracted higher figure stood, disputed, as the headline.
const corrections = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'casualties' || f.kind === 'interception')
    .map((f) => [f.kind, f.correction === true]);

test('a figure revised in so many words is a correction, digits or number words', () => {
  assert.deepEqual(
    corrections('По уточненным данным, в Белгороде в результате атаки беспилотников ранены три человека.', 'ru'),
    [['casualties', true]],
  );
  assert.deepEqual(corrections('В Белгороде в результате атаки беспилотников ранены три человека, а не пять.', 'ru'), [
    ['casualties', true],
  ]);
  assert.deepEqual(
    corrections('Three people were injured in the drone attack on Kharkiv, not five as reported earlier.', 'en'),
    [['casualties', true]],
  );
  assert.deepEqual(
    corrections('За уточненими даними, внаслідок атаки дронів у Харкові поранено троє людей, а не п’ятеро.', 'uk'),
    [['casualties', true]],
  );
  assert.deepEqual(
    corrections('По уточненной информации, над Курской областью сбиты 14 беспилотников, а не 12.', 'ru'),
    [['interception', true]],
  );
});

test('a figure with no word of revising is no correction', () => {
  assert.deepEqual(corrections('В Белгороде в результате атаки беспилотников ранены три человека.', 'ru'), [
    ['casualties', false],
  ]);
  assert.deepEqual(corrections('В Белгороде при атаке беспилотников ранены три человека, а не погиб никто.', 'ru'), [
    ['casualties', false],
  ]);
});
