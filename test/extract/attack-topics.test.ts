// Review fixes (fixb14): attacks as a topic, a tally over a period, an attack and its effect after a comma, attacks
// that are no air attack, damage to the grid told with no place. Texts are ours; each names the rule it guards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const AT = '2025-03-10T06:00:00+02:00';
const en = (text: string): Fact[] => extractText(text, 'en', AT);
const uk = (text: string): Fact[] => extractText(text, 'uk', AT);
const ru = (text: string): Fact[] => extractText(text, 'ru', AT);
const kinds = (facts: Fact[]) => facts.map((f) => f.kind);
const strikes = (facts: Fact[]) => facts.filter((f) => f.kind === 'strike');

describe('attacks told of a whole country', () => {
  it('an attack noun with its weapon across the country is the wave', () => {
    assert.deepEqual(kinds(en('A massive Russian missile attack across the country overnight.')), ['strike']);
  });

  it('negative: a country named by its adjective ("Russian cities") is no country-wide phrase', () => {
    assert.deepEqual(strikes(en('Brokers lift fees as drone attacks on Russian cities unsettle shippers.')), []);
  });

  it('negative: attacks governed by a noun before them are its topic', () => {
    assert.deepEqual(strikes(en('A new survey measures the economic toll of drone attacks across the country.')), []);
    assert.deepEqual(strikes(en('How Russian missile attacks across Ukraine are reshaping farming')), []);
    assert.deepEqual(strikes(uk('Психологи досліджують вплив дронових атак по всій Україні на сон підлітків.')), []);
  });

  it('negative: a weapon striking the country every night is a habit', () => {
    assert.deepEqual(
      strikes(en('Russian missiles target power plants across Ukraine every night, officials say.')),
      [],
    );
  });
});

describe('an attack, then what it did after a comma', () => {
  it('«ракетна атака, пошкоджено …» tells the strike and the damage', () => {
    const facts = uk('Уночі потужна ракетна атака, пошкоджено об’єкти енергетики.');
    assert.ok(facts.some((f) => f.kind === 'strike'));
    assert.ok(facts.some((f) => f.kind === 'damage'));
  });

  it('an English headline: the attack, then power cuts in a city', () => {
    const facts = en('Heavy drone attack, power outages in Odesa');
    assert.deepEqual(kinds(facts).sort(), ['power_outage', 'strike']);
  });
});

describe('attack nouns that are no air attack', () => {
  it('negative: hackers’ attacks are no strike', () => {
    assert.deepEqual(strikes(uk('Внаслідок хакерських атак пошкоджено сервери пошти у Львові.')), []);
  });

  it('negative: assaults on a front’s direction are no strike', () => {
    assert.deepEqual(strikes(uk('Внаслідок ворожих атак на Куп’янському напрямку загинули троє бійців.')), []);
  });

  it('the cause plural with an air attack still strikes', () => {
    assert.deepEqual(kinds(uk('Внаслідок ворожих атак пошкоджено будинки у Херсоні.')), ['strike', 'damage']);
  });
});

describe('counted strikes over a period are a sum, not an incident', () => {
  it('negative: a month’s or a year’s strikes give no fact', () => {
    assert.deepEqual(uk('За минулий тиждень окупанти завдали 85 авіаційних ударів.'), []);
    assert.deepEqual(ru('С начала года противник нанес 940 авиаударов.'), []);
    assert.deepEqual(
      strikes(uk('Від початку року ворог завдав понад 2100 авіаційних ударів по території України.')),
      [],
    );
  });

  it('the day’s tally is still told', () => {
    assert.deepEqual(
      uk('За минулу добу противник завдав 33 авіаційних удари.').map((f) => [f.kind, f.count?.value]),
      [['strike', 33]],
    );
  });
});

describe('damage to the grid with no place', () => {
  it('keeps the damage and the fire it tells', () => {
    assert.deepEqual(kinds(uk('Пошкоджено об’єкт енергетики, спалахнула пожежа.')).sort(), ['damage', 'fire']);
    assert.deepEqual(kinds(ru('Повреждена электроподстанция, начался пожар.')).sort(), ['damage', 'fire']);
  });

  it('an English line: the damaged facility and the power cut', () => {
    assert.deepEqual(kinds(en('An energy facility was damaged, leaving many homes without power.')).sort(), [
      'damage',
      'power_outage',
    ]);
  });
});
