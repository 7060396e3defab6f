// Fortieth session (ruday40): a launcher destroyed on the ground («пусковые установки», «установки с ракетами») is a
// military target struck, not a missile shot down, and the missile named with it is the launcher's own, not the
// strike's weapon (as a crew's). The ministry's summaries of 28 and 29 November 2024 had made interceptions of
// them. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-10T12:00:00+03:00';
const read = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('a launcher destroyed is a target struck (ru lexicon: objects and crew)', () => {
  for (const [text, expected] of [
    ['Вчера в Харьковской области уничтожены 4 пусковые установки ATACMS.', ['damage UA-63 -', 'strike UA-63 -']],
    ['За неделю армия уничтожила 3 установки с крылатыми ракетами «Нептун».', ['damage - -', 'strike - -']],
    [
      'Вчера "Искандерами" в Полтавской области уничтожены 2 пусковые установки HIMARS.',
      ['damage UA-53 -', 'strike UA-53 -'],
    ],
  ] as const) {
    it(text, () => {
      const facts = extractText(text, 'ru', at);
      assert.deepEqual(read(facts), expected);
      assert.ok(facts.every((f) => f.kind !== 'interception'));
    });
  }
  // Missiles shot down stay interceptions.
  it('Над Брянской областью сбиты 2 ракеты ATACMS. (unchanged)', () => {
    assert.deepEqual(read(extractText('Над Брянской областью сбиты 2 ракеты ATACMS.', 'ru', at)), [
      'interception RU-BRY ballistic_missile',
    ]);
  });
});
