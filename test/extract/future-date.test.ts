// A date that begins after publication, told in a sentence of no attack (a day of mourning, a funeral), is what is to
// come, never the window of the attack the next sentence tells (ux32 item 4). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-08-20T19:00:00+03:00';
const read = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.when?.start ?? null] as const);

describe('a date after publication is not handed on to the attack told next', () => {
  it('a day of mourning the day after', () => {
    for (const [text, lang] of [
      ['У Білій Церкві 21 серпня оголошено днем жалоби. Внаслідок ракетного удару загинули 4 людини.', 'uk'],
      ['В Курске 21 августа объявлен днём траура. В результате ракетного удара погибли 4 человека.', 'ru'],
    ] as const) {
      const facts = read(text, lang);
      assert.ok(facts.length > 0, text);
      for (const [kind, start] of facts) assert.ok(start === null || start < '2025-08-21', `${kind} ${start}: ${text}`);
    }
  });

  it('a date before publication is still handed on', () => {
    const facts = read('У Білій Церкві 20 серпня було неспокійно. Внаслідок ракетного удару загинули 4 людини.', 'uk');
    assert.ok(
      facts.some(([, start]) => start?.startsWith('2025-08-20')),
      JSON.stringify(facts),
    );
  });
});
