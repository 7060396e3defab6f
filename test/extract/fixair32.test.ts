// ux32 trial items on airport extraction. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-02T06:20:00+03:00';
const airports = (text: string, lang: 'en' | 'ru') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => [f.region?.code ?? null, f.airports.join(',')] as const);

// ux32 #5: Zhukovsky (ZIA), a bare name that is also a town, was kept only first in a list or in quotes.
test('#5 Zhukovsky anywhere in a list of Moscow airports is ZIA', () => {
  assert.deepEqual(airports('Полёты в аэропортах Домодедово, Внуково и Жуковский приостановлены в 01:10.', 'ru'), [
    ['RU-MOW', 'DME,VKO,ZIA'],
  ]);
  assert.deepEqual(airports('Во Внуково, Жуковский и Шереметьево ввели ограничения.', 'ru'), [
    ['RU-MOW', 'SVO,VKO,ZIA'],
  ]);
  assert.deepEqual(airports('Flights were halted at Domodedovo and Zhukovsky airports early on Monday.', 'en'), [
    ['RU-MOW', 'DME,ZIA'],
  ]);
  assert.deepEqual(airports('Zhukovsky and Vnukovo airports suspended flights for three hours.', 'en'), [
    ['RU-MOW', 'VKO,ZIA'],
  ]);
});

test('#5 negative: the town Zhukovsky alone, or beside another city, is no Moscow airport', () => {
  assert.deepEqual(airports('В Жуковском и Раменском сбили два беспилотника.', 'ru'), []);
  assert.deepEqual(airports('Ограничения введены в аэропортах Жуковский и Калуга.', 'ru'), [
    ['RU-MOW', 'ZIA'],
    ['RU-KLU', 'KLF'],
  ]);
});

// ux32 #6: a headline's "Moscow airports" (the plural read as every one of the city's airports) took the place of the
// airports the body names, and the body's claimant was lost with the body's fact.
const disruptions = (text: string, lang: 'en' | 'ru') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => ({ airports: f.airports.join(','), role: f.claimant?.role ?? null, evidence: f.evidence.text }));

test("#6 a headline's plural over a body naming airports: the body's airports and claimant", () => {
  const body = 'Flights were halted at Vnukovo and Zhukovsky airports after midnight, Rosaviatsia said.';
  assert.deepEqual(disruptions(`Drone alert grounds flights at Moscow airports\n\n${body}`, 'en'), [
    { airports: 'VKO,ZIA', role: 'aviation_authority', evidence: body },
  ]);
  const ru = 'В аэропорту Домодедово введены временные ограничения, сообщили в Росавиации.';
  assert.deepEqual(
    disruptions(`Ограничения в московских аэропортах\n\n${ru}`, 'ru').map((d) => d.airports),
    ['DME'],
  );
});

test("#6 negative: the plural alone still means the city's airports; two named sentences still add up", () => {
  assert.deepEqual(
    disruptions('Flights were suspended at Moscow airports overnight.', 'en').map((d) => d.airports),
    ['DME,SVO,VKO,ZIA'],
  );
  assert.deepEqual(
    disruptions(
      'Flights were suspended at Vnukovo airport. Restrictions were also imposed at Domodedovo airport.',
      'en',
    ).map((d) => d.airports),
    ['DME,VKO'],
  );
});

// ux32 #7: the airport's own active «снял ограничения в 06:05» was read as a closure, not a lifting.
const liftings = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => [f.airports.join(','), f.detail, f.when?.end ?? null] as const);

test('#7 an airport that lifted its restrictions (active voice) is a lifting at its time', () => {
  assert.deepEqual(liftings('Аэропорт Самара сняла все ограничения в 05:55.', 'ru'), [
    ['KUF', 'restrictions lifted', '2025-06-02T05:55:00+03:00'],
  ]);
  assert.deepEqual(liftings('Аэропорт Калуга сняли ограничения в 04:10.', 'ru'), [
    ['KLF', 'restrictions lifted', '2025-06-02T04:10:00+03:00'],
  ]);
  assert.deepEqual(liftings('Аеропорт Львів зняв обмеження о 05:15.', 'uk'), [
    ['LWO', 'restrictions lifted', '2025-06-02T05:15:00+03:00'],
  ]);
});

test('#7 negative: a closure stays a closure', () => {
  assert.deepEqual(liftings('В аэропорту Самары ввели ограничения в 03:20.', 'ru'), [
    ['KUF', null, '2025-06-02T03:20:00+03:00'],
  ]);
});

// ux32 #13: an airport's press service and a city council gave no claimant (docs/eval.md: both are `official`).
const roles = (text: string, lang: 'en' | 'ru' | 'uk', published = PUBLISHED) =>
  extractText(text, lang, published).map((f) => [f.kind, f.claimant?.role ?? null] as const);

test("#13 an airport's press service and a city council are officials", () => {
  assert.deepEqual(roles('Pulkovo airport halted departures for two hours, the airport press service said.', 'en'), [
    ['airport_disruption', 'official'],
  ]);
  assert.deepEqual(roles("Kazan airport closed overnight, the airport's press service said.", 'en'), [
    ['airport_disruption', 'official'],
  ]);
  const noon = '2025-06-10T13:00:00+03:00';
  assert.deepEqual(roles('Херсон: за даними міської ради, внаслідок обстрілу поранено 4 людей.', 'uk', noon), [
    ['strike', 'official'],
    ['casualties', 'official'],
  ]);
  assert.deepEqual(roles('Херсон: по данным городского совета, в результате обстрела ранены 4 человека.', 'ru', noon), [
    ['strike', 'official'],
    ['casualties', 'official'],
  ]);
});

test("#13 negative: a governor's press service still speaks for the governor", () => {
  assert.deepEqual(
    roles('Eight drones were destroyed over Belgorod Oblast overnight, the governor press service said.', 'en').map(
      (r) => r[1],
    ),
    ['governor'],
  );
});
