// Trains the learned step's model (model.ts): one logistic regression per output by stochastic gradient descent
// with per-weight step sizes (AdaGrad) and an L2 penalty, over examples in the order given, with no randomness, so
// the same examples give the same model. Used by scripts/train-kinds.ts and its tests; never at extraction time.
import type { KindModel } from './model.ts';

export interface Example {
  /** Distinct feature keys of the report. */
  keys: readonly number[];
  /** The outputs that are true for it. */
  labels: ReadonlySet<string>;
  /** Outputs this example does not train: the step asks for a kind only where the rules found none of it, so a text
   *  whose rules found the kind says nothing about that question. */
  ignore?: ReadonlySet<string>;
}

export interface TrainOptions {
  outputs: readonly string[];
  threshold: number;
  drop?: number;
  keep?: number;
  /** A key seen in fewer examples than this gets no weight (it would only learn its few texts by heart). */
  minCount?: number;
  epochs?: number;
  rate?: number;
  l2?: number;
}

export function trainModel(examples: readonly Example[], opts: TrainOptions): KindModel {
  const minCount = opts.minCount ?? 3;
  const epochs = opts.epochs ?? 20;
  const rate = opts.rate ?? 0.5;
  const l2 = opts.l2 ?? 1e-4;
  const width = opts.outputs.length;
  const seen = new Map<number, number>();
  for (const e of examples) for (const k of e.keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [k, n] of [...seen.entries()].sort((a, b) => a[0] - b[0])) if (n >= minCount) index.set(k, index.size);
  const w = new Float64Array(index.size * width);
  const g2 = new Float64Array(index.size * width).fill(1e-8);
  const bias = new Float64Array(width);
  const b2 = new Float64Array(width).fill(1e-8);
  const rows = examples.map((e) => ({
    at: e.keys.flatMap((k) => {
      const i = index.get(k);
      return i === undefined ? [] : [i];
    }),
    norm: e.keys.length === 0 ? 0 : 1 / Math.sqrt(e.keys.length),
    y: opts.outputs.map((o) => (e.labels.has(o) ? 1 : 0)),
    skip: opts.outputs.map((o) => e.ignore?.has(o) === true),
  }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of rows) {
      for (let o = 0; o < width; o++) {
        if (r.skip[o]) continue;
        let z = bias[o]!;
        for (const i of r.at) z += w[i * width + o]! * r.norm;
        const err = 1 / (1 + Math.exp(-z)) - r.y[o]!;
        b2[o]! += err * err;
        bias[o]! -= (rate * err) / Math.sqrt(b2[o]!);
        for (const i of r.at) {
          const j = i * width + o;
          const g = err * r.norm + l2 * w[j]!;
          g2[j]! += g * g;
          w[j]! -= (rate * g) / Math.sqrt(g2[j]!);
        }
      }
    }
  }
  const weights = new Map<number, Float64Array>();
  for (const [k, i] of index) weights.set(k, w.slice(i * width, (i + 1) * width));
  return {
    outputs: [...opts.outputs],
    threshold: opts.threshold,
    drop: opts.drop ?? 0,
    keep: opts.keep ?? 0,
    bias: [...bias],
    weights,
  };
}
