// Russian news shapes of the seventh session (issue 8): each rule is written for a class of phrasings (every case of
// a noun, every form of a verb, a kind of statement), not for one string. Texts are ours, in the style of real
// Telegram news and VIINA headlines; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);
const kinds = (facts: Fact[]) => facts.map((f) => f.kind).sort();

describe('a strike told with the noun in any case or the verb in any form', () => {
  it('«об ударах по …», «под ударом»: the noun in the prepositional and instrumental still names the attack', () => {
    const plural = extract('Местные каналы сообщили об ударах по нефтебазе в Смоленской области.');
    assert.equal(plural.find((f) => f.kind === 'strike')?.region?.code, 'RU-SMO');
    const singular = extract('Жители сообщили об ударе по складу в Белгородской области.');
    assert.equal(singular.find((f) => f.kind === 'strike')?.region?.code, 'RU-BEL');
  });

  it('«нанесла удар», «нанесли удары», «удары были нанесены»: every past form of the verb with its noun', () => {
    for (const text of [
      'Армия нанесла удар ракетой по заводу.',
      'Войска нанесли удары ракетами по заводу.',
      'Удары были нанесены ракетами по заводу.',
    ]) {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.equal(strike?.weapon, 'missile', text);
    }
  });
});

describe('losses of troops in battle are no casualties of an air attack', () => {
  it('«потерял убитыми», «погибших и пленных», «сдались в плен»: the clause tells front-line losses', () => {
    assert.deepEqual(extract('За сутки противник потерял убитыми и ранеными около 60 человек под Угледаром.'), []);
    assert.deepEqual(extract('Итог боя — около 30 погибших и два десятка пленных у Суджи Курской области.'), []);
    assert.deepEqual(extract('Под Кременной трое солдат сдались в плен, ещё двое погибли.'), []);
  });

  it('only that clause: a strike and its victims told beside it stay', () => {
    const facts = extract(
      'Беспилотник атаковал автобус в Белгородской области, погибли два человека, а на фронте противник потерял убитыми 40 человек.',
    );
    assert.deepEqual(kinds(facts), ['casualties', 'strike']);
    assert.equal(facts.find((f) => f.kind === 'casualties')?.casualties?.killed, 2);
  });
});
