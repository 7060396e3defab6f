// data/lexicon/weapon-words.json is derived from the extraction lexicons (scripts/gen-weapon-words.ts): this fails
// when a lexicon's weapons changed and the file did not, so the free-text search never reads stale words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { weaponWords } from '../../scripts/gen-weapon-words.ts';

test('weapon-words.json is what gen-weapon-words derives from the lexicons (run it after changing their weapons)', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../data/lexicon/weapon-words.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, weaponWords());
  assert.ok(shipped.some((w: unknown[]) => w[0] === 'Іскандер*' && w[2] === 'Iskander-M'));
});
