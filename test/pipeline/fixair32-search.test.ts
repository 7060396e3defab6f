// ux32 #11: "AER" (Sochi's code), folded, is inside every «аэропорт …» form, so q=AER found nearly every airport
// incident. A query that is a code names that airport alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { airportCodesNamed } from '../../src/pipeline/search-terms.ts';

test('#11 a query that is an airport code gives that airport alone, in either case', () => {
  assert.deepEqual(airportCodesNamed('AER'), ['AER']);
  assert.deepEqual(airportCodesNamed('aer'), ['AER']);
  assert.deepEqual(airportCodesNamed('KLF'), ['KLF']);
});

test('#11 negative: names still find their airports by any spelling', () => {
  assert.deepEqual(airportCodesNamed('Sochi'), ['AER']);
  assert.deepEqual(airportCodesNamed('Шереметьево'), ['SVO']);
  assert.ok(airportCodesNamed('Zhukovsky').includes('ZIA'));
});
