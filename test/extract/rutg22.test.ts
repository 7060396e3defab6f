// Russian Telegram news of the twenty-second session (issues 8 and 9): shapes read on dev posts the rules had missed.
// Texts are ours, in the style of real posts; how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-28T19:00:00+03:00'): Fact[] => extractText(text, 'ru', published);

describe('a clause that names its country as where the attack was does not take a city carried from before', () => {
  it('«40 ракетами поражены 12 объектов на территории Украины» after a list item on Voronezh is told of the country', () => {
    const facts = extract(
      'Главное из заявлений министра:\n\n— Противник не раз пытался атаковать цели в Воронеже.\n\n' +
        '— Этой ночью 40 ракетами поражены 12 объектов на территории Украины.',
    );
    const strike = facts.find((f) => f.kind === 'strike' && f.weapon === 'missile');
    assert.equal(strike?.region, null);
    assert.equal(strike?.country, 'UA');
  });

  it('«по объектам на Украине» before the trigger: a preposition makes the country the place', () => {
    const facts = extract(
      'Итоги заседания:\n\n— Разрешение Киеву бить по Курску означает вовлечение Запада.\n\n' +
        '— Армия ночью нанесла по объектам на Украине удары с применением 60 ракет.',
    );
    const strike = facts.find((f) => f.kind === 'strike' && f.weapon === 'missile');
    assert.equal(strike?.region, null);
  });

  it('negative: the defender named by its country («Силы ПВО Украины сбили») keeps the city of the sentence before', () => {
    const facts = extract('Ночью по Одессе выпустили пять ракет. Силы ПВО Украины сбили все ракеты.');
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.region?.code, 'UA-51');
  });
});

describe('an attack noun whose weapon phrase is long still reaches its target', () => {
  it('«удара российской новой баллистической ракетой «Кедр» по объекту в Днепре»: the model is the noun’s own means', () => {
    const facts = extract(
      'Власти ждут новых систем ПВО после удара российской новой баллистической ракетой «Кедр» по объекту в Днепре.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'UA-12');
    assert.equal(strike?.weapon, 'ballistic_missile');
  });

  it('negative: a long phrase of other words before the preposition is no attack on that target', () => {
    const facts = extract('После удара мэр провел долгое совещание с руководителями служб по ремонту в Днепре.');
    assert.equal(
      facts.some((f) => f.kind === 'strike' && f.region?.code === 'UA-12'),
      false,
    );
  });
});

describe('«после» opens a clause of its own, as "after" does', () => {
  it('a modal word before «после удара …» cancels its own clause, not the strike told after it', () => {
    const facts = extract(
      'Мэр сообщил, что город может запросить новые системы ПВО после удара ракетой по порту в Одессе.',
    );
    assert.equal(facts.find((f) => f.kind === 'strike')?.region?.code, 'UA-51');
  });

  it('negative: a modal word after «после» still cancels the strike of its own clause', () => {
    const facts = extract('После выборов противник может нанести удар ракетами по порту в Одессе.');
    assert.equal(
      facts.some((f) => f.kind === 'strike'),
      false,
    );
  });
});
