// `sitrep sources`: an error too long for its column is marked as cut and the table says where it is whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SourceLine, sourcesTable } from '../../src/cli/format.ts';

const base: SourceLine = {
  id: 'oblast-feed',
  kind: 'feed',
  where: 'https://example.org/feed.xml',
  speaker: null,
  last_success_at: null,
  last_error: null,
  items_seen: 0,
};

test('a cut error ends in … and the table points to --json for the whole of it', () => {
  const long = 'not a feed: the document is an HTML page with no alternate link to any feed at all';
  const out = sourcesTable([
    { ...base, last_error: long },
    { ...base, id: 'calm', last_error: 'HTTP 404' },
  ]);
  const row = out.split('\n').find((l) => l.startsWith('oblast-feed'));
  assert.ok(row);
  assert.ok(!row.includes(long));
  assert.match(row, / not a feed: the document is an HTML pag… {2}/);
  assert.match(out, /sitrep sources --json/);
});

test('errors that fit are shown whole, with no pointer', () => {
  const out = sourcesTable([{ ...base, last_error: 'HTTP 404 Not Found' }]);
  assert.match(out, /HTTP 404 Not Found/);
  assert.doesNotMatch(out, /…|--json/);
});

test('an error is shown with its time, so one older than the last success is not read as current (ux31 #18)', () => {
  const out = sourcesTable([
    {
      ...base,
      last_success_at: '2026-12-06T19:46:09.120Z',
      last_error_at: '2026-12-06T19:32:51.838Z',
      last_error: 'HTTP 503',
    },
    { ...base, id: 'calm', last_success_at: '2026-12-06T19:46:09.120Z' },
  ]);
  const [head, row, calm] = out.split('\n');
  assert.match(head ?? '', /last success +items +last error at +last error/);
  assert.match(row ?? '', /2026-12-06T19:46:09\.120Z +0 +2026-12-06T19:32:51\.838Z +HTTP 503 /);
  assert.match(calm ?? '', /2026-12-06T19:46:09\.120Z +0 +- +- /);
});
