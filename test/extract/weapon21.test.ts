// Weapons on English leads (weapon21), each shape with invented texts: "rockets" as the news's loose word for a
// missile when the report names one, a weapon of another semicolon clause that tells its own event, and an alarm that
// takes no weapon from an attack noun beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2023-06-14T09:00:00+00:00';
const tuples = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`).sort();
const weaponsOf = (facts: Fact[], kind: Fact['kind']) =>
  [...new Set(facts.filter((f) => f.kind === kind).map((f) => f.weapon))].sort();

describe('"rocket" is a missile in a report that names a missile', () => {
  it('a headline rocket strike over a lead that tells a missile strike is one missile strike', () => {
    const facts = extractText(
      '4 dead in Russian rocket strike on Sumy\n\nA Russian missile strike on a bakery in the city of Sumy killed four people, officials said.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'strike'), ['missile']);
  });

  it('"cruise missiles" names a missile too', () => {
    const facts = extractText(
      'Two Russian rockets hit a depot in Poltava overnight. Officials said the cruise missiles came from the Caspian Sea.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'strike'), ['cruise_missile'], JSON.stringify(tuples(facts)));
  });

  it('the class read points at the word that named it, read from context', () => {
    const text =
      '4 dead in Russian rocket strike on Sumy\n\nA Russian missile strike on a bakery in the city of Sumy killed four people, officials said.';
    const facts = extractText(text, 'en', at);
    const fields = facts.filter((f) => f.kind === 'strike').map((f) => f.fields.weapon);
    assert.ok(fields.length > 0, JSON.stringify(tuples(facts)));
    for (const field of fields) {
      assert.equal(field?.text, 'missile');
      assert.equal(field?.start, text.indexOf('missile'));
    }
    assert.ok(fields.some((field) => field?.inferred === true));
  });

  it("negative: an air defence's missiles name no missile that struck", () => {
    const facts = extractText(
      'Rockets struck a market in Kherson on Friday, wounding three. The city asked Kyiv for more IRIS-T interceptor missiles.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'strike'), ['rocket']);
  });

  it("negative: an alarm's missile names no missile that struck", () => {
    const facts = extractText(
      'Rockets hit a school in Kherson on Friday. A missile alert was declared across the south.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'strike'), ['rocket']);
  });

  it('negative: a report that names no missile keeps its rockets', () => {
    const facts = extractText(
      'Russian rocket strikes on the village of Kozacha Lopan in the Kharkiv region injured three people on Tuesday.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'strike'), ['rocket']);
  });

  it('negative: rockets of a named launcher stay rockets beside a missile', () => {
    const facts = extractText(
      'HIMARS rockets hit a depot near Melitopol on Tuesday. Russia said it shot down a missile over Crimea.',
      'en',
      at,
    );
    assert.ok(
      facts.some((f) => f.weapon === 'rocket'),
      JSON.stringify(tuples(facts)),
    );
  });

  it("negative: a Grad missile is the Grad launcher's rocket, so the report names no missile", () => {
    const facts = extractText(
      'A Grad missile struck a farm outside Nikopol on Sunday morning, damaging a barn and two tractors. Officials said a cruise missile hit Zaporizhzhia.',
      'en',
      at,
    );
    assert.ok(weaponsOf(facts, 'strike').includes('rocket'), JSON.stringify(tuples(facts)));
  });
});

describe("a weapon of another semicolon clause that tells its own event is not the verb's", () => {
  it('drones destroyed after a semicolon do not take the missile of the clause before', () => {
    const facts = extractText(
      'A missile hits a grain warehouse in Poltava; Russia says 9 drones destroyed over its regions overnight',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'interception'), ['uav']);
  });

  it('a drone launched in the clause after does not strike the port of the clause before', () => {
    const facts = extractText(
      'Strikes on the port of Reni wound two and damage a granary; Moscow says a drone was launched at Kursk',
      'en',
      at,
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike' && f.region?.code === 'UA-51').map((f) => f.weapon),
      [null],
    );
  });

  it('negative: a pronoun after a semicolon points back to the weapon of the clause before', () => {
    const facts = extractText('Russia launched three drones at Sumy; all were shot down, the governor said.', 'en', at);
    assert.deepEqual(weaponsOf(facts, 'interception'), ['uav']);
  });

  it('negative: a list item after a semicolon keeps the weapon of the verb before it', () => {
    const facts = extractText('Уничтожены 7 беспилотников: 4 над Брянской областью; 3 над Курской областью.', 'ru', at);
    assert.deepEqual(weaponsOf(facts, 'interception'), ['uav']);
  });

  for (const [lang, text, weapon, kind] of [
    [
      'en',
      'The army said it repelled a large attack on the Odesa region overnight; 14 of 17 drones were shot down.',
      'uav',
      'interception',
    ],
    ['ru', 'Вечером ПВО отразила атаку на Курскую область; сбиты 6 беспилотников.', 'uav', 'interception'],
    ['uk', 'Уночі сили ППО відбили атаку на Дніпропетровщину; збито 9 дронів.', 'uav', 'interception'],
    ['en', 'Air defences repelled a night attack on Lviv; 11 drones were destroyed', 'uav', 'interception'],
    [
      'en',
      'Russia launched a heavy attack on Kharkiv overnight; drones hit a power substation in the city.',
      'uav',
      'strike',
    ],
  ] as const) {
    it(`negative: a clause that tells the same kind of event keeps its weapon (${lang}: ${text})`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.deepEqual(weaponsOf(facts, kind as Fact['kind']), [weapon], JSON.stringify(tuples(facts)));
    });
  }

  it("negative: a semicolon with the weapon on the verb's own side changes nothing", () => {
    const facts = extractText(
      'Air defences shot down 12 drones over Kursk; no one was hurt, the governor said.',
      'en',
      at,
    );
    assert.deepEqual(weaponsOf(facts, 'interception'), ['uav']);
  });
});

describe('an alarm takes no weapon from an attack noun told beside it', () => {
  for (const [lang, text] of [
    ['en', 'Air raid alerts sounded across the country after drone strikes on the Lviv region overnight.'],
    ['en', 'Two hurt in a Zaporizhzhia missile attack as air raid alerts sound in the south'],
    ['uk', 'Ми чергували під час повітряних тривог і ракетних атак, розповіла лікарка з Одеси.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      const alerts = facts.filter((f) => f.kind === 'alert');
      assert.ok(alerts.length > 0, JSON.stringify(tuples(facts)));
      assert.deepEqual(
        alerts.map((f) => f.weapon),
        alerts.map(() => null),
      );
    });
  }

  it('negative: a threat word before the weapon makes the attack what the alarm warns of', () => {
    const facts = extractText('Повітряна тривога в Миколаївській області через загрозу ракетної атаки.', 'uk', at);
    assert.deepEqual(weaponsOf(facts, 'alert'), ['missile']);
  });

  for (const [text, weapon] of [
    ['An air raid alert was declared in the Odesa region because of a missile attack threat.', 'missile'],
    ['Air raid alert across the Dnipropetrovsk region over possible drone attacks.', 'uav'],
  ] as const) {
    it(`negative: a threat word after the attack noun or "possible" before the weapon (${text})`, () => {
      assert.deepEqual(weaponsOf(extractText(text, 'en', at), 'alert'), [weapon]);
    });
  }

  it("negative: the alarm's own weapon word stays", () => {
    const facts = extractText('A missile alert was declared in the Belgorod region on Monday morning.', 'en', at);
    assert.deepEqual(weaponsOf(facts, 'alert'), ['missile']);
  });
});
