// Russian shapes from the ux31 trial (fixru31). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const ru = (text: string) => extractText(text, 'ru', '2026-10-14T07:00:00+03:00');
const regions = (facts: Fact[]) => [...new Set(facts.map((f) => f.region?.code ?? null))];
const places = (facts: Fact[]) => [...new Set(facts.map((f) => f.place?.name ?? null))];

describe('a village told with its district is not a namesake town elsewhere (item 3)', () => {
  it('«в селе Никольское Курского района»: Kursk Oblast, not the Leningrad-Oblast town, and each fact once', () => {
    const facts = ru('В селе Никольское Курского района обломки беспилотника повредили забор.');
    assert.deepEqual(regions(facts), ['RU-KRS']);
    assert.deepEqual(places(facts), [null]);
    assert.equal(facts.filter((f) => f.kind === 'damage').length, 1);
  });

  it('a town of any size: «в деревне Клин Брянского района» is not Klin of Moscow Oblast', () => {
    const facts = ru('В деревне Клин Брянского района дрон атаковал грузовик.');
    assert.ok(facts.length > 0);
    assert.deepEqual(regions(facts), ['RU-BRY']);
    assert.deepEqual(places(facts), [null]);
  });

  it('negative: a town with no village title and its own region stays itself', () => {
    const facts = ru('Над Никольским Ленинградской области сбит беспилотник.');
    assert.deepEqual(regions(facts), ['RU-LEN']);
  });
});
