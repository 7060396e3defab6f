// The shipped model of the learned step (ARCHITECTURE.md, "A learned step"): data/learn/kinds-model.json, written by
// `npm run train:kinds` from the dev split of the real gold, with its settings (threshold, drop, keep)
// inside. Part of the extraction stage, so only commands that extract load it; decoded on the first call.
import data from '../../../data/learn/kinds-model.json' with { type: 'json' };
import { decodeModel, type KindModel, type KindModelData } from './model.ts';

let model: KindModel | undefined;

/** Whether the shipped model has been decoded in this process (the tests' proof that extraction uses it). */
export function shippedModelDecoded(): boolean {
  return model !== undefined;
}

/** The shipped model, decoded once. */
export function shippedModel(): KindModel {
  model ??= decodeModel(data as unknown as KindModelData);
  return model;
}

/** The shipped file as stored (its note and settings), for the tests and `sitrep eval`. */
export const SHIPPED: Readonly<KindModelData & { _note?: string }> = data as unknown as KindModelData & {
  _note?: string;
};
