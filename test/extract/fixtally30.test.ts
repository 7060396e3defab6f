// fixtally30 (ux30's defects 2, 6 and 9): a sentence's one destroyed number that is the total of a launch list gives no
// model that number; a toll told as risen in a named place is a casualties fact even when the report names no attack;
// the head of an occupation administration named after his title is the claimant. Every text is invented, in the
// style of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-09-14T10:20:00+03:00';
const facts = (text: string, lang: Lang) => extractText(text, lang, PUBLISHED);
const numbers = (f: Fact) => [f.weapon_model ?? f.weapon, f.launched?.value ?? null, f.count?.value ?? null];

describe('the total destroyed of a launch list is no model’s destroyed count', () => {
  it('the models keep their launches, the total its destroyed number', () => {
    const read = facts(
      'Overnight Russia fired 57 drones and missiles at Ukraine, including 9 Kh-101 cruise missiles, 3 Iskander-M ballistic missiles and 2 Kalibr missiles; air defences downed 44, the Air Force said.',
      'en',
    ).map(numbers);
    assert.deepEqual(read, [
      [null, 57, 44],
      ['Kh-101', 9, null],
      ['Iskander-M', 3, null],
      ['Kalibr', 2, null],
    ]);
  });

  it('a launch of one weapon keeps its destroyed number', () => {
    const read = facts('Russia fired 23 drones at Ukraine overnight, 19 of them were shot down.', 'en').map(numbers);
    assert.deepEqual(read, [['uav', 23, 19]]);
  });
});

describe('a toll told as risen in a named place', () => {
  const tolls = (text: string, lang: Lang) =>
    facts(text, lang).map((f) => [
      f.kind,
      f.region?.code ?? null,
      f.casualties?.killed ?? null,
      f.casualties?.injured ?? null,
    ]);

  it('is a casualties fact with no attack named', () => {
    assert.deepEqual(tolls('Херсон: кількість поранених зросла до 13.', 'uk'), [['casualties', 'UA-65', null, 13]]);
    assert.deepEqual(tolls('В Херсоне число погибших выросло до 4.', 'ru'), [['casualties', 'UA-65', 4, null]]);
    assert.deepEqual(tolls('The death toll in Kherson has risen to 4, the governor said.', 'en'), [
      ['casualties', 'UA-65', 4, null],
    ]);
  });

  it('gives nothing without a place or without the rise', () => {
    assert.deepEqual(tolls('Кількість поранених зросла до 13.', 'uk'), []);
    assert.deepEqual(tolls('Херсон: 13 поранених у лікарні.', 'uk'), []);
  });
});

describe('the head of an occupation administration named after his title', () => {
  it('is the claimant, in Russian and Ukrainian', () => {
    const ru = facts(
      'В результате удара по Мелитополю погибли 2 человека, сообщил глава оккупационной администрации Иван Петренко.',
      'ru',
    );
    assert.ok(ru.length > 0);
    for (const f of ru) assert.equal(f.claimant?.name, 'Иван Петренко');
    const uk = facts(
      'Внаслідок удару по Мелітополю загинули 2 людини, повідомив голова окупаційної адміністрації Іван Петренко.',
      'uk',
    );
    assert.ok(uk.length > 0);
    for (const f of uk) assert.equal(f.claimant?.name, 'Іван Петренко');
  });
});
