// Review 39b #2: a town's name in a street phrase names the street, not the town. Ukrainian and Russian name streets
// by adjectives that agree with the street noun («на вулиці Надвірній», «на Лозовій вулиці», «вулиць Лозової»,
// «вул. Лозова», «на улице Лозовой», «на проспекте Курском»), and these are the forms of adjective-named towns
// (Лозова, Надвірна, Кремінна, Роздільна). A town's own case that does not agree with the noun («на вулиці Херсона», a
// street of Kherson) and the plural «на вулицях Лозової» (Lozova's streets) stay the town.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { extractText } from '../helpers/extract-text.ts';

const names = (text: string) => findPlaces(text).map((p) => p.name);

describe('street names are no towns', () => {
  it('a town-named street after a street noun or its abbreviation, agreeing or as written', () => {
    for (const text of [
      'Суми: уламки впали біля будинку на вулиці Надвірній.',
      'Дніпро: ракета влучила в будинок на розі вулиць Лозової та Шевченка.',
      'Херсон: пошкоджено будинок по вулиці Кремінній.',
      'Одеса: пошкоджено будинок на вул. Роздільній.',
      'Київ: уламки дрона на вулиці Лозова пошкодили дах.',
      'Київ: уламки дрона пошкодили дах на вул. Лозова, 12.',
      'Белгород: обломки упали на улице Лозовой, повреждена крыша.',
      'Курск: беспилотник упал на ул. Лозовая, пострадавших нет.',
    ]) {
      assert.ok(
        !names(text).some((n) => /Lozova|Lozovaya|Nadvirna|Kreminna|Rozdilna/.test(n)),
        `${text}: ${names(text)}`,
      );
    }
  });

  it('a town-named street before a street noun it agrees with', () => {
    for (const text of [
      'Київ: на Лозовій вулиці уламки дрона пошкодили дах будинку.',
      'Дніпро: пошкоджено будинок на Кремінній вулиці після удару.',
    ]) {
      assert.ok(!names(text).some((n) => /Lozova|Kreminna/.test(n)), `${text}: ${names(text)}`);
    }
  });

  it('the town itself, and its streets, stay the town', () => {
    assert.ok(names('Харківщина: у Лозовій вибухи, працює ППО.').includes('Lozova'));
    assert.ok(names('Окупанти обстріляли Лозову: на вулицях Лозової пошкоджено будинки.').includes('Lozova'));
    assert.ok(names('Внаслідок обстрілу на одній з вулиць Херсона пошкоджено будинок.').includes('Kherson'));
    assert.ok(names('На вулиці Херсона впав уламок ракети.').includes('Kherson'));
    assert.ok(names('На улицах Белгорода слышны взрывы.').includes('Belgorod'));
  });

  it("extraction: the text's own city keeps the fact, no phantom strike in another oblast", () => {
    const facts = extractText(
      'Суми: дрон влучив у будинок на вулиці Надвірній, пошкоджено дах.',
      'uk',
      '2025-06-12T07:00:00+03:00',
    );
    const regions = new Set(facts.map((f) => f.region?.code));
    assert.deepEqual([...regions], ['UA-59']);
  });
});
