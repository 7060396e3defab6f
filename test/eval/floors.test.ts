// Accuracy floors (src/eval/floors.ts, test/gold/floors.json): the extractor may not lose ground on any gold set.
// The real sets need ../shared/bench (the third-party texts are not shipped); without it they are skipped, said so.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { measureFigures } from '../../src/eval/floors.ts';

const ROOT = join(import.meta.dirname, '../..');
const SHARED = join(ROOT, '../shared');
const { floors } = JSON.parse(readFileSync(join(ROOT, 'test/gold/floors.json'), 'utf8')) as {
  floors: Record<string, Record<string, number>>;
};
const hasBench = existsSync(join(SHARED, 'bench'));
const figures = measureFigures(ROOT, hasBench ? SHARED : null, new Date('2026-12-03T12:00:00Z'));

describe('accuracy floors', () => {
  for (const [name, fields] of Object.entries(floors)) {
    const real = name.startsWith('real:');
    it(name, { skip: real && !hasBench ? '../shared/bench not found: real sets not scored' : false }, () => {
      const got = figures[name];
      assert.ok(got, `no figures for ${name}`);
      const below = Object.entries(fields)
        .filter(([field, floor]) => (got[field as keyof typeof got] ?? 0) < floor)
        .map(([field, floor]) => `${field} ${got[field as keyof typeof got]} < ${floor}`);
      assert.deepEqual(below, [], `${name} fell below its floors`);
    });
  }
});
