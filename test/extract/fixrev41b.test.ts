// Review 41a of fixux41b: a region adjective with a noun of its own after it («над Тверской улицей») is no bare
// region, and the totals and home towns the review found wrong. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-04-11T08:20:00+03:00';
const read = (text: string, lang: 'ru' | 'uk' = 'ru') =>
  extractText(text, lang, PUBLISHED).map((f) => ({
    region: f.region?.code ?? null,
    count: f.count?.value ?? null,
  }));

test('«над Тверской улицей», «над Орловской трассой»: an adjective with its noun after it is no bare region', () => {
  assert.deepEqual(
    read(
      'В Смоленской области сбиты 4 дрона. Ещё один беспилотник пролетел над Тверской улицей в Смоленске и был сбит.',
    ),
    [
      { region: 'RU-SMO', count: 4 },
      { region: 'RU-SMO', count: 1 },
    ],
  );
  const road = read('В Курской области уничтожены 2 беспилотника. Один дрон сбили над Орловской трассой у Фатежа.');
  assert.ok(!road.some((f) => f.region === 'RU-ORL'), JSON.stringify(road));
});

test('guard: a bare adjective that ends its phrase still names its region (a dash, a count, the end, «и»)', () => {
  assert.deepEqual(read('Над Тульской областью сбиты 6 беспилотников, над Калужской — 3.'), [
    { region: 'RU-TUL', count: 6 },
    { region: 'RU-KLU', count: 3 },
  ]);
  const end = read(
    'Над Тульской областью сбиты 6 беспилотников. Ещё 2 беспилотника уничтожены над территорией Калужской.',
  );
  assert.deepEqual(end.at(-1), { region: 'RU-KLU', count: 2 });
});

const history = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => [
    f.region?.code ?? null,
    f.count?.value ?? null,
    f.historical === true,
  ]);

test('«Всего с начала спецоперации над Тульской — 1200»: a sentence with no verb that counts over the war is history', () => {
  assert.deepEqual(
    history(
      'Над Тульской областью сбиты 7 дронов, над Калужской — 2. Всего с начала спецоперации над Тульской — 1200.',
    ),
    [
      ['RU-TUL', 7, false],
      ['RU-KLU', 2, false],
      ['RU-TUL', 1200, true],
    ],
  );
  const year = history('Над Тульской областью сбиты 7 дронов. С начала года над Тульской областью — 640.');
  assert.deepEqual(year.at(-1), ['RU-TUL', 640, true]);
});

test('guard: a sentence with no verb and no span keeps its count as news', () => {
  assert.deepEqual(
    history('Над Тульской областью сбиты 7 дронов, над Калужской — 2. Над территорией Орловской области — 3.'),
    [
      ['RU-TUL', 7, false],
      ['RU-KLU', 2, false],
      ['RU-ORL', 3, false],
    ],
  );
});

// A town named like a place abroad, told on the channel of the region that holds it.
const onChannel = (speaker: string | null, body: string) =>
  extractText(
    `---\npublished: 2025-06-20T16:00:00+03:00\nsource: Губернатор (Telegram)\nlang: ru\n${
      speaker ? `speaker: ${speaker}\n` : ''
    }---\n${body}`,
    'ru',
    '2025-06-20T16:00:00+03:00',
  ).map((f) => [f.kind, f.region?.code ?? null, f.place?.name ?? null]);

test("a village named like a place abroad, on its region's channel, is the village: the strike and its place stay", () => {
  const stavropol = onChannel(
    '{ role: governor, region: RU-STA }',
    'Вечером ВСУ атаковали Александрию дронами, повреждена подстанция.',
  );
  assert.ok(
    stavropol.some(([kind, region, place]) => kind === 'strike' && region === 'RU-STA' && place === 'Aleksandriya'),
  );
  const tver = onChannel(
    '{ role: governor, region: RU-TVE }',
    'Ночью беспилотник атаковал Оршу, повреждена крыша дома.',
  );
  assert.ok(tver.some(([kind, region, place]) => kind === 'strike' && region === 'RU-TVE' && place === 'Orsha'));
});

test('guard: with no speaker the name abroad is no village of the gazetteer', () => {
  const none = onChannel(null, 'Ночью беспилотник атаковал Оршу, повреждена крыша дома.');
  assert.ok(!none.some(([, region]) => region === 'RU-TVE'), JSON.stringify(none));
});

const totals = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => [
    f.region?.code ?? null,
    f.weapon,
    f.count?.value ?? null,
    f.aggregate,
  ]);

test('«Всего … N беспилотников» after missiles over two regions: no region, and no aggregate of another weapon', () => {
  const facts = totals(
    'Над Воронежской областью сбиты 2 ракеты, над Липецкой — 1 ракета. Всего за ночь уничтожено 25 беспилотников.',
  );
  assert.deepEqual(facts.at(-1), [null, 'uav', 25, false]);
  const same = totals(
    'Над Воронежской областью сбиты 2 ракеты, над Липецкой — 1 ракета. Всего за ночь уничтожено 3 беспилотника.',
  );
  assert.deepEqual(same.at(-1), [null, 'uav', 3, false]);
});

test('guard: a total of the parts’ own weapon that they add up to stays their aggregate', () => {
  const facts = totals(
    'Над Воронежской областью сбиты 4 беспилотника, над Липецкой — 3 беспилотника. Всего за ночь уничтожено 7 беспилотников.',
  );
  assert.deepEqual(facts.at(-1), [null, 'uav', 7, true]);
});
