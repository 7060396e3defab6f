// The Russian spelling of a Ukrainian town name (ruFromUk), and what it adds to the gazetteer: towns GeoNames names
// only in Ukrainian are found in Russian text, and no common Russian word becomes a place.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceRef } from '../../src/core/types.ts';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { ruFromUk, ukFromRu } from '../../src/extract/common/gazetteer-names.ts';
import { placeName } from '../../src/pipeline/place-names.ts';

describe('gazetteer names: Russian from Ukrainian', () => {
  it('spells regular endings, letters and leading adjectives the Russian way', () => {
    const cases: [string, string][] = [
      ['Нова Каховка', 'Новая Каховка'],
      ['Велика Новосілка', 'Великая Новоселка'],
      ['Чорнобаївка', 'Чернобаевка'],
      ['Торецьк', 'Торецк'],
      ['Великодолинське', 'Великодолинское'],
      ['Курахове', 'Курахово'],
      ['Єнакієве', 'Енакиево'],
      ['Озерне', 'Озерное'],
      ['Хрустальний', 'Хрустальный'],
      ['Петрівка', 'Петровка'],
      ['Мар’янівка', 'Марьяновка'],
      ['П’ятихатки', 'Пятихатки'],
      ['Старі Богородчани', 'Старые Богородчаны'],
      ['Андрієво-Іванівка', 'Андриево-Ивановка'],
      ['Першотравневе', 'Першотравневое'],
    ];
    for (const [uk, ru] of cases) assert.equal(ruFromUk(uk), ru, uk);
  });

  it('keeps a name that Russian spells alike', () => {
    for (const n of ['Бахмут', 'Конотоп', 'Лиман']) assert.equal(ruFromUk(n), n);
  });

  it('gives nothing where the rule is not sure', () => {
    // і of a closed syllable (о or е in Russian), a masculine -ів (Романів: Романов is a surname), a short word
    // that a stem would turn into a common word (Білка -> «белка»), ьо.
    for (const n of ['Білопілля', 'Зарічне', 'Макарів', 'Білка', 'Біла', 'Верхньоторецьке']) {
      assert.equal(ruFromUk(n), null, n);
    }
  });
});

describe('gazetteer names: Ukrainian from Russian', () => {
  it('with adjectives, spells -ск and adjective endings the Ukrainian way', () => {
    assert.equal(ukFromRu('Кировское', true), 'Кировське');
    assert.equal(ukFromRu('Светлодарск', true), 'Светлодарськ');
    assert.equal(ukFromRu('Нижнегорский', true), 'Нижнегорський');
    assert.equal(ukFromRu('Синевирская Поляна', true), 'Синевирська Поляна');
  });

  it('a Russian town gets the -ськ/-цьк and the initial І its Ukrainian name has', () => {
    assert.equal(ukFromRu('Тында'), 'Тинда');
    assert.equal(ukFromRu('Рыльск'), 'Рильськ');
    assert.equal(ukFromRu('Донецк'), 'Донецьк');
    assert.equal(ukFromRu('Ишим'), 'Ішим');
    // A town named by an adjective keeps it: «Октябрському» is a Ukrainian district's adjective too.
    assert.equal(ukFromRu('Октябрьский'), 'Октябрский');
    assert.equal(ukFromRu('Тверь'), 'Твер');
    assert.equal(ukFromRu('Усть-Илимск'), 'Усть-Ілимськ');
    // The neuter -о stays, as in GeoNames' own Ukrainian names (Іваново, Пушкіно).
    assert.equal(ukFromRu('Головчино'), 'Головчино');
  });
});

describe("towns in the reader's language", () => {
  it('a Russian town reads in Ukrainian with its Ukrainian ending', () => {
    const rylsk = { name: 'Rylsk', lat: 51.5655, lon: 34.6822 } as PlaceRef;
    assert.equal(placeName(rylsk, 'uk'), 'Рильськ');
    assert.equal(placeName(rylsk, 'ru'), 'Рыльск');
  });
});

describe('gazetteer: towns named only in Ukrainian, found in Russian text', () => {
  const code = (text: string) => findPlaces(text).map((m) => m.code);

  it('finds them by their Russian spelling, in its cases', () => {
    assert.deepEqual(code('Дроны атаковали окрестности Чернобаевки ночью.'), ['UA-65']);
    assert.deepEqual(code('В Новой Каховке повреждена подстанция.'), ['UA-65']);
    assert.deepEqual(code('Обстрел Великой Новоселки продолжается.'), ['UA-14']);
    assert.deepEqual(code('Под Торецком сбит беспилотник.'), ['UA-14']);
    assert.deepEqual(code('Ракета упала у Кадиевки.'), ['UA-09']);
  });

  it('and a Crimean village named only in Russian, in Ukrainian text', () => {
    assert.deepEqual(code('Вибухи лунали у Нижнегорському вранці.'), ['UA-43']);
  });

  it('does not make common words places', () => {
    for (const text of [
      'Мария заявила журналистам, что Мария не знает',
      'Бела и Черна ушли домой',
      'Романов сообщил о пожаре',
      'Лиманы и косы Азовского побережья',
    ]) {
      assert.deepEqual(
        findPlaces(text).map((m) => m.text),
        [],
        text,
      );
    }
  });
});
