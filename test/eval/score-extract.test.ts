import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Count, Fact } from '../../src/core/types.ts';
import {
  type GoldFact,
  GoldFormatError,
  type GoldReport,
  parseGoldExtract,
  readGoldExtract,
} from '../../src/eval/gold-extract.ts';
import { countKey, formatScore, scoreExtraction, surnameKey } from '../../src/eval/score-extract.ts';

const exact = (n: number): Count => ({ value: n, min: n, max: n, approx: false });
const NIGHT = { start: '2025-05-06T21:00:00+03:00', end: '2025-05-07T07:00:00+03:00' };

function goldFact(over: Partial<GoldFact>): GoldFact {
  return {
    kind: 'interception',
    region: null,
    weapon: null,
    count: null,
    launched: null,
    hit: null,
    when: null,
    claimant: null,
    casualties: null,
    airports: [],
    diverted_to: [],
    aggregate: false,
    ...over,
  };
}

function report(id: string, facts: GoldFact[]): GoldReport {
  return { id, lang: 'ru', shape: facts.length ? 'ministry' : 'negative', published_at: NIGHT.end, text: 'x', facts };
}

/** A predicted fact as the extractor would emit it, built from the gold-shaped fields the scorer reads. */
function predicted(id: string, g: GoldFact): Fact {
  return {
    id: `${id}-f`,
    report_id: id,
    kind: g.kind,
    weapon: g.weapon,
    weapon_model: null,
    count: g.count,
    launched: g.launched,
    hit: g.hit,
    region: g.region === null ? null : { code: g.region, name: g.region },
    place: null,
    area: null,
    when: g.when === null ? null : { ...g.when, precision: 'night' },
    object: null,
    detail: null,
    casualties: g.casualties,
    airports: g.airports,
    diverted_to: g.diverted_to,
    claimant: g.claimant === null ? null : { ...g.claimant, channel: null },
    evidence: { start: 0, end: 1, text: 'x' },
    fields: {},
    aggregate: g.aggregate,
    increment: false,
  };
}

const kaluga = goldFact({
  region: 'RU-KLU',
  weapon: 'uav',
  count: exact(22),
  when: NIGHT,
  claimant: { name: 'Владислав Шапша', role: 'governor' },
});
const hurt = goldFact({ kind: 'casualties', region: 'RU-KLU', casualties: { killed: null, injured: 2 } });
const moscowAirports = goldFact({
  kind: 'airport_disruption',
  region: 'RU-MOW',
  airports: ['DME', 'SVO', 'VKO', 'ZIA'],
  diverted_to: ['LED'],
});

describe('scoreExtraction', () => {
  it('gives 1.0 everywhere when the prediction equals the gold', () => {
    const gold = [report('a', [kaluga, hurt, moscowAirports])];
    const score = scoreExtraction(gold, new Map([['a', gold[0]!.facts.map((f) => predicted('a', f))]]));
    for (const [field, s] of Object.entries(score.fields)) {
      assert.equal(s.fp + s.fn, 0, field);
      assert.equal(s.f1, 1, field);
    }
    assert.deepEqual(score.misses, []);
    assert.equal(score.fields.airports.tp, 5);
  });

  it('counts a missing fact as false negatives and lists it', () => {
    const gold = [report('a', [kaluga, hurt])];
    const score = scoreExtraction(gold, new Map([['a', [predicted('a', kaluga)]]]));
    assert.equal(score.fields.kind.fn, 1);
    assert.equal(score.fields.casualties.fn, 1);
    assert.equal(score.fields.casualties.recall, 0);
    assert.equal(score.fields.destroyed.f1, 1);
    assert.deepEqual(
      score.misses.filter((m) => m.field === 'casualties'),
      [{ report_id: 'a', field: 'casualties', expected: 'RU-KLU killed=null injured=2', got: null }],
    );
  });

  it('treats a report absent from the predictions as nothing found', () => {
    const score = scoreExtraction([report('a', [kaluga])], new Map());
    assert.equal(score.fields.region.fn, 1);
    assert.equal(score.fields.region.precision, 1);
    assert.equal(score.fields.region.recall, 0);
    assert.equal(score.fields.region.f1, 0);
  });

  it('counts an extra fact as false positives, also on negative reports', () => {
    const gold = [report('a', [kaluga]), report('neg', [])];
    const extra = predicted('a', goldFact({ kind: 'damage', region: 'RU-BRY' }));
    const score = scoreExtraction(
      gold,
      new Map([
        ['a', [predicted('a', kaluga), extra]],
        ['neg', [predicted('neg', kaluga)]],
      ]),
    );
    assert.equal(score.fields.kind.fp, 2); // damage in a, interception in neg
    assert.equal(score.fields.region.fp, 2);
    assert.equal(score.fields.region.tp, 1);
    assert.deepEqual(score.negatives, { reports: 1, flagged: 1 });
  });

  it('pairs a wrong value into one miss with both sides', () => {
    const wrong = { ...kaluga, count: exact(20) };
    const score = scoreExtraction([report('a', [kaluga])], new Map([['a', [predicted('a', wrong)]]]));
    assert.deepEqual(score.fields.destroyed, { tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    assert.equal(score.fields.region.f1, 1);
    assert.deepEqual(
      score.misses.map((m) => [m.field, m.expected, m.got]),
      [['destroyed', 'interception RU-KLU uav 22', 'interception RU-KLU uav 20']],
    );
  });

  it('tells "no injuries" (0) from "not mentioned" (null)', () => {
    const said = goldFact({ kind: 'casualties', region: 'RU-KLU', casualties: { killed: null, injured: 0 } });
    const invented = { ...said, casualties: { killed: 0, injured: 0 } };
    const score = scoreExtraction([report('a', [said])], new Map([['a', [predicted('a', invented)]]]));
    assert.equal(score.fields.casualties.tp, 0);
    assert.equal(score.fields.casualties.fp, 1);
  });

  it('scores aggregates only for kind and destroyed', () => {
    const total = goldFact({ region: null, weapon: 'uav', count: exact(37), when: NIGHT, aggregate: true });
    const gold = [report('a', [kaluga, total])];
    const asRegional = { ...total, region: 'RU-BRY', aggregate: false };
    const score = scoreExtraction(gold, new Map([['a', [predicted('a', kaluga), predicted('a', asRegional)]]]));
    assert.equal(score.fields.destroyed.fn, 1); // the total is expected with region '-'
    assert.equal(score.fields.region.fp, 1); // the made-up regional fact is an extra region
    const right = scoreExtraction(gold, new Map([['a', [predicted('a', kaluga), predicted('a', total)]]]));
    assert.equal(right.fields.destroyed.tp, 2);
    assert.equal(right.fields.window.tp, 1); // the aggregate's window is not a tuple
  });

  it('scores windows only where the gold states a time', () => {
    const untimed = { ...kaluga, when: null };
    const guess = { ...kaluga, when: { start: '2025-05-07T00:00:00+03:00', end: '2025-05-08T00:00:00+03:00' } };
    const ignored = scoreExtraction([report('a', [untimed])], new Map([['a', [predicted('a', guess)]]]));
    assert.deepEqual([ignored.fields.window.fp, ignored.fields.window.fn], [0, 0]);
    const wrong = scoreExtraction([report('a', [kaluga])], new Map([['a', [predicted('a', guess)]]]));
    assert.deepEqual([wrong.fields.window.fp, wrong.fields.window.fn], [1, 1]);
  });

  it('compares windows as instants, whatever the offset is written as', () => {
    const utc = { ...kaluga, when: { start: '2025-05-06T18:00:00Z', end: '2025-05-07T04:00:00+00:00' } };
    const score = scoreExtraction([report('a', [kaluga])], new Map([['a', [predicted('a', utc)]]]));
    assert.equal(score.fields.window.tp, 1);
  });

  it('matches claimants by transliterated surname, or by role when unnamed', () => {
    const latin = { ...kaluga, claimant: { name: 'Shapsha', role: 'official' as const } };
    assert.equal(
      scoreExtraction([report('a', [kaluga])], new Map([['a', [predicted('a', latin)]]])).fields.claimant.tp,
      1,
    );
    const other = { ...kaluga, claimant: { name: 'Gusev', role: 'governor' as const } };
    assert.equal(
      scoreExtraction([report('a', [kaluga])], new Map([['a', [predicted('a', other)]]])).fields.claimant.fp,
      1,
    );
    const roleOnly = { ...kaluga, claimant: { name: null, role: 'ministry' as const } };
    const asRole = scoreExtraction([report('a', [roleOnly])], new Map([['a', [predicted('a', roleOnly)]]]));
    assert.equal(asRole.fields.claimant.tp, 1);
  });

  it('keeps airports and diversions apart', () => {
    const swapped = { ...moscowAirports, airports: ['DME', 'LED', 'SVO', 'VKO', 'ZIA'], diverted_to: [] };
    const score = scoreExtraction([report('a', [moscowAirports])], new Map([['a', [predicted('a', swapped)]]]));
    assert.deepEqual([score.fields.airports.tp, score.fields.airports.fp, score.fields.airports.fn], [4, 1, 1]);
  });

  it('formats a table with every field and the first misses', () => {
    const score = scoreExtraction([report('a', [kaluga, hurt])], new Map([['a', [predicted('a', kaluga)]]]));
    const text = formatScore(score, 1);
    for (const field of ['kind', 'region', 'weapon', 'destroyed', 'window', 'claimant', 'airports']) {
      assert.match(text, new RegExp(`^${field}\\s`, 'm'));
    }
    assert.match(text, /misses \(first 1 of 3\)/);
    assert.match(text, /a\s+kind\s+expected: casualties/);
  });
});

describe('countKey and surnameKey', () => {
  it('reads counts canonically', () => {
    assert.equal(countKey(exact(22)), '22');
    assert.equal(countKey({ value: 22, min: null, max: null, approx: false }), '22');
    assert.equal(countKey({ value: 30, min: null, max: null, approx: true }), '~30');
    assert.equal(countKey({ value: null, min: 71, max: null, approx: false }), '71..');
  });

  it('brings spellings of one surname together and keeps others apart', () => {
    assert.equal(surnameKey('Вячеслав Гладков'), surnameKey('Vyacheslav Gladkov'));
    assert.equal(surnameKey('Віталій Кличко'), surnameKey('Vitali Klitschko'));
    assert.equal(surnameKey('Олег Синєгубов'), surnameKey('Oleh Syniehubov'));
    assert.equal(surnameKey('Сергей Аксёнов'), surnameKey('Sergei Aksyonov'));
    assert.equal(surnameKey('Вениамин Кондратьев'), surnameKey('Veniamin Kondratyev'));
    assert.notEqual(surnameKey('Гусев'), surnameKey('Гладков'));
  });
});

describe('gold file parsing', () => {
  const line = (over: Record<string, unknown>) => JSON.stringify({ ...report('ru-mod-001', [kaluga]), ...over });

  it('accepts a well-formed line', () => {
    const parsed = parseGoldExtract(`${line({})}\n`, 'ru-x.jsonl');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.reports.length, 1);
  });

  it('names the file and line of each problem', () => {
    const bad = { ...kaluga, region: 'Kaluga', count: { value: 22, min: 20, max: 22, approx: false } };
    const parsed = parseGoldExtract(`${line({})}\n\n${line({ facts: [bad] })}\nnot json\n`, 'ru-x.jsonl');
    assert.equal(parsed.reports.length, 1);
    assert.ok(parsed.errors.some((e) => e.startsWith('ru-x.jsonl:3: ru-mod-001.facts[0].region:')));
    assert.ok(parsed.errors.some((e) => e.startsWith('ru-x.jsonl:3: ru-mod-001.facts[0].count:')));
    assert.ok(parsed.errors.some((e) => e.startsWith('ru-x.jsonl:4: not JSON')));
  });

  it('rejects times without offsets, unknown fields, negatives with facts and armed effects', () => {
    const parsed = parseGoldExtract(
      [
        line({ published_at: '2025-05-07T07:00:00' }),
        line({ shape: 'negative' }),
        line({ facts: [{ ...kaluga, wepon: 'uav' }] }),
        line({ facts: [{ ...hurt, weapon: 'uav' }] }),
      ].join('\n'),
      'ru-x.jsonl',
    );
    assert.equal(parsed.reports.length, 0);
    assert.match(parsed.errors.join('\n'), /:1: .*published_at/);
    assert.match(parsed.errors.join('\n'), /:2: .*negative report has no facts/);
    assert.match(parsed.errors.join('\n'), /:3: .*unknown field "wepon"/);
    assert.match(parsed.errors.join('\n'), /:4: .*a casualties fact has no weapon/);
  });

  it('accepts an alert marked as the all-clear, as docs/eval.md writes it, and no other detail', () => {
    const allClear = { ...kaluga, kind: 'alert', weapon: null, count: null, detail: 'all clear' };
    const ok = parseGoldExtract(line({ facts: [allClear] }), 'ru-x.jsonl');
    assert.deepEqual(ok.errors, []);
    assert.equal(ok.reports.length, 1);
    const bad = parseGoldExtract(
      [
        line({ facts: [{ ...kaluga, detail: 'all clear' }] }),
        line({ facts: [{ ...allClear, detail: 'lifted' }] }),
      ].join('\n'),
      'ru-x.jsonl',
    );
    assert.match(bad.errors.join('\n'), /:1: .*detail: only an alert's "all clear"/);
    assert.match(bad.errors.join('\n'), /:2: .*detail: only an alert's "all clear"/);
  });

  it('reports a duplicate id across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    try {
      writeFileSync(join(dir, 'ru-a.jsonl'), line({}));
      writeFileSync(join(dir, 'ru-b.jsonl'), line({}));
      assert.throws(
        () => readGoldExtract(dir),
        (err: unknown) => {
          assert.ok(err instanceof GoldFormatError);
          assert.match(err.message, /ru-mod-001: id already used/);
          return true;
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the gold set in test/gold/extract', () => {
  const reports = readGoldExtract(fileURLToPath(new URL('../gold/extract/', import.meta.url)));

  it('parses and validates, with enough reports in each language and enough negatives', () => {
    assert.ok(reports.length >= 200, `${reports.length} reports`);
    for (const lang of ['en', 'ru', 'uk']) {
      assert.ok(reports.filter((r) => r.lang === lang).length >= 60, lang);
    }
    assert.ok(reports.filter((r) => r.shape === 'negative').length >= 25);
  });

  it('uses only the code shapes the contract allows', () => {
    for (const r of reports) {
      for (const f of r.facts) {
        if (f.region !== null) assert.match(f.region, /^(RU|UA)-[A-Z0-9]{1,3}$/, r.id);
        for (const code of [...f.airports, ...f.diverted_to]) assert.match(code, /^[A-Z]{3}$/, r.id);
      }
    }
  });

  it('scores itself perfectly (the scorer reads every gold fact it validates)', () => {
    const self = new Map(reports.map((r) => [r.id, r.facts.map((f) => predicted(r.id, f))]));
    const score = scoreExtraction(reports, self);
    for (const [field, s] of Object.entries(score.fields)) assert.equal(s.fp + s.fn, 0, field);
    assert.ok(score.fields.destroyed.tp > 100 && score.fields.airports.tp > 10);
  });
});
