// The guarded fetch against a fixture server on 127.0.0.1: only loopback traffic; every refused address is refused
// before any connection is attempted.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { guardedFetch } from '../../src/ingest/sources/http/client.ts';
import { allowedClasses, refusedAddress } from '../../src/ingest/sources/http/guard.ts';
import { conditional, type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts';

let server: FixtureServer;
const loopback = new Set(['loopback'] as const);

before(async () => {
  server = await startFixtureServer({
    '/feed.xml': conditional('<rss version="2.0"><channel><title>t</title></channel></rss>', 'application/rss+xml'),
    '/to-metadata': (_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    },
    '/to-file': (_req, res) => {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/hop1': (_req, res) => {
      res.writeHead(302, { location: '/feed.xml' });
      res.end();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
      // Never finishes: the client must give up on the header alone.
    },
    '/huge-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (res.write(chunk)) {
          if (res.destroyed) return;
        }
        res.once('drain', pump);
      };
      res.on('error', () => {});
      pump();
    },
    '/trickle': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/busy': (_req, res) => {
      res.writeHead(503, { 'retry-after': '7' });
      res.end();
    },
  });
});
after(() => server.close());

test('address classes: loopback, private, link-local refused unless allowed; reserved ones always', () => {
  const none = new Set<never>();
  assert.match(refusedAddress('127.0.0.1', none) ?? '', /loopback/);
  assert.match(refusedAddress('::1', none) ?? '', /loopback/);
  assert.match(refusedAddress('::ffff:127.0.0.1', none) ?? '', /loopback/);
  assert.match(refusedAddress('10.1.2.3', none) ?? '', /private/);
  assert.match(refusedAddress('192.168.1.1', none) ?? '', /private/);
  assert.match(refusedAddress('fd00::1', none) ?? '', /private/);
  assert.match(
    refusedAddress('169.254.169.254', allowedClasses(true)) ?? '',
    /link-local .*allow_private: \[link-local\]/,
  );
  assert.match(refusedAddress('0.0.0.0', allowedClasses(true)) ?? '', /reserved/);
  assert.equal(refusedAddress('93.184.216.34', none), null);
  assert.equal(refusedAddress('127.0.0.1', loopback), null);
  assert.deepEqual([...allowedClasses(['loopback', 'bogus'])], ['loopback']);
});

test('loopback is refused by default, before connecting', async () => {
  const r = await guardedFetch(server.url('/feed.xml'), { allow: new Set() });
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.error.kind === 'refused' && /loopback/.test(r.error.message));
  assert.equal(server.requests.length, 0, 'no request reached the server');
});

test('a name is checked after DNS resolution: one resolving to a private address is refused', async () => {
  const r = await guardedFetch('http://feeds.example/feed.xml', {
    allow: loopback,
    resolve: async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ],
  });
  assert.ok(!r.ok && r.error.kind === 'refused' && /feeds\.example resolves to 10\.0\.0\.7/.test(r.error.message));
});

test('the address checked is the address connected to (a name resolved by the test resolver reaches the fixture)', async () => {
  const port = new URL(server.url('/')).port;
  const r = await guardedFetch(`http://feeds.example:${port}/feed.xml`, {
    allow: loopback,
    resolve: async () => [{ address: '127.0.0.1', family: 4 }],
  });
  assert.ok(r.ok && r.status === 200, JSON.stringify(r));
  assert.equal(server.requests.at(-1)?.headers.host, `feeds.example:${port}`);
});

test('conditional GET: the ETag gives 304', async () => {
  const first = await guardedFetch(server.url('/feed.xml'), { allow: loopback });
  assert.ok(first.ok && first.status === 200 && first.etag === '"v1"');
  const again = await guardedFetch(server.url('/feed.xml'), { allow: loopback, etag: first.etag });
  assert.ok(again.ok && again.status === 304);
  const since = await guardedFetch(server.url('/feed.xml'), { allow: loopback, lastModified: first.lastModified });
  assert.ok(since.ok && since.status === 304);
});

test('redirects: followed and re-checked; to 169.254.169.254 or file: refused; more than 5 refused', async () => {
  const ok = await guardedFetch(server.url('/hop1'), { allow: loopback });
  assert.ok(ok.ok && ok.status === 200 && ok.url.endsWith('/feed.xml'));
  const meta = await guardedFetch(server.url('/to-metadata'), { allow: loopback });
  assert.ok(
    !meta.ok && meta.error.kind === 'refused' && /169\.254\.169\.254 is a link-local address/.test(meta.error.message),
  );
  const file = await guardedFetch(server.url('/to-file'), { allow: loopback });
  assert.ok(!file.ok && /only http and https/.test(file.error.message));
  const loop = await guardedFetch(server.url('/loop'), { allow: loopback });
  assert.ok(!loop.ok && loop.error.kind === 'redirects');
  assert.equal(server.requests.filter((r) => r.path === '/loop').length, 6);
  const direct = await guardedFetch('file:///etc/passwd', { allow: loopback });
  assert.ok(!direct.ok && direct.error.kind === 'refused');
});

test('size: over the limit by Content-Length or while streaming; a trickle hits the deadline', async () => {
  const declared = await guardedFetch(server.url('/huge-declared'), { allow: loopback, maxBytes: 1024 * 1024 });
  assert.ok(!declared.ok && declared.error.kind === 'too_large' && !declared.error.retryable);
  const started = Date.now();
  const streamed = await guardedFetch(server.url('/huge-streamed'), { allow: loopback, maxBytes: 1024 * 1024 });
  assert.ok(!streamed.ok && streamed.error.kind === 'too_large', JSON.stringify(streamed));
  const trickle = await guardedFetch(server.url('/trickle'), { allow: loopback, timeoutMs: 400 });
  assert.ok(!trickle.ok && trickle.error.kind === 'timeout' && trickle.error.retryable);
  assert.ok(Date.now() - started < 5000);
});

test('HTTP errors say whether to retry, with Retry-After', async () => {
  const busy = await guardedFetch(server.url('/busy'), { allow: loopback });
  assert.ok(!busy.ok && busy.error.retryable && busy.error.status === 503 && busy.error.retryAfterMs === 7000);
  const missing = await guardedFetch(server.url('/missing'), { allow: loopback });
  assert.ok(!missing.ok && !missing.error.retryable && missing.error.status === 404);
});
