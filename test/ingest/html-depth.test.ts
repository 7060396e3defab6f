// A page whose elements nest past MAX_HTML_DEPTH fails as one input, fast, with the limit named (ux39 #1: a page of
// nothing but nested <div>s took Readability minutes, and 100k levels overflowed the stack); a page within it is
// read as before, and the other inputs of the batch are stored.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseFeedBytes } from '../../src/ingest/sources/feed/parse.ts';
import { htmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/sources/html/depth.ts';
import { parseHtml } from '../../src/ingest/sources/html/parse.ts';
import { parseChannelPage } from '../../src/ingest/sources/telegram/channel-page.ts';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-html-depth-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sentence = 'Overnight air defences downed 7 drones over the Belgorod region, the governor said.';
const nested = (levels: number, tag = 'div') => `${`<${tag}>`.repeat(levels)}${sentence}${`</${tag}>`.repeat(levels)}`;
const page = (inner: string) => `<!doctype html><html><head><title>Belgorod</title></head><body>${inner}</body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);

test('htmlDepth counts the tree linkedom builds: a void element or an implied close nests nothing', () => {
  // div > p > br: the second <p> closes the first, and <br> and <img> hold nothing.
  assert.equal(htmlDepth('<div><p>a<p>b<br><img src=x><img src=y></div>'), 3);
  assert.equal(htmlDepth(page('<ul><li>a<li>b</ul>')), 4);
  assert.equal(htmlDepth('<script>"<div><div><div>"</script>'), 1);
  // It stops one past the limit: the rest of a hostile page is never read.
  assert.equal(htmlDepth(nested(5000)), MAX_HTML_DEPTH + 1);
});

test('a page nested past the limit fails, naming the limit; one just within it is read', () => {
  const deep = parseHtml(bytes(page(nested(MAX_HTML_DEPTH + 1))), { input: 'deep.html' });
  assert.equal(deep.documents.length, 0);
  assert.match(deep.failures[0]?.message ?? '', /more than 256 levels deep \(the limit\)/);
  // <html><body> are two of the levels.
  const within = parseHtml(bytes(page(nested(MAX_HTML_DEPTH - 2))), { input: 'within.html' });
  assert.deepEqual(within.failures, []);
  assert.match(new TextDecoder().decode(within.documents[0]?.bytes), /downed 7 drones/);
});

test("a feed item's HTML nested past the limit fails that item; the other item is read", () => {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>Deep</title><link>https://example.org/1</link><description>${esc(nested(400))}</description></item>
<item><title>Plain</title><link>https://example.org/2</link><description>${esc(`<p>${sentence}</p>`)}</description></item>
</channel></rss>`;
  const read = parseFeedBytes(bytes(feed), { input: 'feed.xml' });
  assert.equal(read.documents.length, 1);
  assert.equal(read.documents[0]?.url, 'https://example.org/2');
  assert.match(read.failures[0]?.message ?? '', /feed item 1: HTML item nests elements more than 256 levels deep/);
});

test('a Telegram preview page nested past the limit fails as one page', () => {
  const read = parseChannelPage(bytes(page(nested(300))), { input: 'https://t.me/s/example_channel' });
  assert.equal(read.parsed.documents.length, 0);
  assert.match(read.parsed.failures[0]?.message ?? '', /256 levels deep/);
});

test('ingest: the deep page fails as one input and the batch goes on', async () => {
  writeFileSync(join(dir, 'deep.html'), page(nested(20_000)));
  writeFileSync(join(dir, 'note.md'), `---\npublished: 2025-05-20T08:00:00+03:00\n---\n${sentence}\n`);
  const store = await openStore({ url: ':memory:' });
  try {
    const summary = await ingestPaths(store, [dir], { now: () => new Date('2025-05-20T09:00:00Z') });
    assert.equal(summary.counts.ingested, 1);
    assert.equal(summary.counts.failed, 1);
    const failed = summary.outcomes.find((o) => o.status === 'failed');
    assert.match(failed?.message ?? '', /256 levels deep/);
  } finally {
    await store.close();
  }
});
