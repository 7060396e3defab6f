import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../src/core/errors.ts';
import { bcubed } from '../../src/eval/bcubed.ts';
import { incidentItems, loadClusterGold, originItems } from '../../src/eval/gold-clusters.ts';

const GOLD = fileURLToPath(new URL('../gold/clusters', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const SEED_NIGHT = fileURLToPath(new URL('../fixtures/e2e/seed-night', import.meta.url));

/** Clusters written as lists, e.g. [['a','b'],['c']] -> a:0, b:0, c:1. */
function clusters(...groups: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  groups.forEach((group, i) => {
    for (const item of group) map.set(item, `c${i}`);
  });
  return map;
}

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-12, `expected ${expected}, got ${actual}`);
}

describe('bcubed', () => {
  const gold = clusters(['a', 'b', 'c'], ['d', 'e']);

  it('scores a perfect clustering 1, whatever the labels are called', () => {
    const system = new Map([...gold].map(([item, label]) => [item, `sys-${label}`]));
    assert.deepEqual(bcubed(gold, system), { precision: 1, recall: 1, f1: 1, items: 5 });
  });

  it('all in one cluster: recall 1, precision the mean share of each item’s gold cluster', () => {
    // a, b, c: 3 of 5 right; d, e: 2 of 5. Precision (3+3+3+2+2)/5/5 = 13/25.
    const score = bcubed(gold, clusters(['a', 'b', 'c', 'd', 'e']));
    close(score.precision, 13 / 25);
    close(score.recall, 1);
    close(score.f1, (2 * (13 / 25)) / (13 / 25 + 1));
  });

  it('all singletons: precision 1, recall the mean of 1/|gold cluster|', () => {
    // a, b, c: 1/3 each; d, e: 1/2 each. Recall (1 + 1)/5 = 2/5.
    const score = bcubed(gold, clusters(['a'], ['b'], ['c'], ['d'], ['e']));
    close(score.precision, 1);
    close(score.recall, 2 / 5);
  });

  it('a worked example by hand', () => {
    // gold {a..e} {f,g}; system {a,b,c} {d,e,f,g}
    // precision: a,b,c 3/3; d,e 2/4; f,g 2/4          -> (3 + 1 + 1)/7 = 5/7
    // recall:    a,b,c 3/5; d,e 2/5; f,g 2/2          -> (9/5 + 4/5 + 2)/7 = 23/35
    // f1: 2 * 5/7 * 23/35 / (5/7 + 23/35)              -> 115/168
    const score = bcubed(
      clusters(['a', 'b', 'c', 'd', 'e'], ['f', 'g']),
      clusters(['a', 'b', 'c'], ['d', 'e', 'f', 'g']),
    );
    close(score.precision, 5 / 7);
    close(score.recall, 23 / 35);
    close(score.f1, 115 / 168);
    assert.equal(score.items, 7);
  });

  it('swapping the sides swaps precision and recall', () => {
    const a = clusters(['a', 'b', 'c', 'd', 'e'], ['f', 'g']);
    const b = clusters(['a', 'b', 'c'], ['d', 'e', 'f', 'g']);
    close(bcubed(a, b).precision, bcubed(b, a).recall);
    close(bcubed(a, b).recall, bcubed(b, a).precision);
  });

  it('an item missing on one side is a singleton there', () => {
    // gold {a,b}; system {a,x}: b is missed by the system, x is invented by it. Items a, b, x.
    // precision: a 1/2 (x is not a's), b 1/1, x 1/2 -> 2/3; recall: a 1/2, b 1/2, x 1/1 -> 2/3
    const score = bcubed(
      new Map([
        ['a', 'g1'],
        ['b', 'g1'],
      ]),
      new Map([
        ['a', 's1'],
        ['x', 's1'],
      ]),
    );
    close(score.precision, 2 / 3);
    close(score.recall, 2 / 3);
    assert.equal(score.items, 3);
  });

  it('a missing item never joins a cluster whose label equals its own name', () => {
    // b is missing from the system, and the system happens to label a cluster "b".
    const score = bcubed(
      new Map([
        ['a', 'g'],
        ['b', 'h'],
      ]),
      new Map([['a', 'b']]),
    );
    close(score.precision, 1);
    close(score.recall, 1);
  });

  it('nothing to score is vacuously perfect, with items 0', () => {
    assert.deepEqual(bcubed(new Map(), new Map()), { precision: 1, recall: 1, f1: 1, items: 0 });
  });
});

const URL_OK = /^https:\/\/(example\.(org|com)\/|t\.me\/example_)/;
const PUBLISHED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const KEYS = new Set(['published', 'source', 'url', 'lang', 'forwarded_from']);

/** The front-matter block every report file opens with; returns its fields or throws saying what is wrong. */
function frontMatter(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, `${path}: no front-matter block`);
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([a-z_]+): (.+)$/.exec(line);
    assert.ok(pair, `${path}: bad front-matter line ${JSON.stringify(line)}`);
    const [, key = '', value = ''] = pair;
    assert.ok(KEYS.has(key), `${path}: unknown key ${key}`);
    fields[key] = value.trim();
  }
  assert.ok((match[2] ?? '').trim().length > 0, `${path}: empty body`);
  assert.match(fields.published ?? '', PUBLISHED, `${path}: published must be ISO 8601 with an offset`);
  assert.ok(!Number.isNaN(Date.parse(fields.published ?? '')), `${path}: published is not a date`);
  assert.ok(fields.source, `${path}: source is required`);
  if (fields.url !== undefined) assert.match(fields.url, URL_OK, `${path}: url must be an invented example URL`);
  if (fields.lang !== undefined) assert.ok(['en', 'ru', 'uk'].includes(fields.lang), `${path}: lang`);
  if (fields.forwarded_from !== undefined) assert.match(fields.forwarded_from, URL_OK, `${path}: forwarded_from`);
  return fields;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => join(dir, name));
}

describe('cluster gold set', () => {
  const gold = loadClusterGold(GOLD);
  const { labels } = gold;

  it('has at least 100 reports and 25 incidents over at least 4 nights', () => {
    assert.ok(gold.files.length >= 100, `${gold.files.length} reports`);
    const incidents = Object.values(labels.incidents);
    assert.ok(incidents.length >= 25, `${incidents.length} incidents`);
    assert.ok(new Set(incidents.map((i) => i.night)).size >= 4);
  });

  it('gives every report valid front matter, and forwards point at a report of the same origin', () => {
    const byUrl = new Map<string, string>();
    const fields = new Map(gold.files.map((path) => [basename(path), frontMatter(path)]));
    for (const [name, f] of fields) if (f.url) byUrl.set(f.url, name);
    let forwards = 0;
    for (const [name, f] of fields) {
      if (f.forwarded_from === undefined) continue;
      forwards += 1;
      const original = byUrl.get(f.forwarded_from);
      assert.ok(original, `${name}: forwarded_from matches no report's url`);
      assert.equal(labels.reports[name]?.origin, labels.reports[original]?.origin, `${name} vs ${original}`);
    }
    assert.ok(forwards > 0);
  });

  it('turns the labels into items: one per mention for incidents, one per report for origins', () => {
    const mentions = Object.values(labels.reports).reduce((n, r) => n + r.incidents.length, 0);
    const incidents = incidentItems(labels);
    assert.equal(incidents.size, mentions);
    assert.equal(incidents.get('001-mayor-mow-2.md|RU-MOW|interception'), 'i01');
    // A ministry summary over three regions is three items, each in its own region's incident.
    assert.equal(incidents.get('015-mod-summary-a.md|RU-BRY|interception'), 'i04');
    assert.equal(incidents.get('015-mod-summary-a.md|RU-KRS|interception'), 'i03');
    assert.equal(originItems(labels).size, gold.files.length);
    // The gold scores itself perfectly, and lumping all mentions together does not.
    assert.equal(bcubed(incidents, incidents).f1, 1);
    const lumped = new Map([...incidents.keys()].map((item) => [item, 'all']));
    assert.ok(bcubed(incidents, lumped).precision < 0.2);
  });

  it('holds the hard cases: negatives, multi-region reports, one region on two nights', () => {
    const reports = Object.values(labels.reports);
    assert.ok(reports.some((r) => r.incidents.length === 0));
    assert.ok(reports.some((r) => r.incidents.length >= 2));
    const nightsByRegionKind = new Map<string, Set<string>>();
    for (const i of Object.values(labels.incidents)) {
      const key = `${i.region}|${i.kind}`;
      nightsByRegionKind.set(key, (nightsByRegionKind.get(key) ?? new Set()).add(i.night));
    }
    assert.ok([...nightsByRegionKind.values()].some((nights) => nights.size >= 2));
  });
});

describe('loadClusterGold errors', () => {
  function folder(labels: unknown, files: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    mkdirSync(join(dir, 'reports'));
    for (const name of files) writeFileSync(join(dir, 'reports', name), '---\npublished: x\nsource: y\n---\nz\n');
    writeFileSync(join(dir, 'labels.json'), typeof labels === 'string' ? labels : JSON.stringify(labels));
    return dir;
  }

  it('names a missing labels.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    try {
      assert.throws(
        () => loadClusterGold(dir),
        (e: unknown) => e instanceof UsageError && /labels\.json/.test(e.message),
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('names bad JSON, unknown incidents, mismatched mentions and unlabelled files', () => {
    const bad = folder('{ nope', ['a.md']);
    const wrong = folder(
      {
        reports: {
          'a.md': { origin: 'o1', incidents: [{ incident: 'i9', region: 'RU-KRS', kind: 'interception' }] },
          'b.md': { origin: 'o2', incidents: [{ incident: 'i1', region: 'RU-BEL', kind: 'interception' }] },
        },
        incidents: { i1: { night: '2025-04-08', region: 'RU-KRS', kind: 'interception', note: '' } },
      },
      ['a.md', 'b.md', 'c.md'],
    );
    try {
      assert.throws(() => loadClusterGold(bad), /not valid JSON/);
      assert.throws(
        () => loadClusterGold(wrong),
        (e: unknown) => {
          const message = (e as Error).message;
          return (
            e instanceof UsageError &&
            /i9 is not in incidents/.test(message) &&
            /RU-BEL\/interception differs from i1/.test(message) &&
            /reports\/c\.md: not labelled/.test(message)
          );
        },
      );
    } finally {
      rmSync(bad, { recursive: true });
      rmSync(wrong, { recursive: true });
    }
  });
});

describe('bundled report files', () => {
  it('samples and the seed-night fixture all have valid front matter', () => {
    const files = [...markdownFiles(SAMPLES), ...markdownFiles(SEED_NIGHT)];
    assert.ok(files.length >= 23);
    for (const path of files) frontMatter(path);
  });

  it('the seed-night expectation names the files it covers', () => {
    const expected = JSON.parse(readFileSync(join(SEED_NIGHT, 'expected.json'), 'utf8')) as {
      reports: string[];
      incidents: { kind: string; region: string }[];
    };
    assert.deepEqual(
      expected.reports,
      markdownFiles(SEED_NIGHT).map((path) => basename(path)),
    );
    assert.equal(expected.incidents.length, 5);
    assert.equal(new Set(expected.incidents.map((i) => `${i.kind}|${i.region}`)).size, 5);
  });
});
