import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact, Incident } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { assertIncidents, type ExpectedIncident } from '../helpers/expect-incidents.ts';

// The acceptance example: the two real seed articles in ../shared/seeds, through the real CLI. Users clone the
// project alone, so this skips (saying why) when ../shared is not beside the checkout.
const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = join(root, '..', 'shared', 'seeds');
const bin = join(root, 'bin', 'sitrep.js');
const PUBLISHED = '2025-05-07T08:00:00+03:00';

const EXPECTED: ExpectedIncident[] = [
  {
    kind: 'interception',
    region: 'RU-KLU',
    weapons: [{ type: 'uav', count: 40 }],
    airports: [],
    diverted_to: [],
    claimants: ['Vladislav Shapsha'],
    effects: [],
    casualties: { killed: 0, injured: 0, children_killed: null, children_injured: null },
  },
  {
    kind: 'interception',
    region: 'RU-MOW',
    weapons: [{ type: 'uav', count: 32 }],
    airports: [],
    diverted_to: [],
    claimants: [],
    effects: [],
    casualties: { killed: null, injured: null, children_killed: null, children_injured: null },
  },
  {
    kind: 'airport_disruption',
    region: 'RU-MOW',
    weapons: [],
    airports: ['DME', 'SVO', 'VKO', 'ZIA'],
    diverted_to: ['GOJ', 'KZN', 'LED'],
    claimants: [],
    effects: [],
    casualties: { killed: null, injured: null, children_killed: null, children_injured: null },
  },
  {
    kind: 'interception',
    region: 'RU-VOR',
    weapons: [{ type: 'high_speed_target', count: 1 }],
    airports: [],
    diverted_to: [],
    claimants: ['Alexander Gusev'],
    effects: [
      { kind: 'damage', object: 'residential_building' },
      { kind: 'fire', object: 'administrative_building' },
      { kind: 'power_outage', object: null },
    ],
    casualties: { killed: null, injured: null, children_killed: null, children_injured: null },
  },
  {
    kind: 'strike',
    region: 'RU-BEL',
    weapons: [{ type: 'fpv_drone', count: 1 }],
    object: 'person',
    airports: [],
    diverted_to: [],
    claimants: [],
    effects: [],
    casualties: { killed: null, injured: 0, children_killed: null, children_injured: null },
  },
];

function sitrep(args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test('the two seed articles give the five incidents of the v0.1 issue', {
  skip: existsSync(seeds) ? false : `no ${seeds} beside this checkout`,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-seeds-'));
  try {
    const db = join(dir, 't.db');
    const files = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(seeds, f));
    sitrep(['ingest', '--quiet', '--db', db, '--published', '2025-05-07T08:00:00+03:00', ...files]);
    const incidents = JSON.parse(sitrep(['incidents', '--db', db, '--format', 'json'])) as Incident[];
    const facts = new Map<string, Fact>();
    for (const f of files) {
      const prepared = prepareReport(readFileSync(f), { input: f, published: PUBLISHED, now: new Date(PUBLISHED) });
      if (prepared.ok) for (const fact of prepared.facts) facts.set(fact.id, fact);
    }
    assertIncidents(incidents, facts, EXPECTED);

    const kaluga = incidents.find((i) => i.region?.code === 'RU-KLU')!;
    assert.deepEqual(kaluga.corroboration, { reports: 2, origins: 1, voices: 1, status: 'single_origin' });
    assert.deepEqual(kaluga.when, {
      start: '2025-05-06T21:00:00+03:00',
      end: '2025-05-07T07:00:00+03:00',
      precision: 'night',
    });
    const shapsha = kaluga.claimants.find((c) => c.name === 'Vladislav Shapsha');
    assert.deepEqual(shapsha, { name: 'Vladislav Shapsha', role: 'governor', channel: 'Telegram' });

    const moscow = incidents.find((i) => i.kind === 'interception' && i.region?.code === 'RU-MOW')!;
    const airports = incidents.find((i) => i.kind === 'airport_disruption')!;
    assert.ok(
      airports.related.includes(moscow.id) && moscow.related.includes(airports.id),
      'airports <-> Moscow attack',
    );

    const voronezh = incidents.find((i) => i.region?.code === 'RU-VOR')!;
    const damage = voronezh.effects.find((e) => e.kind === 'damage')!;
    assert.match(damage.detail ?? '', /windows/);
    assert.match(damage.detail ?? '', /facades/);

    const belgorod = incidents.find((i) => i.region?.code === 'RU-BEL')!;
    assert.equal(belgorod.when?.precision, 'week');

    // "over 70 in two regions" sums Kaluga and Moscow: checked, kept on those incidents, never an incident itself.
    for (const i of [kaluga, moscow]) {
      const check = i.aggregates.find((a) => a.claimed.min === 71);
      assert.ok(check, `aggregate on ${i.region?.code}`);
      assert.equal(check.consistent, true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
