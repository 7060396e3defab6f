// Review 40b, finding 2: «установка» is a military target only as a launcher (a launcher's word or the weapon it
// carries beside it), never a refinery's or factory's unit, and never the launcher a strike was fired from. Every
// text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-06-10T12:00:00+03:00';
const objects = (text: string) => [...new Set(extractText(text, 'ru', at).map((f) => f.object))];

test('a refinery unit hit by a drone is industrial', () => {
  const got = objects('Беспилотник атаковал установку каталитического крекинга на НПЗ в Саратове.');
  assert.ok(!got.includes('military'), String(got));
  assert.ok(got.includes('industrial'), String(got));
});

test('a factory unit «по производству» is industrial', () => {
  const got = objects('Дрон атаковал установку по производству аммиака на заводе в Невинномысске.');
  assert.ok(!got.includes('military'), String(got));
});

test('a strike fired from a launcher hit what it hit, not the launcher', () => {
  const got = objects('ВСУ ударили по Курску ракетами с пусковой установки HIMARS, повреждены жилые дома.');
  assert.ok(!got.includes('military'), String(got));
  assert.ok(got.includes('residential_building'), String(got));
});

test('a launcher named by the weapons it carries stays a military target', () => {
  for (const text of [
    'За неделю армия уничтожила 2 установки с баллистическими ракетами в Сумской области.',
    'Ночью беспилотник атаковал установку ПВО в Брянской области.',
    'Вчера в Харьковской области уничтожены 4 пусковые установки ATACMS.',
  ]) {
    assert.ok(objects(text).includes('military'), text);
  }
});
