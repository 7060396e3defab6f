// What the server answers a request that Node's HTTP parser refuses before any route sees it. Node's own answer is a
// bare "400 Bad Request" with no body; the commonest cause is a query typed with its letters as they are
// (`?q=Внуково` from curl or a script: bytes outside ASCII in the request line), and the API's errors are JSON
// `{ error, field }` everywhere else, saying what to fix.
import type { Socket } from 'node:net';

interface ParserError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

/** The status and JSON body for a parser error, or null when the connection is to be closed without an answer (the
 *  client went away). */
export function clientErrorAnswer(
  error: ParserError,
): { status: number; body: { error: string; field?: string } } | null {
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return null;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, body: { error: 'the request headers are too large' } };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, body: { error: 'the request took too long to arrive' } };
  }
  const line = requestLine(error.rawPacket);
  const at = line.findIndex((b) => b >= 0x80);
  if (at >= 0) {
    const field = parameterAt(line, at);
    return {
      status: 400,
      body: {
        error:
          'the URL holds characters that are not percent-encoded (letters outside ASCII, as in q=Внуково): encode ' +
          'them, e.g. curl -G --data-urlencode q=Внуково, or encodeURIComponent in a script',
        ...(field ? { field } : {}),
      },
    };
  }
  return { status: 400, body: { error: `the request could not be read as HTTP (${error.code ?? error.message})` } };
}

/** Answers on the socket and closes it, as Node's default does, but with the API's JSON error. */
export function answerClientError(error: ParserError, socket: Socket): void {
  const answer = clientErrorAnswer(error);
  if (answer === null || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(answer.body);
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[answer.status];
  socket.end(
    `HTTP/1.1 ${answer.status} ${reason}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function requestLine(raw: Buffer | undefined): number[] {
  if (!raw) return [];
  const end = raw.indexOf(0x0a);
  return [...raw.subarray(0, end < 0 ? raw.length : end)];
}

/** The query parameter whose value holds the byte at `at` ("q" in `?q=Внуково`), or undefined when it is in the
 *  path. */
function parameterAt(line: number[], at: number): string | undefined {
  const query = line.indexOf(0x3f);
  if (query < 0 || query > at) return undefined;
  let start = at;
  while (start > query + 1 && line[start - 1] !== 0x26) start--;
  const pair = Buffer.from(line.slice(start, at)).toString('latin1');
  const eq = pair.indexOf('=');
  return eq > 0 ? pair.slice(0, eq) : undefined;
}
