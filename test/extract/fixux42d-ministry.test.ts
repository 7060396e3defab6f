// fixux42d: any ministry named in full speaks as a ministry, in Ukrainian and Russian as the English "ministry" does
// («заявили в Міністерстві інфраструктури»); a ministry that is only the target or the owner of a thing speaks for
// nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-04-02T10:00:00+03:00';

describe('a ministry other than defence, by its full name, is the claimant', () => {
  it('uk: «…, заявили в Міністерстві енергетики» after a drone strike', () => {
    const facts = extractText(
      'Вночі дрони атакували підстанцію на Полтавщині, заявили в Міністерстві енергетики.',
      'uk',
      at,
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.claimant?.role, 'ministry');
  });

  it('ru: «…, сообщили в Министерстве транспорта» after an airport closure', () => {
    const facts = extractText(
      'Аэропорт Калуги временно закрыт из-за атаки беспилотников, сообщили в Министерстве транспорта.',
      'ru',
      at,
    );
    const closed = facts.find((f) => f.kind === 'airport_disruption');
    assert.equal(closed?.claimant?.role, 'ministry');
  });

  it('a ministry hit by the strike is no claimant: «дрон влучив у будівлю міністерства»', () => {
    const facts = extractText('Вночі дрон влучив у будівлю Міністерства енергетики в Києві.', 'uk', at);
    const strike = facts.find((f) => f.kind === 'strike');
    assert.ok(strike);
    assert.notEqual(strike.claimant?.role, 'ministry');
  });
});

// Review 42d #1: a ministry named in the genitive (its building hit, its staff hurt) speaks for nothing, whether or not
// another voice signs the sentence, in either language; the ministry as subject or «в Міністерстві» still speaks.
describe('a ministry in the genitive is no claimant, even in a short closing sentence', () => {
  const roles = (facts: ReturnType<typeof extractText>) => facts.map((f) => f.claimant?.role ?? null);

  it('uk: «Пошкоджено приміщення Міністерства юстиції, повідомили в ОВА.»: the OVA speaks', () => {
    const facts = extractText(
      'Вночі росіяни атакували Одесу ударними дронами. Пошкоджено приміщення Міністерства юстиції, повідомили в ОВА.',
      'uk',
      at,
    );
    assert.ok(facts.some((f) => f.kind === 'strike'));
    assert.ok(!roles(facts).includes('ministry'));
  });

  it('ru: «Повреждено здание Министерства образования, сообщил губернатор.»: the governor speaks', () => {
    const facts = extractText(
      'Ночью ВСУ атаковали Курск беспилотниками. Повреждено здание Министерства образования, сообщил губернатор.',
      'ru',
      at,
    );
    assert.ok(facts.some((f) => f.kind === 'strike'));
    assert.ok(!roles(facts).includes('ministry'));
  });

  it('uk, no speaker: «Пошкоджено будівлю Міністерства аграрної політики.» credits no ministry', () => {
    const facts = extractText(
      'Уночі ворог атакував Дніпро ракетами. Пошкоджено будівлю Міністерства аграрної політики.',
      'uk',
      at,
    );
    assert.ok(facts.some((f) => f.kind === 'strike'));
    assert.ok(!roles(facts).includes('ministry'));
  });

  it('uk: «Міністерство енергетики повідомило …» as subject still speaks', () => {
    const facts = extractText(
      'Міністерство енергетики повідомило, що вночі дрони атакували ТЕС на Харківщині.',
      'uk',
      at,
    );
    assert.equal(facts.find((f) => f.kind === 'strike')?.claimant?.role, 'ministry');
  });
});
