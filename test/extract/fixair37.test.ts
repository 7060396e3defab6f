// ux37 trial items on airport extraction (defects 1, 2, 6, 7). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-10T04:50:00+03:00';
const disruptions = (text: string, lang: Lang, published = PUBLISHED) =>
  extractText(text, lang, published)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => ({
      airports: f.airports.join(','),
      region: f.region?.code ?? null,
      lifted: f.detail === 'restrictions lifted',
      when: f.when ? `${f.when.start} ${f.when.end}` : null,
    }));

// ux37 #1: the aviation authority's heading («Аэропорт X (Город).») names the airport; the next sentence tells the
// closure or lifting with no place of its own.
test('#1 a heading sentence that names an airport gives the next sentence its airport', () => {
  assert.deepEqual(
    disruptions('Аэропорт Пермь (Большое Савино). Введены временные ограничения на приём и выпуск самолётов.', 'ru'),
    [{ airports: 'PEE', region: 'RU-PER', lifted: false, when: null }],
  );
  assert.deepEqual(
    disruptions(
      'Аэропорт Шереметьево (Москва). Ограничения сняты в 04:10.\nАэропорт Внуково (Москва). Ограничения сняты в 04:35.',
      'ru',
    ),
    [
      {
        airports: 'SVO',
        region: 'RU-MOW',
        lifted: true,
        when: '2025-06-10T04:10:00+03:00 2025-06-10T04:10:00+03:00',
      },
      {
        airports: 'VKO',
        region: 'RU-MOW',
        lifted: true,
        when: '2025-06-10T04:35:00+03:00 2025-06-10T04:35:00+03:00',
      },
    ],
  );
});

test('#1 negative: a sentence before that tells something of its own, or a place of its own, is no heading', () => {
  // The first sentence is a closure already: the second, which names no place, adds nothing.
  assert.deepEqual(
    disruptions('В аэропорту Перми введены ограничения. Ограничения необходимы для безопасности полётов.', 'ru').map(
      (d) => d.airports,
    ),
    ['PEE'],
  );
  // No airport in the sentence before: no fact.
  assert.deepEqual(disruptions('Ночью было неспокойно. Введены временные ограничения.', 'ru'), []);
  // A closure with a place of its own keeps it.
  assert.deepEqual(
    disruptions('Аэропорт Пермь (Большое Савино). Ограничения введены в аэропорту Самары.', 'ru').map(
      (d) => d.airports,
    ),
    ['KUF'],
  );
});

test('#1 a Ukrainian report of the restriction verb («обмежили роботу аеропортів») names the airports', () => {
  assert.deepEqual(
    disruptions('Уночі обмежили роботу аеропортів Пермі та Самари, повідомила Росавіація.', 'uk').map(
      (d) => d.airports,
    ),
    ['PEE', 'KUF'],
  );
  assert.deepEqual(disruptions('Уряд обмежили постачання газу до Пермі.', 'uk'), []);
});

// ux37 #2: «приостановлена до 11.30», told at 09:50, was dated 11:30 of the day before.
test('#2 "until <clock>" later than publication is a future end on the same day', () => {
  const told = '2024-11-30T09:50:00+03:00';
  assert.deepEqual(disruptions('Работа аэропорта Самары приостановлена до 11.30 мск.', 'ru', told), [
    { airports: 'KUF', region: 'RU-SAM', lifted: false, when: '2024-11-30T09:50:00+03:00 2024-11-30T11:30:00+03:00' },
  ]);
  assert.deepEqual(
    disruptions('Flights at Samara airport are suspended until 11:30 Moscow time.', 'en', told).map((d) => d.when),
    ['2024-11-30T09:50:00+03:00 2024-11-30T11:30:00+03:00'],
  );
});

test('#2 negative: an "until" already past at publication, and a bare clock, stay where they were', () => {
  const told = '2024-11-30T09:50:00+03:00';
  assert.deepEqual(
    disruptions('Ограничения в аэропорту Самары действовали до 08:15.', 'ru', told).map((d) => d.when),
    ['2024-11-30T08:15:00+03:00 2024-11-30T08:15:00+03:00'],
  );
  assert.deepEqual(
    disruptions('Ограничения в аэропорту Самары введены в 11:30.', 'ru', told).map((d) => d.when),
    ['2024-11-29T11:30:00+03:00 2024-11-29T11:30:00+03:00'],
  );
});

// ux37 #6: «ограничения, введённые утром 30 ноября, сняты в 10:40» lost the lifting's clock to the closure's date.
test("#6 the clock right after a lifting's word is its time, whatever date the closure had", () => {
  const told = '2024-11-30T10:50:00+03:00';
  assert.deepEqual(
    disruptions(
      'Аэропорт Самары возобновил работу: ограничения, введённые утром 30 ноября, сняты в 10:40 мск, сообщили в Росавиации.',
      'ru',
      told,
    ),
    [{ airports: 'KUF', region: 'RU-SAM', lifted: true, when: '2024-11-30T10:40:00+03:00 2024-11-30T10:40:00+03:00' }],
  );
  assert.deepEqual(
    disruptions(
      'Restrictions imposed at Samara airport on Saturday morning were lifted at 10:40 Moscow time.',
      'en',
      told,
    ).map((d) => d.when),
    ['2024-11-30T10:40:00+03:00 2024-11-30T10:40:00+03:00'],
  );
});

test("#6 negative: a closure's own clock and a lifting with no clock keep what they had", () => {
  const told = '2024-11-30T10:50:00+03:00';
  assert.deepEqual(
    disruptions('Ограничения в аэропорту Самары введены утром 30 ноября в 08:10.', 'ru', told).map((d) => d.when),
    ['2024-11-30T08:10:00+03:00 2024-11-30T08:10:00+03:00'],
  );
  assert.deepEqual(
    disruptions('Ограничения, введённые в аэропорту Самары утром 30 ноября, сняты.', 'ru', told).map((d) => d.when),
    ['2024-11-30T00:00:00+03:00 2024-12-01T00:00:00+03:00'],
  );
});

// ux37 #7: «План «Ковер» отменен.» before the airport it lifted was no lifting; the region's name was the airport's
// phrase.
test('#7 a cancelled Kovyor plan told before its airport is a lifting of that airport', () => {
  const facts = extractText(
    'План «Ковёр» отменён. Ограничение в аэропорту Пулково действовало около часа.',
    'ru',
    '2024-10-30T05:40:00+03:00',
  ).filter((f) => f.kind === 'airport_disruption');
  assert.deepEqual(
    facts.map((f) => [f.airports.join(','), f.detail, f.region?.code, f.region?.name, f.fields.detail?.text]),
    [['LED', 'restrictions lifted', 'RU-SPE', 'Санкт-Петербург', 'отменён']],
  );
});

test('#7 negative: a lifting after a closure, or a sentence before that names a place, lifts nothing more', () => {
  assert.deepEqual(
    disruptions('В Сочи отменили план «Ковёр». Ограничение в аэропорту Пулково действует.', 'ru').map((d) => [
      d.airports,
      d.lifted,
    ]),
    // Sochi has one airport: the plan cancelled there is Sochi's own lifting (fixops39), and Pulkovo's stays a closure.
    [
      ['AER', true],
      ['LED', false],
    ],
  );
});

// ux37 #9: "…restrictions were lifted at 06:40. Flights bound for Sochi were diverted to …" made the diversions a
// disruption of their own, read as a closure in Krasnodar Krai.
test("#9 a diversion that names no airport of its own goes to the alternates of the report's lifted closure", () => {
  const facts = extractText(
    'Rosaviatsia said flights at Samara airport were halted overnight and restrictions were lifted at 05:10 Moscow time. Flights bound for Samara were diverted to Kazan and Ulyanovsk.',
    'en',
    '2025-06-10T07:00:00+03:00',
  ).filter((f) => f.kind === 'airport_disruption');
  assert.deepEqual(
    facts.map((f) => [f.airports.join(','), f.detail, f.diverted_to.join(',')]),
    [['KUF', 'restrictions lifted', 'KZN,ULV']],
  );
});

test('#9 negative: a diversion from an airport of its own stays apart from a lifting elsewhere', () => {
  const facts = extractText(
    'Restrictions at Samara airport were lifted at 05:10. Flights to Perm airport were diverted to Kazan.',
    'en',
    '2025-06-10T07:00:00+03:00',
  ).filter((f) => f.kind === 'airport_disruption');
  assert.equal(facts.length, 2);
});
