// A time span that is literally in a fact's evidence is stated, not inferred: a fact whose launched, destroyed and hit
// are told in three sentences, the first dating them, keeps the first sentence's time as stated. A time carried to a
// fact whose evidence does not hold it stays inferred.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-07-14T09:00:00+03:00';

test('the time in the first of the sentences a fact is made of is stated', () => {
  const facts = extractText(
    'У ніч на 14 липня противник атакував 52 ударними БпЛА. Збито/подавлено 47 ворожих БпЛА. Зафіксовано влучання 3 БпЛА на 2 локаціях.',
    'uk',
    AT,
  );
  const merged = facts.find((f) => f.launched !== null && f.evidence.text.includes('Збито'));
  assert.ok(merged, 'one fact of the three sentences');
  assert.equal(merged.fields.when?.text, 'У ніч на 14 липня');
  assert.equal(merged.fields.when?.inferred, false);
});

test('a time carried from a sentence outside the fact stays inferred', () => {
  const facts = extractText(
    'В ночь на 14 июля над Брянской областью сбиты 9 беспилотников. Пострадавших нет. Над Калужской областью сбиты 4 беспилотника.',
    'ru',
    AT,
  );
  const kaluga = facts.find((f) => f.region?.code === 'RU-KLU');
  assert.ok(kaluga?.fields.when, 'the Kaluga fact has a time');
  assert.ok(!kaluga.evidence.text.includes('14 июля'));
  assert.equal(kaluga.fields.when.inferred, true);
});
