// A front matter `published` that is not a usable time must not silence the one given with the report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareReport } from '../../src/pipeline/index.ts';

const TEXT = 'Над территорией Курской области сбиты 12 вражеских БПЛА.';
const now = new Date('2025-04-09T12:00:00+03:00');

function prepare(front: string, published?: string) {
  const p = prepareReport(new TextEncoder().encode(`---\npublished: ${front}\n---\n${TEXT}`), {
    input: 'post.md',
    lang: 'ru',
    now,
    ...(published ? { published } : {}),
  });
  assert.ok(p.ok);
  return p;
}

test('an invalid front matter time falls back to the given publication time, with a warning naming both', () => {
  const p = prepare('yesterday morning', '2025-04-09T07:05:00+03:00');
  assert.equal(p.report.published_at, '2025-04-09T07:05:00+03:00');
  assert.equal(p.report.published_inferred, false);
  assert.deepEqual(p.warnings, [
    'ignored publication time "yesterday morning" from the front matter: not ISO 8601 with an offset',
  ]);
});

test('with nothing usable, the ingest time is used and marked inferred, each ignored time warned of', () => {
  const p = prepare('yesterday morning', '9 April');
  assert.equal(p.report.published_inferred, true);
  assert.equal(p.warnings.length, 3);
  assert.match(p.warnings[1]!, /^ignored publication time "9 April" from the publication time given with it/);
  assert.match(p.warnings[2]!, /^no publication time: used the ingest time/);
});
