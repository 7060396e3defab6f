// The learned step's model: one logistic regression per output (a fact kind: "the text tells a strike the rules found
// no fact of"; `event`: "the text tells an event at all") over hashed features (features.ts). Stored as data (a JSON file): the feature keys, and the weights
// quantised to bytes, key by key. Written by scripts/train-kinds.ts.

/** The model as stored: plain JSON. */
export interface KindModelData {
  /** What the shipped file was trained on (the training script writes it). */
  _note?: string;
  about: string;
  version: 1;
  outputs: string[];
  /** A kind is added when its probability is at least this and the rules found no fact of it. */
  threshold: number;
  /** The rules' facts are dropped when the `event` output (the text tells an event at all) is below this; 0 never. */
  drop: number;
  /** A rules' fact is dropped when the `fact` output, scored on the fact, is below this; 0 never. */
  keep: number;
  /** Weight = byte × scale. */
  scale: number;
  bias: number[];
  /** base64 of the sorted feature keys, little-endian uint32. */
  keys: string;
  /** base64 of int8 weights, `outputs.length` per key, in the keys' order. */
  weights: string;
}

export interface KindModel {
  outputs: readonly string[];
  threshold: number;
  drop: number;
  keep: number;
  bias: readonly number[];
  /** Feature key → its weights, one per output. */
  weights: ReadonlyMap<number, Float64Array>;
}

/** The first field of stored data that is not what KindModelData says, or null. A model file is read from disk as
 *  JSON: a truncated or hand-edited one must fail by naming its field, not with a TypeError deep in Buffer. */
function badField(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'the model (not an object)';
  const d = data as Record<string, unknown>;
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (d.version !== 1) return `version (${JSON.stringify(d.version)}, expected 1)`;
  if (!Array.isArray(d.outputs) || !d.outputs.every((o) => typeof o === 'string')) return 'outputs';
  for (const name of ['threshold', 'drop', 'keep', 'scale'] as const) if (!finite(d[name])) return name;
  if (!Array.isArray(d.bias) || !d.bias.every(finite)) return 'bias';
  for (const name of ['keys', 'weights'] as const) if (typeof d[name] !== 'string') return name;
  return null;
}

export function decodeModel(data: KindModelData): KindModel {
  const bad = badField(data);
  if (bad !== null) throw new Error(`model data: ${bad} is missing or not valid`);
  const keyBytes = Buffer.from(data.keys, 'base64');
  const weightBytes = Buffer.from(data.weights, 'base64');
  const width = data.outputs.length;
  const count = keyBytes.length / 4;
  if (!Number.isInteger(count) || weightBytes.length !== count * width || data.bias.length !== width) {
    throw new Error(`model data: ${count} keys, ${weightBytes.length} weights, ${width} outputs do not agree`);
  }
  const weights = new Map<number, Float64Array>();
  for (let i = 0; i < count; i++) {
    const row = new Float64Array(width);
    for (let o = 0; o < width; o++) row[o] = weightBytes.readInt8(i * width + o) * data.scale;
    weights.set(keyBytes.readUInt32LE(i * 4), row);
  }
  return {
    outputs: data.outputs,
    threshold: data.threshold,
    drop: data.drop,
    keep: data.keep,
    bias: data.bias,
    weights,
  };
}

/** Quantises trained weights (only keys with some weight left after rounding) into the stored shape. */
export function encodeModel(model: KindModel, about: string): KindModelData {
  const width = model.outputs.length;
  let max = 0;
  for (const row of model.weights.values()) for (const w of row) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const rows = [...model.weights.entries()]
    .map(([key, row]) => [key, [...row].map((w) => Math.round(w / scale))] as const)
    .filter(([, q]) => q.some((b) => b !== 0))
    .sort((a, b) => a[0] - b[0]);
  const keys = Buffer.alloc(rows.length * 4);
  const weights = Buffer.alloc(rows.length * width);
  rows.forEach(([key, q], i) => {
    keys.writeUInt32LE(key, i * 4);
    for (const [o, b] of q.entries()) weights.writeInt8(b, i * width + o);
  });
  return {
    about,
    version: 1,
    outputs: [...model.outputs],
    threshold: model.threshold,
    drop: model.drop,
    keep: model.keep,
    scale,
    bias: model.bias.map((b) => Math.round(b * 1e4) / 1e4),
    keys: keys.toString('base64'),
    weights: weights.toString('base64'),
  };
}

/** One model with the outputs of both (each trained on its own examples and keys), `a`'s thresholds. */
export function joinModels(a: KindModel, b: KindModel): KindModel {
  const width = a.outputs.length + b.outputs.length;
  const weights = new Map<number, Float64Array>();
  for (const key of new Set([...a.weights.keys(), ...b.weights.keys()])) {
    const row = new Float64Array(width);
    const ra = a.weights.get(key);
    const rb = b.weights.get(key);
    if (ra) row.set(ra, 0);
    if (rb) row.set(rb, a.outputs.length);
    weights.set(key, row);
  }
  return { ...a, outputs: [...a.outputs, ...b.outputs], bias: [...a.bias, ...b.bias], weights };
}

/** The weighted sum of the keys' weights for each output (no bias, no scaling): how strongly a span speaks for it. */
export function rawScores(model: KindModel, keys: readonly number[]): Float64Array {
  const sum = new Float64Array(model.outputs.length);
  for (const k of keys) {
    const row = model.weights.get(k);
    if (row) for (let o = 0; o < row.length; o++) sum[o]! += row[o]!;
  }
  return sum;
}

/** Each output's probability for a report whose distinct feature keys are `keys` (normalised by their number, as
 *  in training, so a long text does not shout). */
export function probabilities(model: KindModel, keys: readonly number[]): number[] {
  const raw = rawScores(model, keys);
  const norm = keys.length === 0 ? 0 : 1 / Math.sqrt(keys.length);
  return model.bias.map((b, o) => 1 / (1 + Math.exp(-(b + raw[o]! * norm))));
}
