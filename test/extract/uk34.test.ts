// Ukrainian Telegram posts, a ship as the object of a destroying or hitting verb (issue 8, thirty-fourth session,
// branch uk34): a warship or vessel is a target that sea drones and missiles hit, never a weapon shot down. The real
// labels read «знищені кораблі у Севастополі» and a sea drone hitting a vessel as a strike and damage of its place.
// Every text is invented, in the style of real posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-02-14T09:30:00+02:00';
const facts = (text: string) =>
  extractText(text, 'uk', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe('a ship destroyed or hit is a target, not a weapon shot down (uk34)', () => {
  it('a destroyed warship at a named place is a strike and damage there', () => {
    assert.deepEqual(facts('Вночі морські дрони ГУР знищили російський корабель у Севастополі.'), [
      'damage UA-40 -',
      'strike UA-40 unmanned_boat',
    ]);
    assert.deepEqual(facts('Ракетним ударом знищено російське судно у порту Бердянська.'), [
      'damage UA-23 -',
      'strike UA-23 missile',
    ]);
  });

  // fixrev34: this one fails on main (an interception of the sea drones).
  it('a vessel destroyed in a sea-drone attack: a strike and its damage, no interception', () => {
    assert.deepEqual(facts('Внаслідок атаки морських дронів знищено російське судно у Феодосії.'), [
      'damage UA-43 -',
      'strike UA-43 unmanned_boat',
    ]);
  });

  it('guard (passes on main too): a sea drone hitting a vessel, a strike and its damage, no interception', () => {
    assert.deepEqual(
      facts('Вчора морський дрон СБУ влучив у корму російського судна у Севастополі, завдавши значних пошкоджень.'),
      ['damage UA-40 -', 'strike UA-40 unmanned_boat'],
    );
  });

  it('negative cases: a ship that carries missiles fires none, and drones shot down stay an interception', () => {
    assert.deepEqual(facts('Бригада ракетних кораблів Чорноморського флоту повернулася до бази.'), []);
    assert.deepEqual(facts('Над Одещиною збито 5 шахедів, уламки впали на судно в порту Ізмаїла.'), [
      'debris UA-51 -',
      'interception UA-51 uav',
    ]);
  });
});

// fixrev34: the Russian lexicon reads ships as the Ukrainian one does.
describe('Russian: a ship destroyed is a target, not a weapon shot down', () => {
  const ru = (text: string) =>
    extractText(text, 'ru', PUBLISHED)
      .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
      .sort();
  it('a destroyed warship or vessel at a named place is a strike and damage there', () => {
    assert.deepEqual(ru('Морские дроны ГУР уничтожили российский корабль в Евпатории.'), [
      'damage UA-43 -',
      'strike UA-43 unmanned_boat',
    ]);
    assert.deepEqual(ru('Ракетным ударом уничтожено российское судно в порту Бердянска.'), [
      'damage UA-23 -',
      'strike UA-23 missile',
    ]);
  });

  it('guard: a ship that carries missiles fires none, debris on a vessel stays debris', () => {
    assert.deepEqual(ru('Бригада ракетных кораблей Черноморского флота вернулась на базу.'), []);
    assert.deepEqual(ru('Над Крымом сбиты 5 беспилотников, обломки упали на судно в порту Севастополя.'), [
      'debris UA-40 -',
      'interception UA-43 uav',
    ]);
  });
});
