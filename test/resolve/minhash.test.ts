import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateJaccard, lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { normalizeWords, shingleHashes } from '../../src/resolve/shingles.ts';

// Invented texts, written for these tests.
const POST =
  'Overnight, air defence units shot down 18 drones over the Bryansk region, Governor Ivan Petrov said on ' +
  'his channel. Debris fell on the outskirts of a village near the border, damaging the roof of a barn and two ' +
  'parked cars. Nobody was hurt. Emergency crews remain at the site and residents are asked to stay away from ' +
  'fragments and to report any unknown objects to the police.';
// The same post lightly edited by an aggregator: a new opening word and one detail changed.
const EDITED =
  'Tonight, air defence units shot down 18 drones over the Bryansk region, Governor Ivan Petrov said on ' +
  'his channel. Debris fell on the outskirts of a village near the border, damaging the roof of a barn and ' +
  'three parked cars. Nobody was hurt. Emergency crews remain at the site and residents are asked to stay away ' +
  'from fragments and to report any unknown objects to the police.';
const UNRELATED =
  'The city council approved a new budget for road repairs on Tuesday. Work on the northern bridge will start ' +
  'in spring, and the tram line along the river embankment is to reopen by the end of summer, officials said.';

test('signatures have 128 values, 32 band keys of the documented shape, and are repeatable', () => {
  const sig = minhashSignature(POST, 'en');
  assert.equal(sig.length, 128);
  assert.deepEqual(minhashSignature(POST, 'en'), sig);
  const bands = lshBands(sig);
  assert.equal(bands.length, 32);
  for (const b of bands) assert.match(b, /^b\d\d:[0-9a-f]{8}$/);
  assert.equal(new Set(bands.map((b) => b.slice(0, 3))).size, 32);
});

test('a light edit is a near-duplicate: shared bands and a high estimate', () => {
  const a = minhashSignature(POST, 'en');
  const b = minhashSignature(EDITED, 'en');
  const shared = lshBands(a).filter((k) => lshBands(b).includes(k));
  assert.ok(shared.length >= 1, 'at least one shared band');
  assert.ok(estimateJaccard(a, b) >= 0.6, `J=${estimateJaccard(a, b)}`);
});

test('unrelated texts share no band and estimate near zero', () => {
  const a = minhashSignature(POST, 'en');
  const b = minhashSignature(UNRELATED, 'en');
  assert.deepEqual(
    lshBands(a).filter((k) => lshBands(b).includes(k)),
    [],
  );
  assert.ok(estimateJaccard(a, b) < 0.1);
});

test('the estimate follows the true Jaccard of the shingle sets', () => {
  const half = POST.split('. ').slice(0, 2).join('. ');
  const a = new Set(shingleHashes(POST, 'en'));
  const b = new Set(shingleHashes(half, 'en'));
  const truth = [...b].filter((x) => a.has(x)).length / new Set([...a, ...b]).size;
  const estimate = estimateJaccard(minhashSignature(POST, 'en'), minhashSignature(half, 'en'));
  assert.ok(Math.abs(estimate - truth) < 0.15, `estimate ${estimate} vs truth ${truth}`);
});

test('case, ё, apostrophes and punctuation do not change a signature; inflection is stemmed away', () => {
  assert.deepEqual(
    minhashSignature('Ещё 4 беспилотника сбиты над областью!', 'ru'),
    minhashSignature('еще 4 беспилотника — сбиты над областью', 'ru'),
  );
  assert.deepEqual(
    normalizeWords('‘Drones destroyed,’ he said', 'en'),
    normalizeWords('drone destroyed he said', 'en'),
  );
  assert.deepEqual(normalizeWords('м’ясо', 'uk'), normalizeWords("м'ясо", 'uk'));
});

test('short texts use single words; an empty text has no bands and matches nothing', () => {
  assert.equal(shingleHashes('drones downed', 'en').length, 2);
  assert.equal(shingleHashes('three drones downed', 'en').length, 1);
  const empty = minhashSignature('', 'en');
  assert.deepEqual(lshBands(empty), []);
  assert.equal(estimateJaccard(empty, empty), 0);
  assert.equal(estimateJaccard(empty, minhashSignature(POST, 'en')), 0);
});
