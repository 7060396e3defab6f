import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadOf, publisherOutlet, reportSpeaker } from '../../src/extract/detect/speaker.ts';

// Invented posts in the style of news channels; none is a real text.

const name = (text: string, lang: 'ru' | 'en' | 'uk' = 'ru') => reportSpeaker(text, lang)?.name ?? null;
const key = (text: string, lang: 'ru' | 'en' | 'uk' = 'ru') => reportSpeaker(text, lang)?.key ?? null;

test('an outlet credited in the opening is its speaker, with the span as evidence', () => {
  const text = 'В Энске задержали директора водоканала, пишет Baza. По данным канала, ему вменяют растрату.';
  const s = reportSpeaker(text, 'ru');
  assert.ok(s);
  assert.equal(s.key, 'baza');
  assert.equal(s.outlet, true);
  assert.equal(text.slice(s.span.start, s.span.end), 'Baza');
  assert.equal(key('Директора водоканала задержали в Энске. По данным Mash, у него нашли наличные.'), 'mash');
  assert.equal(key('Директора водоканала задержали в Энске — Reuters'), 'reuters');
  const nyt = 'the new york times';
  assert.equal(key('Губернатор Энской области ушёл в отставку. Об этом сообщает издание New York Times.'), nyt);
  assert.equal(key('Губернатор Энской области ушёл в отставку — NYT'), nyt);
  assert.equal(key('The mayor of Ensk resigned on Tuesday, according to Reuters.', 'en'), 'reuters');
});

test('a known official credited in the opening is its speaker, the same in every script and case', () => {
  assert.equal(name('Песков: Кремль не комментирует отставку мэра Энска'), 'Песков');
  const peskov = key('Песков: отставка мэра');
  assert.notEqual(peskov, null);
  assert.equal(key('Мэр Энска не будет переизбран, заявил Песков.'), peskov);
  assert.equal(key('Мер Енська не буде переобраний — Пєсков', 'uk'), peskov);
  assert.equal(key('Отставка мэра — внутреннее дело региона, сказал Песков журналистам.'), peskov);
});

test('no speaker: an outlet\u2019s own reporting, the media at large, a name that is no known source', () => {
  assert.equal(name('В Энске прорвало трубу, без воды остались три квартала.'), null);
  assert.equal(name('Директора водоканала задержали в Энске, — СМИ.'), null);
  assert.equal(name('Украинские СМИ сообщают, что в Энске прорвало трубу.'), null);
  // A capitalised word by a verb of saying that is no outlet and no official of the lists.
  assert.equal(name('Иван Петров сообщил, что в Энске прорвало трубу.'), null);
  // A word of attribution credits what follows it, never the word before it.
  assert.equal(name('Поставки в Энск согласно графику возобновятся в пятницу.'), null);
});

test('only the opening is read: a credit further down is not the report\u2019s', () => {
  const text =
    'В Энске прорвало трубу.\nБез воды остались три квартала.\nРемонт займёт два дня.\nПо данным Mash, трубу не меняли 40 лет.';
  assert.equal(name(text), null);
  assert.ok(!leadOf(text).includes('Mash'));
});

test("an outlet's own channel", () => {
  assert.equal(publisherOutlet('Mash'), 'mash');
  assert.equal(publisherOutlet('BBC News | Русская служба'), 'bbc');
  assert.equal(publisherOutlet('112'), '112');
  assert.equal(publisherOutlet('Новости Энска'), null);
  assert.equal(publisherOutlet(null), null);
});
