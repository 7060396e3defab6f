// Off-topic texts that still gave facts (issue 8, twenty-first session). Texts are ours, written in the shapes found on
// the real dev texts; each case that must give nothing has a twin that still gives its fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-20T10:00:00+02:00';
const facts = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => !f.historical)
    .map((f) => [f.kind, f.region?.code ?? null, f.weapon]);

describe('a raid or an attack by men on the ground is ground combat (ground_combat)', () => {
  it('English: militias and commandos raiding a place tell no strike', () => {
    assert.deepEqual(
      facts('Pro-Kyiv militias launched a raid into the Bryansk region on Sunday, the governor said.', 'en'),
      [],
    );
    assert.deepEqual(
      facts('Navy commandos staged a night raid on an air defence site near Sevastopol, the HUR said.', 'en'),
      [],
    );
    assert.deepEqual(facts('Saboteurs attacked a railway depot in the Kursk region, officials said.', 'en'), []);
  });

  it('English: a drone strike in another clause of the sentence stays', () => {
    assert.deepEqual(
      facts(
        'Drones attacked a fuel depot in the Bryansk region on Sunday, the governor said, a day after a raid by militias.',
        'en',
      ),
      [['strike', 'RU-BRY', 'uav']],
    );
    // With no ground unit named, a raid on a place is still a strike.
    assert.deepEqual(
      facts('Russian drones staged a night raid on an air defence site near Odesa, the navy said.', 'en'),
      [['strike', 'UA-51', 'uav']],
    );
  });
});
