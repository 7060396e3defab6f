// A page whose elements nest past MAX_HTML_DEPTH is flattened to it before a DOM is built (ux39 #1: a page of nothing
// but nested <div>s took Readability minutes), its text kept (review 39b #4: legacy pages with hundreds of unclosed
// <font>s and forum quote chains were refused whole); past MAX_FLATTENED_DEPTH it fails as one input, fast, with the
// limit named (100k levels overflowed the stack), and the other inputs of the batch are stored.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseFeedBytes } from '../../src/ingest/sources/feed/parse.ts';
import { flattenHtml, htmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/sources/html/depth.ts';
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

test('a page nested past the limit is read flattened, with a warning; one past MAX_FLATTENED_DEPTH fails fast', () => {
  const deep = parseHtml(bytes(page(nested(MAX_HTML_DEPTH + 1))), { input: 'deep.html' });
  assert.deepEqual(deep.failures, []);
  assert.match(new TextDecoder().decode(deep.documents[0]?.bytes), /downed 7 drones/);
  assert.match(
    deep.documents[0]?.warnings?.join('\n') ?? '',
    /more than 256 levels deep; the deeper tags were dropped/,
  );
  // <html><body> are two of the levels.
  const within = parseHtml(bytes(page(nested(MAX_HTML_DEPTH - 2))), { input: 'within.html' });
  assert.deepEqual(within.failures, []);
  assert.deepEqual(
    within.documents[0]?.warnings?.filter((w) => /levels deep/.test(w)),
    [],
  );
  assert.match(new TextDecoder().decode(within.documents[0]?.bytes), /downed 7 drones/);
  const hostile = parseHtml(bytes(page(nested(100_000))), { input: 'hostile.html' });
  assert.equal(hostile.documents.length, 0);
  assert.match(hostile.failures[0]?.message ?? '', /more than 4096 levels deep \(the limit\)/);
});

test('flattenHtml: tags opened past the limit are cut, their text kept and words kept apart; scripts go whole', () => {
  // A legacy page leaves every <font> open: nothing closes them implicitly.
  const legacy = `<body>${'<font size=2>Обстріл триває. '.repeat(8)}<p>Кінець</p></body>`;
  const flat = flattenHtml(legacy, 4);
  assert.equal(htmlDepth(flat, 100), 4);
  assert.equal(flat.replace(/<[^>]+>/g, ''), `${'Обстріл триває. '.repeat(8)}\nКінець\n`);
  // A cut block tag leaves a line break; a cut inline tag nothing, so «Ки<b>їв</b>» stays one word.
  assert.equal(
    flattenHtml('<div><div><div>a</div><div>b<b>c</b></div></div></div>', 2),
    '<div><div>\na\n\nbc\n</div></div>',
  );
  assert.equal(flattenHtml('<div><div><script>var x = "<b>";</script>a<br>b</div></div>', 1), '<div>\na<br>b\n</div>');
  // A page within the limit is returned as it was.
  const plain = page(nested(10));
  assert.equal(flattenHtml(plain), plain);
});

test('a legacy page with 300 unclosed <font> tags and a forum chain of 100 quotes are read whole', () => {
  const fonts = page(
    `${'<font face="Arial"><a name="x">'.repeat(150)}<p>${sentence}</p><p>The mayor said 2 people were hurt.</p>`,
  );
  const quote = (inner: string) => `<blockquote><div class="q">${inner}</div></blockquote><div>reply</div>`;
  let chain = `<p>${sentence}</p>`;
  for (let i = 0; i < 100; i++) chain = `<div>${quote(chain)}</div>`;
  for (const [name, html] of [
    ['fonts.html', fonts],
    ['forum.html', page(chain)],
  ] as const) {
    const read = parseHtml(bytes(html), { input: name });
    assert.deepEqual(read.failures, [], name);
    assert.match(new TextDecoder().decode(read.documents[0]?.bytes), /downed 7 drones over the Belgorod/, name);
  }
});

test("a feed item's HTML nested past the limit is read flattened; one past MAX_FLATTENED_DEPTH fails that item", () => {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>Deep</title><link>https://example.org/1</link><description>${esc(nested(400))}</description></item>
<item><title>Hostile</title><link>https://example.org/3</link><description>${esc(nested(5000))}</description></item>
<item><title>Plain</title><link>https://example.org/2</link><description>${esc(`<p>${sentence}</p>`)}</description></item>
</channel></rss>`;
  const read = parseFeedBytes(bytes(feed), { input: 'feed.xml' });
  assert.deepEqual(
    read.documents.map((d) => d.url),
    ['https://example.org/1', 'https://example.org/2'],
  );
  assert.match(new TextDecoder().decode(read.documents[0]?.bytes), /downed 7 drones/);
  assert.match(read.documents[0]?.warnings?.join('\n') ?? '', /HTML item nests elements more than 256 levels deep/);
  assert.match(read.failures[0]?.message ?? '', /feed item 2: HTML item nests elements more than 4096 levels deep/);
});

test('a Telegram preview page nested past the limit is read flattened; past MAX_FLATTENED_DEPTH it fails as one page', () => {
  // Not a real preview page, so it has no posts; but it is read, not refused for its depth.
  const read = parseChannelPage(bytes(page(nested(300))), { input: 'https://t.me/s/example_channel' });
  assert.doesNotMatch(read.parsed.failures.map((f) => f.message).join('\n'), /levels deep/);
  const hostile = parseChannelPage(bytes(page(nested(5000))), { input: 'https://t.me/s/example_channel' });
  assert.equal(hostile.parsed.documents.length, 0);
  assert.match(hostile.parsed.failures[0]?.message ?? '', /4096 levels deep/);
});

test('ingest: a page past MAX_FLATTENED_DEPTH fails as one input and the batch goes on', async () => {
  writeFileSync(join(dir, 'deep.html'), page(nested(20_000)));
  writeFileSync(join(dir, 'note.md'), `---\npublished: 2025-05-20T08:00:00+03:00\n---\n${sentence}\n`);
  const store = await openStore({ url: ':memory:' });
  try {
    const summary = await ingestPaths(store, [dir], { now: () => new Date('2025-05-20T09:00:00Z') });
    assert.equal(summary.counts.ingested, 1);
    assert.equal(summary.counts.failed, 1);
    const failed = summary.outcomes.find((o) => o.status === 'failed');
    assert.match(failed?.message ?? '', /4096 levels deep/);
  } finally {
    await store.close();
  }
});
