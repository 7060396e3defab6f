// Shapes the review of the sixteenth session found misread (review rev2, D1-D7 and M1). Texts are ours, written in the
// shapes of Air Force, Ukrainian and Russian Telegram posts; each test names the general rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const uk = (text: string): Fact[] => extractText(text, 'uk', '2025-03-10T06:00:00+02:00');
const ru = (text: string): Fact[] => extractText(text, 'ru', '2024-11-20T09:00:00+03:00');
const aircraft = (facts: Fact[]) => facts.filter((f) => f.kind === 'interception' && f.weapon === null);

describe('an aircraft that shoots down, or that launched or carried, is not shot down', () => {
  it('negative: an aircraft as the subject of an active verb whose object is a weapon', () => {
    for (const text of [
      'Екіпаж гелікоптера Мі-8 збив п’ять шахедів над Сумщиною.',
      'Український винищувач збив дві крилаті ракети над Вінниччиною.',
      'Винищувачі збили чотири ракети над Київщиною.',
    ]) {
      const facts = uk(text);
      assert.ok(
        facts.some((f) => f.kind === 'interception' && f.weapon !== null),
        text,
      );
      assert.deepEqual(aircraft(facts), [], text);
    }
  });

  it('negative: a model after a preposition («з Ту-95», «на Су-27»)', () => {
    for (const text of [
      'Ракети з Ту-95 збито над Київщиною.',
      'Ракети з російських Ту-95 збито над Київщиною.',
      'Наш льотчик на Су-27 збив три крилаті ракети над Київщиною.',
    ]) {
      const facts = uk(text);
      assert.ok(facts.length > 0, text);
      assert.deepEqual(aircraft(facts), [], text);
    }
  });

  it('still: an aircraft before a passive or impersonal form is the one shot down', () => {
    for (const text of [
      'Су-34 збили над Донеччиною.',
      'Ворожий Су-25 збито над Донеччиною.',
      // A preposition's reach ends at a place: «на Донеччині» governs no aircraft after it.
      'На Донеччині Су-25 збили вчора ввечері.',
    ]) {
      const facts = aircraft(uk(text));
      assert.equal(facts.length, 1, text);
      assert.equal(facts[0]?.count?.value, 1, text);
    }
  });
});

describe('a mayor holds one city', () => {
  it('negative: another town of the region does not take the named mayor of its capital', () => {
    const cases: [Fact[], string][] = [
      [
        uk(
          'У Чугуєві дрон влучив у склад, повідомив міський голова.\n\n' +
            'Міський голова Харкова Ігор Петренко повідомив, що дрон влучив у житловий будинок у Харкові.',
        ),
        'Chuhuiv',
      ],
      [
        ru(
          'Над Шебекино сбит беспилотник — мэр.\n\n' +
            'Мэр Белгорода Иван Сидоров сообщил, что над Белгородом сбиты два дрона.',
        ),
        'Shebekino',
      ],
    ];
    for (const [facts, town] of cases) {
      const there = facts.filter((f) => f.place?.name === town);
      assert.ok(there.length > 0, town);
      for (const f of there) assert.equal(f.claimant?.name ?? null, null, town);
    }
  });

  it('the same city takes the name, inferred, with the mention that names the mayor as its evidence', () => {
    const text =
      'Над Белгородом сбит беспилотник — мэр.\n\nМэр Белгорода Иван Сидоров сообщил, что над Белгородом сбиты два дрона.';
    const facts = ru(text);
    const headline = facts.find((f) => f.evidence.start < text.indexOf('\n'));
    assert.equal(headline?.claimant?.name, 'Иван Сидоров');
    assert.equal(headline?.fields.claimant?.inferred, true);
    assert.equal(headline?.fields.claimant?.text, 'Мэр Белгорода Иван Сидоров');
  });

  it('a governor named in the body: the headline borrows the name, inferred, with that evidence', () => {
    const facts = ru(
      '**Над Липецкой областью сбиты три беспилотника — врио губернатора**\n\n' +
        'Временно исполняющий обязанности губернатора Пётр Иванов заявил, что при падении обломков повреждена крыша склада.',
    );
    const interception = facts.find((f) => f.kind === 'interception');
    assert.equal(interception?.claimant?.name, 'Пётр Иванов');
    assert.equal(interception?.fields.claimant?.inferred, true);
    assert.match(interception?.fields.claimant?.text ?? '', /Пётр Иванов$/u);
  });
});

describe('a crew destroyed on the ground: the weapon named with the crew is its own, not the means', () => {
  it('«уничтожили расчет ударных беспилотников»: a strike of no weapon told', () => {
    for (const text of [
      'Артиллеристы уничтожили расчет ударных беспилотников ВСУ в Курской области.',
      'Морпехи уничтожили расчет FPV-дронов ВСУ в Курской области.',
    ]) {
      const strikes = ru(text).filter((f) => f.kind === 'strike');
      assert.equal(strikes.length, 1, text);
      assert.equal(strikes[0]?.weapon, null, text);
      assert.equal(strikes[0]?.fields.weapon, undefined, text);
    }
  });

  it('still: a weapon that destroyed a crew is the means («FPV-дрон уничтожил минометный расчет»)', () => {
    const strike = ru('FPV-дрон уничтожил минометный расчет ВСУ в Харьковской области.').find(
      (f) => f.kind === 'strike',
    );
    assert.equal(strike?.weapon, 'fpv_drone');
  });

  it('still: a name or an agent word between the crew and the weapon makes the weapon the means', () => {
    const en = (text: string) => extractText(text, 'en', '2024-11-20T09:00:00Z');
    for (const [facts, text] of [
      [ru('Бойцы уничтожили расчет ВСУ FPV-дроном в Курской области.'), 'a name between'],
      [en('Ukrainian troops destroyed a Russian tank crew with FPV drones in Donetsk region.'), 'an agent word'],
    ] as const) {
      assert.equal(facts.find((f) => f.kind === 'strike')?.weapon, 'fpv_drone', text);
    }
  });
});

describe('a number an aircraft shot down takes counts no weapon', () => {
  it('«Також збито 1 літак Су-34» after a count of drones: one aircraft, no drone more', () => {
    const facts = uk('Вночі над Харківщиною збито 12 шахедів. Також збито 1 літак Су-34.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'interception').map((f) => [f.weapon, f.count?.value ?? null]),
      [
        ['uav', 12],
        [null, 1],
      ],
    );
  });
});

describe('a downed aircraft is told apart by its model', () => {
  it('two models are two aircraft; one model told twice is one', () => {
    const two = aircraft(
      uk('Збито ворожий літак Су-25 на Донецькому напрямку. Також збито літак Су-34 на Запорізькому напрямку.'),
    );
    assert.equal(two.length, 2);
    const one = aircraft(
      uk('Сьогодні на Донецькому напрямку збито ворожий літак Су-25. Су-25 збили зенітники 110 бригади.'),
    );
    assert.equal(one.length, 1);
    assert.equal(one[0]?.count?.value, 1);
  });
});
