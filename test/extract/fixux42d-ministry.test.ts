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
