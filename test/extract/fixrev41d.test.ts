// Review 41c, finding 5 (forty-first session, branch fixrev41d): an aircraft before a verb of shooting down with an
// object after it ("downed several targets") is the shooter, not an aircraft brought down. Every text is invented, in
// the style of real news leads and posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-12-23T06:00:00Z';
const facts = (text: string, lang: Lang = 'en') =>
  extractText(`---\ntitle: Update\n---\n${text}`, lang, PUBLISHED).map(
    (f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'} ${f.object ?? '-'} ${f.count?.value ?? '-'}`,
  );
const aircraft = (got: string[]) => got.filter((g) => g.includes(' military '));

describe('an aircraft before a verb with an object of its own is the shooter (fixrev41d)', () => {
  it('a counted noun after the verb: no aircraft brought down', () => {
    for (const text of [
      'Ukrainian helicopters downed several targets near Bakhmut on Sunday.',
      "Ukraine's F-16 fighter jets have downed dozens of targets since they arrived in the spring.",
      'Ukrainian helicopters downed 12 objects over Odesa region.',
    ]) {
      assert.deepEqual(aircraft(facts(text)), [], text);
    }
  });

  it('a word of what is shot at after the verb, however far in its clause: no aircraft brought down', () => {
    const text = 'Ukrainian fighter jets shot down what appeared to be balloons over Kyiv.';
    assert.deepEqual(aircraft(facts(text)), [], text);
    assert.deepEqual(aircraft(facts('Гелікоптери збили 5 цілей над Одещиною.', 'uk')), []);
  });

  it('still an aircraft brought down: no object, or the aircraft is the object', () => {
    assert.deepEqual(facts('Two Russian bombers were shot down over Luhansk region.'), [
      'interception UA-09 - military 2',
    ]);
    assert.deepEqual(facts('Ukraine says it downed three Russian Su-34 warplanes.'), ['interception - - military 3']);
    // A measure or a date after the verb is no count, so no object.
    assert.deepEqual(facts('A Russian Su-25 was shot down 30 kilometres from Pokrovsk.'), [
      'interception UA-14 - military 1',
    ]);
  });
});
