// Russian Telegram news (twenty-third session, rutg23). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-20T12:00:00+03:00';
const brief = (facts: Fact[], kind: Fact['kind']) =>
  facts.filter((f) => f.kind === kind).map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);

describe('debris as the subject of a verb of striking is the wreck of a downed weapon, not a strike', () => {
  for (const [lang, text, interception] of [
    // The debris noun right before the verb.
    ['ru', 'Ночью над Орлом уничтожены два БПЛА. Обломки упали на крышу склада, возник пожар.', 'RU-ORL uav'],
    // The weapon, a side and a time between the debris noun and the verb.
    ['ru', 'Обломки беспилотника ВСУ в среду утром упали на склад в Курской области.', 'RU-KRS uav'],
    // «попали на»: a verb of hitting, the debris its subject; a weapon of several classes.
    ['ru', 'В Туле обломки ракет и дрона попали на крышу гаража.', 'RU-TUL missile'],
    ['uk', 'Уламки ракети впали на дах складу в Одесі.', 'UA-51 missile'],
    ['en', 'Fragments of a Russian drone fell on a warehouse in Lviv, officials said.', 'UA-46 uav'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.deepEqual(brief(facts, 'strike'), [], JSON.stringify(facts.map((f) => f.kind)));
      assert.ok(brief(facts, 'interception').includes(interception), JSON.stringify(brief(facts, 'interception')));
      assert.ok(facts.some((f) => f.kind === 'debris'));
    });
  }
  for (const [lang, text, strike] of [
    // A weapon that hit: no debris before the verb.
    ['ru', 'Беспилотник упал на крышу дома в Курске.', 'RU-KRS uav'],
    // A relative word opens another clause: the rockets struck, their debris was gathered.
    ['en', 'Police collected the debris of rockets which had hit a depot in Lviv.', 'UA-46 rocket'],
    // Punctuation closes the debris noun's clause.
    ['ru', 'Спасатели разбирают обломки, дрон попал в дом в Брянске.', 'RU-BRY uav'],
  ] as const) {
    it(`a strike still: ${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(brief(facts, 'strike').includes(strike), JSON.stringify(brief(facts, 'strike')));
    });
  }
  it('the debris of what hit, after a strike the report told, is no interception', () => {
    const facts = extractText('БПЛА врезался в жилой дом в Курске. Обломки беспилотника упали во двор.', 'ru', at);
    assert.deepEqual(brief(facts, 'interception'), []);
    assert.ok(brief(facts, 'strike').includes('RU-KRS uav'));
  });
  it('fragments shown, not falling, tell no downing', () => {
    const facts = extractText('The envoy showed fragments of missiles used to target civilians in Donetsk.', 'en', at);
    assert.deepEqual(brief(facts, 'interception'), []);
  });
});

describe('a damage word before the debris: the wreck of a weapon only damaged is its hit', () => {
  it('ru: «четвёртая получила повреждения, а её обломки упали на склад» keeps the strike', () => {
    const facts = extractText(
      'Минобороны заявляет о трёх сбитых ракетах в Курской области из четырёх, четвёртая получила повреждения, а её обломки упали на склад.',
      'ru',
      at,
    );
    assert.ok(brief(facts, 'strike').includes('RU-KRS missile'), JSON.stringify(brief(facts, 'strike')));
  });
});
