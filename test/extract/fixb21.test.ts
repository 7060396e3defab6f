// Defects of the second review of fixoff21 and fixweapon21, each with invented texts: a same-kind semicolon clause with
// places of its own tells another event; men on the ground as the agent of a raid before them; an air defence's
// missiles named after the missile word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2023-06-14T09:00:00+00:00';
const tuples = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'strike' || f.kind === 'interception')
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'} ${f.object ?? '-'}`)
    .sort();

describe('a semicolon clause of the same kind with places of its own tells another event', () => {
  it('a strike on one city and a drone strike on another are two strikes, the drones only the second', () => {
    const facts = extractText('Russian forces struck Kyiv overnight; in Odesa, drones hit the port.', 'en', at);
    assert.deepEqual(tuples(facts), ['strike UA-30 - - -', 'strike UA-51 uav - transport']);
  });

  it('the same in Russian', () => {
    const facts = extractText('Враг нанес удар по Херсону; в Одессе дроны поразили порт.', 'ru', at);
    assert.deepEqual(tuples(facts), ['strike UA-51 uav - transport', 'strike UA-65 - - -']);
    // Told by its own verb, not by the first clause's.
    assert.equal(facts.find((f) => f.region?.code === 'UA-51')?.fields.kind?.text, 'поразили');
  });

  it("an interception in another place is that clause's own, told by its own verb", () => {
    const text = 'Ukraine says it shot down a Su-34 jet over Donetsk; separately, 15 drones were downed over Kursk.';
    const facts = extractText(text, 'en', at);
    // The Su-34 is an aircraft shot down over Donetsk, its own interception of no weapon (read in English since
    // enkind41); the drones' clause keeps its own verb and place.
    assert.deepEqual(tuples(facts), ['interception RU-KRS uav 15 -', 'interception UA-14 - 1 military']);
    const kind = facts.find((f) => f.kind === 'interception' && f.weapon === 'uav')?.fields.kind;
    assert.equal(kind?.start, text.indexOf('downed'));
  });

  it('negative: a clause with no place of its own tells the same event, with its weapon', () => {
    const facts = extractText(
      'Air defence repelled an attack on Kharkiv overnight; 12 of 14 drones were shot down.',
      'en',
      at,
    );
    assert.deepEqual(tuples(facts), ['interception UA-63 uav 12 -']);
  });

  it("negative: a clause that names the trigger's place tells the same event", () => {
    const facts = extractText('Russian forces struck Kherson overnight; in Kherson, drones hit a depot.', 'en', at);
    assert.ok(
      tuples(facts).every((t) => t.startsWith('strike UA-65 uav')),
      JSON.stringify(tuples(facts)),
    );
  });
});

describe('men on the ground as the agent of a raid before them', () => {
  it('"an attack by saboteurs" is ground combat, no strike and no damage', () => {
    const facts = extractText(
      'An attack by saboteurs damaged a power line in the Bryansk region, the governor said.',
      'en',
      at,
    );
    assert.deepEqual(
      facts.map((f) => f.kind),
      [],
    );
  });

  it('"a raid by Ukrainian commandos" too, a modifier between', () => {
    const facts = extractText(
      'A raid by Ukrainian commandos damaged a radar station in Crimea, the HUR said.',
      'en',
      at,
    );
    assert.deepEqual(
      facts.map((f) => f.kind),
      [],
    );
  });

  it('negative: an attack that wounded saboteurs is a strike', () => {
    const facts = extractText(
      'An attack on a depot in the Belgorod region wounded two saboteurs, the governor said.',
      'en',
      at,
    );
    assert.ok(facts.some((f) => f.kind === 'strike'));
  });

  it('negative: a drone attack by saboteurs is the air war', () => {
    const facts = extractText('A drone attack by saboteurs damaged a power line in the Bryansk region.', 'en', at);
    assert.ok(facts.some((f) => f.kind === 'strike' && f.weapon === 'uav'));
  });
});

describe("an air defence's missiles named after the missile word", () => {
  it('"more missiles for its Patriot systems" names no missile that struck', () => {
    const facts = extractText(
      'Rockets hit Kharkiv overnight, wounding two. The city asked allies for more missiles for its Patriot systems.',
      'en',
      at,
    );
    assert.deepEqual(tuples(facts), ['strike UA-63 rocket - -']);
  });

  it('negative: a missile fired at another city still names the class', () => {
    const facts = extractText(
      'Rockets hit Kharkiv overnight, wounding two. Russia also fired missiles at Odesa.',
      'en',
      at,
    );
    assert.deepEqual([...new Set(facts.filter((f) => f.kind === 'strike').map((f) => f.weapon))], ['missile']);
  });
});
