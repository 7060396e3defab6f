import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latinKey } from '../../src/core/names.ts';
import { claimantKey } from '../../src/resolve/claimant-key.ts';
import { person } from './make.ts';

test('one official is one key across scripts and forms of the name', () => {
  const keys = ['Vladislav Shapsha', 'Владислав Шапша', 'Shapsha', 'В. Шапша', 'SHAPSHA'].map((n) =>
    claimantKey(person(n, 'governor')),
  );
  assert.deepEqual(new Set(keys), new Set(['shapsha']));
});

test('a Cyrillic name and the spelling English outlets use give one key', () => {
  const pairs: [string, string][] = [
    ['Сергей Собянин', 'Sergei Sobyanin'],
    ['Александр Гусев', 'Alexander Gusev'],
    ['Вячеслав Гладков', 'Vyacheslav Gladkov'],
    ['Ігор Терехов', 'Ihor Terekhov'],
    ['Андрей Воробьёв', 'Andrei Vorobyov'],
    ['Віталій Кличко', 'Vitali Klitschko'],
    ['Олег Синєгубов', 'Oleh Syniehubov'],
    // Russian and Ukrainian spellings of one Ukrainian official meet as well.
    ['Олег Синегубов', 'Олег Синєгубов'],
  ];
  for (const [cyrillic, latin] of pairs) {
    assert.equal(claimantKey(person(cyrillic)), claimantKey(person(latin)), `${cyrillic} ~ ${latin}`);
  }
});

test('no name: the role stands in; nobody: null', () => {
  assert.equal(claimantKey(person(null, 'ministry')), 'ministry');
  assert.equal(claimantKey(person(null, 'air_force')), 'air_force');
  assert.equal(claimantKey(person(null, null)), null);
  assert.equal(claimantKey(null), null);
});

test('different officials stay apart', () => {
  assert.notEqual(claimantKey(person('Vladislav Shapsha')), claimantKey(person('Alexander Gusev')));
  assert.notEqual(claimantKey(person('Alexander Gusev')), claimantKey(person(null, 'governor')));
});

test('a word in either script gives one Latin key, its inflections that key and more', () => {
  assert.equal(latinKey('Кинжал'), latinKey('Kinzhal'));
  assert.ok(latinKey('Кинжалом').startsWith(latinKey('Kinzhal')));
  assert.notEqual(latinKey('ракетами'), latinKey('Kinzhal'));
});
