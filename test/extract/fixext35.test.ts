// ux35 trial items on extraction (#3, #4, #5, #6, #15, #18). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-09T11:40:00+03:00';
const numbers = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.count?.value ?? null, f.launched?.value ?? null]);

// ux35 #3: a launch verb after its counted weapon ("121 drones were launched …, of which 87 were shot down") kept 121
// as the number destroyed and lost the 87.
test('#3 a passive launch after its count keeps the launch and the destroyed number apart', () => {
  assert.deepEqual(
    numbers('The air force said 140 drones were launched overnight, of which 96 were shot down or jammed.', 'en'),
    [[96, 140]],
  );
  assert.deepEqual(
    numbers('A total of 52 Shahed drones were launched, the air force said, adding that air defences downed 44.', 'en'),
    [[44, 52]],
  );
  assert.deepEqual(numbers('Всего 64 беспилотника были запущены ночью, из них 58 сбиты.', 'ru'), [[58, 64]]);
  assert.deepEqual(numbers('73 ударних БпЛА було запущено ворогом, з них 61 збито або подавлено.', 'uk'), [[61, 73]]);
});

test('#3 negative: a participle with no number of its own, or another weapon counted after it', () => {
  assert.deepEqual(numbers('35 drones launched by Russia shot down over Odesa region', 'en'), [[35, null]]);
  assert.deepEqual(numbers('Russia launched 130 drones overnight, of which 90 were shot down.', 'en'), [[90, 130]]);
  const both = numbers(
    'An adviser said more than 100 missiles had been launched, while the army said Russia launched 70 missiles, 50 of which were shot down.',
    'en',
  );
  assert.ok(both.some(([count, launched]) => count === 50 && launched === 70));
  assert.ok(!both.some(([count, launched]) => count === 50 && launched !== 70));
});
