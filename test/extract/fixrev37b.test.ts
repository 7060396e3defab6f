// Review 37b findings on the session's airport and claimant fixes: texts the fixes were not made for, where they
// invented or lost facts. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const MORNING = '2025-03-12T08:00:00+03:00';
const AFTER_MIDNIGHT = '2025-03-12T00:30:00+03:00';
const whenOf = (text: string, lang: Lang, published: string, kind: string) =>
  extractText(text, lang, published)
    .filter((f) => f.kind === kind)
    .map((f) => (f.when ? `${f.when.start} ${f.when.end}` : null));
const disruptions = (text: string, lang: Lang, published = MORNING) =>
  extractText(text, lang, published)
    .filter((f) => f.kind === 'airport_disruption')
    .map((f) => ({ airports: f.airports.join(','), lifted: f.detail === 'restrictions lifted' }));

// Finding 1: a lone «до»/"until" clock in a past clause is when something ended, last evening or yesterday.
test('review 1: "until <clock>" in a past clause stays in the past, even when later than publication', () => {
  assert.deepEqual(
    whenOf('Воздушная тревога в Курске продолжалась до 23:55, сообщили власти.', 'ru', AFTER_MIDNIGHT, 'alert'),
    ['2025-03-11T23:55:00+03:00 2025-03-11T23:55:00+03:00'],
  );
  assert.deepEqual(whenOf('Повітряна тривога в Сумах тривала до 23:35.', 'uk', '2025-03-12T00:30:00+02:00', 'alert'), [
    '2025-03-11T23:35:00+02:00 2025-03-11T23:35:00+02:00',
  ]);
  assert.deepEqual(
    whenOf('Samara airport was closed until 10:45, the aviation authority said.', 'en', MORNING, 'airport_disruption'),
    ['2025-03-11T10:45:00+03:00 2025-03-11T10:45:00+03:00'],
  );
  assert.deepEqual(
    whenOf(
      'Ограничения в аэропорту Самары действовали до 23:20, теперь рейсы идут по расписанию.',
      'ru',
      MORNING,
      'airport_disruption',
    ),
    ['2025-03-11T23:20:00+03:00 2025-03-11T23:20:00+03:00'],
  );
});

test('review 1: a present or future clause keeps the future end', () => {
  assert.deepEqual(whenOf('Ограничения в аэропорту Самары действуют до 22:00.', 'ru', MORNING, 'airport_disruption'), [
    '2025-03-12T08:00:00+03:00 2025-03-12T22:00:00+03:00',
  ]);
  assert.deepEqual(
    whenOf('Повітряна тривога в Сумах триватиме до 09:15.', 'uk', '2025-03-12T08:00:00+02:00', 'alert'),
    ['2025-03-12T08:00:00+02:00 2025-03-12T09:15:00+02:00'],
  );
  // A past auxiliary before a present-looking participle: «был закрыт до».
  assert.deepEqual(whenOf('Аэропорт Самары был закрыт до 10:45.', 'ru', MORNING, 'airport_disruption'), [
    '2025-03-11T10:45:00+03:00 2025-03-11T10:45:00+03:00',
  ]);
});

// Finding 2: the sentence before is a heading only when it is the airport phrase alone, and the sentence under it
// tells that airport's closure only with what is stopped or in a few words.
test('review 2: a sentence with news of its own heads nothing; a heading lends no airport to other restrictions', () => {
  assert.deepEqual(
    disruptions('Аэропорт Самары запустил новое табло. Введены ограничения на курение у входа.', 'ru'),
    [],
  );
  assert.deepEqual(
    disruptions('Samara airport opened a new cafe. Restrictions on pets were lifted at 09:00.', 'en'),
    [],
  );
  assert.deepEqual(
    disruptions('Аэропорт Пермь. Забастовка грузчиков привела к закрытию склада у терминала.', 'ru'),
    [],
  );
  assert.deepEqual(
    disruptions('Аэропорт Пермь (Большое Савино). Старая рулёжная дорожка будет закрыта на ремонт летом.', 'ru'),
    [],
  );
  // The heading's own case still holds.
  assert.deepEqual(disruptions('Аэропорт Пермь (Большое Савино). Ограничения сняты в 06:20.', 'ru'), [
    { airports: 'PEE', lifted: true },
  ]);
  assert.deepEqual(
    disruptions('Perm airport. Temporary restrictions on arrivals and departures have been introduced.', 'en'),
    [{ airports: 'PEE', lifted: false }],
  );
});

// Finding 3: only the cancelled closure plan, not negated, lifts the airport told after it.
test('review 3: a negated lifting, or a lifting of other restrictions, does not turn the next closure into a lifting', () => {
  assert.deepEqual(disruptions('План «Ковёр» не отменён. В аэропорту Самары действуют ограничения.', 'ru'), [
    { airports: 'KUF', lifted: false },
  ]);
  assert.deepEqual(disruptions('Ограничения на парковку сняты. В аэропорту Самары введены ограничения.', 'ru'), [
    { airports: 'KUF', lifted: false },
  ]);
  assert.deepEqual(
    disruptions('Restrictions were lifted in the evening. Samara airport was closed again at 4:00.', 'en'),
    [{ airports: 'KUF', lifted: false }],
  );
  assert.deepEqual(disruptions('План «Ковёр» отменён. Ограничение в аэропорту Самары действовало полчаса.', 'ru'), [
    { airports: 'KUF', lifted: true },
  ]);
});

// Finding 4: the lifting's bare clock goes on the only day the sentence names.
test("review 4: a lifting's bare clock keeps the closure's date", () => {
  assert.deepEqual(
    whenOf(
      'Ограничения в аэропорту Самары, введенные утром 7 марта, сняты в 11:20 мск.',
      'ru',
      MORNING,
      'airport_disruption',
    ),
    ['2025-03-07T11:20:00+03:00 2025-03-07T11:20:00+03:00'],
  );
  // A clock with its own date keeps it.
  assert.deepEqual(
    whenOf(
      'Ограничения в аэропорту Самары, введенные 7 марта, сняты 8 марта в 11:20.',
      'ru',
      MORNING,
      'airport_disruption',
    ),
    ['2025-03-08T11:20:00+03:00 2025-03-08T11:20:00+03:00'],
  );
});

// Finding 5: the Ukrainian active verb is a closure only with the airport's work or traffic as its object.
test('review 5: «обмежили», «призупинили» of something else near an airport is no closure', () => {
  assert.deepEqual(disruptions('Біля аеропорту Жуляни обмежили проїзд вантажівок через ремонт мосту.', 'uk'), []);
  assert.deepEqual(disruptions('В аеропорту Бориспіль призупинили реконструкцію парковки.', 'uk'), []);
  assert.deepEqual(disruptions('Уночі призупинили роботу аеропорту Пермі.', 'uk'), [
    { airports: 'PEE', lifted: false },
  ]);
});

// Finding 8: a body that does not comment is no signature.
test('review 8: «… не коментує» names no claimant', () => {
  const facts = extractText('Аеропорт Самари закрито, повідомляє РБК. Росавіація не коментує.', 'uk', MORNING);
  assert.ok(facts.some((f) => f.kind === 'airport_disruption'));
  assert.ok(facts.every((f) => f.claimant?.role !== 'aviation_authority'));
});

// Second review (37d): the few-word branch under a heading read denials and other closures as the airport's.
test('review 37d: under an airport heading, a denial or another thing closed is no closure; a bare lifting still is', () => {
  assert.deepEqual(disruptions('Аэропорт Калуга (Грабцево).\nОграничений нет.', 'ru'), []);
  assert.deepEqual(disruptions('Аэропорт Самара.\nЗакрытия не будет.', 'ru'), []);
  assert.deepEqual(disruptions('Аэропорт Сочи.\nПарковка закрыта до 11:30.', 'ru'), []);
  assert.deepEqual(disruptions('Аэропорт Сочи. Ограничения не сняты.', 'ru'), []);
  assert.deepEqual(disruptions('Pulkovo airport.\nNo restrictions were introduced.', 'en'), []);
  assert.deepEqual(disruptions('Аэропорт Внуково (Москва). Ограничения сняты в 05:15.', 'ru'), [
    { airports: 'VKO', lifted: true },
  ]);
});

// Second review (37d): an English "is"/"will" elsewhere in the clause made a past "lasted until" a future end.
test('review 37d: "lasted until <clock>" stays in the past though the clause has "is"; "are suspended until" is ahead', () => {
  assert.deepEqual(
    whenOf('Kyiv is recovering after an air raid alert that lasted until 11:40.', 'en', MORNING, 'alert'),
    ['2025-03-11T11:40:00+03:00 2025-03-11T11:40:00+03:00'],
  );
  assert.deepEqual(
    whenOf(
      'Flights at Kazan airport are suspended until 11:30, the aviation authority said.',
      'en',
      MORNING,
      'airport_disruption',
    ),
    ['2025-03-12T08:00:00+03:00 2025-03-12T11:30:00+03:00'],
  );
});
