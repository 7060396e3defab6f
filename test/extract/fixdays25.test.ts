// The review of days25 (twenty-fifth session): a whole-country phrase anywhere in a sentence took a town's region off
// its facts. Only the fact's own clause tells the whole country, and a phrase after a word of likeness («как и во
// многих регионах Украины», «як і в інших регіонах країни», "like in many regions across the country") compares
// the town with the country and tells of neither. A fact with no place told after a statement of the whole country
// is that country's. Every text is invented, in the style of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-12-08T09:30:00+02:00';
const read = (text: string, lang: Lang = 'ru') =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.region?.code ?? f.country ?? null] as const);

describe('a whole-country phrase outside the fact’s clause leaves the town its facts', () => {
  it('an aside thanking the air defence of the whole country', () => {
    assert.deepEqual(
      read('Сумы. Ночью сбиты 3 дрона, сообщил мэр, поблагодарив ПВО, которые защищают небо по всей Украине.'),
      [['interception', 'UA-59']],
    );
    assert.deepEqual(
      read('Суми. Вночі збито 3 дрони, повідомив мер, подякувавши ППО, яка захищає небо по всій Україні.', 'uk'),
      [['interception', 'UA-59']],
    );
    assert.deepEqual(
      read(
        'Kharkiv. Overnight three drones were shot down, the mayor said, thanking air defence units that guard the sky across Ukraine.',
        'en',
      ),
      [['interception', 'UA-63']],
    );
  });

  it('a likeness after the facts, in a clause of its own', () => {
    assert.deepEqual(
      read(
        'Кривой Рог. Ночью ракетный удар повредил подстанцию, без света остались 5 тысяч абонентов, как и во многих регионах Украины.',
      ),
      [
        ['strike', 'UA-12'],
        ['damage', 'UA-12'],
        ['power_outage', 'UA-12'],
      ],
    );
    assert.deepEqual(
      read(
        'Кривий Ріг. Вночі ракетний удар пошкодив підстанцію, без світла залишилися 5 тисяч абонентів, як і в багатьох регіонах України.',
        'uk',
      ),
      [
        ['strike', 'UA-12'],
        ['damage', 'UA-12'],
        ['power_outage', 'UA-12'],
      ],
    );
    assert.deepEqual(
      read(
        'Kharkiv. Overnight a missile damaged a substation, leaving 5,000 homes without power, like in many regions across the country.',
        'en',
      ),
      [
        ['damage', 'UA-63'],
        ['power_outage', 'UA-63'],
      ],
    );
  });

  it('a likeness before the fact, in the sentence after the town', () => {
    assert.deepEqual(read('Ночью Харьков атаковали шахеды. Как и по всей Украине, в городе повреждена энергетика.'), [
      ['strike', 'UA-63'],
      ['damage', 'UA-63'],
    ]);
    assert.deepEqual(
      read(
        'Мэр Одессы Труханов: ночью город атаковали шахеды. Как и по всей Украине, повреждена энергетика. Пострадавших нет.',
      ),
      [
        ['strike', 'UA-51'],
        ['damage', 'UA-51'],
        ['casualties', 'UA-51'],
      ],
    );
  });

  it('a likeness keeps a Russian region, which the Ukrainian country of the phrase would have taken away', () => {
    assert.deepEqual(
      read(
        'В Белгороде ночью сбиты 5 дронов. Обломки повредили крышу дома, как это уже бывало во многих регионах страны.',
      ),
      [
        ['interception', 'RU-BEL'],
        ['damage', 'RU-BEL'],
        ['debris', 'RU-BEL'],
      ],
    );
    assert.deepEqual(
      read(
        'Губернатор Воронежской области: ночью сбиты 6 беспилотников. Падение обломков, как и в других регионах страны, обошлось без пострадавших.',
      ),
      [
        ['interception', 'RU-VOR'],
        ['debris', 'RU-VOR'],
        ['casualties', 'RU-VOR'],
      ],
    );
  });

  it('the damage told with a likeness stays a fact of the town', () => {
    assert.deepEqual(
      read(
        'Николаев. Ночью враг атаковал город дронами. Как и в других регионах страны, повреждена энергетическая инфраструктура.',
      ),
      [
        ['strike', 'UA-48'],
        ['damage', 'UA-48'],
      ],
    );
    assert.deepEqual(
      read(
        'Миколаїв. Вночі ворог атакував місто дронами. Як і в інших регіонах країни, пошкоджено енергетичну інфраструктуру.',
        'uk',
      ),
      [
        ['strike', 'UA-48'],
        ['damage', 'UA-48'],
      ],
    );
  });

  it('near misses: the phrase in the fact’s own clause, with no likeness, is still the whole country', () => {
    assert.deepEqual(read('Сумы. Ночью дроны атаковали энергетику по всей стране.'), [['strike', null]]);
    assert.deepEqual(read('Суми. Вночі ворог атакував енергетику по всій Україні.', 'uk'), [['strike', null]]);
    const facts = read('Одесса. Ночью сбиты 5 дронов. Всего силы ПВО сбили 40 дронов по всей Украине.');
    assert.deepEqual(facts, [
      ['interception', 'UA-51'],
      ['interception', 'UA'],
    ]);
  });
});

describe('a fact with no place after a statement of the whole country', () => {
  it('is that country’s', () => {
    assert.deepEqual(
      read('Ночью Россия атаковала Украину ракетами и дронами по всей стране. Силы ПВО сбили 45 дронов.'),
      [
        ['strike', 'UA'],
        ['strike', 'UA'],
        ['interception', 'UA'],
      ],
    );
  });

  it('is no country’s in a report that also tells of another country’s regions', () => {
    assert.deepEqual(
      read(
        'Ночью Россия атаковала Украину ракетами. Над Белгородской и Курской областями сбиты 10 дронов, сообщили в Минобороны России.',
      ),
      [
        ['strike', 'UA'],
        ['interception', null],
        ['interception', 'RU-BEL'],
        ['interception', 'RU-KRS'],
      ],
    );
  });

  it('is no country’s when it is told before the statement', () => {
    assert.deepEqual(read('Силы ПВО сбили 45 дронов. Ночью Россия атаковала Украину ракетами по всей стране.'), [
      ['interception', null],
      ['strike', 'UA'],
    ]);
  });
});
