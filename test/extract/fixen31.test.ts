// ux31 #7, #8: English air-force and ministry tallies. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2026-03-14T08:00:00+02:00';
const brief = (text: string) =>
  extractText(text, 'en', PUBLISHED).map(
    (f) => [f.kind, f.weapon, f.count?.value ?? null, f.launched?.value ?? null, f.aggregate] as const,
  );

test('#7: "N were shot down" after a launch sentence counts the weapons launched; the launch is no strike', () => {
  assert.deepEqual(brief('Overnight the enemy launched 63 Shahed drones. 51 were shot down.'), [
    ['interception', 'uav', 51, 63, false],
  ]);
  assert.deepEqual(brief('Last night Russia launched 27 attack drones. 19 of them were downed, the air force said.'), [
    ['interception', 'uav', 19, 27, false],
  ]);
});

test('#7 negative: a number before a verb of destroying, or not the whole subject, is not a count of the weapons', () => {
  const fire = brief('Russian forces fired 14 drones at the town. 6 were destroyed in the blaze.');
  assert.ok(!fire.some(([kind]) => kind === 'interception'), JSON.stringify(fire));
  const other = brief('Overnight the enemy launched 63 Shahed drones. Since May 51 were shot down near the town.');
  assert.ok(!other.some(([kind, , count]) => kind === 'interception' && count === 51), JSON.stringify(other));
});

const placed = (text: string) =>
  extractText(text, 'en', '2026-03-14T08:00:00+03:00').map(
    (f) => [f.region?.code ?? null, f.count?.value ?? null, f.launched?.value ?? null, f.aggregate] as const,
  );

test('#8: "destroyed N drones, M of them over a region" is a total and a part, no region launched N', () => {
  assert.deepEqual(
    placed('The ministry said air defences destroyed 37 Ukrainian drones overnight, 15 of them over the Oryol region.'),
    [
      [null, 37, null, true],
      ['RU-ORL', 15, null, false],
    ],
  );
  assert.deepEqual(
    placed(
      'Air defences destroyed 29 drones overnight, 12 of which over the Tula region and 6 over the Kaluga region.',
    ),
    [
      [null, 29, null, true],
      ['RU-TUL', 12, null, false],
      ['RU-KLU', 6, null, false],
    ],
  );
});

test('#8 negative: "M of them were shot down" after a launch still counts a part of the launched', () => {
  assert.deepEqual(placed('Ukraine launched 37 drones overnight, 15 of which were shot down over the Oryol region.'), [
    ['RU-ORL', 15, 37, false],
  ]);
});
