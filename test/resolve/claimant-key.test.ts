import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimantKey } from '../../src/resolve/claimant-key.ts';
import { person } from './make.ts';

test('one official is one key across scripts and forms of the name', () => {
  const keys = ['Vladislav Shapsha', 'Владислав Шапша', 'Shapsha', 'В. Шапша', 'SHAPSHA'].map((n) =>
    claimantKey(person(n, 'governor')),
  );
  assert.deepEqual(new Set(keys), new Set(['shapsha']));
});

test('Russian and Ukrainian letters transliterate the way English outlets spell names', () => {
  assert.equal(claimantKey(person('Сергей Собянин')), claimantKey(person('Sergei Sobyanin')));
  assert.equal(claimantKey(person('Александр Гусев')), 'gusev');
  assert.equal(claimantKey(person('Вячеслав Гладков')), 'gladkov');
  assert.equal(claimantKey(person('Ігор Терехов')), 'terekhov');
  assert.equal(claimantKey(person('Андрей Воробьёв')), 'vorobyev');
  assert.equal(claimantKey(person('Василий Жуковский')), 'zhukovsky');
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
