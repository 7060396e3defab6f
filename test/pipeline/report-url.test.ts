// One URL rule at every entrance (ux39 #6, #7): a report's URL is http(s), stored as URL.href writes it with its
// letters readable (spaces and quotes percent-encoded, so the CSV's space-separated source_urls stays one URL each),
// or none: a `javascript:` URL from a JSON Lines line or a front matter is dropped with a warning and the report kept;
// the API says 400.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { IngestOutcome } from '../../src/core/types.ts';
import { webUrl } from '../../src/core/web-url.ts';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-url-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2025-05-20T09:00:00+03:00');
const text = (place: string) => `Ночью над ${place} сбиты 3 БПЛА, сообщил губернатор.`;

test('webUrl: http(s) as URL.href writes it, letters readable; other schemes and non-URLs refused with a reason', () => {
  assert.deepEqual(webUrl(' https://Example.org/a?q="x y" '), { ok: true, url: 'https://example.org/a?q=%22x%20y%22' });
  assert.deepEqual(webUrl('https://example.org/%D0%9A'), { ok: true, url: 'https://example.org/К' });
  assert.deepEqual(webUrl('javascript:alert(1)'), { ok: false, reason: 'is not http(s)' });
  assert.deepEqual(webUrl('data:text/html,hi'), { ok: false, reason: 'is not http(s)' });
  assert.deepEqual(webUrl('not a url'), { ok: false, reason: 'is not a URL' });
});

test('JSON Lines and front matter: a javascript: url is dropped with a warning; a url with spaces is encoded', async () => {
  const lines = [
    { text: text('Курской областью'), published_at: '2025-05-20T06:00:00+03:00', url: 'javascript:alert(5)' },
    { text: text('Брянской областью'), published_at: '2025-05-20T06:10:00+03:00', url: 'https://example.org/a?x="> b' },
  ];
  writeFileSync(join(dir, 'posts.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(
    join(dir, 'note.md'),
    `---\npublished: 2025-05-20T06:20:00+03:00\nurl: javascript:alert(6)\n---\n${text('Орловской областью')}\n`,
  );
  const store = await openStore({ url: ':memory:' });
  try {
    const summary = await ingestPaths(store, [dir], { now });
    assert.equal(summary.counts.ingested, 3);
    const reports = await store.getReports(summary.outcomes.map((o) => o.report_id!));
    const urls = reports.map((r) => r.url).sort();
    assert.deepEqual(urls.slice(0, 1), ['https://example.org/a?x=%22%3E%20b']);
    assert.equal(urls.filter((u) => u === null).length, 2);
    const warned = summary.outcomes.flatMap((o) => o.warnings).filter((w) => /javascript:alert/.test(w));
    assert.equal(warned.length, 2);
    assert.match(warned.join('\n'), /is not http\(s\); not stored/);
  } finally {
    await store.close();
  }
});

test('POST /api/reports: a javascript: url is a 400; a url with quotes and spaces is stored as URL.href', async () => {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const post = (url: string) =>
    app.request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: text('Курской областью'), published_at: '2025-05-20T06:00:00+03:00', url }),
    });
  try {
    const bad = await post('javascript:alert(5)');
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { field: string }).field, 'url');
    const ok = await post('https://example.org/a?x="><img src=x> b');
    assert.equal(ok.status, 201);
    const { report_id } = (await ok.json()) as IngestOutcome;
    const [report] = await store.getReports([report_id!]);
    assert.equal(report?.url, 'https://example.org/a?x=%22%3E%3Cimg%20src=x%3E%20b');
  } finally {
    await store.close();
  }
});
