// A long text of short statements must cost work in proportion to its length (review of speed20, defect 3): the
// refiners that read all of a report's facts (refine/merge-parts.ts, refine/listed-weapons.ts) walked every fact
// for each part or weapon word, the effects' and debris' detectors every fact for each sentence to learn whether
// the report has an interception, and a strike with no weapon every weapon word before it, so a text of a few
// thousand one-line strikes cost the square of its length. The work counted is the elements the array walks (find, some, filter and the like) hand to their callbacks. No clock is
// read: the test is about the algorithm. The text is ours: one invented statement, repeated one to a line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';
import { walkWork } from '../helpers/walk-work.ts';

const STATEMENTS = [
  'Russia struck Kharkiv with 5 Shahed drones and 2 Iskander missiles on Monday.',
  'Air defences shot down 4 drones over Sumy, and a missile hit Sumy.',
  // A strike that names no weapon takes the report's (detect/attack.ts, inheritWeapon), when the words before it
  // are of one class: that test walked every weapon word before each strike.
  'Drone attack on Kharkiv. The strike damaged a house in Kharkiv.',
];

for (const [i, statement] of STATEMENTS.entries()) {
  test(`a text of one statement repeated (${i + 1}) costs linear work in its length`, () => {
    const text = (n: number) => Array.from({ length: n }, () => statement).join('\n');
    const published = '2025-03-03T08:00:00+02:00';
    // A first text builds what is built once (the gazetteer's index, compiled patterns), so that both counts are
    // of the text's own work.
    extractText(text(20), 'en', published);
    const small = walkWork(() => extractText(text(250), 'en', published));
    const large = walkWork(() => extractText(text(1000), 'en', published));
    // Four times the text: linear work is about four times as much, quadratic sixteen.
    assert.ok(large / small < 6, `work grew ${(large / small).toFixed(1)}x for 4x the text (${small} -> ${large})`);
  });
}
