import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createApp } from '../../src/api/app.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-05-20T09:00:00+03:00');

/** The API is what lives under /api/ (the page and its assets, and /healthz, are not), except the document itself and
 *  its reference page (and that page's address with a slash, which redirects to it). */
const isApiRoute = (path: string) =>
  path.startsWith('/api/') && path !== '/api/openapi.json' && path !== '/api/docs' && path !== '/api/docs/';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] }>>;
}

async function setup() {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
  return { store, app, doc };
}

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const { store, doc } = await setup();
  assert.equal(doc.openapi, '3.1.0');
  const result = await new Validator().validate(doc as never);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  await store.close();
});

test('every route the app serves is in the document, and every documented operation is served', async () => {
  const { store, app, doc } = await setup();
  const served = new Set(
    app.routes
      .filter((r) => r.method !== 'ALL' && isApiRoute(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  );
  const documented = new Set(
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    ),
  );
  assert.deepEqual([...served].sort(), [...documented].sort());
  assert.ok(documented.has('GET /api/incidents') && documented.has('GET /api/changes'));
  assert.ok(
    [...documented].every((op) => isApiRoute(op.split(' ')[1] ?? '')),
    'the document holds only /api/ routes',
  );
  await store.close();
});

test('every documented enum parameter is checked: a value outside it is a 400 that names the parameter', async () => {
  const { store, app, doc } = await setup();
  let checked = 0;
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const param of methods.get?.parameters ?? []) {
      if (param.in !== 'query' || !param.schema?.enum) continue;
      const res = await app.request(`${path}?${param.name}=not-a-${param.name}`);
      assert.equal(res.status, 400, `${path} ${param.name}`);
      assert.equal(((await res.json()) as { field?: string }).field, param.name, `${path} ${param.name}`);
      checked++;
    }
  }
  assert.ok(checked >= 10, `only ${checked} enum parameters were found`);
  await store.close();
});

test('GET /api/docs renders every documented path offline, with no script', async () => {
  const { store, app, doc } = await setup();
  const res = await app.request('/api/docs');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const html = await res.text();
  for (const path of Object.keys(doc.paths)) assert.ok(html.includes(`<code>${path}</code>`), path);
  assert.ok(!/<script|https?:\/\/(?!localhost)[^"]*\.(js|css)/.test(html));
  await store.close();
});

test("the document lists a window's precisions, the contract's six and the 'evening' extension", async () => {
  const { store, doc } = await setup();
  const text = JSON.stringify(doc);
  const found = [...text.matchAll(/"precision":\{[^{}]*"enum":\[([^\]]*)\]/g)].map((m) => JSON.parse(`[${m[1]}]`));
  assert.ok(found.length > 0, 'no enum for when.precision');
  for (const values of found) {
    for (const v of ['exact', 'hour', 'night', 'day', 'evening', 'week', 'unknown']) assert.ok(values.includes(v), v);
  }
  await store.close();
});

test('the Incident schema documents every key a served incident has (a nationwide one and a disputed one too)', async () => {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const post = (text: string, published_at: string, source: string) =>
    app.request('/api/reports', { method: 'POST', body: JSON.stringify({ text, published_at, source }) });
  await post(
    'Overnight air defences destroyed 12 drones over Bryansk Oblast, the Defence Ministry said.',
    '2025-05-20T07:00:00+03:00',
    'Ministry',
  );
  await post('Fifteen drones were shot down over Bryansk Oblast overnight.', '2025-05-20T08:00:00+03:00', 'Wire');
  await post(
    'Russia launched 40 drones at Ukraine overnight, the air force said.',
    '2025-05-20T08:30:00+03:00',
    'Air Force',
  );
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  const documented = new Set(Object.keys(doc.components.schemas.Incident?.properties ?? {}));
  const incidents = (await (await app.request('/api/incidents')).json()) as Record<string, unknown>[];
  assert.ok(incidents.length >= 2, 'the fixture made incidents');
  const served = new Set(incidents.flatMap((i) => Object.keys(i)));
  assert.ok(served.has('country') || incidents.length > 0);
  for (const key of served) assert.ok(documented.has(key), `the Incident schema lacks "${key}"`);
  await store.close();
});

test('GET /api/reports/{id}: the document lists every field the answer holds, and the answer fits it', async () => {
  const { store, app, doc } = await setup();
  const posted = await app.request('/api/reports', {
    method: 'POST',
    body: JSON.stringify({
      text: 'Overnight air defences destroyed 4 drones over Tula Oblast, Governor Dmitry Milyaev said.',
      published_at: '2025-05-20T08:00:00+03:00',
      url: 'https://example.org/tula-night',
      source: 'Example Wire',
    }),
  });
  const { report_id } = (await posted.json()) as { report_id: string };
  const answer = (await (await app.request(`/api/reports/${report_id}`)).json()) as Record<string, unknown>;
  type Schema = { $ref?: string; properties?: Record<string, Schema>; required?: string[] };
  const full = doc as unknown as {
    paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Schema } } } } } }>;
    components: { schemas: Record<string, Schema> };
  };
  const deref = (s: Schema): Schema => (s.$ref ? full.components.schemas[s.$ref.split('/').pop()!]! : s);
  const schema = deref(full.paths['/api/reports/{id}']!.get.responses[200].content['application/json'].schema);
  const documented = Object.keys(schema.properties ?? {});
  for (const key of Object.keys(answer)) assert.ok(documented.includes(key), `${key} is not in the document`);
  for (const key of ['provenance', 'forwarded_from', 'removed', 'published_inferred']) {
    assert.ok(schema.required?.includes(key), `${key} is not required`);
  }
  const provenance = deref(schema.properties!.provenance!);
  for (const key of Object.keys(answer.provenance as object)) {
    assert.ok(Object.keys(provenance.properties ?? {}).includes(key), `provenance.${key} is not in the document`);
  }
  await store.close();
});
