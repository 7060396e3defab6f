// Writes data/lexicon/weapon-words.json: every weapon word of the three extraction lexicons (`weapons`: the pattern,
// its class, its model), deduplicated and sorted. The free-text search (src/pipeline/search-terms.ts) reads it so
// that «Іскандер» or "Shahed" finds an incident without loading the extraction stage on every `sitrep incidents`.
// Run after changing a lexicon's weapons; test/pipeline/weapon-words.test.ts fails when the file and the lexicons
// disagree.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../src/extract/lang/en/lexicon.ts';
import { ru } from '../src/extract/lang/ru/lexicon.ts';
import { uk } from '../src/extract/lang/uk/lexicon.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'lexicon', 'weapon-words.json');

/** [pattern, class, model or null], one row per distinct triple, sorted, so the same lexicons give the same bytes. */
export function weaponWords(): [string, string, string | null][] {
  const rows = new Map<string, [string, string, string | null]>();
  for (const lex of [en, ru, uk]) {
    for (const w of lex.weapons) {
      const row: [string, string, string | null] = [w.pattern, w.weapon, w.model ?? null];
      rows.set(JSON.stringify(row), row);
    }
  }
  return [...rows.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, row]) => row);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = weaponWords();
  writeFileSync(OUT, `${JSON.stringify(rows)}\n`);
  console.log(`weapon-words.json: ${rows.length} words`);
}
