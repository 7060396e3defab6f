// A town's adjective before a building, site or enterprise that was hit names the town, as before a facility (issue
// 8, thirty-seventh session, branch adj37). Every text is invented, in the style of real posts and headlines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { findObjectTowns } from '../../src/extract/common/districts.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-11-05T06:00:00Z';
const strikes = (text: string, lang: Lang) =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'strike')
    .map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);

describe("a town's adjective before an object that was hit (adj37)", () => {
  it('a residential block, an enterprise, a high-rise: lower case, a big town', () => {
    assert.deepEqual(strikes('Пять человек ранены после попадания дрона в курскую многоэтажку.', 'ru'), ['RU-KRS uav']);
    assert.deepEqual(strikes('Дрон атакував кременчуцьке підприємство.', 'uk'), ['UA-53 uav']);
    assert.deepEqual(strikes('Ракета влучила в харківську багатоповерхівку.', 'uk'), ['UA-63 missile']);
  });

  it('an enterprise or a plant by its own name, one adjective of the object between at most', () => {
    assert.deepEqual(strikes('Дроны атаковали Тамбовский спиртзавод.', 'ru'), ['RU-TAM uav']);
    assert.deepEqual(strikes('Беспилотник атаковал Воткинскую ГЭС.', 'ru'), ['RU-UD uav']);
    assert.deepEqual(strikes('Ворожий дрон влучив по Брянському коксохімічному підприємству.', 'uk'), ['RU-BRY uav']);
  });

  it('the evidence of the region is the adjective', () => {
    const [f] = extractText('Беспилотник атаковал белгородскую многоэтажку.', 'ru', PUBLISHED);
    assert.equal(f?.region?.code, 'RU-BEL');
    assert.equal(f?.fields?.region?.text, 'белгородскую');
  });

  it('a small town in lower case names none', () => {
    assert.deepEqual(strikes('Дрон попал в люботинскую многоэтажку.', 'ru'), ['- uav']);
  });

  it('no people, governments or officials: «киевский режим», «харківські депутати», «белгородский губернатор»', () => {
    assert.deepEqual(strikes('Дроны киевского режима атаковали многоэтажку.', 'ru'), ['- uav']);
    assert.deepEqual(strikes('Беспилотник атаковал многоэтажку, сообщил белгородский губернатор.', 'ru'), ['- uav']);
    assert.deepEqual(
      extractText('Харківські депутати засудили удар дрона по житловому будинку.', 'uk', PUBLISHED)
        .filter((f) => f.region !== null)
        .map((f) => f.region?.code),
      [],
    );
    // A noun between is no adjective of the object: the governor's house is no Belgorod's by this rule.
    const house = 'упали на белгородского губернатора дом';
    assert.deepEqual(
      findObjectTowns(house, [house.indexOf(' дом') + 1], () => false),
      [],
    );
  });

  it("a country's adjective, a region's or a sea's stem names no town", () => {
    assert.deepEqual(
      extractText('Украинская многоэтажка пострадала при ударе дрона.', 'ru', PUBLISHED).map((f) => f.region?.code),
      [],
    );
    assert.deepEqual(strikes('Крымский мост атаковали дроны.', 'ru'), ['- uav']);
    const pipeline = 'удар по Каспийскому трубопроводу';
    assert.deepEqual(
      findObjectTowns(pipeline, [pipeline.indexOf('трубопроводу')], () => false),
      [],
    );
    // The side's adjective is told by the lexicon (`ukrainian`, `russian`), which the caller reads.
    assert.deepEqual(
      findObjectTowns('Украинский завод', ['Украинский '.length], () => true),
      [],
    );
  });

  it('a named site still wins over the town its adjective spells', () => {
    assert.deepEqual(strikes('Беспилотник атаковал Славянский НПЗ.', 'ru'), ['RU-KDA uav']);
  });

  it('the object must follow the adjective straight, across no word but one adjective', () => {
    const text = 'дрон попал в белгородскую многоэтажку';
    assert.deepEqual(
      findObjectTowns(text, [text.indexOf('многоэтажку')], () => false).map((p) => [p.code, p.text]),
      [['RU-BEL', 'белгородскую']],
    );
    const far = 'белгородские власти сообщили: дрон попал в многоэтажку';
    assert.deepEqual(
      findObjectTowns(far, [far.indexOf('многоэтажку')], () => false),
      [],
    );
  });
});
