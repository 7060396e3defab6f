// The second review of fixdays25 (twenty-fifth session). A statement of the whole country carries its country only
// when its clause tells the whole country, and never to a fact whose sentence names a side; a likeness word compares
// only a phrase right after it (a preposition and one word at most between); a comparison word listed without its
// preposition masks no phrase of time starting with that preposition; a whole-country phrase in an earlier clause
// does not take the region of a fact with its own weapon or place. Every text is invented, in the style of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-12-08T09:30:00+02:00';
const facts = (text: string, lang: Lang, published = PUBLISHED) => extractText(text, lang, published);
const read = (text: string, lang: Lang = 'ru') =>
  facts(text, lang).map((f) => [f.kind, f.region?.code ?? f.country ?? null] as const);

describe('a carried country needs a statement of the whole country and a sentence that names no side', () => {
  it('a strike in Russia is no statement of the night', () => {
    assert.deepEqual(
      read('Сили оборони атакували НПЗ у Росії. Вночі по всій Україні лунали тривоги. Збито 12 дронів.', 'uk'),
      [
        ['strike', 'RU'],
        ['alert', null],
        ['interception', null],
      ],
    );
    assert.deepEqual(
      read('Ukraine hit an airfield in Russia overnight. Air defenses shot down 30 Russian drones.', 'en'),
      [
        ['strike', 'RU'],
        ['interception', null],
      ],
    );
  });

  it('a sentence naming a side is that side’s tale', () => {
    assert.deepEqual(
      read(
        'Russia launched a huge missile attack across Ukraine overnight. Air defenses shot down 50 drones. Russia said it downed 20 Ukrainian drones.',
        'en',
      ),
      [
        ['strike', 'UA'],
        ['interception', 'UA'],
        ['interception', null],
      ],
    );
  });

  it('near miss: the statement of the whole country still carries to a plain total', () => {
    assert.deepEqual(
      read('Ночью Россия атаковала Украину ракетами и дронами по всей стране. Силы ПВО сбили 45 дронов.'),
      [
        ['strike', 'UA'],
        ['strike', 'UA'],
        ['interception', 'UA'],
      ],
    );
  });
});

describe('a likeness compares only the phrase right after it', () => {
  it('"like" a few words before the phrase compares something else', () => {
    assert.deepEqual(
      read(
        'Russia launched what looked like a massive attack across Ukraine overnight. Air defenses shot down 50 drones.',
        'en',
      ),
      [
        ['strike', 'UA'],
        ['interception', 'UA'],
      ],
    );
    assert.deepEqual(read('Russia launched drones like the Shahed across Ukraine overnight, officials said.', 'en'), [
      ['strike', 'UA'],
    ]);
  });

  it('"as in previous nights across Ukraine" tells of the whole country', () => {
    assert.deepEqual(
      read(
        'Russia attacked Kharkiv overnight. Air raid alerts sounded as in previous nights across Ukraine, and a missile hit a house.',
        'en',
      ),
      [
        ['strike', 'UA-63'],
        ['alert', 'UA'],
      ],
    );
  });

  it('near miss: a likeness right before the phrase still compares', () => {
    assert.deepEqual(read('Ночью Харьков атаковали шахеды. Как и по всей Украине, в городе повреждена энергетика.'), [
      ['strike', 'UA-63'],
      ['damage', 'UA-63'],
    ]);
    assert.deepEqual(
      read(
        'Миколаїв. Вночі ворог атакував місто дронами. Як у багатьох регіонах України, пошкоджено енергетику.',
        'uk',
      ),
      [
        ['strike', 'UA-48'],
        ['damage', 'UA-48'],
      ],
    );
  });
});

describe('a comparison word masks no phrase of time after it', () => {
  // A comparison spares only the war's start (fixoff25b), so «Как и в прошлом месяце, …» dates its clause as at the
  // session's start; what this guards is that no likeness entry eats the «в» of «в прошлом месяце».
  it('«Напомним, как в прошлом месяце …» is long ago', () => {
    const found = facts(
      'Напомним, как в прошлом месяце дрон попал в жилой дом в Курске.',
      'ru',
      '2024-11-20T10:00:00+03:00',
    );
    assert.ok(found.length > 0);
    assert.ok(found.every((f) => f.historical === true));
  });

  it('«Як у 2022 році» makes no damage of long ago', () => {
    const found = facts('Вночі ворог атакував Одесу. Як у 2022 році по всій країні, пошкоджено енергетику.', 'uk');
    assert.deepEqual(
      found.filter((f) => f.historical).map((f) => f.kind),
      [],
    );
  });
});

describe('a whole-country phrase in an earlier clause leaves a fact with its own subject the town’s', () => {
  it('the missile of the next clause stays Kharkiv’s', () => {
    assert.deepEqual(
      facts('Ночью враг атаковал Харьков. По всей стране объявлена тревога, а ракета попала в жилой дом.', 'ru')
        .filter((f) => f.weapon === 'missile')
        .map((f) => [f.kind, f.region?.code ?? null]),
      [['strike', 'UA-63']],
    );
    assert.deepEqual(
      facts('Вночі ворог атакував Харків. По всій країні оголошено тривогу, а ракета влучила в житловий будинок.', 'uk')
        .filter((f) => f.weapon === 'missile')
        .map((f) => [f.kind, f.region?.code ?? null]),
      [['strike', 'UA-63']],
    );
  });

  it('near miss: a result clause with no subject of its own is still the whole country’s', () => {
    assert.deepEqual(
      read(
        'Киев. Ночью враг массированно атаковал объекты энергетики по всей стране, в результате чего введены экстренные отключения света.',
      ),
      [
        ['strike', null],
        ['power_outage', null],
      ],
    );
  });
});
