// Twenty-third session (viina23): a weapon that destroys a ground target is the weapon of a strike on it, not a
// weapon shot down. Each text is invented, in the style of Ukrainian and Russian news headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-03-10T12:00:00+02:00';
const facts = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, at)
    .map((f: Fact) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'}`)
    .sort();

describe('a weapon in the instrumental after a destroying verb is its agent (instrumentalAgent)', () => {
  it('ru: «нефтебаза уничтожена ракетой», a strike of one missile and the depot destroyed', () => {
    assert.deepEqual(facts('Нефтебаза под Брянском уничтожена ракетой.', 'ru'), [
      'damage RU-BRY - -',
      'strike RU-BRY missile 1',
    ]);
  });

  it('ru: the target keeps its place between it and the verb («склад … у трассы … уничтожен беспилотником»)', () => {
    assert.deepEqual(
      facts('Российский склад горючего у трассы под Токмаком уничтожен украинским беспилотником.', 'ru'),
      ['damage UA-23 - -', 'strike UA-23 uav 1'],
    );
  });

  it('uk: «нафтобазу … знищено дронами», a plural agent gives no count', () => {
    assert.deepEqual(facts('Нафтобазу у Бєлгородській області знищено дронами.', 'uk'), [
      'damage RU-BEL - -',
      'strike RU-BEL uav -',
    ]);
  });

  it('negative: a drone shot down over a depot stays an interception («над нефтебазой уничтожен беспилотник»)', () => {
    assert.deepEqual(facts('Над нефтебазой под Брянском уничтожен беспилотник.', 'ru'), ['interception RU-BRY uav 1']);
  });

  it('negative: a drone destroyed by the defence’s missile over a depot stays an interception', () => {
    const got = facts('Над нафтобазою у Бєлгородській області знищено дрон зенітною ракетою.', 'uk');
    assert.ok(got.includes('interception RU-BEL uav 1'), JSON.stringify(got));
    assert.ok(!got.some((f) => f.startsWith('strike') || f.startsWith('damage')), JSON.stringify(got));
  });

  it('negative: a counted weapon after the verb is what was destroyed, not the agent («уничтожены два беспилотника»)', () => {
    assert.deepEqual(facts('У нефтебазы под Брянском уничтожены два беспилотника.', 'ru'), [
      'interception RU-BRY uav 2',
    ]);
  });
});

describe('a verb of firing or using counts the wave aimed, not the strikes (`fired_at` in Russian and Ukrainian)', () => {
  const counts = (text: string, lang: 'ru' | 'uk') =>
    extractText(text, lang, at)
      .filter((f) => f.kind === 'strike' || f.kind === 'interception')
      .map((f) => `${f.kind} ${f.count?.value ?? '-'} ${f.launched?.value ?? '-'}`);

  it('ru: «выпустили по Белгороду 12 ракет», nothing shot down: a strike with no count', () => {
    assert.deepEqual(counts('Ночью ВСУ выпустили по Белгороду 12 ракет, повреждены дома.', 'ru'), ['strike - -']);
  });

  it('a wave the sentence says all struck keeps its count («все попали», «всі влучили»)', () => {
    assert.deepEqual(counts('Противник выпустил по Курску 4 ракеты, все попали в цель.', 'ru'), ['strike 4 -']);
    assert.deepEqual(counts('Ворог випустив по Сумах 3 ракети, всі влучили в ціль.', 'uk'), ['strike 3 -']);
  });

  it('uk: «застосував 20 ударних БпЛА по Одесі»: a strike with no count', () => {
    assert.deepEqual(counts('Ворог застосував 20 ударних БпЛА по Одесі, пошкоджено склад.', 'uk'), ['strike - -']);
  });

  it('negative: «атакував 12 безпілотниками» (a regional tally) keeps its count', () => {
    assert.deepEqual(counts('Ворог атакував 12 безпілотниками Роботине.', 'uk'), ['strike 12 -']);
  });

  it('negative: one missile fired is the one that struck', () => {
    assert.deepEqual(counts('ВСУ выпустили по Курску одну ракету, повреждена крыша.', 'ru'), ['strike 1 -']);
  });

  it('negative: with some shot down the number fired is the launched count of the interception', () => {
    assert.deepEqual(counts('По Белгороду выпущено 10 ракет, 8 из них сбиты.', 'ru'), ['interception 8 10']);
  });
});

describe('review of viina23: the agent rule keeps to its shape', () => {
  it('another weapon after the verb is the one destroyed: no strike, no damage («над нафтобазою знищено ракетою "Шахед"»)', () => {
    const got = facts('Над нафтобазою у Полтаві знищено ракетою Шахед-136.', 'uk');
    assert.ok(!got.some((f) => f.startsWith('strike') || f.startsWith('damage')), got.join('; '));
  });

  it('a target that ends a participle clause before the verb is that clause’s object, no target struck', () => {
    const got = facts('Расчёт ПВО прикрывавший нефтебазу в Брянске уничтожен дроном.', 'ru');
    assert.ok(!got.some((f) => f.startsWith('damage')), got.join('; '));
  });

  it('guided bombs used keep their count: they are not shot down («застосував 6 КАБ по Херсону»)', () => {
    assert.deepEqual(facts('Ворог застосував 6 КАБ по Херсону.', 'uk'), ['strike UA-65 guided_bomb 6']);
  });
});
