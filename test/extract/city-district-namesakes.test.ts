// A big city's district named after another city (fixplace30): «Київський район» of Kharkiv or Odesa, «Московский
// район» of Kazan, read in a sentence that has named its city. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const uk = (text: string) => extractText(text, 'uk', '2025-06-11T08:00:00+03:00');
const ru = (text: string) => extractText(text, 'ru', '2025-06-11T08:00:00+03:00');
const regions = (facts: Fact[]) => [...new Set(facts.map((f) => f.region?.code ?? null))];

describe("a district named after another city, in a sentence that named its city, is the city's", () => {
  it('Ukrainian: «атакував Харків …, у Київському районі …» is Kharkiv, not Kyiv', () => {
    const facts = uk(
      'Мер міста повідомив, що вранці окупанти вдарили по Харкову дронами, у Київському районі зруйновано гараж, поранено 3 людей.',
    );
    assert.ok(facts.some((f) => f.kind === 'damage'));
    assert.ok(facts.some((f) => f.kind === 'casualties'));
    assert.deepEqual(regions(facts), ['UA-63']);
  });

  it('Russian: «атаковали Одессу …, в Киевском районе …» is Odesa; «в Московском районе» after Kazan is Kazan', () => {
    const odesa = ru(
      'Вечером противник атаковал Одессу ударными дронами, в Киевском районе горит склад, ранен мужчина.',
    );
    assert.ok(odesa.length > 1);
    assert.deepEqual(regions(odesa), ['UA-51']);
    const kazan = ru('Утром беспилотник атаковал Казань, в Московском районе повреждена крыша общежития.');
    assert.ok(kazan.some((f) => f.kind === 'damage'));
    assert.deepEqual(regions(kazan), ['RU-TA']);
  });

  it('the district in a sentence of its own, or followed by its city, stays the city’s as before', () => {
    assert.deepEqual(
      regions(
        uk('Вранці окупанти вдарили по Харкову дронами. У Київському районі зруйновано гараж, поранено 3 людей.'),
      ),
      ['UA-63'],
    );
    assert.deepEqual(
      regions(uk('Вранці окупанти вдарили по Харкову дронами, у Київському районі Харкова зруйновано гараж.')),
      ['UA-63'],
    );
  });

  it('a rural district named after its own centre keeps its region', () => {
    const belgorod = ru('Ночью ВСУ обстреляли Белгород, в Белгородском районе повреждён частный дом.');
    assert.deepEqual(regions(belgorod), ['RU-BEL']);
    assert.ok(belgorod.some((f) => f.kind === 'damage' && f.fields.region?.text === 'Белгородском районе'));
    const kharkiv = uk('Вночі ворог атакував Харківщину дронами, у Харківському районі пошкоджено приватний будинок.');
    assert.ok(kharkiv.some((f) => f.kind === 'damage' && f.fields.region?.text === 'Харківському районі'));
    assert.deepEqual(regions(kharkiv), ['UA-63']);
  });

  it('with no city named, «Київському районі» still reads Kyiv (no context to tell otherwise)', () => {
    const facts = uk('Вночі ворог атакував Київський район, пошкоджено житловий будинок.');
    assert.ok(facts.length > 0);
    assert.deepEqual(regions(facts), ['UA-30']);
  });
});

describe('a district of the region around a city that is a region of its own is that region’s, not the city’s', () => {
  it('Ukrainian: «у Києві та у Броварському районі» is Kyiv and Kyiv oblast; a next sentence’s district too', () => {
    const both = uk('Вночі пролунали вибухи у Києві та у Броварському районі.');
    assert.deepEqual(regions(both).sort(), ['UA-30', 'UA-32']);
    const next = uk('Вночі дрони атакували Київ. У Броварському районі пошкоджено приватний будинок.');
    assert.deepEqual(regions(next.filter((f) => f.kind === 'damage')), ['UA-32']);
  });

  it('Russian: a drone «летевший на Москву» downed «в Павлово-Посадском городском округе» is Moscow oblast’s', () => {
    const facts = ru(
      'Ночью над городом слышали взрыв. Ещё один летевший на Москву беспилотник сбит в Павлово-Посадском городском округе.',
    );
    assert.deepEqual(regions(facts.filter((f) => f.kind === 'interception')), ['RU-MOS']);
  });

  it('a city’s own district named after another town stays the city’s (Kharkiv’s Kyivskyi)', () => {
    assert.deepEqual(regions(uk('Вранці окупанти вдарили по Харкову дронами. У Київському районі зруйновано гараж.')), [
      'UA-63',
    ]);
  });
});

describe('Moscow’s and St Petersburg’s own districts named like their oblast’s are the city’s in its own sentence', () => {
  it('«В Москве в Дмитровском районе», «У Москві в Можайському районі», «В Санкт-Петербурге в Выборгском районе»', () => {
    assert.deepEqual(regions(ru('В Москве в Дмитровском районе обломки беспилотника повредили крышу гаража.')), [
      'RU-MOW',
    ]);
    assert.deepEqual(regions(uk('У Москві в Можайському районі впав безпілотник, пошкоджено автомобіль.')), ['RU-MOW']);
    assert.deepEqual(regions(ru('В Санкт-Петербурге в Выборгском районе упали обломки дрона, повреждён забор.')), [
      'RU-SPE',
    ]);
  });

  it('a district that is not the city’s own, or named in a later sentence, stays the oblast’s', () => {
    assert.deepEqual(regions(ru('Москва: в Красногорском районе уничтожен беспилотник.')), ['RU-MOS']);
    assert.deepEqual(regions(ru('Беспилотники летели на Москву. В Дмитровском округе сбиты три дрона.')), ['RU-MOS']);
  });
});
