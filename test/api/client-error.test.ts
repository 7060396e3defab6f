// A request Node's HTTP parser refuses before any route: the API's JSON error saying what to fix, not an empty 400.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { test } from 'node:test';
import { answerClientError, clientErrorAnswer } from '../../src/api/client-error.ts';

/** Sends raw bytes to a server with the handler and reads the whole answer. */
async function rawRequest(bytes: Buffer): Promise<string> {
  const server = createServer((_req, res) => res.end('ok'));
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  try {
    return await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      socket.on('data', (d) => chunks.push(d));
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
  } finally {
    server.close();
  }
}

test('a query typed unencoded (raw UTF-8 letters) is a JSON 400 naming the parameter and saying to encode', async () => {
  const answer = await rawRequest(
    Buffer.from('GET /api/incidents?region=RU-MOW&q=Внуково HTTP/1.1\r\nHost: a\r\n\r\n'),
  );
  assert.match(answer, /^HTTP\/1\.1 400 /);
  assert.match(answer, /content-type: application\/json/i);
  const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: string; field?: string };
  assert.equal(body.field, 'q');
  assert.match(body.error, /percent-encoded.*--data-urlencode/);
});

test('other parser errors keep their status, with a JSON body', () => {
  assert.equal(clientErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }))?.status, 431);
  const bad = clientErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' }));
  assert.equal(bad?.status, 400);
  assert.equal(bad?.body.field, undefined);
  assert.equal(clientErrorAnswer(Object.assign(new Error('x'), { code: 'ECONNRESET' })), null);
});
