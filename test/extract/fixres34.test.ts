// ux34 trial items on extraction (5: a part of the hurt named between commas; 6: a town's name before a regional
// office). Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const MORNING = '2026-04-14T10:00:00+03:00';

const injured = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, MORNING)
    .filter((f) => f.kind === 'casualties')
    .map((f) => f.casualties?.injured);

// ux34 #5: the count of the noun phrase is the toll; the part between commas ("including a seven-year-old child",
// «в том числе двое детей», «серед них семирічна дитина») is some of them.
test('#5 a part of the hurt between commas is no count of the word after it', () => {
  assert.deepEqual(
    injured('Seven people, including a ten-year-old boy, were injured when drones hit Sumy overnight.', 'en'),
    [7],
  );
  assert.deepEqual(
    injured('Six residents, among them two teenagers, were wounded in a drone attack on Sumy.', 'en'),
    [6],
  );
  assert.deepEqual(injured('Шесть человек, в том числе двое детей, получили ранения при атаке на Курск.', 'ru'), [6]);
  assert.deepEqual(
    injured(
      'Сім людей, серед них семирічна дитина та двоє підлітків, отримали поранення внаслідок атаки на Суми.',
      'uk',
    ),
    [7],
  );
});

test('#5 negative: a part after the word, or the word inside the part, keeps its own count', () => {
  assert.deepEqual(injured('Seven people were injured, including a child, when drones hit Sumy.', 'en'), [7]);
  const facts = extractText(
    'Four people were killed, including a child, and 11 injured in a strike on Sumy.',
    'en',
    MORNING,
  );
  const toll = facts.find((f) => f.kind === 'casualties');
  assert.deepEqual(toll?.casualties, { killed: 4, injured: 11, children_killed: 1, children_injured: null });
  assert.deepEqual(injured('A drone hit a house in Sumy, injuring a woman.', 'en'), [1]);
});

// ux34 #6: "Belgorod governor" names the region the governor heads, not the town of that name.
test("#6 a town's name right before a regional office is the region, no place of the fact", () => {
  const facts = extractText('Kursk governor says three injured in drone attack', 'en', MORNING);
  const toll = facts.find((f) => f.kind === 'casualties');
  assert.equal(toll?.region?.code, 'RU-KRS');
  assert.equal(toll?.place, null);
  assert.equal(toll?.fields.place, undefined);
});

test("#6 negative: a mayor's city is the town itself", () => {
  const facts = extractText('Sumy mayor says three injured in drone attack', 'en', MORNING);
  const toll = facts.find((f) => f.kind === 'casualties');
  assert.equal(toll?.place?.name, 'Sumy');
});

// ux34 #9: the hospital a victim was taken to is where they went, not where the drone struck.
test('#9 a place reached by being taken there is no place of the attack, nor the next sentence’s', () => {
  const ru = extractText(
    'В Шебекино в результате атаки дрона на легковой автомобиль ранена женщина. Её доставили в областную больницу Белгорода. Автомобиль поврежден.',
    'ru',
    MORNING,
  );
  assert.ok(ru.length > 0);
  assert.ok(
    ru.every((f) => f.place?.name !== 'Belgorod'),
    JSON.stringify(ru.map((f) => [f.kind, f.place?.name])),
  );
  const damage = ru.find((f) => f.kind === 'damage');
  assert.equal(damage?.region?.code, 'RU-BEL');
  const en = extractText(
    'A drone hit a car near Sumy, injuring a man. He was taken to a hospital in Kharkiv. The car was burned out.',
    'en',
    MORNING,
  );
  assert.ok(
    en.every((f) => f.region?.code !== 'UA-63'),
    JSON.stringify(en.map((f) => [f.kind, f.region?.code])),
  );
});

test('#9 negative: a place named after the transfer in a clause of its own attack stays', () => {
  const facts = extractText('A woman was taken to hospital after a drone hit Kharkiv.', 'en', MORNING);
  assert.equal(facts.find((f) => f.kind === 'strike')?.place?.name, 'Kharkiv');
});
