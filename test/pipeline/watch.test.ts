// sitrep watch against a fixture server on 127.0.0.1 (allowed as loopback; nothing else is ever reached): feeds,
// articles, channel pages with paging and edits, and the hostile cases, each ending with a clear per-source error
// and no report lost or stored twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { SourceRow } from '../../src/ingest/registry.ts';
import { emptyState } from '../../src/pipeline/registry.ts';
import { backoffMs, perKeyLimiter, startLine, type WatchOptions, watchSources } from '../../src/pipeline/watch.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { channelPage, type Post } from '../helpers/channel-page.ts';
import { conditional, type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts';

let server: FixtureServer;
let clock = Date.parse('2025-05-26T06:00:00Z');
const opts = (): WatchOptions => ({
  now: () => new Date(clock),
  random: () => 0.5,
  allow: new Set(['loopback']),
  once: true,
  // Long enough that a busy machine never turns a fast refusal into a timeout (the round extracts on this thread, so
  // a loaded machine delays every reply; 2 s was seen to fail with four jobs on two cores); the trickling source
  // still needs it.
  fetch: { timeoutMs: 5000, maxBytes: 256 * 1024 },
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Wire</title>
<item><title>Bryansk: seven drones</title><link>LINK/a1</link><guid>a1</guid><pubDate>Mon, 26 May 2025 06:00:00 +0300</pubDate>
<description>Governor Alexander Bogomaz said seven drones were destroyed over Bryansk Oblast overnight.</description></item>
<item><title>Summary only</title><link>LINK/a2</link><guid>a2</guid><pubDate>Mon, 26 May 2025 06:30:00 +0300</pubDate>
<description>Read more on the site.</description></item>
</channel></rss>`;
const ARTICLE = `<!doctype html><html lang="en"><head><title>Voronezh</title>
<meta property="article:published_time" content="2025-05-26T07:00:00+03:00"><meta property="og:site_name" content="Fixture Daily"></head>
<body><nav>Home News</nav><article><h1>Voronezh: drones downed</h1><p>Air defences shot down three drones over Voronezh Oblast overnight, Governor Alexander Gusev said. Nobody was hurt.</p><script>x()</script></article></body></html>`;

const posts: Post[] = [
  { id: 4101, text: 'Ночью над Курской областью уничтожены пять беспилотников.', time: '2025-05-26T01:05:00+00:00' },
  { id: 4102, text: 'В Курчатове повреждена кровля частного дома.', time: '2025-05-26T02:00:00+00:00' },
];
let olderPosts: Post[] = [];

before(async () => {
  server = await startFixtureServer({
    '/feed.xml': (req, res) =>
      conditional(FEED.replaceAll('LINK', server.url('/articles')), 'application/rss+xml')(req, res),
    '/articles/a1': (_req, res) =>
      res.end(
        ARTICLE.replace('three drones over Voronezh', 'seven drones over Bryansk').replace(
          'Alexander Gusev',
          'Alexander Bogomaz',
        ),
      ),
    '/articles/a2': (_req, res) =>
      res.end(
        ARTICLE.replace('three drones over Voronezh', 'two drones over Lipetsk').replace(
          'Alexander Gusev',
          'Igor Artamonov',
        ),
      ),
    '/article.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    },
    '/s/example_kursk': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const before = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('before'));
      res.end(channelPage('example_kursk', 'Kursk Governor', before ? olderPosts.filter((p) => p.id < before) : posts));
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(10 * 1024 * 1024) });
      res.write('<rss>');
    },
    '/trickle': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(t));
    },
    '/to-metadata': (_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    },
    '/all-fail.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        '<rss version="2.0"><channel><title>Empty</title><item><guid>x1</guid></item><item><guid>x2</guid></item></channel></rss>',
      );
    },
    '/broken.xml': (_req, res) => res.end('<rss><channel><title>B</titel><item><title>t</title></channel>'),
  });
});
after(() => server.close());

function row(id: string, kind: SourceRow['kind'], path: string, over: Partial<SourceRow> = {}): SourceRow {
  return {
    id,
    kind,
    url: server.url(path),
    path: null,
    name: null,
    language: null,
    time_zone: 'Europe/Moscow',
    poll_seconds: 10,
    speaker: null,
    full_text: false,
    ...over,
  };
}

async function count(store: Store): Promise<number> {
  return store.countReports();
}

test('one round: feed (full text from item links), article, channel page; hostile sources each fail with a reason', async () => {
  const store = await openStore({ url: ':memory:' });
  const sources = [
    row('wire', 'feed', '/feed.xml', { full_text: true }),
    row('daily', 'html', '/article.html'),
    row('kursk', 'telegram', '/s/example_kursk', {
      speaker: { person: 'Alexander Khinshtein', role: 'governor', region: 'RU-KRS' },
    }),
    row('huge', 'feed', '/huge'),
    row('slow', 'html', '/trickle'),
    row('metadata', 'html', '/to-metadata'),
    row('all-fail', 'feed', '/all-fail.xml'),
    row('broken', 'feed', '/broken.xml'),
  ];
  const results = await watchSources(store, sources, opts());
  const by = new Map(results.map((r) => [r.source_id, r]));
  assert.equal(by.get('wire')?.new, 2);
  assert.equal(by.get('daily')?.new, 1);
  assert.equal(by.get('kursk')?.new, 2);
  assert.match(by.get('huge')?.error ?? '', /response too large: 10485760 bytes declared/);
  assert.match(by.get('slow')?.error ?? '', /timed out after 5000 ms/);
  assert.match(by.get('metadata')?.error ?? '', /refused: 169\.254\.169\.254 is a link-local address/);
  assert.match(by.get('all-fail')?.error ?? '', /none of the feed's items could be read \(2 failed\)/);
  assert.match(by.get('broken')?.error ?? '', /malformed feed|none of the feed's items/);
  assert.ok(!server.requests.some((r) => r.path.includes('meta-data')));
  assert.equal(await count(store), 5);

  // The feed's summary-only item got its article's text; the channel's unsigned post its speaker.
  const reports = await store.getReports((await store.listOutcomes({ status: 'ingested' })).map((o) => o.report_id!));
  assert.ok(reports.some((r) => r.text.includes('two drones over Lipetsk') && r.url === server.url('/articles/a2')));
  const kursk = reports.find((r) => r.url === 'https://t.me/example_kursk/4101')!;
  assert.equal(kursk.published_at, '2025-05-26T04:05:00+03:00');
  assert.equal(kursk.provenance.source_id, 'kursk');
  const facts = await store.getFactsByReport(kursk.id);
  assert.equal(facts[0]?.claimant?.name, 'Alexander Khinshtein');

  // Each source's state says what happened; failing ones back off (10 s poll, 1 failure, jitter 0.5 -> 15 s).
  const states = await store.getSourceStates();
  assert.equal(states.get('wire')?.items_seen, 2);
  assert.equal(states.get('wire')?.etag, '"v1"');
  assert.equal(states.get('huge')?.consecutive_failures, 1);
  assert.equal(states.get('huge')?.next_poll_ms, clock + backoffMs(10, 1, 0.5));
  assert.equal(states.get('kursk')?.cursor, '4102');

  // Next round: the feed answers 304, the rest is seen again; nothing new, nothing twice.
  clock += 20_000;
  const before = server.requests.length;
  const again = await watchSources(store, sources.slice(0, 3), opts());
  assert.ok(again.find((r) => r.source_id === 'wire')?.not_modified);
  assert.equal(again.find((r) => r.source_id === 'kursk')?.seen, 2);
  assert.equal(server.requests.slice(before).filter((r) => r.path.startsWith('/articles')).length, 0);
  assert.equal(await count(store), 5);
  await store.close();
});

test('an edited post updates its report and keeps the old text as a revision; a gap is filled by paging back', async () => {
  const store = await openStore({ url: ':memory:' });
  const kursk = row('kursk', 'telegram', '/s/example_kursk');
  await watchSources(store, [kursk], opts());
  const first = await store.getReports((await store.listOutcomes({ status: 'ingested' })).map((o) => o.report_id!));
  const roof = first.find((r) => r.text.includes('кровля'))!;

  // Post 4102 edited, and a new post.
  const saved = posts.splice(0);
  posts.push(
    { id: 4102, text: 'В Курчатове повреждены кровля и окна частного дома.', time: '2025-05-26T02:00:00+00:00' },
    { id: 4103, text: 'Над Курской областью сбиты ещё два беспилотника.', time: '2025-05-26T03:00:00+00:00' },
  );
  clock += 60_000;
  const [r] = await watchSources(store, [kursk], opts());
  assert.equal(r?.updated, 1);
  assert.equal(r?.new, 1);
  assert.equal(await store.countReports(), 3);
  const revised = (await store.getReport(roof.id))!;
  assert.match(revised.text, /кровля и окна/);
  const revisions = await store.getRevisions(roof.id);
  assert.deepEqual(
    revisions.map((x) => x.text),
    [roof.text],
  );
  // While watch was down, four posts; the page shows only the last two, the older page the rest.
  posts.splice(
    0,
    posts.length,
    {
      id: 4106,
      text: 'Всего за ночь над Курской областью сбиты восемь беспилотников.',
      time: '2025-05-26T05:30:00+00:00',
    },
    { id: 4107, text: 'Отбой воздушной тревоги в Курской области.', time: '2025-05-26T06:00:00+00:00' },
  );
  olderPosts = [
    { id: 4104, text: 'В Рыльске обломками повреждена линия электропередачи.', time: '2025-05-26T04:00:00+00:00' },
    { id: 4105, text: 'Над Курской областью сбит ещё один беспилотник.', time: '2025-05-26T05:00:00+00:00' },
  ];
  clock += 60_000;
  const [gap] = await watchSources(store, [kursk], opts());
  assert.equal(gap?.new, 4);
  assert.equal(await store.countReports(), 7);
  assert.ok(server.requests.some((q) => q.path === '/s/example_kursk?before=4106'));
  assert.equal((await store.getSourceStates()).get('kursk')?.cursor, '4107');
  posts.splice(0, posts.length, ...saved);
  olderPosts = [];
  await store.close();
});

test('backoff doubles with each failure, is jittered, honours Retry-After and is capped', () => {
  assert.equal(backoffMs(10, 1, 0), 10_000);
  assert.equal(backoffMs(10, 1, 0.999), 19_990);
  assert.equal(backoffMs(10, 3, 0), 40_000);
  assert.equal(backoffMs(10, 1, 0, 120_000), 120_000);
  assert.equal(backoffMs(600, 30, 1), 6 * 3600 * 1000);
});

test('the per-host limit lets two requests to one host run at once, never three', async () => {
  const limit = perKeyLimiter(2);
  let running = 0;
  let most = 0;
  const task = () =>
    limit('h', async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    });
  await Promise.all([task(), task(), task(), task(), limit('other', async () => {})]);
  assert.equal(most, 2);
});

test('sitrep ingest <url>: fetched through the guard, read as what it is; file: and loopback refused by default', async () => {
  const { ingestPaths } = await import('../../src/pipeline/ingest.ts');
  const store = await openStore({ url: ':memory:' });
  const now = () => new Date(clock);
  const refused = await ingestPaths(store, [server.url('/article.html'), 'file:///etc/passwd'], { now });
  assert.deepEqual(
    refused.outcomes.map((o) => o.status),
    ['failed', 'failed'],
  );
  assert.match(refused.outcomes[0]!.message!, /loopback address/);
  assert.match(refused.outcomes[1]!.message!, /only http and https/);
  const ok = await ingestPaths(store, [server.url('/article.html'), server.url('/s/example_kursk')], {
    now,
    allow: new Set(['loopback']),
    timeZone: 'Europe/Moscow',
  });
  assert.equal(ok.counts.ingested, 3, JSON.stringify(ok.outcomes));
  const page = await store.getReport(ok.outcomes[0]!.report_id!);
  assert.equal(page?.url, server.url('/article.html'));
  assert.equal(page?.publisher, 'Fixture Daily');
  assert.ok(!page?.text.includes('x()'));
  await store.close();
});

test('without --once, each source is polled again on its interval until stopped', async () => {
  const store = await openStore({ url: ':memory:' });
  const stop = new AbortController();
  const wire = row('wire', 'feed', '/feed.xml', { poll_seconds: 0.3 });
  const running = watchSources(store, [wire], { ...opts(), once: false, now: () => new Date(), signal: stop.signal });
  await new Promise((r) => setTimeout(r, 1500));
  stop.abort();
  const results = await running;
  assert.ok(results.length >= 2, `${results.length} rounds`);
  assert.equal(results[0]?.new, 2);
  assert.ok(results.slice(1).every((r) => r.not_modified));
  assert.equal(await store.countReports(), 2);
  await store.close();
});

test('a continuous watch says at start what it watches and when the next poll is, before any poll', async () => {
  const store = await openStore({ url: ':memory:' });
  const start = Date.parse('2025-06-02T05:00:00Z');
  const wire = row('wire', 'feed', '/feed.xml', { poll_seconds: 600 });
  const page = row('page', 'html', '/article.html', { poll_seconds: 600 });
  // Both polled a moment ago (an --once run): the first is due in 8m 20s, the other later.
  await store.saveSourceState({ ...emptyState('wire', '2025-06-02T04:58:20Z'), next_poll_ms: start + 500_000 });
  await store.saveSourceState({ ...emptyState('page', '2025-06-02T04:59:00Z'), next_poll_ms: start + 560_000 });
  const lines: string[] = [];
  const stop = new AbortController();
  const running = watchSources(store, [wire, page], {
    ...opts(),
    once: false,
    now: () => new Date(start),
    signal: stop.signal,
    log: (line) => lines.push(line),
  });
  await new Promise((r) => setTimeout(r, 300));
  stop.abort();
  assert.deepEqual(await running, []);
  assert.deepEqual(lines, ['watching 2 source(s); none due, next poll 2025-06-02T05:08:20.000Z (wire) in 8m 20s']);
  // Due sources are named; a fresh database has every source due.
  assert.equal(startLine([wire, page], new Map(), start), 'watching 2 source(s); due now: wire, page');
  await store.close();
});
