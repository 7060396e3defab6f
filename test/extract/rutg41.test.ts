// Forty-first session (rutg41): Russian Telegram news posts, a drone's fall told by a noun («из-за падения БПЛА»,
// «после падения сбитого беспилотника») is its wreck. Each text is invented, in the style of the channels' posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-28T10:00:00+03:00';
const rows = (facts: Fact[]) =>
  facts
    .map((f) => {
      const n = f.count ? (f.count.value ?? `${f.count.min ?? ''}..${f.count.max ?? ''}`) : '';
      return `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}${n === '' ? '' : ` ${n}`}`;
    })
    .sort();

const check = (cases: readonly (readonly [string, readonly string[]])[]) => {
  for (const [text, expected] of cases) {
    it(text, () => {
      assert.deepEqual(rows(extractText(text, 'ru', at)), expected);
    });
  }
};

describe('a weapon’s fall told by a noun is debris, and the wreck of one shot down', () => {
  check([
    [
      'Пожар на складе возник после падения сбитого беспилотника в Курчатовском районе Курской области.',
      ['debris RU-KRS -', 'fire RU-KRS -', 'interception RU-KRS uav 1'],
    ],
    [
      'В Бобровском районе Воронежской области из-за падения БПЛА загорелась сухая трава, сообщил губернатор.',
      ['debris RU-VOR -', 'fire RU-VOR -', 'interception RU-VOR uav'],
    ],
    // A strike told before: the fall may be the wreck of what hit, so no interception is added.
    [
      'Беспилотник атаковал нефтебазу в Брянской области. На соседнем предприятии при падении БПЛА повреждена крыша склада.',
      ['damage RU-BRY -', 'debris RU-BRY -', 'strike RU-BRY uav 1'],
    ],
  ]);
});

describe('guards: no fall of a weapon, no debris', () => {
  check([
    ['После падения курса рубля в Белгороде прошли проверки обменников.', []],
    ['Неизвестно, были ли взрывы следствием попаданий дронов или падений сбитых дронов.', ['strike - uav']],
  ]);
});
