// Russian Telegram news shapes of the sixteenth session (issue 8): who says it when a post names an office before
// the person, and a plant that reports name without its town. Texts are ours, in the style of real Telegram news;
// how the rules add up on real texts is measured by `sitrep eval --texts`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2024-11-20T09:00:00+03:00'): Fact[] => extractText(text, 'ru', published);

describe('the governor a post names is the governor its other sentences mean', () => {
  it('a headline signed by the office alone takes the name the body gives', () => {
    const facts = extract(
      '**Над Липецкой областью сбиты три беспилотника — врио губернатора**\n\n' +
        'Временно исполняющий обязанности губернатора Пётр Иванов заявил, что при падении обломков повреждена крыша склада.',
    );
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.region?.code, 'RU-LIP');
    assert.deepEqual([interception?.claimant?.name, interception?.claimant?.role], ['Пётр Иванов', 'governor']);
  });

  it('«губернатор региона Имя Фамилия»: the region word between the office and the name', () => {
    const facts = extract(
      '**В Липецкой области сбили пять дронов — власти**\n\n' +
        'Губернатор региона Пётр Иванов заявил, что на одном из предприятий из-за падения обломков возник пожар.',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) assert.equal(f.claimant?.name, 'Пётр Иванов', f.kind);
  });

  it('the governor named for one region does not speak for another region the post tells of', () => {
    const facts = extract(
      'Беспилотники сбиты над Липецкой и Тамбовской областями — губернаторы.\n\n' +
        'Губернатор Липецкой области Пётр Иванов сообщил, что над областью сбиты три дрона.\n\n' +
        'Над Тамбовской областью сбит один беспилотник, сообщил губернатор.',
    );
    const tambov = facts.filter((f) => f.region?.code === 'RU-TAM' && f.fields.claimant?.text === 'губернаторы');
    assert.ok(tambov.length > 0);
    for (const f of tambov) assert.equal(f.claimant?.name, null);
  });

  it('two people named in one office leave the unnamed office unnamed', () => {
    const facts = extract(
      'Над Липецкой областью сбиты дроны — губернатор.\n\n' +
        'Губернатор Пётр Иванов сообщил, что над Липецкой областью сбиты три дрона. ' +
        'Губернатор Сергей Петров сообщил, что над Липецкой областью сбит ещё один дрон.',
    );
    const unnamed = facts.filter((f) => f.claimant?.role === 'governor' && f.fields.claimant?.text === 'губернатор');
    assert.ok(unnamed.length > 0);
    for (const f of unnamed) assert.equal(f.claimant?.name, null);
  });
});

describe('a plant named without its town', () => {
  it('«по Южмашу», «на Южмаше»: the plant stands for its city, in any case', () => {
    const strike = extract('Армия нанесла удар ракетой по Южмашу.').find((f) => f.kind === 'strike');
    assert.equal(strike?.region?.code, 'UA-12');
    const fire = extract('После удара дрона на Южмаше возник пожар.').find((f) => f.region !== null);
    assert.equal(fire?.region?.code, 'UA-12');
  });
});

describe('troops, crews and their posts destroyed on the ground are targets, not weapons shot down', () => {
  it('«уничтожили расчет FPV-дронов», «минометный расчет», «пункт временной дислокации»: a strike and damage', () => {
    for (const text of [
      'Морпехи уничтожили расчет FPV-дронов ВСУ в Курской области.',
      'FPV-дрон уничтожил минометный расчет ВСУ в Харьковской области.',
      'Операторы БПЛА уничтожили пункт временной дислокации ВСУ в Курской области.',
    ]) {
      const facts = extract(text);
      assert.ok(
        facts.some((f) => f.kind === 'strike'),
        text,
      );
      assert.ok(!facts.some((f) => f.kind === 'interception'), text);
    }
  });

  it('an air-defence crew that destroyed drones still shot them down', () => {
    for (const text of [
      'Расчет ПВО уничтожил два БПЛА над Курской областью.',
      'Расчеты ПВО уничтожили два беспилотника над Курской областью.',
    ]) {
      const facts = extract(text);
      assert.equal(facts.find((f) => f.kind === 'interception')?.region?.code, 'RU-KRS', text);
      assert.ok(!facts.some((f) => f.kind === 'strike'), text);
    }
  });
});
