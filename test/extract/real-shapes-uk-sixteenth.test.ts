// Shapes of real Ukrainian Telegram posts met in the sixteenth session (issue 8, uk-telegram-unlp2025). Texts are
// ours, written in those shapes; each test names the general rule. How the rules add up on the real posts is measured
// by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2025-03-10T06:00:00+02:00'): Fact[] => extractText(text, 'uk', published);

const brief = (facts: Fact[]) =>
  facts.map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? null] as const);

describe('aircraft shot down are interceptions of no weapon class', () => {
  it('«збито ворожий літак Су-34»: one, the word and its model one aircraft', () => {
    const facts = extract('Крім того, вчора нашими воїнами збито ворожий літак Су-34.');
    assert.deepEqual(brief(facts), [['interception', null, null, 1]]);
  });

  it('a counted plural takes its number and the place its sentence names', () => {
    const facts = extract('Сили оборони збили 2 гелікоптери Ка-52 над Запорізькою областю.');
    assert.deepEqual(brief(facts), [['interception', 'UA-23', null, 2]]);
  });

  it('items of one list: a plane and a helicopter are two, the drones their own', () => {
    const facts = extract('Також сьогодні нашими воїнами збито 1 літак, 1 гелікоптер та 9 БпЛА.');
    assert.deepEqual(
      brief(facts).sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
      [
        ['interception', null, null, 1],
        ['interception', null, null, 1],
        ['interception', null, 'uav', 9],
      ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    );
  });

  it('the model before the verb («Су-34 збили над …») and a headline («Як збили А-50»)', () => {
    assert.deepEqual(brief(extract('Вранці російський Су-34 збили над Донеччиною.')), [
      ['interception', 'UA-14', null, 1],
    ]);
    assert.deepEqual(brief(extract('Як збили А-50: розповідає військовий експерт')), [['interception', null, null, 1]]);
  });

  it('no region carried from the sentence before', () => {
    const facts = extract(
      'Ворог обстріляв Нікополь з артилерії. Крім того, вчора нашими воїнами збито ворожий літак Су-34.',
    );
    const aircraft = facts.filter((f) => f.kind === 'interception');
    assert.deepEqual(brief(aircraft), [['interception', null, null, 1]]);
  });

  it('negative: the aircraft that launched the weapons shot down are no object of the verb', () => {
    const facts = extract('Над Одещиною збито 5 ракет Х-59, випущених з Су-34.');
    assert.deepEqual(brief(facts), [['interception', 'UA-51', 'missile', 5]]);
  });

  it('negative: a wish or a question, a plane destroyed on the ground, aircraft with no verb of shooting down', () => {
    assert.deepEqual(extract('Хочете, щоб румуни збили наш літак?'), []);
    assert.deepEqual(extract('Ми вміємо збивати їхні літаки і топити їхній флот.'), []);
    assert.deepEqual(extract('Росія пообіцяла Ірану літаки Су-35.'), []);
    const ground = extract('Дрони СБУ знищили літак Су-34 на аеродромі в Морозовську.');
    assert.ok(ground.every((f) => f.kind !== 'interception'));
  });
});
