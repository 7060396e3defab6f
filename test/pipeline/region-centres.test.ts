// data/gazetteer/centres.json is derived from regions.json and cities.json (scripts/gen-centres.ts): this fails when
// the gazetteer was regenerated and the centres were not, so the region filter never reads stale town names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { centreForms, readSources } from '../../scripts/gen-centres.ts';

test('centres.json is what gen-centres derives from the gazetteer (run it after npm run gen:gazetteer)', () => {
  const { regions, cities } = readSources();
  const shipped = JSON.parse(readFileSync(new URL('../../data/gazetteer/centres.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, centreForms(regions, cities));
  // Every region whose centre is a town of its own has one (Kyiv Oblast's centre is the city, a region of its own).
  const missing = regions.filter((r) => r.centre && !(r.code in shipped)).map((r) => r.code);
  assert.deepEqual(missing, ['UA-32']);
});
