// ingestBatch stores many texts in one transaction with the same outcomes, in order, as one by one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestBatch, ingestBytes } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-05-07T12:00:00Z');
const enc = new TextEncoder();
const TEXT = 'Air defences destroyed 12 drones over Kursk Oblast overnight, Governor Alexei Smirnov said.';
const items = [
  { bytes: enc.encode(TEXT), opts: { input: 'late.txt', published: '2025-05-07T09:00:00+03:00', now } },
  { bytes: enc.encode(''), opts: { input: 'empty.txt', now } },
  { bytes: enc.encode(TEXT), opts: { input: 'early.txt', published: '2025-05-07T08:00:00+03:00', now } },
  {
    bytes: enc.encode('Over Bryansk Oblast, 7 drones were destroyed, Governor Bogomaz said.'),
    opts: { input: 'b.txt', published: '2025-05-07T08:00:00+03:00', now },
  },
];

test('a batch gives the outcomes one by one would, in order; the earlier copy becomes the report of record', async () => {
  const batched = await openStore({ url: ':memory:' });
  const one = await openStore({ url: ':memory:' });
  const a = await ingestBatch(batched, items);
  const b: Awaited<ReturnType<typeof ingestBytes>>[] = [];
  for (const item of items) b.push(await ingestBytes(one, item.bytes, item.opts));
  assert.deepEqual(
    a.map((o) => [o.input, o.status, o.report_id, o.facts]),
    b.map((o) => [o.input, o.status, o.report_id, o.facts]),
  );
  assert.deepEqual(
    a.map((o) => o.status),
    ['ingested', 'failed', 'duplicate', 'ingested'],
  );
  const record = await batched.getReport(a[0]!.report_id!);
  assert.equal(record?.input, 'early.txt');
  assert.equal(await batched.countReports(), 2);
  await batched.close();
  await one.close();
});
