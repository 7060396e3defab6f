// Review 39c (#2, #3, #6): the closure plan beside a town, «отменил(и)» as a lifting, and one report that lifts one
// airport while another stays closed. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-10T04:50:00+03:00';
const disruptions = (text: string) =>
  extractText(text, 'ru', PUBLISHED)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => `${f.airports.join(',')}${f.detail === 'restrictions lifted' ? ' lifted' : ''}`);

test('the closure plan negated in its clause closes no town airport', () => {
  assert.deepEqual(disruptions('Над Сочи сбит беспилотник, план «Ковёр» в городе не вводился.'), []);
  assert.deepEqual(disruptions('В Ижевске режим «Ковёр» не вводили, аэропорт работает штатно.'), []);
});

test('a town in another clause than the closure plan is not its airport, and a school closure lifts nothing', () => {
  assert.deepEqual(disruptions('Мэр отменил занятия в школах Сочи, в городе введён план «Ковёр».'), []);
});

test("negative: the town in the plan's own clause still names its airport", () => {
  assert.deepEqual(disruptions('В Ижевске введён план «Ковёр».'), ['IJK']);
});

test('«отменили рейсы» is a cancellation of flights, not a lifting; «отменила ограничения» is', () => {
  assert.deepEqual(disruptions('В аэропорту Пулково отменили рейсы в Сочи из-за ограничений.'), ['LED']);
  assert.deepEqual(disruptions('Авиакомпания отменила рейсы из Пулково из-за введённых ограничений.'), ['LED']);
  assert.deepEqual(disruptions('Росавиация отменила ограничения в аэропорту Пулково.'), ['LED lifted']);
});

test('a lifting of one airport beside another that stays closed lifts only the first', () => {
  assert.deepEqual(
    disruptions('Росавиация сняла ограничения в аэропорту Шереметьево, во Внуково ограничения сохраняются.'),
    ['SVO lifted'],
  );
  assert.deepEqual(disruptions('В аэропортах Внуково, Домодедово и Шереметьево ограничения сняты.'), [
    'DME,SVO,VKO lifted',
  ]);
});
