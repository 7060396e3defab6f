// Places that kept a day's posts out of their incident (issue 9, twenty-third session, branch days23): the genitive
// of a district's adjective read as a town that declines the same way. Every text here is invented, with places and
// dates of our choosing, in the style of real posts; what the rule does on the real days is measured by `sitrep eval
// --real-clusters` (docs/eval-clusters.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { extractText } from '../helpers/extract-text.ts';

const codes = (text: string) => findPlaces(text).map((p) => p.code);

describe('the genitive of a district’s adjective is no town', () => {
  it('«Красноармейского района» is not the town Красноармейское (Samara Oblast)', () => {
    assert.deepEqual(codes('Осколками беспилотника повреждён дом в хуторе Красноармейского района'), []);
  });

  it('nor «Октябрьского городского округа», «Покровского направления»', () => {
    assert.ok(!codes('Дрон упал на территории Октябрьского городского округа').includes('RU-ROS'));
    assert.ok(!codes('Бои продолжаются на участке Покровского направления').includes('RU-ROS'));
  });

  it('the town itself, declined with no district noun after it, is still read', () => {
    assert.deepEqual(codes('Жителей Красноармейского предупредили об угрозе'), ['RU-SAM']);
  });

  it('a post about Krasnodar Krai keeps its facts there', () => {
    const facts = extractText(
      'Беспилотники атаковали два района Краснодарского края. В станице Красноармейского района обломками дрона повреждена крыша дома.',
      'ru',
      '2024-03-10T08:00:00+03:00',
    );
    const regions = facts.map((f) => f.region?.code ?? null);
    assert.ok(facts.length > 0 && !regions.includes('RU-SAM'), JSON.stringify(regions));
  });
});
