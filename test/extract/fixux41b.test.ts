// User trial 41, defect 2: a total told after counts of several regions («Всего за ночь … 34») and a bare region
// adjective with its noun left out («четыре перехватили над Липецкой»). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-02T09:40:00+03:00';
const read = (text: string, lang: 'ru' | 'uk' = 'ru') =>
  extractText(text, lang, PUBLISHED).map((f) => ({
    region: f.region?.code ?? f.place?.name ?? null,
    count: f.count?.value ?? null,
    aggregate: f.aggregate === true,
  }));

test('«Всего … N» after counts of several regions that add up to it: an aggregate in no region', () => {
  const facts = read(
    'Над Брянской областью ночью уничтожили 12 беспилотников, три перехватили над Калужской областью. Ещё два дрона перехватили над Тульской областью. Всего за прошедшую ночь ПВО сбили 17 дронов, сообщило Минобороны.',
  );
  assert.deepEqual(facts, [
    { region: 'RU-BRY', count: 12, aggregate: false },
    { region: 'RU-KLU', count: 3, aggregate: false },
    { region: 'RU-TUL', count: 2, aggregate: false },
    { region: null, count: 17, aggregate: true },
  ]);
});

test('«Всего, начиная с …» larger than the parts: the longer window, in no region, no aggregate', () => {
  const facts = read(
    'Ночью дежурными средствами ПВО уничтожены два беспилотника над территорией Курской области и один над территорией Воронежской области. Всего, начиная с 20.00 мск 1 марта до 07.00 мск 2 марта, уничтожены 9 беспилотников.',
  );
  assert.deepEqual(facts.at(-1), { region: null, count: 9, aggregate: false });
  assert.ok(!facts.some((f) => f.count === 9 && f.region !== null));
});

test('negative: a running tally after counts of one region keeps that region', () => {
  const facts = read(
    'Над Белгородской областью сбиты два беспилотника. Ещё один дрон уничтожен над Белгородской областью утром. Всего за ночь сбиты 3 беспилотника.',
  );
  assert.deepEqual(facts.at(-1), { region: 'RU-BEL', count: 3, aggregate: false });
});

test('negative: a total whose sentence names its own places is read as before', () => {
  const facts = read(
    'Над Брянской областью уничтожили 5 беспилотников, над Курской областью — 2. Всего за ночь над Брянской и Курской областями сбиты 7 дронов.',
  );
  assert.ok(facts.some((f) => f.region === 'RU-BRY' && f.count === 5));
  assert.ok(!facts.some((f) => f.count === 7 && f.region === 'RU-KRS' && !f.aggregate));
});

test('a bare region adjective after «над» in its own clause names the region', () => {
  const facts = read(
    'Над Курской областью ночью уничтожили 20 беспилотников, шесть перехватили над Липецкой. Один дрон сбит над территорией Белгородской.',
  );
  assert.deepEqual(
    facts.map((f) => [f.region, f.count]),
    [
      ['RU-KRS', 20],
      ['RU-LIP', 6],
      ['RU-BEL', 1],
    ],
  );
});

test('negative: a bare adjective before any region named in full is not read as one', () => {
  const facts = read('Над Липецкой ночью было тихо. Над Курской областью сбиты три беспилотника.');
  assert.deepEqual(
    facts.map((f) => [f.region, f.count]),
    [['RU-KRS', 3]],
  );
});

// Defect 3: a town whose name several towns share, told on a channel that speaks for one region.
const withSpeaker = (speaker: string | null, body: string, lang: 'ru' | 'uk' = 'uk') =>
  extractText(
    `---\npublished: 2025-06-20T16:00:00+03:00\nsource: Обласна адміністрація (Telegram)\nlang: ${lang}\n${
      speaker ? `speaker: ${speaker}\n` : ''
    }---\n${body}`,
    lang,
    '2025-06-20T16:00:00+03:00',
  ).map((f) => [f.kind, f.region?.code ?? null, f.place?.name ?? null]);

const KHARKIV_HEAD = '{ person: Олег Синєгубов, role: military_administration, region: UA-63 }';

test("a town of two regions on a regional head's channel is the town of the head's region", () => {
  const facts = withSpeaker(KHARKIV_HEAD, 'Вдень окупанти вдарили КАБами по Золочеву. Загинула 1 людина.');
  assert.ok(facts.some(([kind, region]) => kind === 'strike' && region === 'UA-63'));
  assert.ok(!facts.some(([, region]) => region === 'UA-46'));
  const luhansk = withSpeaker(
    '{ person: Артем Лисогор, role: military_administration, region: UA-09 }',
    'Ворог обстріляв Первомайськ з артилерії, пошкоджено житловий будинок.',
  );
  assert.ok(luhansk.some(([kind, region]) => kind === 'strike' && region === 'UA-09'));
});

test('negative: with no speaker the larger town stays; a region the report names itself decides first', () => {
  const none = withSpeaker(null, 'Вдень окупанти вдарили КАБами по Золочеву. Загинула 1 людина.');
  assert.ok(none.some(([kind, region]) => kind === 'strike' && region === 'UA-46'));
  const named = withSpeaker(
    KHARKIV_HEAD,
    'Сусідам допомагаємо: у Львівській області вночі ворог вдарив дронами по Золочеву, пошкоджено склад.',
  );
  assert.ok(named.some(([kind, region]) => kind === 'strike' && region === 'UA-46'));
});
