// A city's "no one was hurt" told beside the air force's nationwide tally (trial ux40, defect 1 leftover): the wave's
// toll is not told, so its killed and injured stay null, and the city's 0 is said under the city's region, with its
// mayor, in the JSON (`casualties.scopes`), `sitrep explain`, the CSV's notes and the Atom summary. Text invented,
// ingested end to end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainIncident } from '../../src/cli/explain.ts';
import { csvRow } from '../../src/export/csv.ts';
import { ingestBytes, resolveDirty } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const now = new Date('2025-03-04T12:00:00Z');
const TEXT =
  "Russia launched 48 drones at Ukraine overnight, and air defences shot down 41 of them, Ukraine's air force said on Tuesday.\n\n" +
  'In Lviv, debris from a downed drone damaged the roof of a warehouse, Mayor Andriy Sadovyi said. No one was hurt, he said.';

test("a city's zero in a nationwide wave is the city's toll, not the wave's, in every output", async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await ingestBytes(store, new TextEncoder().encode(TEXT), {
      input: 'wire.txt',
      published: '2025-03-04T09:00:00+02:00',
      lang: 'en',
      now,
    });
    await resolveDirty(store);
    const [wave, ...rest] = await store.listIncidents({});
    assert.equal(rest.length, 0);
    assert.equal(wave!.kind, 'interception');
    assert.equal(wave!.region, null);
    assert.equal(wave!.casualties.killed, null);
    assert.equal(wave!.casualties.injured, null);
    assert.deepEqual(
      wave!.casualties.scopes?.map((s) => [s.field, s.region?.code, s.count, s.claimants.map((c) => c.name)]),
      [
        ['killed', 'UA-46', 0, ['Andriy Sadovyi']],
        ['injured', 'UA-46', 0, ['Andriy Sadovyi']],
      ],
    );

    const explained = (await explainIncident(store, wave!.id))!;
    assert.match(explained, /\n {2}casualties: none told of the whole incident\n/);
    assert.match(explained, /\n {2}casualties by place: Lviv Oblast: killed 0, injured 0, according to Andriy Sadovyi/);
    assert.doesNotMatch(explained, /casualties: killed 0/);

    const row = csvRow(wave!, { locate: () => null, regionName: () => undefined, now });
    assert.equal(row.fatalities, '');
    assert.equal(row.injured, '');
    assert.match(
      String(row.notes),
      /casualties by place: Lviv Oblast: killed 0, injured 0, according to Andriy Sadovyi/,
    );
  } finally {
    await store.close();
  }
});
