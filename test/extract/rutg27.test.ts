// Twenty-seventh session (rutg27): Russian Telegram news posts. Each text is invented, in the style of the channels'
// posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-24T16:00:00+03:00';
const kinds = (facts: Fact[]) =>
  [...new Set(facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`))].sort();

describe('debris shown («показало обломки», «продемонстрировали фрагменты») is an exhibit, not debris falling', () => {
  for (const [text, expected] of [
    // The ministry's or the service's exhibit: the strike the sentence tells stays, the debris is no fact.
    [
      'Минобороны показало обломки ракет ATACMS, которыми ВСУ атаковали Курскую область.',
      ['strike RU-KRS ballistic_missile'],
    ],
    ['СБУ продемонстрировала фрагменты ракеты «Кинжал» под Киевом.', []],
    // Debris that the sentence tells falling in a clause of its own keeps its fact, whoever shows it.
    ['Спасатели показали обломки ракеты, которые упали во дворе в Харькове.', ['debris UA-63 -']],
    ['Губернатор показал обломки дрона, упавшего на крышу дома в Курске.', ['debris RU-KRS -']],
    // A word between the verb and the debris leaves it ungoverned («показал журналистам»), as «показал, что …» does.
    [
      'Военные показали журналистам обломки сбитого беспилотника в Белгороде.',
      ['debris RU-BEL -', 'interception RU-BEL uav'],
    ],
    [
      'Губернатор показал, что обломки беспилотника упали на школу в Брянске.',
      ['debris RU-BRY -', 'interception RU-BRY uav'],
    ],
  ] as const) {
    it(text, () => {
      assert.deepEqual(kinds(extractText(text, 'ru', at)), expected);
    });
  }
});

// fixrutg27: the debris's fall told in a relative clause whose verb also opens a strike phrase («упали на»: a
// `strike` hit, no `fell` hit), or in a participle right after the debris («падающие»), is the debris falling: the
// shown debris keeps its fact, as on main before the rule.
describe('shown debris that the sentence tells falling («показали обломки, которые упали на …») keeps its fact', () => {
  for (const [text, expected] of [
    [
      'Спасатели показали обломки ракеты, которые упали на площадку детского сада в Харькове.',
      ['debris UA-63 -', 'strike UA-63 missile'],
    ],
    [
      'Губернатор показал обломки беспилотника, которые упали на территорию предприятия в Курске.',
      ['debris RU-KRS -', 'strike RU-KRS uav'],
    ],
    [
      'Губернатор показал обломки беспилотника, которые упали на территории предприятия в Курске.',
      ['debris RU-KRS -', 'strike RU-KRS uav'],
    ],
    ['Губернатор показал обломки беспилотника, который упал на крышу склада.', ['debris - -', 'strike - uav']],
    [
      'Показали обломки ракеты, которая упала на поле в Ростовской области.',
      ['debris RU-ROS -', 'strike RU-ROS missile'],
    ],
    ['Губернатор показал обломки, что упали на крышу гаража в Белгороде.', ['debris RU-BEL -']],
    ['Камеры наблюдения показали обломки беспилотника, падающие на крышу дома в Белгороде.', ['debris RU-BEL -']],
    // The same for debris photographed («фотографии», a `debris_handled` word before this session too).
    ['Опубликованы фотографии обломков, которые упали на крышу гаража в Белгороде.', ['debris RU-BEL -']],
    // A fall of another clause or sentence is not the shown debris's: the exhibit still gives no debris fact.
    ['Минобороны показало обломки ракет, а вчера беспилотник упал на склад в Курске.', ['strike RU-KRS uav']],
    ['Минобороны показало обломки ракеты. Беспилотник упал на склад в Курске.', ['strike RU-KRS uav']],
  ] as const) {
    it(text, () => {
      assert.deepEqual(kinds(extractText(text, 'ru', at)), expected);
    });
  }
});
