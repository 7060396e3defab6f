// Shapes of English news leads (issue 9, en-news-rss, thirty-fifth session): each test names a general rule of English
// news grammar found in several real dev leads. The texts are ours, written in those shapes; no lead is copied.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-02-14T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const where = (f: Fact) => [f.kind, f.region?.code ?? null, f.country ?? null];

describe('a body that speaks from its capital ("the Defence Ministry in Moscow said", "officials in Kyiv say")', () => {
  it('the capital seats the speaker: the strike keeps the place the lead gives it, not the capital', () => {
    assert.deepEqual(
      extract(
        'Two airmen died after a drone attack on an air base in southern Russia, the Defence Ministry in Moscow said on Tuesday.',
      ).map(where),
      [
        ['strike', null, 'RU'],
        ['casualties', null, 'RU'],
      ],
    );
    assert.deepEqual(extract('Officials in Kyiv say Russian drones hit the port of Izmail overnight.').map(where), [
      ['strike', 'UA-51', null],
    ]);
  });

  it('without a verb of saying after it the capital is where it happened', () => {
    assert.deepEqual(
      extract('Officials in Kyiv reopened a school that a drone hit overnight.').map((f) => f.region?.code ?? null),
      extract('A drone hit a school in Kyiv overnight.').map((f) => f.region?.code ?? null),
    );
  });
});
