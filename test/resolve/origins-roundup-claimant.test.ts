import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { makeFact, makeReport, night, originInput, person } from './make.ts';

// Invented posts in the style of news channels; none is a real text. An evening digest lists the day's stories, one of
// them an outlet's report that other channels retold that afternoon: its only fact in the block is that report's, with
// the same credit, yet the digest is a statement of its own (docs/eval-clusters.md: a list under a heading only is an
// origin of its own), as it already is for the containment and wording rules.

const NIGHT = night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00');
const BRYANSK = { code: 'RU-BRY', name: 'Брянской области' };

const retold = makeReport({
  id: 'rep_retold',
  publisher: 'Канал А',
  published_at: '2025-05-07T14:10:00+03:00',
  lang: 'ru',
  text: 'Беспилотник атаковал нефтебазу в Брянской области, сообщает ТАСС.',
});
const digest = makeReport({
  id: 'rep_digest',
  publisher: 'Канал Б',
  published_at: '2025-05-07T20:30:00+03:00',
  lang: 'ru',
  text:
    'Главное к вечеру четверга\n\n— По данным ТАСС, ночью дрон ударил по нефтебазе на Брянщине.\n— Парламент ' +
    'отложил голосование по бюджету на следующую неделю.\n— В столице открыли новую станцию метро.\n— Сборная ' +
    'вышла в финал чемпионата.',
});

function strike(id: string, report: Report): Fact {
  const at = report.text.indexOf('ТАСС');
  return makeFact({
    id,
    report_id: report.id,
    kind: 'strike',
    weapon: 'uav',
    region: BRYANSK,
    when: NIGHT,
    claimant: person(null, 'media'),
    evidence: { start: at, end: at + 4, text: 'ТАСС' },
    fields: { claimant: { start: at, end: at + 4, text: 'ТАСС', inferred: false } },
  });
}

test('a digest that credits one of its items to the same voice is no rewrite of that item', () => {
  const { origins } = assignOrigins([
    originInput(retold, [strike('r1', retold)]),
    originInput(digest, [strike('d1', digest)]),
  ]);
  assert.notEqual(origins.get('rep_digest'), origins.get('rep_retold'));
});

// fixrev34: the voice's own list is no digest. A governor's post of the night's damage, town by town on the channel
// named after him, and a channel's retelling that credits him are one statement, as before the roundup guard.
const BELGOROD = { code: 'RU-BEL', name: 'Белгородской области' };
const govList = makeReport({
  id: 'rep_gov',
  publisher: 'Вячеслав Гладков',
  published_at: '2025-05-07T09:00:00+03:00',
  lang: 'ru',
  text:
    'Информация о последствиях обстрелов за сутки:\n\n— Белгород: беспилотник атаковал частный дом, повреждены ' +
    'кровля и забор;\n— Шебекино: в результате атаки дрона ранен мужчина;\n— Грайворонский округ: повреждена ЛЭП.',
});
const govRetold = makeReport({
  id: 'rep_gov_retold',
  publisher: 'Канал Белгород',
  published_at: '2025-05-07T09:20:00+03:00',
  lang: 'ru',
  text: 'В Шебекино в результате атаки дрона ранен мужчина, в Белгороде беспилотник атаковал частный дом, сообщил губернатор Вячеслав Гладков.',
});

function govFact(id: string, report: Report, kind: Fact['kind'], word: string): Fact {
  const at = report.text.indexOf(word);
  return makeFact({
    id,
    report_id: report.id,
    kind,
    weapon: kind === 'strike' ? 'uav' : null,
    region: BELGOROD,
    when: NIGHT,
    claimant: person('Вячеслав Гладков', 'governor'),
    evidence: { start: at, end: at + word.length, text: word },
  });
}

test("a governor's own list post and its retelling stay one statement", () => {
  const { origins } = assignOrigins([
    originInput(govList, [
      govFact('g1', govList, 'strike', 'беспилотник атаковал'),
      govFact('g2', govList, 'casualties', 'ранен мужчина'),
      govFact('g3', govList, 'damage', 'повреждена ЛЭП'),
    ]),
    originInput(govRetold, [
      govFact('c1', govRetold, 'strike', 'беспилотник атаковал'),
      govFact('c2', govRetold, 'casualties', 'ранен мужчина'),
    ]),
  ]);
  assert.equal(origins.get('rep_gov_retold'), origins.get('rep_gov'));
});
