// What a POSTed report's odd characters become: bidi controls leave names and text (a source name cannot be shown
// turned around), every evidence span still points at its words, a NUL is refused by the field with a clear reason,
// and a text with nothing to read says so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { IngestOutcome } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-06-10T09:00:00+03:00');

async function post(body: unknown) {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const res = await app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { app, store, res };
}

test('a bidi override leaves the publisher, the title and the text; the evidence spans stay exact', async () => {
  const text = 'Ночью над Орловской областью\u202e уничтожены 5 беспилотников.\u200f Губернатор Андрей Клычков.';
  const { app, store, res } = await post({
    text,
    published_at: '2025-06-10T06:30:00+03:00',
    source: 'Daily\u202eswen',
    title: '\u2067Orel\u2069 drones',
  });
  assert.equal(res.status, 201);
  const outcome = (await res.json()) as IngestOutcome;
  const report = (await (await app.request(`/api/reports/${outcome.report_id}`)).json()) as {
    text: string;
    publisher: string;
    title: string;
    facts: { evidence: { start: number; end: number; text: string } }[];
  };
  assert.equal(report.publisher, 'Dailyswen');
  assert.equal(report.title, 'Orel drones');
  assert.doesNotMatch(report.text, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  assert.ok(report.facts.length > 0);
  for (const fact of report.facts) {
    assert.equal(report.text.slice(fact.evidence.start, fact.evidence.end), fact.evidence.text);
  }
  await store.close();
});

test('a NUL in the JSON text is a 400 naming text and saying what it is, not "binary file"', async () => {
  const { store, res } = await post({
    text: 'Над Брянском сбит беспилотник.\u0000',
    published_at: '2025-06-10T06:30:00+03:00',
  });
  assert.equal(res.status, 400);
  const body = (await res.json()) as { error: string; field: string };
  assert.equal(body.field, 'text');
  assert.match(body.error, /NUL character \(U\+0000/);
  assert.doesNotMatch(body.error, /binary/);
  await store.close();
});

test('a report from which nothing is read says so in its outcome', async () => {
  const { store, res } = await post({
    text: 'Сегодня в городе тепло и солнечно.',
    published_at: '2025-06-10T06:30:00+03:00',
  });
  assert.equal(res.status, 201);
  const outcome = (await res.json()) as IngestOutcome;
  assert.equal(outcome.facts, 0);
  assert.ok(outcome.warnings.includes('no facts read from this report'), outcome.warnings.join('; '));
  await store.close();
});

test('half of a surrogate pair ("\\ud800") is refused by its field with a 400, not stored as U+FFFD (ux35 #18)', async () => {
  const { store, res } = await post({
    text: 'Ночью над Орловской областью уничтожены 5 беспилотников.\ud800',
    published_at: '2025-06-10T06:30:00+03:00',
  });
  assert.equal(res.status, 400);
  assert.match(JSON.stringify(await res.json()), /text.*surrogate/);
  assert.equal(await store.countReports(), 0);
  const pair = await post({
    text: 'Ночью над Орловской областью уничтожены 5 беспилотников 🛩.',
    published_at: '2025-06-10T06:30:00+03:00',
  });
  assert.equal(pair.res.status, 201);
});
