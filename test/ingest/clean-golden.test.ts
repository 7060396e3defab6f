// Golden cases for the whole ingest text path: bytes -> cleanText -> detectLang -> splitSentences.
// Each test/fixtures/ingest/text/<case>/ holds one input.* file and expected.json. After a deliberate change of
// behaviour, regenerate with
//   UPDATE_GOLDEN=1 node --import tsx --test test/ingest/clean-golden.test.ts
// and review the diff of the expected.json files before committing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { detectLang } from '../../src/ingest/lang.ts';
import { cleanText } from '../../src/ingest/normalize.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'text');
const update = process.env.UPDATE_GOLDEN === '1';

function run(bytes: Uint8Array): unknown {
  const clean = cleanText(bytes);
  if (!clean.ok) return { clean };
  const lang = detectLang(clean.text);
  return { clean, lang, sentences: splitSentences(clean.text, lang) };
}

for (const name of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (input === undefined) continue;
  test(`golden: ${name}`, () => {
    const actual = run(readFileSync(join(dir, input)));
    const expectedPath = join(dir, 'expected.json');
    if (update) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
    assert.deepEqual(actual, expected);
  });
}
