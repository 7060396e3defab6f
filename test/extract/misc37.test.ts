// Three misreadings of English news (thirty-seventh session, branch misc37): "Kyiv regime" and other capitals that
// name a government are no place; a headline's "Fires" before an attack noun launches, it is no fire. Every text is
// invented, in the style of real headlines and leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-10T06:00:00Z';
const read = (text: string, lang: 'en' | 'ru' | 'uk' = 'en') => extractText(text, lang, PUBLISHED);
const regions = (text: string, lang: 'en' | 'ru' | 'uk' = 'en') =>
  read(text, lang).map((f) => `${f.kind} ${f.region?.code ?? '-'}`);
const kinds = (text: string) => read(text).map((f) => f.kind);

describe('"Kyiv regime" names a government, not a place', () => {
  it('takes the place from elsewhere in the sentence', () => {
    const got = regions('Kyiv regime drones attacked a residential building in Belgorod, the governor said.');
    assert.deepEqual(got, ['strike RU-BEL']);
  });

  it('leaves a sentence that names no other place unplaced', () => {
    assert.deepEqual(regions('Kyiv regime drones attacked a residential building overnight.'), ['strike -']);
    assert.deepEqual(regions('This morning the Kyiv regime launched a drone attack on a school.'), ['strike -']);
  });

  it('in the possessive too ("the Kyiv regime\'s drones")', () => {
    assert.deepEqual(regions("The Kyiv regime's drones struck a power substation."), ['strike -']);
  });

  it('Russian and Ukrainian forms stay no place', () => {
    assert.deepEqual(regions('Беспилотники киевского режима атаковали жилой дом.', 'ru'), ['strike -']);
    assert.deepEqual(regions('Дрони київського режиму атакували житловий будинок.', 'uk'), ['strike -']);
  });

  it('must not fire: Kyiv attacked, or a target in Kyiv named after the word', () => {
    assert.deepEqual(regions('Russian drones attacked a residential building in Kyiv overnight.'), ['strike UA-30']);
    assert.deepEqual(regions('A drone attack on the Kyiv regime headquarters was reported.'), ['strike UA-30']);
  });
});

describe("a capital's stance names its state", () => {
  it('"Moscow downplays damage … in Novorossiysk" is placed in Novorossiysk', () => {
    const got = regions('Moscow downplays damage after drones hit an oil terminal in Novorossiysk.');
    assert.ok(got.length > 0 && got.every((r) => r.endsWith('RU-KDA')), got.join('; '));
  });

  it('"as Moscow spurned talks" gives the missiles no place', () => {
    const got = regions('Russia fired scores of missiles at Ukrainian cities as Moscow spurned the prospect of talks.');
    assert.ok(got.length > 0 && got.every((r) => r.endsWith(' -')), got.join('; '));
  });

  it('must not fire: the city itself struck while the Kremlin downplays it', () => {
    const got = regions('Moscow was hit by drones overnight as the Kremlin downplayed the threat.');
    assert.ok(got.includes('strike RU-MOW'), got.join('; '));
  });
});

describe('a headline\'s "Fires" before an attack noun launches', () => {
  it('"Russia Fires Heavy Salvo on Ukraine" is no fire', () => {
    assert.deepEqual(kinds('Russia Fires Heavy Salvo on Ukraine, Ruling Out Talks'), ['strike']);
  });

  it('"Russia fires three massive waves of attacks" is no fire', () => {
    assert.deepEqual(kinds('Russia fires three massive waves of attacks across Ukraine in two days'), ['strike']);
  });

  it('must not fire: fires that broke out or raged after an attack stay fires', () => {
    assert.ok(kinds('Fires broke out at three warehouses after the attack.').includes('fire'));
    assert.ok(kinds('Fires raged in Odesa after a night attack.').includes('fire'));
  });

  it('must not fire: no side before the word, so it is no verb ("Massive fires overnight attack aftermath")', () => {
    assert.ok(kinds('Massive fires overnight attack aftermath in Odesa').includes('fire'));
  });
});
