// English news leads, the village of Hroza (issue 8, thirty-first session, branch en31). Every text is invented, in the
// style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T07:30:00Z';
const read = (text: string, lang: 'en' | 'ru' | 'uk' = 'en') =>
  extractText(text, lang, PUBLISHED).map((f) => `${f.kind} ${f.region?.code ?? '-'}`);
const codes = (text: string, lang: 'en' | 'ru' | 'uk' = 'en') =>
  extractText(text, lang, PUBLISHED).map((f) => f.region?.code ?? null);

describe('the village of Hroza (Kharkiv Oblast), by its English name only', () => {
  it('a strike and its toll in the village', () => {
    const text = 'A Russian missile killed 40 people at a wake in the village of Hroza on Thursday, officials said.';
    assert.deepEqual(read(text), ['strike UA-63', 'casualties UA-63']);
  });

  it('the village named before the strike it suffered', () => {
    assert.deepEqual(read('Mourners in Hroza buried the victims of the missile strike on Saturday.'), ['strike UA-63']);
  });

  it('a headline that opens with the village', () => {
    const text =
      'Hroza: village grieves after deadly Russian missile attack\n\nThe strike hit a cafe where mourners had gathered.';
    assert.deepEqual(read(text), ['strike UA-63']);
  });

  it('the Russian and Ukrainian common word «гроза» (a thunderstorm) is no place', () => {
    assert.deepEqual(codes('Над Курском прошла сильная гроза, ветер повалил деревья.', 'ru'), []);
    assert.deepEqual(codes('Гроза и ливень обрушились на Белгород, обломки дрона не найдены.', 'ru'), ['RU-BEL']);
    assert.deepEqual(codes('Над Харковом пройшла гроза, вітер повалив дерева.', 'uk'), []);
  });
});
