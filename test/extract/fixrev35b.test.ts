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

// §6: a passive launch took a number that counts something else as the destroyed ones, and a placed twin lost the
// launched number.
const numbers = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.region?.code ?? null, f.count?.value ?? null, f.launched?.value ?? null]);

test('after a passive launch, a number of directions is no count of the weapon', () => {
  assert.deepEqual(
    numbers('48 drones were launched overnight from 3 directions and shot down over Kharkiv region.', 'en'),
    [['UA-63', 48, null]],
  );
  assert.deepEqual(
    numbers('Всего 40 беспилотников были запущены с 2 направлений, все сбиты над Курской областью.', 'ru'),
    [['RU-KRS', 40, 40]],
  );
});

test('a launch read on the whole goes with its placed twin', () => {
  assert.deepEqual(numbers('121 ударний БпЛА було запущено, з них 87 збито над Київщиною.', 'uk'), [
    ['UA-32', 87, 121],
  ]);
  assert.deepEqual(numbers('Всего 64 беспилотника были запущены ночью, из них 58 сбиты над Курской областью.', 'ru'), [
    ['RU-KRS', 58, 64],
  ]);
  assert.deepEqual(numbers('Russia says 20 drones were launched, 20 were shot down over Belgorod region.', 'en'), [
    ['RU-BEL', 20, 20],
  ]);
});

// §7: «Влучання у 2 об'єкти» counts the objects hit, not how many struck.
test('hits at a number of objects are no strike count', () => {
  const strikes = (text: string, lang: 'en' | 'ru' | 'uk') =>
    extractText(text, lang, PUBLISHED)
      .filter((f) => f.kind === 'strike')
      .map((f) => f.count?.value ?? null);
  assert.deepEqual(strikes("Влучання у 2 об'єкти інфраструктури в Одесі.", 'uk'), [null]);
  assert.deepEqual(strikes('Зафиксированы попадания в 3 объекта в Белгороде.', 'ru'), [null]);
  assert.deepEqual(strikes('Вже п’ять влучань у Салтівському районі Харкова.', 'uk'), [5]);
});

// §9: «хотя бы» means "at least": no conditional.
test('«хотя бы», «хоча б», "at least" hold no conditional', () => {
  assert.deepEqual(
    numbers('Хотя бы 5 беспилотников было сбито над Брянской областью, сообщил губернатор.', 'ru').length,
    1,
  );
  assert.deepEqual(numbers('Хоча б 5 шахедів було збито над Сумщиною, повідомив голова ОВА.', 'uk').length, 1);
  assert.deepEqual(
    numbers('At least 5 drones were shot down over Belgorod region, the governor said.', 'en').length,
    1,
  );
  assert.deepEqual(numbers('ВСУ уничтожили бы 10 беспилотников над Брянской областью, если бы не погода.', 'ru'), []);
});

// §8: «обломков сбиты ещё 2 беспилотника»: the downing after the debris word is a finite verb with its own count.
test('a count of its own after the verb of downing is no wreck floor', () => {
  const floors = (text: string, lang: 'en' | 'ru' | 'uk') =>
    extractText(text, lang, PUBLISHED)
      .filter((f) => f.kind === 'interception')
      .map((f) => [f.count?.value ?? null, f.floor === true]);
  assert.deepEqual(floors('На месте падения обломков сбиты ещё 2 беспилотника над Брянской областью.', 'ru'), [
    [2, false],
  ]);
  assert.deepEqual(floors('Обломки сбитого беспилотника повредили крышу дома в Белгороде.', 'ru'), [[1, true]]);
});
