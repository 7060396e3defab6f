// English news leads: aircraft shot down (issue 8, forty-first session, branch enkind41).
// Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-12-23T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED).map(
    (f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.count?.value ?? '-'}`,
  );

describe('an aircraft shot down is an interception of no weapon class (enkind41)', () => {
  it('"downed three Russian Su-34 warplanes" is one interception of 3', () => {
    const got = facts(
      'Air force says it downed three Russian Su-34 warplanes',
      'Moscow has not commented on the claim.',
    );
    assert.deepEqual(got, ['interception - - 3'], got.join('; '));
  });

  it('"shoots down two Russian choppers" and a passive "fighter jets shot down" count their aircraft', () => {
    assert.deepEqual(facts('Ukraine shoots down two Russian choppers in four minutes'), ['interception - - 2']);
    assert.deepEqual(facts('Two Ukrainian fighter jets shot down, Russian ministry claims'), ['interception - - 2']);
  });

  it('a city before a word of saying is where the story was filed or who speaks, not where the aircraft fell', () => {
    assert.deepEqual(
      facts(
        'Air force hails success',
        'KYIV: Officials said the forces shot down three Russian Su-34 warplanes on Friday.',
      ),
      ['interception - - 3'],
    );
    assert.deepEqual(facts('Kyiv says it downed two Russian Su-25 jets over Kherson region'), [
      'interception UA-65 - 2',
    ]);
  });

  it('negative: aircraft that shoot, an airliner, a passenger jet, jets asked for', () => {
    const shooter = facts('Russian fighter jets shot down two drones over Belgorod');
    assert.ok(
      shooter.every((f) => f.includes('uav')),
      shooter.join('; '),
    );
    for (const headline of [
      'Court hears case over Ukrainian passenger jet shot down in 2020',
      'Airliner shot down over eastern Ukraine in 2014, investigators say',
      'Kyiv asks allies for more fighter jets and helicopters',
    ]) {
      const got = facts(headline);
      assert.ok(!got.some((f) => f.startsWith('interception')), `${headline}: ${got.join('; ')}`);
    }
  });

  // Review 41c: "bomber drones" read as bombers lost the drones' interception.
  it('an aircraft word before a weapon names the weapon: "bomber drones" stay drones', () => {
    assert.deepEqual(
      facts('Air defences shot down 12 bomber drones over Zaporizhzhia region overnight, officials said.'),
      ['interception UA-23 uav 12'],
    );
  });
});
