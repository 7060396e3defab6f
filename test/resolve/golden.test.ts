// Golden cases: test/fixtures/resolve/<case>/input.json (reports + facts of one night) goes through the
// whole resolve stage (origins, then incidents) and must equal expected.json. After an intended change
// of behaviour, regenerate and review the diff:
//   SITREP_UPDATE_GOLDEN=1 node --import tsx --test test/resolve/golden.test.ts
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { assignOrigins, lshBands, minhashSignature, resolveNight } from '../../src/resolve/index.ts';

const ROOT = fileURLToPath(new URL('../fixtures/resolve/', import.meta.url));
const UPDATE = process.env.SITREP_UPDATE_GOLDEN === '1';

interface Input {
  nightKey: string;
  reports: Report[];
  facts: Fact[];
}

interface Output {
  origins: Record<string, string>;
  originReasons: Record<string, string[]>;
  incidents: Incident[];
}

function run(input: Input): Output {
  const { origins, reasons } = assignOrigins(
    input.reports.map((report) => {
      const signature = minhashSignature(report.text, report.lang);
      return {
        report,
        signature,
        bands: lshBands(signature),
        facts: input.facts.filter((f) => f.report_id === report.id),
      };
    }),
  );
  const incidents = resolveNight({
    facts: input.facts,
    reports: new Map(input.reports.map((r) => [r.id, r])),
    origins,
    originReasons: reasons,
    nightKey: input.nightKey,
  });
  return { origins: Object.fromEntries(origins), originReasons: Object.fromEntries(reasons), incidents };
}

function load(name: string): Output {
  const input = JSON.parse(readFileSync(join(ROOT, name, 'input.json'), 'utf8')) as Input;
  return run(input);
}

for (const name of readdirSync(ROOT).sort()) {
  test(`golden: ${name}`, () => {
    const got = load(name);
    const file = join(ROOT, name, 'expected.json');
    if (UPDATE) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    assert.ok(existsSync(file), `${file} is missing: run with SITREP_UPDATE_GOLDEN=1 and review it`);
    assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(readFileSync(file, 'utf8')));
  });
}

// What the golden files must show, checked apart from them so that a careless regeneration cannot hide it.
test('seed night: the two paraphrases are one origin, and each region is one incident', () => {
  const out = load('seed-night');
  assert.equal(out.origins.rep_seed_b, 'rep_seed_a');
  const kaluga = out.incidents.filter((i) => i.region?.code === 'RU-KLU');
  assert.equal(kaluga.length, 1);
  assert.deepEqual(kaluga[0]!.corroboration, { reports: 2, origins: 1, voices: 1, status: 'single_origin' });
  assert.equal(kaluga[0]!.aggregates[0]?.consistent, true);
});

test('Moscow night: tally with a forward, a cross-language rewrite, and a ministry dispute', () => {
  const out = load('moscow-night');
  assert.equal(out.origins.rep_fwd, 'rep_sob_2');
  assert.equal(out.origins.rep_klu_en, 'rep_klu_ru');
  assert.equal(out.origins.rep_mod, 'rep_mod');
  const moscow = out.incidents.filter((i) => i.region?.code === 'RU-MOW');
  assert.equal(moscow.length, 1);
  assert.equal(moscow[0]!.weapons[0]!.count!.value, 9);
  assert.deepEqual(
    moscow[0]!.tallies['weapons[uav].count']!.map((s) => s.value),
    [2, 5, 4],
  );
  assert.deepEqual(
    moscow[0]!.effects.map((e) => e.kind),
    ['debris'],
  );
  const kaluga = out.incidents.find((i) => i.region?.code === 'RU-KLU')!;
  assert.equal(kaluga.corroboration.status, 'disputed');
  assert.equal(kaluga.weapons[0]!.count!.value, 40);
  assert.deepEqual(kaluga.casualties, { killed: 0, injured: 0, children_killed: null, children_injured: null });
});
