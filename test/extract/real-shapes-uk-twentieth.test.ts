// Shapes of real Ukrainian texts met in the twentieth session (issue 8: uk-telegram-unlp2025 and the Ukrainian VIINA
// headlines). Texts are ours, written in those shapes; each test names the general rule. How the rules add up on the
// real texts is measured by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T12:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const kinds = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`).sort();

describe('a destroying verb whose object is no weapon, the weapons told only as the attack’s means', () => {
  it('«атакувала ракетами порт …: знищено продукцію» is a strike, not an interception', () => {
    const facts = extract('Росія атакувала ракетами порт на Миколаївщині: знищено зерно для країн Африки');
    assert.deepEqual(kinds(facts), ['strike UA-48 missile']);
  });

  it('«Атака дронів на …, … і знищені кораблі у …»: the genitive after the attack noun is the means', () => {
    const facts = extract('Атака дронів на Саратов, пожежа на НПЗ і знищені катери у Новоросійську: підсумки тижня');
    assert.equal(
      facts.some((f) => f.kind === 'interception'),
      false,
    );
    assert.ok(facts.some((f) => f.kind === 'strike' && f.weapon === 'uav'));
  });

  it('the weapon as the adjective of an attack noun («від ракетного обстрілу») is a means too', () => {
    const facts = extract('Окупанти знищили дві зенітні установки, які прикривали Суми від ракетного обстрілу.');
    assert.equal(
      facts.some((f) => f.kind === 'interception'),
      false,
    );
  });

  it('negative: «… шахедами, 15 з них знищено», «…, знищено 15», «ППО знищила всі» count the weapons named before', () => {
    for (const text of [
      'Ворог атакував Херсонщину 20 шахедами, 15 з них знищено.',
      'Ворог атакував Херсонщину шахедами, знищено 15.',
      'Росія атакувала Херсонщину дронами, ППО знищила всі.',
      'Ворог атакував Херсонщину шахедами, знищено 15 над Миколаївщиною.',
    ]) {
      assert.ok(
        extract(text).some((f) => f.kind === 'interception' && f.weapon === 'uav'),
        text,
      );
    }
  });

  it('negative: a weapon in the verb’s own clause is what was destroyed («…, знищено 12 шахедів над Одещиною»)', () => {
    const facts = extract('Вночі ворог атакував ударними БпЛА, знищено 12 шахедів над Одещиною.');
    assert.ok(facts.some((f) => f.kind === 'interception' && f.region?.code === 'UA-51' && f.count?.value === 12));
  });
});

describe('a power cut named by its schedule, its loss or the supply it limits', () => {
  it('«повернути область до графіків відключень» after an attack', () => {
    const facts = extract('Енергетики повернули Полтавську область до графіків відключень після останньої атаки.');
    assert.ok(facts.some((f) => f.kind === 'power_outage' && f.region?.code === 'UA-53'));
  });

  it('«зникло світло» after a shelling', () => {
    const facts = extract('Після ранкового обстрілу в деяких районах Сум зникло світло.');
    assert.ok(facts.some((f) => f.kind === 'power_outage' && f.region?.code === 'UA-59'));
  });

  it('«обмеження постачання е/е застосовують на …» after a strike on a substation', () => {
    const facts = extract('Атаковано підстанцію на Полтавщині, обмеження постачання е/е застосовують на Сумщині.');
    assert.ok(facts.some((f) => f.kind === 'power_outage' && f.region?.code === 'UA-59'));
  });

  it('negative: a light that may go out is no outage («може зникнути світло»)', () => {
    const facts = extract('Після обстрілу Сум найближчим часом може зникнути світло.');
    assert.equal(
      facts.some((f) => f.kind === 'power_outage'),
      false,
    );
  });
});

const tallies = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'strike')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'}`)
    .sort();

describe('several counted tallies of strikes in one sentence, each a fact of its own', () => {
  it('«завдав 2 ракетних удари по … та 3 авіаційних удари»: the second tally, with no place of its own', () => {
    const facts = extract('За минулу добу ворог завдав 3 ракетних удари по Сумщині та 4 авіаційних удари.');
    assert.deepEqual(tallies(facts), ['- - 4', 'UA-59 missile 3']);
  });

  it('«…, здійснив 40 обстрілів з РСЗВ»: a third tally, its weapon named after it with «з»', () => {
    const facts = extract('Ворог завдав 3 ракетних та 17 авіаційних ударів, здійснив 40 обстрілів з РСЗВ.');
    assert.ok(tallies(facts).includes('- rocket 40'));
  });

  it('negative: hits counted after an attack with no tally («атакувала дронами порт, є два прильоти») add no fact', () => {
    const facts = extract('РФ атакувала дронами порт в Одесі, є два прильоти по адмінбудівлі.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike' && f.region === null),
      [],
    );
  });
});

describe('two stated counts on one region are two tallies, not one strike told twice', () => {
  it('«9 РСЗВ-обстрілів по Оріхову. Ще 94 артобстріли прийшлися по Оріхову» keeps both', () => {
    const facts = extract('Ворог здійснив 9 РСЗВ-обстрілів по Оріхову. Ще 94 артобстріли прийшлися по Оріхову.');
    assert.deepEqual(tallies(facts), ['UA-23 - 94', 'UA-23 rocket 9']);
  });

  it('negative: a strike told with no count, then its hits counted, is still one strike', () => {
    const facts = extract('Вранці росіяни атакували Запоріжжя ракетами. Зафіксовано 3 влучання у Запоріжжі.');
    assert.equal(facts.filter((f) => f.kind === 'strike' && f.region?.code === 'UA-23').length, 1);
  });
});
