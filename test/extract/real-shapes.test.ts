// Shapes that real posts take and our first fixtures never used (issue 8): Telegram markup around lists, number
// words in items, weapons named inside items, and the rest. Texts are ours, written in those shapes; each test
// names the general rule. How the rules add up on real texts is measured by `sitrep eval --texts`, not here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';

function extract(text: string, lang: Lang, published = '2025-03-10T06:00:00+03:00'): Fact[] {
  const p = prepareReport(new TextEncoder().encode(text), { input: 'test', published, lang, now: new Date(published) });
  assert.ok(p.ok, 'the report should prepare');
  return p.facts;
}

const byRegion = (facts: Fact[]) =>
  Object.fromEntries(facts.filter((f) => f.region).map((f) => [f.region?.code, f.count?.value ?? null]));

describe('breakdown lists as real posts write them', () => {
  it('an item that names its weapon between the number and the dash, in markup and number words', () => {
    const facts = extract(
      '⚡️ За ночь дежурными средствами ПВО **перехвачены и уничтожены 9 украинских беспилотных летательных аппаратов**:\n' +
        '▫️ **5** БПЛА – над территорией **Тульской** **области**;\n' +
        '▫️ три БПЛА – над территорией Смоленской области;\n' +
        '▫️ один БпЛА – над территорией **Тверской** области.',
      'ru',
    );
    assert.deepEqual(byRegion(facts), { 'RU-TUL': 5, 'RU-SMO': 3, 'RU-TVE': 1 });
    const total = facts.find((f) => f.aggregate);
    assert.equal(total?.count?.value, 9);
    const tula = facts.find((f) => f.region?.code === 'RU-TUL');
    assert.equal(tula?.fields.count?.text, '5', 'the count span is the number, not the weapon word after it');
  });

  it("an item's own weapon wins over the header's", () => {
    const facts = extract(
      'Средствами ПВО сбиты 6 воздушных целей:\n- 4 реактивных снаряда РСЗО «Вампир» – над территорией Белгородской области;\n- 2 БПЛА – над территорией Курской области.',
      'ru',
    );
    assert.equal(facts.find((f) => f.region?.code === 'RU-BEL')?.weapon, 'rocket');
    assert.equal(facts.find((f) => f.region?.code === 'RU-KRS')?.weapon, 'uav');
  });
});

describe('headlines that tell a strike or a blast without interception words', () => {
  it('a verb of destroying whose object is a target is a strike on it, not an interception', () => {
    const facts = extract('Военные уничтожили нефтебазу в Курской области', 'ru');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'RU-KRS']],
    );
    assert.equal(facts[0]?.object, 'industrial');
  });

  it('a verb of destroying whose object is a weapon stays an interception', () => {
    const facts = extract('Над Курской областью уничтожены два беспилотника.', 'ru');
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['interception'],
    );
  });

  it('a blast with no stated cause is an explosion fact', () => {
    const facts = extract('У Чернігові пролунали вибухи біля складу.', 'uk');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['explosion', 'UA-74']],
    );
  });

  it('a blast whose cause the report states is not a fact of its own', () => {
    const withWeapon = extract('Explosions were heard in Odesa as Russia fired drones at the port.', 'en');
    assert.ok(!withWeapon.some((f) => f.kind === 'explosion'));
    const later = extract('У Чернігові пролунали вибухи. Ворог завдав удару дроном по підстанції в Чернігові.', 'uk');
    assert.ok(!later.some((f) => f.kind === 'explosion'));
    assert.ok(later.some((f) => f.kind === 'strike' && f.region?.code === 'UA-74'));
  });
});
