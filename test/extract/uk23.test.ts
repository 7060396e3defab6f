// Twenty-third session (uk23): mechanisms read on Ukrainian Telegram posts. Each text is invented, in the style of
// the General Staff's, the city councils' and the channels' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T20:00:00+02:00';
const waves = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'interception')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'} of ${f.launched?.value ?? '-'}`);

describe('a wave counted by what was launched keeps no place borrowed from a sentence of another weapon (strayWave)', () => {
  it('«Є влучання ракетою … Харківської області. Зокрема, було застосовано 24 … БпЛА – усі … знищено»', () => {
    const text =
      'Є влучання ракетою по мосту біля Балаклії Харківської області. Зокрема, було застосовано 24 іранських ' +
      'ударних БпЛА “Shahed” - усі ці повітряні цілі були знищено.';
    assert.deepEqual(waves(extractText(text, 'uk', at)), ['- uav 24 of 24']);
  });

  it('«Голова … громади провів нараду. … було знищено 40 із 45 ворожих ракет»: a place where no attack was told', () => {
    const text =
      'Голова Нікопольської громади провів нараду з енергетиками. За даними Повітряних Сил, було знищено 40 із 45 ворожих ракет.';
    assert.deepEqual(waves(extractText(text, 'uk', at)), ['- missile 40 of 45']);
  });

  it('the same in English: "Kyiv’s mayor opened a school. … downed 28 of 31 Russian drones"', () => {
    const text =
      'Kyiv’s mayor opened a new school on Saturday. Ukraine says it downed 28 of 31 Russian drones overnight.';
    assert.deepEqual(waves(extractText(text, 'en', at)), ['- uav 28 of 31']);
  });

  it('negative: the sentence that named the place told an attack of the wave’s weapon («Атаку дронів на Курськ …»)', () => {
    const text =
      'Атаку дронів на Курськ підтвердив губернатор. Міноборони рф стверджує, що три з чотирьох дронів було знищено.';
    assert.deepEqual(waves(extractText(text, 'uk', at)), ['RU-KRS uav 3 of 4']);
  });

  it('negative: a count with no launched number keeps the place of the sentence before', () => {
    const text = 'Ворог атакував Одещину ракетами. Сили ППО знищили 5 ударних БпЛА.';
    assert.ok(waves(extractText(text, 'uk', at)).some((w) => w.startsWith('UA-51 uav 5')));
  });
});
