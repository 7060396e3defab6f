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
  it('the attack noun over a shoot-down whose debris did the harm', () => {
    const got = facts(
      'Russian missile attack on Zaporizhzhia causes fire, injuring 3',
      'Debris from missiles destroyed over Zaporizhzhia set a warehouse on fire and injured three people, regional officials said.',
    );
    assert.ok(got.includes('interception UA-23 missile'), got.join('; '));
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
});
