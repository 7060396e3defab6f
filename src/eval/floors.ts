// Accuracy floors that `npm test` holds the extractor to (test/eval/floors.test.ts): per gold set and field, an F1
// a little under the figure measured when the floor was set, so a change that loses ground fails the tests.
// Floors are raised on purpose, never lowered to make a change pass: `npm run floors` prints today's figures and
// the floors they would give; copy the ones you mean into test/gold/floors.json.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalExtraction, evalReal } from './run.ts';
import type { ExtractionScore, ScoreField } from './score-extract.ts';

/** Fields that carry a floor: what docs/eval.md's targets name (kind, region, weapon, counts). */
export const FLOOR_FIELDS: readonly ScoreField[] = ['kind', 'region', 'weapon', 'destroyed', 'launched', 'hit'];

/** "<name>" → F1 per field, in percent. */
export type Figures = Record<string, Partial<Record<ScoreField, number>>>;

const pct = (score: ExtractionScore, field: ScoreField) => Math.round(score.fields[field].f1 * 1000) / 10;

/** Today's figures for every bundled gold set, and the real sets by split and set when `shared` holds the bench. */
export function measureFigures(root: string, shared: string | null, now: Date): Figures {
  const out: Figures = {};
  const take = (name: string, score: ExtractionScore) => {
    out[name] = Object.fromEntries(FLOOR_FIELDS.map((f) => [f, pct(score, f)]));
  };
  for (const set of ['extract', 'extract-fresh', 'extract-heldout']) {
    take(set, evalExtraction(join(root, 'test/gold', set), now).score);
  }
  const bench = shared ? join(shared, 'bench') : null;
  if (bench && existsSync(bench)) {
    for (const split of ['dev', 'heldout'] as const) {
      for (const { set, score } of evalReal(join(root, 'test/gold/real'), bench, now, { split }).scores) {
        take(`real:${split}:${set}`, score);
      }
    }
  }
  return out;
}

/** A floor one point under the figure, rounded down to a whole point (a noisy field keeps room to move). */
export function floorOf(figure: number): number {
  return Math.max(0, Math.floor(figure - 1));
}
