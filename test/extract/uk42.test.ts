// Forty-second session (uk42): VIINA headlines in Ukrainian and Russian. A satellite that sees («Супутники
// зафіксували наслідки атаки», «супутникові/супутників знімки») reports the attack it sees, where the noun alone
// («запуск супутника») still tells a space story; and a town's adjective before a coke or gas plant («Авдеевского
// коксохимического завода», «Оренбурзькому газопереробному заводі») names the town. Each text is invented, in the style
// of the headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-20T10:00:00+02:00';
const rows = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`).sort();

const check = (cases: readonly (readonly [Lang, string, readonly string[]])[]) => {
  for (const [lang, text, expected] of cases) {
    it(text, () => {
      assert.deepEqual(rows(extractText(text, lang, at)), expected);
    });
  }
};

describe('a satellite that sees reports what it sees', () => {
  check([
    ['uk', 'Супутники зафіксували наслідки атаки дронів по аеродрому в Криму.', ['strike UA-43 uav']],
    ['uk', 'ЗСУ атакували аеродром у Джанкої: з’явилися перші супутників знімки (фото)', ['strike UA-43 -']],
    ['ru', 'Спутники зафиксировали последствия удара по аэродрому в Крыму.', ['strike UA-43 -']],
  ]);
});

describe('a satellite that is launched still tells a space story', () => {
  check([
    ['uk', 'Ракета-носій вивела на орбіту супутник, ракета стартувала з космодрому.', []],
    ['uk', 'Запуск супутника: ракета стартувала вдало, фото з космодрому.', []],
    ['ru', 'Спутник выведен на орбиту ракетой «Союз».', []],
    ['ru', 'Спутник показал ракету на старте.', []],
  ]);
});

describe('a town’s adjective before a coke or gas plant names the town', () => {
  check([
    ['ru', 'Дрон сбросил гранату у Торецкого коксохимического завода.', ['strike UA-14 uav']],
    ['uk', 'Дрони атакували Оренбурзький газопереробний завод.', ['strike RU-ORE uav']],
    ['ru', 'Беспилотники атаковали Астраханский газоперерабатывающий завод.', ['strike RU-AST uav']],
    // Already read: a listed modifier, and none.
    ['uk', 'Дрони атакували Саратовський нафтопереробний завод.', ['strike RU-SAR uav']],
  ]);
});
