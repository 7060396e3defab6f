// Trial defect 11 (session 37): the incident detail shows the children among each toll beside it, in each language,
// with a dispute said as the tolls' are; nothing when no report told them. The pure piece in Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS, UI_LANGS } from '../../web/i18n/index.ts';
import { casualtiesText } from '../../web/src/bits.ts';
import type { Ctx } from '../../web/src/ctx.ts';
import { EMPTY_FILTERS } from '../../web/src/state.ts';
import { makeIncident } from '../helpers/incidents.ts';

const ctxOf = (lang: (typeof UI_LANGS)[number]): Ctx => ({
  t: STRINGS[lang],
  lang,
  regions: new Map(),
  now: () => new Date(),
  go: () => {},
  view: () => ({ filters: EMPTY_FILTERS, incident: null, report: null }),
});

test('the children among the injured stand beside the injured, in each language', () => {
  const i = makeIncident('kh', { casualties: { killed: 2, injured: 9, children_killed: null, children_injured: 3 } });
  assert.equal(casualtiesText(ctxOf('en'), i), 'killed: 2, injured: 9 (of them children: 3)');
  for (const lang of UI_LANGS) {
    const t = STRINGS[lang];
    assert.equal(casualtiesText(ctxOf(lang), i), `${t.killed}: 2, ${t.injured}: 9 (${t.children}: 3)`);
  }
});

test('no children told (or an incident stored before they were read): the line is as before', () => {
  const told = makeIncident('a', {
    casualties: { killed: 1, injured: 4, children_killed: null, children_injured: null },
  });
  const old = makeIncident('b', { casualties: { killed: 1, injured: 4 } });
  assert.equal(casualtiesText(ctxOf('en'), told), 'killed: 1, injured: 4');
  assert.equal(casualtiesText(ctxOf('en'), old), 'killed: 1, injured: 4');
});

test('a disputed figure of children is said with who gave which, as a toll is', () => {
  const i = makeIncident('kh', {
    casualties: { killed: 1, injured: 9, children_killed: 1, children_injured: null },
    conflicts: [
      {
        field: 'casualties.children_killed',
        values: [
          { value: 1, report_ids: ['r1'] },
          { value: 2, report_ids: ['r2'] },
        ],
      },
    ],
  });
  assert.match(casualtiesText(ctxOf('en'), i), /^killed: 1 \(of them children: 1 \/ 2 · disputed\), injured: 9$/);
});
