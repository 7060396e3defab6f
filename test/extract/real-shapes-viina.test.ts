// Shapes of news headlines (issue 8, the VIINA headlines): one line, often no verb, up to three of one event joined by
// « || ». Texts are ours, written in those shapes; each test names the general rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, lang: Lang): Fact[] => extractText(text, lang, '2024-05-14T09:00:00+03:00');

const kinds = (facts: Fact[]) => facts.map((f) => [f.kind, f.region?.code ?? null]);

describe('damage to a plant or the grid is news before its cause is named', () => {
  it('a damaged substation or pipeline is a fact; a damaged windscreen or a home with no attack is not', () => {
    assert.deepEqual(kinds(extract('В Сумской области повреждена электроподстанция', 'ru')), [['damage', 'UA-59']]);
    assert.deepEqual(kinds(extract('На Вінниччині пошкоджено трансформаторну підстанцію', 'uk')), [
      ['damage', 'UA-05'],
    ]);
    assert.deepEqual(extract('Рейс из Казани отменили из-за поврежденного стекла самолета', 'ru'), []);
    assert.deepEqual(extract('У Полтаві буря пошкодила дах житлового будинку', 'uk'), []);
    // A plant or the grid damaged by a storm or a road accident is not an attack's damage either.
    assert.deepEqual(extract('Из-за ураганного ветра в Сумской области повреждена электроподстанция', 'ru'), []);
    assert.deepEqual(extract('При ДТП в Белгородской области поврежден газопровод', 'ru'), []);
    assert.deepEqual(extract('Через сильний вітер на Житомирщині пошкоджено підстанцію', 'uk'), []);
  });
});

describe('a power cut told by its noun', () => {
  it('«відключення», «зникнення» of electricity and limits on consumption are power cuts', () => {
    // The noun alone tells the cut here: without it the sentence is a strike only.
    const cut = extract('Відключення електроенергії у Прилуках: ракета влучила в підстанцію.', 'uk');
    assert.deepEqual(kinds(cut).sort(), [
      ['power_outage', 'UA-74'],
      ['strike', 'UA-74'],
    ]);
    const limits = extract('Після атаки на ТЕС подовжено обмеження енергоспоживання у Харківській області', 'uk');
    assert.ok(limits.some((f) => f.kind === 'power_outage' && f.region?.code === 'UA-63'));
  });
});

describe('«наліт» is an attack noun, as «налет»', () => {
  it('a raid of drones on a depot in a town is a drone strike there', () => {
    const facts = extract('Уночі стався наліт дронів на залізничну станцію в Луганську.', 'uk');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code, f.weapon]),
      [['strike', 'UA-09', 'uav']],
    );
  });
});

describe('an aircraft named by its model is a target, as «самолет» is', () => {
  it('a model destroyed at an airfield is a strike there and the damage it did', () => {
    const ru = extract('Два Су-25 уничтожены на аэродроме в Миллерово.', 'ru');
    assert.deepEqual(kinds(ru).sort(), [
      ['damage', 'RU-ROS'],
      ['strike', 'RU-ROS'],
    ]);
    const uk = extract('Сили оборони знищили МіГ-31 на аеродромі в Саваслейці', 'uk');
    assert.ok(uk.some((f) => f.kind === 'strike' && f.object === 'military'));
  });

  it('no model, no target: a bare «Су» without its number is no aircraft', () => {
    assert.deepEqual(extract('Су уничтожен на аэродроме в Морозовске', 'ru'), []);
  });
});

describe('verbs of saying in the feminine and plural past (uk)', () => {
  it('«підтвердили», «розповіли», «пояснили», «відзвітували» name who reports, as the masculine forms do', () => {
    const confirmed = extract('Сили оборони підтвердили удар по нафтобазі в Луганську', 'uk');
    assert.equal(confirmed.find((f) => f.kind === 'strike')?.claimant?.role, 'official');
    const reported = extract('У Генштабі відзвітували про знищення складу боєприпасів у Луганську', 'uk');
    assert.equal(reported.find((f) => f.kind === 'strike')?.claimant?.role, 'official');
  });

  it('a verb of saying with no speaker before it names no one', () => {
    const facts = extract('Очевидці розповіли про вибух на нафтобазі в Луганську', 'uk');
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.claimant === null));
  });
});
