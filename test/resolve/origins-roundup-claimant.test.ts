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
