// Serves the page built from web/ (dist/web: index.html and assets/) with a strict Content-Security-Policy: scripts,
// styles and data only from this origin, no inline script, no eval, no plugins, no framing. The page renders every
// report through text nodes; the policy is the second wall should a bug ever let markup through.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/web beside the package, whether the server runs from src/api/ (tsx) or from the dist/ bundle. */
export function defaultWebDir(): string | null {
  for (const up of ['../../dist/web', '../web', './web']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

/** The page's routes. `dir` is the built page's folder, or how to find it: a server started before `npm run build`
 *  looks again on each request until the page is there, so it serves the page built later without a restart. */
export function webRoutes(dir: string | null | (() => string | null) = defaultWebDir): Hono {
  const web = new Hono();
  const files = new Map<string, Uint8Array>();
  let found = typeof dir === 'function' ? dir() : dir;
  const read = (path: string): Uint8Array | null => {
    if (found === null && typeof dir === 'function') found = dir();
    if (found === null) return null;
    let bytes = files.get(path);
    if (!bytes) {
      const file = join(found, path);
      if (!existsSync(file)) return null;
      bytes = readFileSync(file);
      files.set(path, bytes);
    }
    return bytes;
  };
  const send = (path: string, cache: string) => {
    const bytes = read(path);
    if (!bytes) return null;
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': cache,
      },
    });
  };

  web.get('/', (c) => {
    return (
      send('index.html', 'no-cache') ??
      c.text('The page is not built: run `npm run build` (it builds dist/web from web/).', 503)
    );
  });
  // Names only, no folders: nothing outside dist/web/assets can be asked for.
  web.get('/assets/:name{[A-Za-z0-9][A-Za-z0-9._-]*}', (c) => {
    return send(`assets/${c.req.param('name')}`, 'no-cache') ?? c.json({ error: 'no such asset' }, 404);
  });
  return web;
}
