import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPlaces } from '../../src/extract/common/gazetteer.ts';
import { declineAll, declineByCase } from '../../src/extract/common/gazetteer-forms.ts';
import { extractText } from '../helpers/extract-text.ts';

const GEN = 1;
const DAT = 2;
const INS = 4;
const LOC = 5;

describe('gazetteer forms: Ukrainian masculine -ець', () => {
  it('drops the vowel in every oblique case', () => {
    for (const [town, gen, loc, ins] of [
      ['Кременець', 'Кременця', 'Кременці', 'Кременцем'],
      ['Трускавець', 'Трускавця', 'Трускавці', 'Трускавцем'],
      ['Марганець', 'Марганця', 'Марганці', 'Марганцем'],
      ['Тростянець', 'Тростянця', 'Тростянці', 'Тростянцем'],
      ['Бобринець', 'Бобринця', 'Бобринці', 'Бобринцем'],
    ] as const) {
      const forms = declineByCase(town, 'uk');
      assert.deepEqual(forms[GEN], [gen], town);
      assert.deepEqual(forms[LOC], [loc], town);
      assert.deepEqual(forms[INS], [ins], town);
      assert.ok(forms[DAT].includes(`${gen.slice(0, -1)}ю`), town);
      assert.ok(!forms.flat().some((f) => /еці$|еццю$/.test(f)), `${town}: no undropped vowel`);
    }
  });

  it('softens л before the dropped vowel and declines a compound town both ways', () => {
    assert.deepEqual(declineByCase('Козелець', 'uk')[LOC], ['Козельці']);
    const kam = declineByCase("Кам'янець-Подільський", 'uk');
    assert.deepEqual(kam[LOC], ["Кам'янці-Подільському"]);
    assert.deepEqual(kam[INS], ["Кам'янцем-Подільським"]);
    assert.deepEqual(kam[GEN], ["Кам'янця-Подільського"]);
  });

  it('leaves other words in -ць and -ь as they were', () => {
    // -ець after a vowel is not this shape; feminine -нь keeps its -і and -ню.
    assert.deepEqual(declineByCase('Умань', 'uk')[LOC], ['Умані']);
    assert.ok(declineAll('Бориспіль', 'uk').includes('Борисполі'));
  });
});

describe('gazetteer forms: Ukrainian feminine adjective-shaped names', () => {
  it('gives a lone -ова/-ева/-на name the adjective endings beside the noun ones', () => {
    for (const [town, gen, loc] of [
      ['Лозова', 'Лозової', 'Лозовій'],
      ['Борова', 'Борової', 'Боровій'],
      ['Попасна', 'Попасної', 'Попасній'],
      ['Надвірна', 'Надвірної', 'Надвірній'],
      ['Піщана', 'Піщаної', 'Піщаній'],
    ] as const) {
      const forms = declineByCase(town, 'uk');
      assert.ok(forms[GEN].includes(gen), `${town}: ${forms[GEN]}`);
      assert.ok(forms[LOC].includes(loc), `${town}: ${forms[LOC]}`);
      assert.ok(forms[INS].includes(`${town.slice(0, -1)}ою`), town);
    }
  });

  it('keeps nouns in -ина nouns only', () => {
    for (const town of ['Долина', 'Буковина', 'Харківщина']) {
      const forms = declineByCase(town, 'uk');
      assert.ok(forms[LOC].includes(`${town.slice(0, -1)}і`), town);
      assert.ok(!forms[LOC].some((f) => f.endsWith('ій')), `${town}: ${forms[LOC]}`);
    }
  });

  it('declines a name as an adjective when told its Russian name is one, whatever its shape', () => {
    assert.ok(!declineAll('Ясинувата', 'uk').includes('Ясинуватій'));
    assert.ok(declineAll('Ясинувата', 'uk', true).includes('Ясинуватій'));
    assert.ok(declineAll('Глибока', 'uk', true).includes('Глибокої'));
    // The hint is about a feminine -а word; a masculine noun stays a noun.
    assert.deepEqual(declineAll('Лиман', 'uk', true), declineAll('Лиман', 'uk'));
  });

  it('does not touch Russian', () => {
    assert.deepEqual(declineAll('Лозовая', 'ru'), declineAll('Лозовая', 'ru', false));
  });
});

describe('gazetteer: the generated forms find the towns', () => {
  it('reads the locatives of -ець towns and adjective-shaped names', () => {
    for (const [text, surface, code] of [
      ['Вночі у Кременці пролунали вибухи', 'Кременці', 'UA-61'],
      ['Вибухи у Кам’янці-Подільському', 'Кам’янці-Подільському', 'UA-68'],
      ['Під Трускавцем збили ракету', 'Трускавцем', 'UA-46'],
      ['У Лозовій пошкоджено склад', 'Лозовій', 'UA-63'],
      ['у Попасній тривають бої', 'Попасній', 'UA-09'],
      ['обстріл у Ясинуватій', 'Ясинуватій', 'UA-14'],
    ] as const) {
      const m = findPlaces(text).find((f) => f.text === surface);
      assert.ok(m, `${text}: ${JSON.stringify(findPlaces(text).map((f) => f.text))}`);
      assert.equal(m.code, code, surface);
      assert.equal(text.slice(m.start, m.end), surface);
    }
  });

  it('reads a compound district whose first word holds an apostrophe', () => {
    const facts = extractText(
      "Вночі над Кам'янець-Подільським районом сили ППО знищили 3 дрони.",
      'uk',
      '2025-06-15T07:00:00+03:00',
    );
    assert.ok(facts.length > 0);
    for (const f of facts) assert.equal(f.region?.code, 'UA-68', f.kind);
  });
});
