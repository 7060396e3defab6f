// The real gold: labels of third-party texts (test/gold/real/*.jsonl) that refer to each text by "<set>/<id>"
// and never copy it. The texts are read from ../shared/bench at evaluation time (`--texts`). A label line is
// {ref, split, lang, shape, facts}: the facts follow docs/eval.md exactly as the hand-written gold's do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type BenchText, readBenchTexts } from './bench-texts.ts';
import { checkReport, GoldFormatError, type GoldReport, goldFiles, type Obj } from './gold-extract.ts';

export type Split = 'dev' | 'heldout';

/** A third of every set is held out, chosen by a hash of the reference, so no one's choice decides which. */
export function splitOf(ref: string): Split {
  return createHash('sha256').update(`split:${ref}`).digest().readUInt32BE(0) % 3 === 0 ? 'heldout' : 'dev';
}

export interface RealGoldReport extends GoldReport {
  set: string;
  split: Split;
  /** Null where the set leaves the language to detection (VIINA); the label's own `lang` is kept in `lang`. */
  textLang: BenchText['lang'];
}

const LABEL_KEYS = ['ref', 'split', 'lang', 'shape', 'facts'];

/**
 * Reads every label file in `dir` and joins it with the texts in `benchDir`. Throws GoldFormatError naming each
 * problem: a bad fact, a ref with no text, a split that is not the ref's, a ref labelled twice.
 */
export function readRealGold(dir: string, benchDir: string): RealGoldReport[] {
  const files = goldFiles(dir);
  const texts = new Map(readBenchTexts(benchDir).map((t) => [t.ref, t]));
  const errors: string[] = [];
  const out: RealGoldReport[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
      if (line.trim() === '') continue;
      const at = `${file}:${i + 1}`;
      let label: Obj;
      try {
        label = JSON.parse(line) as Obj;
      } catch (err) {
        errors.push(`${at}: not JSON (${(err as Error).message})`);
        continue;
      }
      const ref = String(label.ref);
      for (const k of LABEL_KEYS) if (!(k in label)) errors.push(`${at}: ${ref}: missing "${k}"`);
      for (const k of Object.keys(label)) if (!LABEL_KEYS.includes(k)) errors.push(`${at}: ${ref}: unknown "${k}"`);
      const text = texts.get(ref);
      if (!text) {
        errors.push(`${at}: ${ref}: no such text in ${benchDir}`);
        continue;
      }
      if (label.split !== splitOf(ref)) errors.push(`${at}: ${ref}: split must be ${splitOf(ref)}`);
      const first = seen.get(ref);
      if (first) errors.push(`${at}: ${ref}: labelled already in ${first}`);
      seen.set(ref, at);
      const row: Obj = {
        id: ref,
        lang: label.lang,
        shape: label.shape,
        published_at: text.published_at,
        text: text.text,
        facts: label.facts,
      };
      const lineErrors: string[] = [];
      checkReport(row, `${at}: ${ref}`, lineErrors, true);
      errors.push(...lineErrors);
      if (lineErrors.length === 0) {
        out.push({
          ...(row as unknown as GoldReport),
          set: text.set,
          split: label.split as Split,
          textLang: text.lang,
        });
      }
    }
  }
  if (files.length === 0) errors.push(`${dir}: no .jsonl label files`);
  if (errors.length > 0) throw new GoldFormatError(errors);
  return out;
}
