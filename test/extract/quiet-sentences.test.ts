// Sentences with no word of an event (detect/event-words.ts) are not read by the detectors: the gate must change no
// fact. With `checkIndexes` the quiet sentences are read all the same and a fact from one throws, so every text here
// is also a check of the gate. Invented texts in the style of the real ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeZoneFor } from '../../src/core/time-zone.ts';
import type { Lang } from '../../src/core/types.ts';
import { extractQuiet } from '../../src/extract/run.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-04T09:00:00+03:00';

/** The text's sentences and whether each was left unread as telling no event. */
function quietOf(text: string, lang: Lang): { sentence: string; quiet: boolean }[] {
  const p = prepareReport(new TextEncoder().encode(text), {
    input: 'test',
    published: PUBLISHED,
    lang,
    now: new Date(PUBLISHED),
  });
  assert.ok(p.ok);
  const sentences = splitSentences(p.report.text, lang);
  const { quiet } = extractQuiet({ report: p.report, sentences, timeZone: timeZoneFor(lang, PUBLISHED) });
  return sentences.map((s, i) => ({ sentence: s.text, quiet: quiet.includes(i) }));
}

/** The same facts with the quiet sentences read (checkIndexes) as without. */
function sameFacts(text: string, lang: Lang): void {
  const plain = extractText(text, lang, PUBLISHED);
  const checked = extractText(text, lang, PUBLISHED, { checkIndexes: true });
  assert.deepEqual(plain, checked);
}

const ARTICLE = [
  'Air defences destroyed 14 drones over the Kursk region overnight, Governor Ivan Petrov said on Telegram.',
  'Windows of two houses in Kurchatov were damaged.',
  'The regional budget for road repairs was raised by 120 million roubles last week.',
  'Schools will open at 9:00 as usual, the education department said.',
  'Volunteers collected 3,000 food parcels for families in the border districts.',
].join(' ');

describe('a sentence with no word of an event is not read', () => {
  it('the context of a long article (a budget, schools, volunteers) is quiet; the attack and its damage are not', () => {
    assert.deepEqual(
      quietOf(ARTICLE, 'en').map((s) => s.quiet),
      [false, false, true, true, true],
    );
    sameFacts(ARTICLE, 'en');
  });

  it('a breakdown item after an attack, with no verb of its own, is read', () => {
    const text =
      'Минувшей ночью дежурными средствами ПВО уничтожены 9 беспилотников.\n\n6 – над территорией Брянской области.\n\n3 – над территорией Курской области.';
    const quiet = quietOf(text, 'ru');
    assert.ok(quiet.length >= 2);
    assert.ok(quiet.every((s) => !s.quiet));
    sameFacts(text, 'ru');
  });

  it('a running total after an attack is read', () => {
    const text = 'Над Белгородской областью сбиты ещё два беспилотника. Всего с начала ночи — 7 беспилотников.';
    assert.deepEqual(
      quietOf(text, 'ru').map((s) => s.quiet),
      [false, false],
    );
    sameFacts(text, 'ru');
  });

  it('a place "under fire", which no lexicon word tells, is read', () => {
    const text = 'Kherson came under fire overnight, the regional governor said.';
    assert.deepEqual(
      quietOf(text, 'en').map((s) => s.quiet),
      [false],
    );
    assert.equal(extractText(text, 'en', PUBLISHED).length, 1);
    sameFacts(text, 'en');
  });

  it('before any attack, a sentence of numbers alone is quiet', () => {
    const text = 'У громаді відкрили 2 нові укриття на 150 місць. Уночі ворог атакував Сумщину 12 дронами.';
    assert.deepEqual(
      quietOf(text, 'uk').map((s) => s.quiet),
      [true, false],
    );
    sameFacts(text, 'uk');
  });
});
