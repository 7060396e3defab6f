// The page's pure pieces, run in Node: the URL as the view, marks over overlapping spans, values in words.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { en as enLexicon } from '../../src/extract/lang/en/lexicon.ts';
import { ru as ruLexicon } from '../../src/extract/lang/ru/lexicon.ts';
import { uk as ukLexicon } from '../../src/extract/lang/uk/lexicon.ts';
import { STRINGS, UI_LANGS } from '../../web/i18n/index.ts';
import type { Ctx } from '../../web/src/ctx.ts';
import { findRegion } from '../../web/src/filters.ts';
import {
  claimantText,
  countText,
  detailText,
  nightOf,
  nightRange,
  relativeText,
  safeHref,
  timeText,
  weaponText,
  zonesTitle,
} from '../../web/src/format.ts';
import { splitMarks } from '../../web/src/highlight.ts';
import { latinName } from '../../web/src/latin-name.ts';
import { shadeStep } from '../../web/src/shade.ts';
import { apiQuery, EMPTY_FILTERS, langOf, readView, unreadFilters, withLang, writeView } from '../../web/src/state.ts';

const en = STRINGS.en;

test('a view survives the URL: filters, region list and the open incident', () => {
  const view = {
    filters: {
      ...EMPTY_FILTERS,
      since: '2025-05-12',
      regions: ['RU-BRY', 'UA-63'],
      status: 'disputed' as const,
      q: 'Shahed',
    },
    incident: 'inc_1',
    report: null,
  };
  const url = writeView(view);
  assert.equal(url, '?first_night=2025-05-12&region=RU-BRY%2CUA-63&status=disputed&q=Shahed&incident=inc_1');
  assert.deepEqual(readView(url), view);
  assert.equal(writeView({ filters: EMPTY_FILTERS, incident: null, report: null }), '');
});

test('a hand-edited URL cannot put junk into the filters', () => {
  const v = readView('?since=yesterday&region=ru-bry,%3Cscript%3E&status=maybe&kind=DROP%20TABLE&q=x');
  assert.equal(v.filters.since, null);
  assert.deepEqual(v.filters.regions, ['RU-BRY']);
  assert.equal(v.filters.status, null);
  assert.equal(v.filters.kind, null);
  assert.equal(v.filters.q, 'x');
});

test('a region name the API accepts stays in the filters as written; what the page cannot read is listed', () => {
  // The API resolves names («Харківщина», "Kharkiv") or answers 400 naming one that matches no region.
  const v = readView('?region=%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2%D1%89%D0%B8%D0%BD%D0%B0,Kharkiv,ua-63');
  assert.deepEqual(v.filters.regions, ['Харківщина', 'Kharkiv', 'UA-63']);
  assert.equal(apiQuery(v.filters).get('region'), 'Харківщина,Kharkiv,UA-63');
  assert.deepEqual(unreadFilters('?since=garbage&region=RU-BRY,%3Cscript%3E&status=maybe&kind=strike'), [
    'since=garbage',
    'status=maybe',
    'region=<script>',
  ]);
  assert.deepEqual(unreadFilters('?since=2025-05-12&region=Kursk&kind='), []);
});

test("the period is in the store's nights, and the page's address is the API's query", () => {
  const filters = { ...EMPTY_FILTERS, since: '2025-05-13', until: '2025-05-14', kind: 'strike' };
  const q = apiQuery(filters);
  assert.equal(q.toString(), 'first_night=2025-05-13&last_night=2025-05-14&kind=strike');
  assert.equal(writeView({ filters, incident: null, report: null }), `?${q}`);
  assert.equal(apiQuery({ ...EMPTY_FILTERS, since: '2025-05-13' }, { period: false }).has('first_night'), false);
  // A link made when the address said since/until (which the page read as nights) still opens the same nights.
  assert.deepEqual(readView('?since=2025-05-13&until=2025-05-14&kind=strike').filters, filters);
  assert.deepEqual(readView('?first_night=2025-05-13&since=2025-05-01').filters.since, '2025-05-13');
  assert.deepEqual(unreadFilters('?first_night=13+May'), ['first_night=13 May']);
  // An attack at 23:00 and the morning report after it fall in one night; the next evening starts another.
  assert.equal(nightOf('2025-05-12T23:00:00+03:00'), '2025-05-13');
  assert.equal(nightOf('2025-05-13T07:00:00+03:00'), '2025-05-13');
  assert.equal(nightOf('2025-05-13T19:00:00+03:00'), '2025-05-14');
  assert.deepEqual(nightRange('2025-05-30', '2025-06-02'), ['2025-05-30', '2025-05-31', '2025-06-01', '2025-06-02']);
});

test('marks: nested and overlapping spans flatten to the innermost, and the text is kept whole', () => {
  const text = 'Air defences destroyed 18 drones over Bryansk.';
  const pieces = splitMarks(text, [
    { start: 0, end: text.length, label: 'sentence' },
    { start: 23, end: 25, label: 'count' },
    { start: 23, end: 32, label: 'weapon' },
    { start: 500, end: 510, label: 'outside' },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(
    pieces.map((p) => [p.text, p.mark?.label ?? null]),
    [
      ['Air defences destroyed ', 'sentence'],
      ['18', 'count'],
      [' drones', 'weapon'],
      [' over Bryansk.', 'sentence'],
    ],
  );
  assert.deepEqual(splitMarks('abc', []), [{ text: 'abc', mark: null }]);
});

test('counts and weapons in words, in each language', () => {
  assert.equal(countText({ value: null, min: 71, max: null, approx: false }, en), 'over 70');
  assert.equal(countText({ value: 30, min: null, max: null, approx: true }, en), 'about 30');
  assert.equal(countText({ value: 40, min: 40, max: 40, approx: false }, en), '40');
  assert.equal(countText(null, en), null);
  assert.equal(weaponText('uav', 'Shahed', en), 'Shahed-type drones');
  assert.equal(weaponText('uav', null, STRINGS.uk), 'ударні БпЛА');
  assert.equal(weaponText('cruise_missile', null, STRINGS.ru), 'крылатые ракеты');
  for (const lang of UI_LANGS) {
    for (const text of Object.values(STRINGS[lang].weapons)) assert.doesNotMatch(text, /_|^uav$/, lang);
    assert.equal(STRINGS[lang].reports(5).startsWith('5 '), true);
  }
  assert.equal(STRINGS.ru.reports(2), '2 сообщения');
  assert.equal(STRINGS.uk.origins(11), '11 першоджерел');
  assert.equal(STRINGS.uk.voices(2), '2 голоси');
  assert.equal(STRINGS.ru.voices(5), '5 голосов');
});

test('times: Kyiv and Moscow clocks on hover, relative times', () => {
  const title = zonesTitle('2025-05-13T04:30:00Z', 'en', en);
  assert.match(title, /Kyiv: .*07:30 · Moscow: .*07:30/);
  // The page's own times name their zone: a reader in Berlin sees "CET" or "GMT+1", never a bare clock.
  assert.match(timeText('2025-05-13T04:30:00Z', 'en', 'UTC', true), /04:30 UTC$/);
  assert.match(timeText('2025-05-13T04:30:00Z', 'uk', 'Europe/Kyiv', true), /07:30 (GMT\+3|EEST)$/);
  assert.doesNotMatch(timeText('2025-05-13T04:30:00Z', 'en', 'UTC'), /UTC/);
  const now = new Date('2025-05-13T10:00:00Z');
  // ICU versions differ on the abbreviation's full stop.
  assert.match(relativeText('2025-05-13T07:00:00Z', now, 'en'), /^3 hr\.? ago$/);
  assert.match(relativeText('2025-05-13T07:00:00Z', now, 'ru'), /^3 ч\.? назад$/);
});

test("a damage's detail in the reader's language, word by word", () => {
  assert.equal(detailText('windows, hospital', STRINGS.uk), 'вікна, лікарня');
  assert.equal(detailText('roof', STRINGS.ru), 'кровля');
  assert.equal(detailText('windows, gates', en), 'windows, gates');
  for (const lang of UI_LANGS) assert.deepEqual(Object.keys(STRINGS[lang].details), Object.keys(en.details), lang);
  // Every word a lexicon can put in a detail has the page's string.
  for (const lex of [enLexicon, ruLexicon, ukLexicon]) {
    for (const d of lex.details) assert.ok(d.detail in en.details, d.detail);
  }
});

test('a claimant in words: name, role and channel; a role alone; nobody', () => {
  assert.equal(
    claimantText({ name: 'Vladislav Shapsha', role: 'governor', channel: 'Telegram' }, en),
    'Vladislav Shapsha (governor, Telegram)',
  );
  assert.equal(claimantText({ name: null, role: 'air_force', channel: null }, STRINGS.uk), 'Повітряні сили');
  assert.equal(claimantText({ name: null, role: 'ministry', channel: null }, en), 'Ministry of Defence');
  assert.equal(claimantText(null, en), '');
});

test("on the English page a person's name is in Latin letters; the evidence and the other pages keep it as written", () => {
  const kiper = { name: 'Олег Кіпер', role: 'military_administration', channel: null } as const;
  assert.match(claimantText(kiper, en), /^Oleh Kiper \(/);
  assert.match(claimantText(kiper, en, true), /^Олег Кіпер \(/);
  assert.match(claimantText(kiper, STRINGS.uk), /^Олег Кіпер \(/);
  // Ukrainian names by Ukraine's official romanisation, Russian ones by the common English habit.
  assert.equal(latinName('Віталій Кличко'), 'Vitalii Klychko');
  assert.equal(latinName('Ігор Терехов'), 'Ihor Terekhov');
  assert.equal(latinName('Юрій Євтушенко'), 'Yurii Yevtushenko');
  assert.equal(latinName('Александр Богомаз'), 'Aleksandr Bogomaz');
  assert.equal(latinName('Роман Старовойт'), 'Roman Starovoit');
  assert.equal(latinName('Дмитрий Ерёмин'), 'Dmitry Yeryomin');
  assert.equal(latinName('Vitali Klitschko'), 'Vitali Klitschko');
});

test('only http(s) links are made clickable', () => {
  assert.equal(safeHref('https://example.org/a?b'), 'https://example.org/a?b');
  assert.equal(safeHref('javascript:alert(1)'), null);
  assert.equal(safeHref('data:text/html,<script>'), null);
  assert.equal(safeHref('/relative'), null);
  assert.equal(safeHref(null), null);
});

test('a region is found by its name in any of the three languages, or its code', () => {
  const regions = new Map([
    ['RU-KRS', { code: 'RU-KRS', en: 'Kursk Oblast', ru: 'Курская область', uk: 'Курська область' }],
    [
      'RU-KGD',
      { code: 'RU-KGD', en: 'Kaliningrad Oblast', ru: 'Калининградская область', uk: 'Калінінградська область' },
    ],
    ['UA-63', { code: 'UA-63', en: 'Kharkiv Oblast', ru: 'Харьковская область', uk: 'Харківська область' }],
  ]);
  const ctx = { regions } as unknown as Ctx;
  assert.equal(findRegion(ctx, 'курская область'), 'RU-KRS');
  assert.equal(findRegion(ctx, 'Харківська область'), 'UA-63');
  assert.equal(findRegion(ctx, 'ua-63'), 'UA-63');
  assert.equal(findRegion(ctx, 'Kursk'), 'RU-KRS');
  assert.equal(findRegion(ctx, 'K'), null, 'ambiguous');
  assert.equal(findRegion(ctx, 'Atlantis'), null);
});

test('map shades: none for zero, five steps up to the busiest region', () => {
  assert.equal(shadeStep(0, 10), 0);
  assert.equal(shadeStep(10, 10), 5);
  assert.equal(shadeStep(1, 100), 1);
  assert.ok(shadeStep(25, 100) < shadeStep(64, 100));
});

test('the page imports only types from the server code', () => {
  const dir = join(import.meta.dirname, '../../web/src');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const line of text.split('\n').filter((l) => /from '(\.\.\/)+src\//.test(l))) {
      assert.match(line, /^import type /, `${file}: ${line}`);
    }
  }
});

test('an incident is titled by its place (when every report tells of it), its regions, else its country, in each language', async () => {
  const { incidentTitle } = await import('../../web/src/bits.ts');
  const { makeIncident } = await import('../helpers/incidents.ts');
  const nationwide = makeIncident('ua-wide', { kind: 'strike', region: null, country: 'UA' });
  const nowhere = makeIncident('none', { kind: 'strike', region: null });
  const ctxOf = (lang: (typeof UI_LANGS)[number]): Ctx => ({
    t: STRINGS[lang],
    lang,
    regions: new Map(),
    now: () => new Date(),
    go: () => {},
    view: () => ({ filters: EMPTY_FILTERS, incident: null, report: null }),
  });
  assert.equal(incidentTitle(ctxOf('en'), nationwide), `${en.kinds.strike} · Ukraine, no region named`);
  assert.match(incidentTitle(ctxOf('uk'), nationwide), /Україна/);
  assert.equal(incidentTitle(ctxOf('en'), nowhere), `${en.kinds.strike} · ${en.unknownRegion}`);
  // A place every report tells of leads; towns named without it follow the region.
  const kursk = { code: 'RU-KRS', name: 'Kursk Oblast' };
  const town = { name: 'Kurchatov', lat: 51.66, lon: 35.65 };
  const at = makeIncident('at', { region: kursk, place: town, places: [town] });
  const within = makeIncident('within', { region: kursk, place: null, places: [town] });
  assert.equal(incidentTitle(ctxOf('en'), at), `${en.kinds.interception} · Kurchatov, Kursk Oblast`);
  assert.equal(incidentTitle(ctxOf('en'), within), `${en.kinds.interception} · Kursk Oblast, incl. Kurchatov`);
});

test('ru and uk count words are impersonal forms that agree with any number («1 долетіло», not «1 атакували»)', () => {
  for (const lang of ['ru', 'uk'] as const) {
    const t = STRINGS[lang];
    for (const word of [t.launched, t.destroyed, t.struck]) {
      assert.match(word, /о$/, `${lang}: "${word}"`);
    }
  }
});

test('a corrected figure is marked corrected and its correction as one; a correction-only history is no running tally', async () => {
  const { onlyCorrections, tallyStepNote } = await import('../../web/src/format.ts');
  const corrected = [{ correction: false }, { correction: true }];
  assert.deepEqual(
    corrected.map((_, n) => tallyStepNote(corrected, n)),
    ['corrected', 'correction'],
  );
  assert.equal(onlyCorrections(corrected), true);
  const running = [{}, {}, { correction: true }];
  assert.deepEqual(
    running.map((_, n) => tallyStepNote(running, n)),
    ['corrected', 'corrected', 'correction'],
  );
  assert.equal(onlyCorrections(running), false, 'a tally that went on before its correction is still a tally');
  assert.deepEqual(
    [{}, {}].map((_, n) => tallyStepNote([{}, {}], n)),
    [null, null],
  );
  for (const lang of UI_LANGS) assert.ok(STRINGS[lang].corrections && STRINGS[lang].correctedMark);
});

test("the Numbers table has a column only for a number some weapon states: no 'struck' beside 'hit', no table for none", async () => {
  const { numberColumns } = await import('../../web/src/bits.ts');
  const { makeIncident } = await import('../helpers/incidents.ts');
  const n = (v: number) => ({ value: v, min: v, max: v, approx: false });
  const bare = makeIncident('bare', { kind: 'strike', weapons: [{ type: 'uav', count: null }] });
  assert.deepEqual(numberColumns(bare), [], 'no number stated: no table');
  const hits = makeIncident('hits', { kind: 'strike', weapons: [{ type: 'uav', count: null, hit: n(3) }] });
  assert.deepEqual(numberColumns(hits), ['hit']);
  const wave = makeIncident('wave', {
    weapons: [
      { type: 'uav', count: n(31), launched: n(36) },
      { type: 'ballistic_missile', count: null, hit: n(2) },
    ],
  });
  assert.deepEqual(numberColumns(wave), ['launched', 'count', 'hit']);
});

test('the language rides in the URL: a link with ?lang=uk asks for Ukrainian, and the view keeps it last', () => {
  assert.equal(langOf('?region=UA-63&lang=uk'), 'uk');
  assert.equal(langOf('?region=UA-63'), null);
  const view = readView('?region=UA-63&kind=strike&lang=uk');
  assert.deepEqual(view.filters.regions, ['UA-63'], 'lang is no filter');
  assert.equal(withLang(writeView(view), 'uk'), '?region=UA-63&kind=strike&lang=uk');
  assert.equal(withLang('', 'ru'), '?lang=ru');
  assert.equal(withLang('?region=UA-63&lang=uk', 'en'), '?region=UA-63&lang=en');
  assert.equal(withLang('?region=UA-63', null), '?region=UA-63');
});

test('a conflict inside one origin is said so on the page, never "disputed" beside one voice (ux37 defect 5)', async () => {
  const { casualtiesText } = await import('../../web/src/bits.ts');
  const { makeIncident } = await import('../helpers/incidents.ts');
  const ctx = {
    t: STRINGS.en,
    lang: 'en',
    regions: new Map(),
    now: () => new Date(),
    go: () => {},
    view: () => ({ filters: EMPTY_FILTERS, incident: null, report: null }),
  } as Ctx;
  const source = (report_id: string, origin_id: string) => ({
    report_id,
    origin_id,
    title: null,
    url: null,
    publisher: null,
    published_at: '2025-05-07T08:00:00+03:00',
  });
  const withOrigins = (a: string, b: string) =>
    makeIncident('toll', {
      kind: 'strike',
      casualties: { killed: null, injured: 14 },
      sources: [source('r_a', a), source('r_b', b)],
      conflicts: [
        {
          field: 'casualties.injured',
          values: [
            { value: 14, report_ids: ['r_a'], claimants: [] },
            { value: 11, report_ids: ['r_b'], claimants: [] },
          ],
        },
      ],
    });
  assert.match(casualtiesText(ctx, withOrigins('o1', 'o1')), /14 \/ 11 · in one origin/);
  assert.match(casualtiesText(ctx, withOrigins('o1', 'o2')), /14 \/ 11 · disputed/);
  // Review 37c: a governor and a mayor quoted in one wire disagree, one origin or not.
  const twoVoices = withOrigins('o1', 'o1');
  twoVoices.conflicts[0]!.values[0]!.claimants = [{ name: 'Olena Koval', role: 'governor', channel: null }];
  twoVoices.conflicts[0]!.values[1]!.claimants = [{ name: 'Ivan Petrenko', role: 'mayor', channel: null }];
  assert.match(casualtiesText(ctx, twoVoices), /14 \(Olena Koval.*\) \/ 11 \(Ivan Petrenko.*\) · disputed/);
});
