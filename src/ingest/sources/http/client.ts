// One guarded HTTP GET: the address checked after DNS resolution is the address connected to, at most 5 redirects
// each checked again, http and https only (never file:), a deadline for the whole exchange (a server that trickles
// one byte a second is cut off), a size limit checked on Content-Length and again while reading, and conditional
// requests (If-None-Match, If-Modified-Since). Every failure says whether trying again later can help.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressClass, refusedAddress } from './guard.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface FetchOptions {
  allow: ReadonlySet<AddressClass>;
  /** Deadline for the whole exchange, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
  /** DNS, injectable for tests ('feeds.example' -> 127.0.0.1); defaults to the system resolver. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  userAgent?: string;
}

export type FetchErrorKind = 'refused' | 'timeout' | 'too_large' | 'http' | 'network' | 'redirects' | 'bad_url';

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
  /** Whether the same request later may succeed (a timeout, a 503), as opposed to never (a refused address, a 404). */
  retryable: boolean;
  status?: number;
  /** From a 429 or 503's Retry-After. */
  retryAfterMs?: number;
}

/** Whether a source's error is a refusal (every refused fetch's message starts "refused: "): it depends on the
 *  settings (allow_private, --allow-private, the row's url), never on the server, so it may be gone when they change. */
export function isRefusal(message: string | null): boolean {
  return message?.startsWith('refused: ') === true;
}

export type FetchResult =
  | {
      ok: true;
      status: 200;
      url: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      bytes: Uint8Array;
    }
  | { ok: true; status: 304; url: string; etag: string | null; lastModified: string | null }
  | { ok: false; url: string; error: FetchError };

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

const systemResolve = async (host: string): Promise<ResolvedAddress[]> =>
  dnsLookup(host, { all: true, verbatim: true });

class Stop extends Error {
  constructor(readonly error: FetchError) {
    super(error.message);
  }
}

/** The one address this request may connect to: every address the name resolves to must pass, else it is refused
 *  (a name that answers both a public and a private address is a rebinding attempt). */
async function vetHost(host: string, opts: FetchOptions): Promise<ResolvedAddress> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) !== 0) {
    const why = refusedAddress(bare, opts.allow);
    if (why) throw new Stop({ kind: 'refused', message: `refused: ${why}`, retryable: false });
    return { address: bare, family: isIP(bare) };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (opts.resolve ?? systemResolve)(bare);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Stop({ kind: 'network', message: `cannot resolve ${bare}: ${code}`, retryable: true });
  }
  if (addresses.length === 0) throw new Stop({ kind: 'network', message: `${bare} has no address`, retryable: true });
  for (const a of addresses) {
    const why = refusedAddress(a.address, opts.allow);
    if (why) throw new Stop({ kind: 'refused', message: `refused: ${bare} resolves to ${why}`, retryable: false });
  }
  return addresses[0]!;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Stop({ kind: 'bad_url', message: `not a URL: ${raw}`, retryable: false });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Stop({
      kind: 'refused',
      message: `refused: only http and https are fetched, not ${url.protocol}`,
      retryable: false,
    });
  }
  if (url.username || url.password) {
    throw new Stop({ kind: 'refused', message: 'refused: credentials in a URL are not sent', retryable: false });
  }
  return url;
}

function header(res: IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
}

function retryAfter(res: IncomingMessage): number | undefined {
  const v = header(res, 'retry-after');
  if (v === null) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** One request to one vetted address; resolves with the response (body unread) or rejects with a Stop. */
function requestOnce(
  url: URL,
  target: ResolvedAddress,
  opts: FetchOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  // Node asks this for the address to connect to: it gets the one checked, never a second DNS answer.
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    } else {
      (callback as (e: null, a: string, f: number) => void)(null, target.address, target.family);
    }
  };
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? 'Sitrep (+https://example.org/sitrep)',
    accept: '*/*',
    'accept-encoding': 'identity',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, lookup: pinned, signal, family: target.family }, resolve);
    req.on('error', (error) => {
      if (signal.aborted)
        reject(
          new Stop({
            kind: 'timeout',
            message: `timed out after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`,
            retryable: true,
          }),
        );
      else
        reject(
          new Stop({
            kind: 'network',
            message: `${url.host}: ${(error as NodeJS.ErrnoException).code ?? error.message}`,
            retryable: true,
          }),
        );
    });
    req.end();
  });
}

async function readBody(
  res: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const declared = Number(header(res, 'content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new Stop({
      kind: 'too_large',
      message: `response too large: ${declared} bytes declared, limit ${maxBytes}`,
      retryable: false,
    });
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of res) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        res.destroy();
        throw new Stop({
          kind: 'too_large',
          message: `response too large: over the ${maxBytes}-byte limit`,
          retryable: false,
        });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof Stop) throw error;
    if (signal.aborted)
      throw new Stop({
        kind: 'timeout',
        message: `timed out after ${timeoutMs} ms while reading the body`,
        retryable: true,
      });
    throw new Stop({ kind: 'network', message: `reading the body: ${(error as Error).message}`, retryable: true });
  }
  return Buffer.concat(chunks, total);
}

export async function guardedFetch(rawUrl: string, opts: FetchOptions): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = rawUrl;
  try {
    for (let hop = 0; ; hop++) {
      const url = parseUrl(current);
      const target = await vetHost(url.hostname, opts);
      const res = await requestOnce(url, target, opts, controller.signal);
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        const location = header(res, 'location');
        if (location === null)
          throw new Stop({ kind: 'http', message: `HTTP ${status} without a Location`, retryable: false, status });
        if (hop + 1 > maxRedirects) {
          throw new Stop({ kind: 'redirects', message: `more than ${maxRedirects} redirects`, retryable: false });
        }
        current = new URL(location, url).toString();
        continue;
      }
      if (status === 304) {
        res.resume();
        return {
          ok: true,
          status: 304,
          url: current,
          etag: header(res, 'etag'),
          lastModified: header(res, 'last-modified'),
        };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const retryable = status === 408 || status === 425 || status === 429 || status >= 500;
        throw new Stop({ kind: 'http', message: `HTTP ${status}`, retryable, status, retryAfterMs: retryAfter(res) });
      }
      const bytes = await readBody(res, maxBytes, controller.signal, timeoutMs);
      return {
        ok: true,
        status: 200,
        url: current,
        contentType: header(res, 'content-type'),
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
        bytes,
      };
    }
  } catch (error) {
    if (error instanceof Stop) return { ok: false, url: current, error: error.error };
    if (controller.signal.aborted) {
      return {
        ok: false,
        url: current,
        error: { kind: 'timeout', message: `timed out after ${timeoutMs} ms`, retryable: true },
      };
    }
    return { ok: false, url: current, error: { kind: 'network', message: (error as Error).message, retryable: true } };
  } finally {
    clearTimeout(timer);
  }
}
