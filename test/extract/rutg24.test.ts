// rutg24 (twenty-fourth session): a weapon told falling with no word of it being shot down struck where it fell
// (detect/fallen-weapon.ts). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-20T12:00:00+03:00';
const show = (facts: Fact[]) => JSON.stringify(facts.map((f) => [f.kind, f.region?.code, f.weapon, f.count?.value]));
const strikes = (facts: Fact[]) =>
  facts.filter((f) => f.kind === 'strike').map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);

describe('a weapon that fell with no shoot-down is a strike', () => {
  for (const [lang, text, strike] of [
    // The verb before its subject, no preposition of a target.
    ['ru', 'Ночью в Новомосковске Тульской области у котельной упали два беспилотника.', 'RU-TUL uav'],
    // The subject before the verb, a place after «в».
    ['ru', 'В Липецкой области беспилотник упал в промзоне, начался пожар.', 'RU-LIP uav'],
    // The participle: the debris word of a downed weapon, but nothing was downed.
    ['ru', 'На окраине Орла в гараже взорвался упавший дрон.', 'RU-ORL uav'],
    ['en', 'A drone crashed near a fuel depot in Bryansk Oblast on Tuesday, the governor said.', 'RU-BRY uav'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(strikes(facts).includes(strike), show(facts));
      assert.ok(
        facts.every((f) => f.kind !== 'interception' && f.kind !== 'debris'),
        show(facts),
      );
    });
  }
  it('ru: a singular weapon is a strike of one', () => {
    const facts = extractText('В Липецкой области беспилотник упал в промзоне.', 'ru', at);
    assert.equal(facts.find((f) => f.kind === 'strike')?.count?.value, 1, show(facts));
  });
});

describe('negative cases: what fell is a wreck, or no weapon', () => {
  for (const [lang, text] of [
    // After a shoot-down the fall is the wreck's.
    ['ru', 'Над Тульской областью сбит беспилотник. Упавший БПЛА повредил крышу склада.'],
    ['ru', 'В Тульской области сбит беспилотник, он рухнул в поле.'],
    // A shoot-down told after the fall: the fall may be the downed one's.
    ['ru', 'В Курской области беспилотник упал в поле. Позже над областью сбит ещё один дрон.'],
    // The weapon is the genitive of the debris that fell.
    ['ru', 'В Курске обломки украинских ракет упали на крышу гаража.'],
    ['ru', 'В Курске на крышу гаража упали обломки ракеты.'],
    ['ru', 'Обломки упавших беспилотников нашли в поле под Курском.'],
    ['en', 'Residents filmed drone debris that fell on a school in Sumy.'],
    // What fell is no weapon: the weapon is a preposition's, or another noun's.
    ['ru', 'Курс рубля упал после новостей о ракетах.'],
    ['ru', 'Спрос на дроны упал в Курской области.'],
    ['ru', 'Рейтинг мэра упал из-за атак беспилотников на Курск.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(
        facts.every((f) => f.kind !== 'strike'),
        show(facts),
      );
    });
  }
});
