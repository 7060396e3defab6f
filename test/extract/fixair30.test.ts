// ux30 #5: towns listed right after the named airports are closures of their own city's airport, one fact per
// city (English and Russian). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-10T03:00:00+03:00';
const airports = (text: string, lang: 'en' | 'ru') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => [f.region?.code ?? null, f.airports.join(','), f.detail] as const);

test('"Kazan and Kaluga": each city its own airport fact', () => {
  assert.deepEqual(airports('Airports in Samara and Kaluga halted departures.', 'en'), [
    ['RU-SAM', 'KUF', null],
    ['RU-KLU', 'KLF', null],
  ]);
  assert.deepEqual(airports('Введены ограничения в аэропортах Самары и Калуги.', 'ru'), [
    ['RU-SAM', 'KUF', null],
    ['RU-KLU', 'KLF', null],
  ]);
});

test("a lifting over Moscow's airports and another city's is a lifting in each", () => {
  assert.deepEqual(airports('Ограничения в аэропортах Домодедово, Внуково и Калуге сняты в 04:30.', 'ru'), [
    ['RU-MOW', 'DME,VKO', 'restrictions lifted'],
    ['RU-KLU', 'KLF', 'restrictions lifted'],
  ]);
});

test('negative: a town in another clause or sentence is not another airport', () => {
  assert.deepEqual(airports('Restrictions at Kazan airport. Kaluga reported no drones.', 'en'), [
    ['RU-TA', 'KZN', null],
  ]);
  assert.deepEqual(airports('Airports in Kazan suspended flights; in Kaluga a drone was downed.', 'en'), [
    ['RU-TA', 'KZN', null],
  ]);
});
