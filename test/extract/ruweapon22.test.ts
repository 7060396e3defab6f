// Twenty-second session (ruweapon22): weapons and counts in Russian Telegram news and VIINA headlines. Each text is
// invented, in the shape of real posts and headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-20T12:00:00+03:00';
const strikes = (facts: Fact[]) =>
  facts
    .filter((f) => f.kind === 'strike')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'} hit=${f.hit?.value ?? '-'}`)
    .sort();

describe('a hit noun with a singular weapon and nothing shot down: a strike of one, no `hit`', () => {
  for (const [lang, text, want] of [
    ['ru', 'В результате попадания беспилотника в гараж в Курске пострадал мужчина.', 'RU-KRS uav 1 hit=-'],
    ['ru', 'После попадания ракеты в склад в Херсоне начался пожар.', 'UA-65 missile 1 hit=-'],
    ['uk', 'Окупаційна влада каже про влучання дрона в нафтобазу у Феодосії.', 'UA-43 uav 1 hit=-'],
    ['uk', 'Вдень є влучання ракетою по мосту біля Краматорська.', 'UA-14 missile 1 hit=-'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(strikes(extractText(text, lang, at)), [want]);
    });
  }

  it('negative: hit places («на 4 локаціях») count no weapon', () => {
    const facts = extractText('Зафіксовано влучання на 4 локаціях у Харківській області.', 'uk', at);
    assert.deepEqual(strikes(facts), ['UA-63 - - hit=4']);
  });

  it('the air force hits of an interception stay its `hit`', () => {
    const facts = extractText(
      'У ніч на 20 листопада ворог атакував 40 ударними БпЛА. Збито 30 БпЛА. Зафіксовано влучання 6 ударних БпЛА на 4 локаціях.',
      'uk',
      at,
    );
    const host = facts.find((f) => f.kind === 'interception' && f.weapon === 'uav');
    assert.equal(host?.hit?.value, 6, JSON.stringify(facts.map((f) => [f.kind, f.count, f.hit])));
  });
});

describe('an attack noun, its weapon and «на» before a place: the attack aimed there (`attack_on`)', () => {
  for (const [lang, text, want] of [
    ['uk', 'Атака дронів на Бєлгород.', 'RU-BEL uav - hit=-'],
    ['uk', 'Росіяни заявили про атаку безпілотників на Брянськ.', 'RU-BRY uav - hit=-'],
    ['ru', 'Аэропорт Сочи закрыт после новой атаки беспилотников на Туапсе.', 'RU-KDA uav - hit=-'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      assert.ok(
        strikes(extractText(text, lang, at)).includes(want),
        JSON.stringify(strikes(extractText(text, lang, at))),
      );
    });
  }

  it('negative: «ответные удары на атаки Львова» answer the attacks, Lviv is no target', () => {
    const facts = extractText('Ведомство сообщило об ответных ударах на атаки Львова.', 'ru', at);
    assert.ok(!facts.some((f) => f.region?.code === 'UA-46'), JSON.stringify(strikes(facts)));
  });

  it('negative: a threat of an attack on a city is an alert there, no strike', () => {
    const facts = extractText('Загроза атаки дронів на Київ.', 'uk', at);
    assert.deepEqual(strikes(facts), []);
  });
});
