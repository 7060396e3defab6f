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

const windowed = (text: string, lang: 'en' | 'ru' | 'uk', published = '2025-06-15T08:40:00+03:00') =>
  extractText(text, lang, published)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.weapon, f.count?.value ?? null, f.when?.start ?? null, f.when?.end ?? null]);

// ux42 #4: an English summary's "(from 19:00 on June 11)" opens the night earlier, as «(з 19:00 14 червня)» does:
// one window for every fact of the post, not a zero-length one at 19:00 for the fact beside it.
test('#4 "the night of <date> (from <clock> on <date>)" is one window from that clock to the night\'s end', () => {
  const facts = windowed(
    'On the night of June 15 (from 18:30 on June 14), the enemy attacked with 40 Shahed drones and 2 Kh-59 guided missiles. Air defence shot down 31 drones.',
    'en',
  );
  const night = ['2025-06-14T18:30:00+03:00', '2025-06-15T07:00:00+03:00'];
  assert.ok(facts.length >= 2, JSON.stringify(facts));
  for (const f of facts) assert.deepEqual(f.slice(2), night, JSON.stringify(facts));
  assert.deepEqual(
    windowed('У ніч на 15 червня (з 18:30 14 червня) ворог атакував 40 шахедами. Збито 31.', 'uk')[0]?.slice(2),
    night,
  );
});

test('#4 "from <clock>" alone opens a window that runs to publication; "from … to …" keeps its end', () => {
  assert.deepEqual(
    windowed('Since 19:00, air defences have shot down 14 drones over Sumy region.', 'en')[0]?.slice(2),
    ['2025-06-14T19:00:00+03:00', '2025-06-15T08:40:00+03:00'],
  );
  assert.deepEqual(windowed('Air defences shot down 9 drones over Bryansk from 20:00 to 22:30.', 'en')[0]?.slice(2), [
    '2025-06-14T20:00:00+03:00',
    '2025-06-14T22:30:00+03:00',
  ]);
});

// ux42 #4: "As of 08:30, 62 were shot down" after the sentence that counted the Shaheds is their destroyed number, as
// "62 were shot down" is: a clause's opening "as of" time does not hide the number that is its subject.
test('#4 a number after an opening "as of" time counts the weapons told just before', () => {
  assert.deepEqual(counts('The enemy attacked with 40 Shahed-type drones. As of 08:00, 31 were shot down.', 'en'), [
    ['uav', 31],
  ]);
  assert.deepEqual(counts('The enemy attacked with 40 Shahed-type drones. Overnight, 31 were shot down.', 'en'), [
    ['uav', 31],
  ]);
});

test('#4 negative: a number after an "as of" time that counts people, and the clock itself, are no interception', () => {
  assert.deepEqual(
    counts('The enemy attacked with 40 Shahed-type drones. As of 08:00, 3 were injured in Poltava.', 'en'),
    [],
  );
  assert.ok(
    !counts('The enemy attacked with 40 Shahed-type drones. As of 08:00, all were shot down.', 'en').some(
      ([, c]) => c === 8,
    ),
  );
});
