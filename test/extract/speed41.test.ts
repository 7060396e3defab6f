// speed41: the clause vetoes (run.ts clauseFacts, plannedOutages) now return at once for a sentence that told no
// fact, and look for "at least" particles only beside a modal word; report hashes use the one-shot sha256. None of it
// may change an output: these hold the readings of the paths it touched. Texts are ours, in the shape of real posts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256, stableId } from '../../src/core/ids.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-09-15T09:00:00+03:00';
const read = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, at).map((f) => [f.kind, f.region?.code ?? null, f.fields.count?.text ?? null]);

describe('clause vetoes after the early returns', () => {
  it('a planned power cut is the grid’s own; after a strike it is the strike’s', () => {
    assert.deepEqual(read('В Курске завтра плановые отключения электроэнергии из-за ремонта сетей.', 'ru'), []);
    assert.deepEqual(read('У Сумах планові відключення світла через ремонтні роботи.', 'uk'), []);
    assert.deepEqual(read('В Курске после удара по подстанции ввели плановые отключения электроэнергии.', 'ru'), [
      ['strike', 'RU-KRS', null],
      ['power_outage', 'RU-KRS', null],
    ]);
  });

  it('a modal word cancels its own clause only; "at least" is no modal', () => {
    assert.deepEqual(
      read(
        'Officials warned drones could hit refineries, while air defences shot down 12 drones over Kursk region.',
        'en',
      ),
      [['interception', 'RU-KRS', '12']],
    );
    assert.deepEqual(read('Air defences may have shot down 5 drones over Belgorod region.', 'en'), []);
    assert.deepEqual(read('Хотя бы 5 беспилотников было сбито над Брянской областью.', 'ru'), [
      ['interception', 'RU-BRY', '5'],
    ]);
  });

  it('negative: sentences that tell nothing give nothing, before or after a sentence that does', () => {
    assert.deepEqual(read('Мэр провёл совещание о ремонте школ. Бюджет города утверждён.', 'ru'), []);
    assert.deepEqual(read('Над Брянской областью сбиты 3 беспилотника. Мэр провёл совещание о ремонте школ.', 'ru'), [
      ['interception', 'RU-BRY', '3'],
    ]);
  });
});

describe('sha256', () => {
  it('is the Hash object’s digest of the UTF-8 text, lone surrogates and astral letters included', () => {
    for (const text of ['', 'Kyiv', 'Київ — удар по місту', 'Ночью 🚀 сбиты', '\ud800 x \udfff', 'я'.repeat(70_000)])
      assert.equal(sha256(text), createHash('sha256').update(text).digest('hex'));
    assert.match(stableId('rep', 'a', null, 3), /^rep_[0-9a-f]{16}$/);
  });
});
