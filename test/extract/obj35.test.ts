// An attack on a named object with no place (issue 8, thirty-fifth session, branch obj35): an attack noun, its weapon
// right after it, then «на»/«по» and a target word, and no place of ours after it, is a strike on that object with no
// region (docs/eval.md). Every text is invented, in the style of real headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-03-12T06:00:00Z';
const facts = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('an attack of a weapon on a named object with no place is a strike there (obj35)', () => {
  it('Ukrainian: «атака безпілотників на підстанцію»', () => {
    assert.deepEqual(facts('Опубліковано відео атаки безпілотників на електропідстанцію, що живить завод', 'uk'), [
      'strike - uav',
    ]);
  });

  it('Russian: «удар дронов по нефтебазе»', () => {
    assert.deepEqual(facts('Удар дронов по нефтебазе сняли на видео местные жители', 'ru'), ['strike - uav']);
  });

  it('a place after the object keeps its region', () => {
    assert.deepEqual(facts('Атака дронов на нефтебазу в Брянске', 'ru'), ['strike RU-BRY uav']);
  });

  it('negative: no weapon, a cause or a topic', () => {
    assert.deepEqual(facts('Через атаку на нафтопровід країна просить допомоги у сусідів', 'uk'), []);
  });

  it("negative: the weapon written into the noun's adjective names the night's wave", () => {
    assert.deepEqual(
      facts('Вночі ворог завдав комбінованого ракетно-дронового удару по енергетичній інфраструктурі.', 'uk'),
      [],
    );
  });
});
