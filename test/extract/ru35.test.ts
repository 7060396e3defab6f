// Russian Telegram shapes of the thirty-fifth session (ru35): a ground target destroyed is struck, not a weapon shot
// down. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const ru = (text: string) => extractText(text, 'ru', '2024-11-28T10:00:00+03:00');
const kinds = (facts: Fact[]) => [...new Set(facts.map((f) => f.kind))].sort();
const regions = (facts: Fact[]) => [...new Set(facts.map((f) => f.region?.code ?? null))];

describe('a crew named with its weapon is the subject, and what it destroyed a target', () => {
  it('«Операторы БПЛА … уничтожили под Суджей … пункт временной дислокации»: a drone strike in Kursk Oblast', () => {
    const facts = ru(
      'Операторы БПЛА отряда «Сокол» уничтожили под Суджей в Курской области пункт временной дислокации ВСУ, рассказал боец подразделения.',
    );
    assert.ok(!facts.some((f) => f.kind === 'interception'));
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'RU-KRS');
    assert.equal(strike?.weapon, 'uav');
  });

  it('a single operator: «Оператор FPV-дрона уничтожил у села … склад»', () => {
    const facts = ru('Оператор FPV-дрона уничтожил у села Тёткино в Курской области склад боеприпасов ВСУ.');
    assert.ok(!facts.some((f) => f.kind === 'interception'));
    assert.ok(facts.some((f) => f.kind === 'strike'));
  });

  it('negative: a conditional («уничтожили бы», «знищили би») tells nothing destroyed, struck or downed', () => {
    assert.deepEqual(ru('Операторы FPV-дронов уничтожили бы в Брянской области любой склад, если бы не туман.'), []);
    assert.deepEqual(
      extractText(
        'Оператори FPV-дронів знищили би на Сумщині будь-який танк, якби не погода.',
        'uk',
        '2024-11-28T10:00:00+02:00',
      ),
      [],
    );
  });

  it("negative: a weapon that is no crew's own before the verb is still what was shot down", () => {
    const facts = ru('Беспилотники ВСУ уничтожены над Курской областью, сообщили в Минобороны.');
    assert.deepEqual(kinds(facts), ['interception']);
    assert.deepEqual(regions(facts), ['RU-KRS']);
  });
});

describe('a Latin «ë» typed inside a Cyrillic word reads as «ё»', () => {
  it('«погиб ребëнок» with the Latin letter is a death, as «ребёнок» is', () => {
    const latin = ru('Беспилотник врезался в жилой дом в Брянской области, погиб ребëнок.');
    const cyrillic = ru('Беспилотник врезался в жилой дом в Брянской области, погиб ребёнок.');
    const killed = (facts: Fact[]) => facts.find((f) => f.kind === 'casualties')?.casualties?.killed ?? null;
    assert.equal(killed(cyrillic), 1);
    assert.equal(killed(latin), 1);
    assert.deepEqual(regions(latin), ['RU-BRY']);
  });

  it('negative: a Latin word with «ë» stays what it was (no fact from a car brand)', () => {
    const facts = ru('Citroën представил новый кроссовер на выставке в Москве.');
    assert.equal(facts.length, 0);
  });
});
