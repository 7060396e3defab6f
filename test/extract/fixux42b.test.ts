// ux42 trial items on counts and windows (#2, #4, #7, #10). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-20T08:10:00+03:00';
const counts = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.weapon, f.count?.value ?? null]);

// ux42 #2: "both" before the second weapon of a list is its own count (two), not the first weapon's number.
test('#2 "both" after another weapon\'s number counts two', () => {
  assert.deepEqual(counts('The air force said it downed 14 drones and both Kalibr missiles overnight.', 'en'), [
    ['uav', 14],
    ['cruise_missile', 2],
  ]);
  assert.deepEqual(counts('Над Одещиною збито 9 шахедів та обидві ракети Х-59.', 'uk'), [
    ['uav', 9],
    ['missile', 2],
  ]);
  assert.deepEqual(counts('Над Белгородом сбиты 7 беспилотников и обе ракеты «Точка-У».', 'ru'), [
    ['uav', 7],
    ['ballistic_missile', 2],
  ]);
});

test('#2 "all" after another weapon\'s number takes no number from it', () => {
  const facts = counts('Air defences shot down 11 of 15 drones and all missiles over Dnipro.', 'en');
  assert.deepEqual(facts[0], ['uav', 11]);
  assert.ok(!facts.some(([w, c]) => w !== 'uav' && c === 11), JSON.stringify(facts));
});

test('#2 negative: a number shared by two weapons, and "all" before its own number, are read as before', () => {
  assert.deepEqual(counts('Ukraine said it shot down 25 missiles and drones overnight.', 'en'), [[null, 25]]);
  assert.deepEqual(counts('ППО знищила 12 дронів і всі 3 ракети.', 'uk'), [
    ['uav', 12],
    ['missile', 3],
  ]);
});

// ux42 #7: weapons "locally lost" (to electronic warfare) are not shot down, in every language: the clause that says
// so gives no destroyed figure, and never a second, rival one for the same night.
test('#7 drones "locally lost" are no destroyed count, as «локаційно втрачено» and «локационно потеряны» are not', () => {
  assert.deepEqual(counts('Air defence destroyed 48 Shahed drones; another 15 decoy drones were locally lost.', 'en'), [
    ['uav', 48],
  ]);
  assert.deepEqual(counts('Air defence destroyed 48 Shahed drones, and 15 more were lost locally.', 'en'), [
    ['uav', 48],
  ]);
  assert.deepEqual(counts('Збито 48 шахедів; ще 15 дронів-імітаторів локаційно втрачено.', 'uk'), [['uav', 48]]);
  assert.deepEqual(counts('Сбиты 48 дронов, еще 15 беспилотников были «локационно потеряны».', 'ru'), [['uav', 48]]);
});

test('#7 negative: a drone shot down "locally" and a locally made drone are still counted', () => {
  assert.deepEqual(counts('Air defences shot down 6 locally assembled drones over Odesa.', 'en'), [['uav', 6]]);
});
