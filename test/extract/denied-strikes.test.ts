// A verb of striking right after a negation tells that nothing struck (deniedStrikesOut in run.ts): «Дроны не атаковали
// Москву», "No drones hit Moscow". Found by the thirty-fourth session's review (fixrev34 left it: "main already makes
// strikes from past-tense negations"). Texts are ours; each denial has a twin that keeps its strike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T08:00:00+03:00';
const strikes = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'strike')
    .map((f) => f.region?.code ?? null);

describe('a strike verb after a negation tells no strike', () => {
  it('Russian: «не атаковали», «не попали»', () => {
    assert.deepEqual(strikes('Беспилотники ВСУ не атаковали Белгород этой ночью.', 'ru'), []);
    assert.deepEqual(strikes('Ракеты не попали в жилые дома Белгорода.', 'ru'), []);
    assert.deepEqual(strikes('Беспилотники ВСУ атаковали Белгород этой ночью.', 'ru'), ['RU-BEL']);
  });

  it('Ukrainian: «не атакували»', () => {
    assert.deepEqual(strikes('Дрони не атакували Київ цієї ночі.', 'uk'), []);
    assert.deepEqual(strikes('Дрони атакували Київ цієї ночі.', 'uk'), ['UA-30']);
  });

  it('English: "has not struck", "No drones hit"', () => {
    assert.deepEqual(strikes('Russia has not struck Kyiv with missiles for two weeks.', 'en'), []);
    assert.deepEqual(strikes('No drones hit Moscow overnight, the mayor said.', 'en'), []);
    assert.deepEqual(strikes('Two drones hit Moscow overnight, the mayor said.', 'en'), ['RU-MOW']);
  });
});
