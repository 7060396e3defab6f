// Shapes of English news leads (issue 8, en-news-rss, twenty-third session, branch en23): each test names a general
// rule of English news grammar found in several real dev leads (refs in BENCHMARKS.md, en23). The texts are ours,
// written in those shapes; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string): Fact[] => extractText(text, 'en', '2023-05-04T08:00:00+00:00');
const counted = (f: Fact) => [f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? f.count?.min ?? null];
const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
const weapons = (text: string, kind: Fact['kind']) =>
  [
    ...new Set(
      extract(text)
        .filter((f) => f.kind === kind)
        .map((f) => f.weapon),
    ),
  ].sort();

describe('the second weapon of a list may carry its own count after the conjunction', () => {
  it('"94 missiles and dozens of drones" is a strike of each class', () => {
    assert.deepEqual(
      weapons('Russia launched 94 missiles and dozens of drones against Ukrainian cities, officials said.', 'strike'),
      ['missile', 'uav'],
    );
  });

  it('"drones and dozens of cruise missiles" and "missiles and 20 drones" keep both classes', () => {
    assert.deepEqual(
      weapons(
        'The air force said Russia struck energy sites overnight using drones and dozens of cruise missiles.',
        'strike',
      ),
      ['cruise_missile', 'uav'],
    );
    assert.deepEqual(
      weapons(
        'Air defences shot down 12 cruise missiles and 20 drones over the Odesa region overnight.',
        'interception',
      ),
      ['cruise_missile', 'uav'],
    );
  });

  it('a count of something else after the conjunction joins nothing', () => {
    assert.deepEqual(
      weapons('Russia launched 30 drones and dozens of fighter jets carrying missiles at Ukraine overnight.', 'strike'),
      ['uav'],
    );
  });
});

describe('a place marked as a part of the wave keeps no count: the whole, in no region, has it', () => {
  it('"24 drones, including near Moscow" is 24 in no region and one fact near Moscow with no count', () => {
    assert.deepEqual(
      sorted(
        extract('Russia said its air defences shot down 24 Ukrainian drones overnight, including near Moscow.').map(
          counted,
        ),
      ),
      sorted([
        ['interception', null, 'uav', 24],
        ['interception', 'RU-MOS', 'uav', null],
      ]),
    );
  });

  it('"chiefly over Crimea" and "most of them at Kyiv" read the same', () => {
    assert.deepEqual(
      sorted(extract('Russia said it downed 35 drones overnight, chiefly over Crimea.').map(counted)),
      sorted([
        ['interception', null, 'uav', 35],
        ['interception', 'UA-43', 'uav', null],
      ]),
    );
    const facts = extract('Russia fired at least 60 missiles, most of them at Kyiv, Ukrainian officials said.');
    assert.deepEqual(
      sorted(facts.filter((f) => f.kind === 'strike').map((f) => [f.kind, f.region?.code ?? null, f.weapon])),
      sorted([
        ['strike', null, 'missile'],
        ['strike', 'UA-30', 'missile'],
      ]),
    );
  });

  it('"missiles hit Kyiv and other cities" adds the wave in no region', () => {
    const facts = extract('Russian missiles hit Kyiv and other cities early on Tuesday.');
    assert.deepEqual(
      sorted(facts.filter((f) => f.kind === 'strike').map((f) => [f.kind, f.region?.code ?? null, f.weapon])),
      sorted([
        ['strike', null, 'missile'],
        ['strike', 'UA-30', 'missile'],
      ]),
    );
  });

  it('a place named alone, or a part marker before something that is not a place, keeps its count', () => {
    assert.deepEqual(extract('Air defences shot down 24 drones over the Moscow region overnight.').map(counted), [
      ['interception', 'RU-MOS', 'uav', 24],
    ]);
    assert.ok(
      !extract('Air defences shot down 18 missiles over Kyiv, including six hypersonic missiles.').some(
        (f) => f.region === null && f.kind === 'interception',
      ),
    );
  });
});
