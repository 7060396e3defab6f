// One toll told over two sentences (refine/casualty-pairs.ts). Texts are ours, in the shapes of real posts and leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const tolls = (facts: Fact[]) => facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties);

describe('a toll told in two sentences is one casualty fact', () => {
  it('the dead in one sentence and the injured in the next, in English', () => {
    const text =
      'The death toll from the drone strike on a dormitory in Kharkiv has risen to 7, the regional ' +
      'governor said on Monday. Another 25 people were injured, including three children.';
    const facts = extractText(text, 'en', '2023-02-12T12:00:00+02:00');
    assert.deepEqual(tolls(facts), [{ killed: 7, injured: 25, children_killed: null, children_injured: 3 }]);
    const toll = facts.find((f) => f.kind === 'casualties')!;
    // The evidence holds both figures.
    assert.match(toll.evidence.text, /risen to 7/);
    assert.match(toll.evidence.text, /25 people were injured/);
    assert.equal(text.slice(toll.evidence.start, toll.evidence.end), toll.evidence.text);
  });

  it('the injured first and the dead after, in Russian', () => {
    const facts = extractText(
      'Число пострадавших при ракетном ударе по Белгороду возросло до 37. Также, по уточнённым данным, погибли ' +
        'три человека.',
      'ru',
      '2024-05-12T12:00:00+03:00',
    );
    assert.deepEqual(tolls(facts), [{ killed: 3, injured: 37, children_killed: null, children_injured: null }]);
  });

  it('a sentence that tells an attack of its own keeps its own toll', () => {
    const facts = extractText(
      'Утром в пятницу по Сумам был нанесён ракетный удар, два человека погибли. Беспилотник сбросил взрывчатку на ' +
        'маршрутку в Сумах, пострадали пять человек.',
      'ru',
      '2024-05-12T12:00:00+03:00',
    );
    assert.deepEqual(tolls(facts), [
      { killed: 2, injured: null, children_killed: null, children_injured: null },
      { killed: null, injured: 5, children_killed: null, children_injured: null },
    ]);
  });

  it('a headline that gives part of the toll the body gives whole is the same toll', () => {
    const facts = extractText(
      'Four killed in Russian strike on Kramatorsk\n\nFour people were killed and 19 wounded when a Russian missile ' +
        'hit the centre of Kramatorsk on Tuesday evening, the regional governor said.',
      'en',
      '2023-06-28T08:00:00+03:00',
    );
    assert.deepEqual(tolls(facts), [{ killed: 4, injured: 19, children_killed: null, children_injured: null }]);
  });

  it('"the attack" in the next sentence is the attack already told, and its injured join its dead', () => {
    const facts = extractText(
      'Russian drone attack on Sumy kills two\n\nRussia launched drones at the northern city of Sumy overnight, ' +
        'killing at least two people in a dormitory, officials said.\nThe overnight attack destroyed the top floor ' +
        'of the building, injuring seven people.',
      'en',
      '2024-03-14T09:00:00+00:00',
    );
    assert.deepEqual(tolls(facts), [{ killed: 2, injured: 7, children_killed: null, children_injured: null }]);
  });

  it('the injured "in the drone strike" are the toll of the strike the headline told', () => {
    const facts = extractText(
      'Russian strike on Kherson bus station kills three, officials say\n\nAt least 11 people were injured in the ' +
        'Russian drone strike on the bus station, officials said.',
      'en',
      '2024-03-14T09:00:00+00:00',
    );
    assert.deepEqual(tolls(facts), [{ killed: 3, injured: 11, children_killed: null, children_injured: null }]);
  });

  it('an attack told with "a" in the next sentence keeps its own toll', () => {
    const facts = extractText(
      'Russian drone attack on Sumy kills two\n\nRussia launched drones at the northern city of Sumy overnight, ' +
        'killing at least two people in a dormitory, officials said.\nA later missile attack destroyed a school ' +
        'in the city, injuring seven people.',
      'en',
      '2024-03-14T09:00:00+00:00',
    );
    // (The headline's toll and the body's are both told; neither takes the later attack's injured.)
    assert.ok(tolls(facts).some((t) => t?.killed === 2 && t.injured === null));
    assert.ok(tolls(facts).some((t) => t?.killed === null && t.injured === 7));
    assert.ok(!tolls(facts).some((t) => t?.killed === 2 && t.injured === 7));
  });
});

describe('two attacks in one report keep two tolls', () => {
  it('a second attack merged into the first by region still keeps its own toll', () => {
    const facts = extractText(
      'Армия РФ обстреляла Херсон из артиллерии, погиб один человек. Также дрон атаковал автомобиль в Херсоне, ' +
        'ранены двое.',
      'ru',
      '2024-11-20T08:00:00+03:00',
    );
    assert.deepEqual(tolls(facts), [
      { killed: 1, injured: null, children_killed: null, children_injured: null },
      { killed: null, injured: 2, children_killed: null, children_injured: null },
    ]);
  });

  it('a smaller toll told after a full one is another attack, not its part', () => {
    const facts = extractText(
      'Армия РФ обстреляла Херсон из артиллерии, один человек погиб и двое ранены. Также дрон атаковал автомобиль в ' +
        'Херсоне, погиб один человек.',
      'ru',
      '2024-11-20T08:00:00+03:00',
    );
    assert.deepEqual(tolls(facts), [
      { killed: 1, injured: 2, children_killed: null, children_injured: null },
      { killed: 1, injured: null, children_killed: null, children_injured: null },
    ]);
  });
});
