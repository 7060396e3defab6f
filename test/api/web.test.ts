import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, webRoutes } from '../../src/api/web.ts';

function builtPage() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets/app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'not an asset');
  return dir;
}

test('the page and its assets are served with the strict CSP and their content types', async () => {
  const dir = builtPage();
  const web = webRoutes(dir);
  const page = await web.request('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  const js = await web.request('/assets/app.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(js.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  rmSync(dir, { recursive: true });
});

test('the policy allows no inline script, no eval and nothing from another origin', () => {
  const script = /script-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)?.[1];
  assert.equal(script, "'self'");
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|https?:|\*/);
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
});

test('nothing outside the assets folder can be asked for', async () => {
  const dir = builtPage();
  const web = webRoutes(dir);
  for (const path of ['/assets/../secret.txt', '/assets/%2e%2e%2fsecret.txt', '/assets/.hidden', '/secret.txt']) {
    const res = await web.request(path);
    assert.notEqual(res.status, 200, path);
  }
  assert.equal((await web.request('/assets/nope.js')).status, 404);
  rmSync(dir, { recursive: true });
});

test('an unbuilt page answers 503 with how to build it', async () => {
  const res = await webRoutes(null).request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build/);
});

test('a page built after the server started is served without a restart', async () => {
  let dir: string | null = null;
  const web = webRoutes(() => dir);
  assert.equal((await web.request('/')).status, 503);
  dir = builtPage();
  const page = await web.request('/');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>t<\/title>/);
  assert.equal((await web.request('/assets/app.js')).status, 200);
  rmSync(dir, { recursive: true });
});
