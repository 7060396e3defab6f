// ux38 trial items on denials, the police and headline claimants (#1, #5, #6). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-12T12:00:00+03:00';
const kinds = (text: string, lang: 'en' | 'ru' | 'uk') => extractText(text, lang, PUBLISHED).map((f) => f.kind);
const claimants = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.claimant?.role ?? null, f.claimant?.name ?? null]);

// ux38 #1: a claim called false was read as the strike it denies, claimed by the side that denied it.
test('#1 a claim called false gives no fact (ru, uk, en)', () => {
  for (const [text, lang] of [
    ['Сообщения Киева об ударе дронов по нефтебазе в Херсоне не соответствуют действительности.', 'ru'],
    ['Информация об атаке беспилотников на Николаев — фейк, заявили в администрации.', 'ru'],
    ['Заявления о том, что ракеты поразили порт Измаила, не соответствуют действительности.', 'ru'],
    ['Минобороны опровергло сообщения о том, что дроны атаковали склад в Курске.', 'ru'],
    ['Повідомлення про удар ракетами по Миколаєву є фейком, заявили в ОВА.', 'uk'],
    ['Інформація про атаку дронів на Херсон — неправда.', 'uk'],
    ['У Херсонській ОВА спростували інформацію про удар по порту.', 'uk'],
    ['Reports of a missile strike on the port of Mykolaiv are fake, the regional administration said.', 'en'],
    ["Moscow's claims that Ukrainian drones hit a depot in Kursk are false, Kyiv said.", 'en'],
  ] as const) {
    assert.deepEqual(kinds(text, lang), [], text);
  }
});

test('#1 negative: a denial cancels its own claim, not the strike told beside it', () => {
  // The strike and the toll are told; the denial speaks of another claim in its own clause.
  assert.deepEqual(
    kinds('Дроны атаковали Херсон, погибли два человека; в администрации опровергли слухи о попадании в порт.', 'ru'),
    ['strike', 'casualties'],
  );
  assert.deepEqual(kinds('Дрони атакували Херсон, загинули двоє людей, але чутки про влучання в порт — фейк.', 'uk'), [
    'strike',
    'casualties',
  ]);
  // A word of falsity about something else keeps the sentence's strike.
  assert.deepEqual(kinds('Ракета поразила склад в Николаеве, сообщили в ОВА.', 'ru'), ['strike']);
});

// ux38 #5: «сообщила полиция» gave no claimant in Russian, while en and uk give `official`.
test('#5 the police speak as an official in Russian, as in English and Ukrainian', () => {
  for (const [text, lang] of [
    ['В результате атаки беспилотников на Херсон погибли три человека, сообщила полиция Херсонской области.', 'ru'],
    ['Унаслідок атаки дронів на Херсон загинули троє людей, повідомила поліція Херсонщини.', 'uk'],
    ['Three people were killed in a drone attack on Kherson, regional police said.', 'en'],
  ] as const) {
    assert.deepEqual(
      claimants(text, lang).map(([, role]) => role),
      ['official', 'official'],
      text,
    );
  }
});

// ux38 #6: a headline's "Russia says" / "Kyiv says" stood as a claimant `official` beside the body's named speaker.
test('#6 a side that speaks in the headline is the body speaker of the same fact', () => {
  const kyiv =
    '# Kyiv says 2 killed in Kherson drone attack\n\nTwo people were killed when Russian drones struck Kherson overnight, ' +
    'Oleksandr Prokudin, head of the Kherson regional military administration, said on Telegram.';
  assert.ok(
    claimants(kyiv, 'en').every(
      ([, role, name]) => role === 'military_administration' && name === 'Oleksandr Prokudin',
    ),
    JSON.stringify(claimants(kyiv, 'en')),
  );
  const russia =
    "# Russia says it shot down 25 drones over Bryansk\n\nRussia's Defence Ministry said on Friday its air defences " +
    'destroyed 25 Ukrainian drones over the Bryansk region overnight.';
  assert.deepEqual(claimants(russia, 'en'), [['interception', 'ministry', null]]);
});

test('#6 negative: a body that tells another kind of fact leaves the side its own words', () => {
  const text =
    '# Russia says it shot down 25 drones over Bryansk\n\nDebris damaged a house in the Bryansk region, governor ' +
    'Alexander Bogomaz said.';
  const interception = claimants(text, 'en').find(([kind]) => kind === 'interception');
  assert.deepEqual(interception, ['interception', 'official', null]);
});
