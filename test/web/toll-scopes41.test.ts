// The incident detail says a place's own toll in a nationwide wave under that place's name, in each language, and
// never as the wave's (trial ux40, defect 1 leftover: Kyiv's "no one was hurt" read "Casualties killed: 0, injured:
// 0" for the whole wave). The pure piece in Node; the page was checked in Chromium.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS, UI_LANGS } from '../../web/i18n/index.ts';
import { casualtiesText, tollScopeRows } from '../../web/src/bits.ts';
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

const MAYOR = { name: 'Andriy Sadovyi', role: 'mayor' as const, channel: null };
const GOVERNOR = { name: 'Oleh Hryhorov', role: 'military_administration' as const, channel: null };

const wave = makeIncident('wave', {
  region: null,
  country: 'UA',
  casualties: {
    killed: null,
    injured: 2,
    children_killed: null,
    children_injured: null,
    scopes: [
      {
        field: 'killed',
        region: { code: 'UA-46', name: 'Lviv Oblast' },
        count: 0,
        claimants: [MAYOR],
        report_ids: ['a'],
      },
      {
        field: 'injured',
        region: { code: 'UA-46', name: 'Lviv Oblast' },
        count: 0,
        claimants: [MAYOR],
        report_ids: ['a'],
      },
      {
        field: 'injured',
        region: { code: 'UA-59', name: 'Sumy Oblast' },
        count: 2,
        claimants: [GOVERNOR],
        report_ids: ['b'],
      },
    ],
  },
});

test("each place's toll is a row of its own, under the place's name, with who told it", () => {
  assert.deepEqual(tollScopeRows(ctxOf('en'), wave), [
    ['Casualties in Lviv Oblast', 'killed: 0, injured: 0 — Andriy Sadovyi (mayor)'],
    ['Casualties in Sumy Oblast', 'injured: 2 — Oleh Hryhorov (military administration)'],
  ]);
  // The wave's own line keeps only what was told of the whole: Lviv's zero is not its killed.
  assert.equal(casualtiesText(ctxOf('en'), wave), 'killed: not stated, injured: 2');
  for (const lang of UI_LANGS) {
    const rows = tollScopeRows(ctxOf(lang), wave);
    assert.equal(rows.length, 2);
    assert.ok(rows[0]![1].startsWith(`${STRINGS[lang].killed}: 0, ${STRINGS[lang].injured}: 0 — `), rows[0]![1]);
  }
});

test("negative: an incident with no places' tolls has no such rows", () => {
  const one = makeIncident('kh', {
    casualties: { killed: 1, injured: 4, children_killed: null, children_injured: null },
  });
  assert.deepEqual(tollScopeRows(ctxOf('en'), one), []);
});
