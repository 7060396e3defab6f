// A count is shown as its report bounded it: "at least 10" stays "at least 10", «сотни» "hundreds", "over 70" "over 70"
// (user trial 39b, defect 11). Texts invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers } from '../../src/extract/common/numbers.ts';
import { addCounts } from '../../src/resolve/count-math.ts';
import { STRINGS } from '../../web/i18n/index.ts';
import { countText } from '../../web/src/format.ts';

const said = (text: string, lang: 'en' | 'ru' | 'uk', ui: 'en' | 'ru' | 'uk' = lang) =>
  countText(findNumbers(text, lang)[0]?.count, STRINGS[ui]);

test('#11 the page says a bound as the report did, in each language', () => {
  assert.equal(said('уничтожены не менее 10 беспилотников', 'ru'), 'не менее 10');
  assert.equal(said('At least 12 drones were shot down', 'en'), 'at least 12');
  assert.equal(said('знищено щонайменше 7 дронів', 'uk'), 'щонайменше 7');
  assert.equal(said('сбиты сотни беспилотников', 'ru'), 'сотни');
  assert.equal(said('сбиты сотни беспилотников', 'ru', 'en'), 'hundreds');
  assert.equal(said('dozens of drones', 'en'), 'dozens');
  assert.equal(said('more than 70 drones', 'en'), 'over 70');
  assert.equal(said('более 70 беспилотников', 'ru'), 'более 70');
});

test('#11 a sum keeps a bound: "at least 10" and 3 are at least 13; "over 9" and 3 over 12', () => {
  const three = { value: 3, min: 3, max: 3, approx: false };
  const atLeast = findNumbers('не менее 10', 'ru')[0]!.count;
  const over = findNumbers('более 9', 'ru')[0]!.count;
  assert.equal(countText(addCounts(atLeast, three), STRINGS.en), 'at least 13');
  assert.equal(countText(addCounts(over, three), STRINGS.en), 'over 12');
});

test('#11 a count stored before `said` reads as before ("over")', () => {
  assert.equal(countText({ value: null, min: 71, max: null, approx: false }, STRINGS.en), 'over 70');
});
