// A fixture HTTP server on 127.0.0.1 only (an ephemeral port), for the fetch and watch tests: routes are plain
// handlers, every request is recorded, and nothing here ever connects anywhere.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureServer {
  url: (path: string) => string;
  routes: Map<string, Handler>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

export async function startFixtureServer(routes: Record<string, Handler> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A static body with an ETag and Last-Modified, answering 304 to a matching conditional request. */
export function conditional(body: string | Buffer, contentType: string, etag = '"v1"'): Handler {
  const lastModified = 'Sun, 25 May 2025 05:00:00 GMT';
  return (req, res) => {
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified });
    res.end(body);
  };
}
