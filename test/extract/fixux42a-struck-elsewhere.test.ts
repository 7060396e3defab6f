// fixux42a (ux41 left over): "shot down 12 of 16 drones, while another four hit the Khmelnytskyi region", «збили 12 із
// 16 шахедів, ще чотири влучили в Хмельницькій області»: the place belongs to the clause of the share that struck; the
// interception total, whose own clause names no place, is not filed there (run.ts struckElsewhere). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2026-04-02T08:00:00+03:00';
const totals = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception' && f.count?.value === 12)
    .map((f) => f.region?.code ?? null);

describe('a later clause of a share that struck does not place the interception total', () => {
  it('English: "while another four hit …"', () => {
    assert.deepEqual(
      totals('Air defence shot down 12 of 16 drones overnight, while another four hit the Khmelnytskyi region.', 'en'),
      [null],
    );
  });

  it('Ukrainian: «ще чотири влучили в …»', () => {
    assert.deepEqual(
      totals(
        'Сили ППО збили 12 із 16 шахедів, ще чотири влучили в Хмельницькій області, повідомили в Повітряних силах.',
        'uk',
      ),
      [null],
    );
  });

  it('Russian: «еще четыре попали в …»', () => {
    assert.deepEqual(
      totals(
        'Силы ПВО сбили 12 из 16 беспилотников, еще четыре попали в Хмельницкую область, сообщили в Воздушных силах.',
        'ru',
      ),
      [null],
    );
  });

  it('negative: the interception’s own clause names its place', () => {
    assert.deepEqual(
      totals(
        'Air defence shot down 12 drones over the Kyiv region, while another four hit the Khmelnytskyi region.',
        'en',
      ),
      ['UA-32'],
    );
  });

  it('negative: an attack noun aimed at the place tells where the interception was', () => {
    const facts = extractText('Ukraine intercepted 12 missiles as Russia stepped up strikes on Kyiv.', 'en', PUBLISHED);
    assert.ok(facts.some((f) => f.kind === 'interception' && f.region?.code === 'UA-30'));
  });
});
