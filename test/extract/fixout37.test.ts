// ux37 #8: a body that speaks by its own name keeps that name beside its role (`institution`), so free text finds it;
// a role word that fits many bodies, or a person who speaks for the body, gives none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const claimants = (text: string, lang: 'en' | 'ru' | 'uk', published = '2025-06-10T08:00:00+03:00') =>
  extractText(text, lang, published).map((f) => f.claimant);

test('a named body as speaker keeps its name in the nominative, in each language', () => {
  const ru = claimants('В аэропорту Пулково введены временные ограничения на полеты, сообщили в Росавиации.', 'ru');
  assert.ok(ru.length > 0);
  for (const c of ru)
    assert.deepEqual(c, { name: null, role: 'aviation_authority', channel: null, institution: 'Росавиация' });
  const en = claimants('Flights at Pulkovo airport were suspended overnight, Rosaviatsia said.', 'en');
  assert.ok(en.length > 0);
  for (const c of en) assert.equal(c?.institution, 'Rosaviatsia');
  const uk = claimants('В аеропорту Пулково запровадили тимчасові обмеження на польоти, повідомила Росавіація.', 'uk');
  assert.ok(uk.length > 0);
  for (const c of uk) assert.deepEqual([c?.role, c?.institution], ['aviation_authority', 'Росавіація']);
});

test('a role word of many bodies, or a person of the body, names no institution', () => {
  const officials = claimants('Two drones were shot down over Belgorod Oblast overnight, officials said.', 'en');
  assert.ok(officials.length > 0);
  for (const c of officials) assert.equal(c?.institution, undefined);
  const ministry = claimants('Ночью над Брянской областью уничтожены три беспилотника, сообщили в Минобороны.', 'ru');
  assert.ok(ministry.length > 0);
  for (const c of ministry) assert.equal(c?.institution, undefined);
});

test('the body named in another sentence of the post is carried with its name, as its role is', () => {
  const facts = extractText(
    'В Укренерго повідомили про наслідки атаки. Через удар дрона у Полтаві знеструмлено тисячі споживачів.',
    'uk',
    '2025-06-10T08:00:00+03:00',
  );
  assert.ok(facts.length > 0);
  for (const f of facts) assert.equal(f.claimant?.institution, 'Укренерго');
});
