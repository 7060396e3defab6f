// ru42 (forty-second session): claimants of Russian Telegram news. The texts are ours, invented in the shape of real
// posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-25T10:00:00+03:00';
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extractText(text, 'ru', PUBLISHED).map(who);

describe('ru42: a possessive or a message points back to the last source', () => {
  it('«По его данным» after a ministry is the ministry', () => {
    const text =
      'За ночь средства ПВО уничтожили 12 БПЛА над Ростовской областью, сообщило Минобороны РФ.\n\n' +
      'По его данным, еще четыре беспилотника сбили над Курской областью.';
    assert.deepEqual(whoOf(text), [
      ['interception', 'RU-ROS', 'ministry'],
      ['interception', 'RU-KRS', 'ministry'],
    ]);
  });

  it('«По его информации» after a named mayor is the mayor', () => {
    const text =
      'Ночью над Черным морем перехватили несколько беспилотников, сообщил мэр Сочи Андрей Петров.\n\n' +
      'По его информации, пострадавших нет.';
    assert.deepEqual(whoOf(text).at(-1), ['casualties', 'RU-KDA', 'Андрей Петров']);
  });

  it('«говорится в сообщении» and «сообщили там» with no owner are the source before', () => {
    const told =
      'Минобороны РФ сообщило об ударе ракетами ATACMS по аэродрому в Курской области.\n\n' +
      '"В результате падения осколков незначительно повреждены объекты инфраструктуры", - говорится в сообщении.';
    assert.deepEqual(whoOf(told).slice(1), [
      ['damage', 'RU-KRS', 'ministry'],
      ['debris', 'RU-KRS', 'ministry'],
    ]);
    const there =
      'Минобороны РФ сообщило об ударе ракетами ATACMS по аэродрому в Курской области.\n\n' +
      '"В результате удара повреждена РЛС", - сообщили там.';
    assert.deepEqual(whoOf(there).slice(1), [['damage', 'RU-KRS', 'ministry']]);
  });

  it('a message whose owner is named right after is that owner', () => {
    const text =
      'Губернатор Иван Петров сообщил о сбитом беспилотнике над Курской областью.\n\n' +
      '«Ночью враг нанес ракетный удар по Сумам. В городе пропал свет», — говорится в сообщении Сумской областной ' +
      'военной администрации.';
    const sumy = whoOf(text).filter((w) => w[1] === 'UA-59');
    assert.ok(sumy.length > 0);
    for (const w of sumy) assert.equal(w[2], 'military_administration');
  });

  it('a pronoun of a person still needs the person as the last speaker', () => {
    // Near miss: «по его словам» after a ministry that spoke after the governor names no one (unchanged).
    const text =
      'Губернатор Иван Петров сообщил о пожаре. Минобороны заявило о сбитых БПЛА над Брянской областью.\n\n' +
      'По его словам, в Брянской области повреждены две крыши.';
    assert.deepEqual(whoOf(text).at(-1), ['damage', 'RU-BRY', null]);
  });
});

describe('ru42: an outlet that was told is no speaker', () => {
  it('«сообщил РИА Новости представитель силовиков» is not the agency', () => {
    const text =
      'Бойцы уничтожили расчет FPV-дронов ВСУ в Курской области, сообщил РИА Новости представитель силовиков.';
    assert.deepEqual(
      whoOf(text).map((w) => w[2]),
      whoOf(text).map(() => null),
    );
  });

  it('a name closing the sentence past the outlet speaks', () => {
    const text =
      'Обломки беспилотника упали на склад в Белгородской области, рассказала РИА Новости директор склада ' +
      'Ольга Смирнова.';
    assert.deepEqual(
      whoOf(text).map((w) => w[2]),
      whoOf(text).map(() => 'Ольга Смирнова'),
    );
  });

  it('an outlet that ends the sentence or cites someone stays the source', () => {
    assert.deepEqual(whoOf('Беспилотник атаковал нефтебазу в Брянской области, сообщает ТАСС.'), [
      ['strike', 'RU-BRY', 'media'],
    ]);
    assert.deepEqual(
      whoOf('Беспилотник атаковал нефтебазу в Брянской области, пишет Mash со ссылкой на очевидцев.').map((w) => w[2]),
      ['media'],
    );
    assert.deepEqual(
      whoOf('В Брянске прогремели взрывы, сообщает издание «Новости Брянска».').map((w) => w[2]),
      ['media'],
    );
    assert.deepEqual(
      whoOf('Беспилотник атаковал нефтебазу в Брянской области, сообщает ТАСС сегодня утром.').map((w) => w[2]),
      ['media'],
    );
  });
});
