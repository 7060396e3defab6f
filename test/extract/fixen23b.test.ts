// Fixes after the review of fixen23 (refine/part-of-whole.ts, twenty-third session, branch fixen23b). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string): Fact[] => extractText(text, 'en', '2023-05-04T08:00:00+00:00');
const rowsOf = (text: string) =>
  extract(text)
    .filter((f) => f.kind === 'strike' || f.kind === 'interception')
    .map((f) => JSON.stringify([f.kind, f.region?.code ?? null, f.weapon, f.count?.value ?? f.count?.min ?? null]))
    .sort();

describe('part of the whole: fixen23 review', () => {
  it('a place borrowed from a later sentence moves no count the marker sentence does not repeat', () => {
    const rows = rowsOf(
      'Three drones were shot down overnight, the governor said. Debris fell on Belgorod and other towns.',
    );
    assert.ok(rows.includes(JSON.stringify(['interception', 'RU-BEL', 'uav', 3])), rows.join(' '));
    assert.ok(!rows.some((r) => JSON.parse(r)[1] === null), rows.join(' '));
  });

  it('the same when the later sentence tells of missile fragments', () => {
    const missiles = rowsOf(
      'Two missiles were shot down over the city, the governor said. Fragments of the missiles fell on Belgorod and other towns.',
    );
    assert.ok(missiles.includes(JSON.stringify(['interception', 'RU-BEL', 'missile', 2])), missiles.join(' '));
  });

  it('a headline restating its lead count still splits (the count stands in the marker sentence)', () => {
    const rows = rowsOf(
      'Russia Says 14 Drones Downed\n\nAir defences destroyed 14 Ukrainian drones overnight, including over Kursk, the ministry said.',
    );
    assert.ok(rows.includes(JSON.stringify(['interception', null, 'uav', 14])), rows.join(' '));
  });

  it('a title-case headline "And Other Cities" marks a part', () => {
    const rows = rowsOf('Russian Missiles Hit Kyiv And Other Cities');
    assert.ok(
      rows.some((r) => JSON.parse(r)[1] === null),
      rows.join(' '),
    );
  });

  it('"and other towns in the Kharkiv region" keeps the count on the place', () => {
    const ua = rowsOf('Five drones hit Kharkiv and other towns in the Kharkiv region.');
    assert.ok(ua.includes(JSON.stringify(['strike', 'UA-63', 'uav', 5])), ua.join(' '));
    const ru = rowsOf('Five drones hit Belgorod and other towns of the Belgorod region, the governor said.');
    assert.ok(ru.includes(JSON.stringify(['strike', 'RU-BEL', 'uav', 5])), ru.join(' '));
  });
});
