// English news leads, a headline's attack shot down (issue 8, thirty-fourth session, branch enext34): a headline's
// attack noun on a place whose interception over that place the lead tells is one interception, not a strike as well
// (docs/eval.md). Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-09-10T06:00:00Z';
const facts = (headline: string, lead: string) =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED)
    .map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`)
    .sort();

describe("a headline's attack that the lead tells shot down over its place is an interception only (enext34)", () => {
  // fixrev34: this case failed on main (a strike beside the interception); the Zaporizhzhia one it replaces passed there.
  it('the attack noun over a shoot-down whose debris did the harm', () => {
    const got = facts(
      'Russian missile attack on Dnipro causes fire at apartment block, killing 2',
      'Debris from destroyed Russian missiles caused a fire in the city that killed at least two people and injured five others, regional officials reported.',
    );
    assert.ok(got.includes('interception UA-12 missile'), got.join('; '));
    assert.ok(!got.some((f) => f.startsWith('strike')), got.join('; '));
  });

  it('an attack on a city stopped', () => {
    const got = facts(
      'Ukraine says it stopped overnight attacks on Odesa',
      'Air defences intercepted all the Shahed drones launched at Odesa overnight, the regional governor said.',
    );
    assert.deepEqual(got, ['interception UA-51 uav']);
  });

  it('negative: a toll with no falling debris means something got through', () => {
    const got = facts(
      'Russian strike on Sumy kills four',
      'Russia fired missiles at Sumy overnight; several were shot down over the city, the regional governor said.',
    );
    assert.ok(got.includes('strike UA-59 -'), got.join('; '));
  });

  it('negative: a word of hitting is left a strike', () => {
    assert.deepEqual(
      facts(
        'Missile hits Sumy hospital',
        'Another missile was shot down over Sumy overnight, the regional governor said.',
      ),
      ['interception UA-59 missile', 'strike UA-59 missile'],
    );
  });

  // fixrev34: a headline that names no weapon over a lead that tells another attack beside the shoot-down.
  it('negative: a headline with no weapon over a lead that tells shelling or a ground attack stays a strike', () => {
    for (const [headline, lead, code] of [
      [
        'Russian attack on Mykolaiv',
        'Russian forces shelled Mykolaiv overnight with artillery. Separately, air defences shot down two drones over the region.',
        'UA-48',
      ],
      [
        'Russian attack on Nikopol',
        'Russian troops attacked Nikopol with drones and artillery on Tuesday. Air defences shot down 3 drones over the Dnipropetrovsk region overnight.',
        'UA-12',
      ],
    ] as const) {
      const got = facts(headline, lead);
      assert.ok(got.includes(`strike ${code} -`), `${headline}: ${got.join('; ')}`);
    }
  });
});
