// Several facts in one sentence (issue 8): a clause or list item with its own word of an event and its own place,
// left without a fact by the reading of the whole sentence, is read alone (detect/clause-attacks.ts). Invented texts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2025-03-10T09:00:00+02:00';
const tuples = (facts: Fact[]) => facts.map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`).sort();
const has = (facts: Fact[], kind: string, region: string) =>
  facts.some((f) => f.kind === kind && f.region?.code === region);

describe('a second clause with its own verb of attack and its own place tells a strike of its own', () => {
  for (const [lang, text, kind, region, weapon] of [
    ['en', 'Russian drones hit Kharkiv overnight and missiles struck Odesa.', 'strike', 'UA-51', 'missile'],
    [
      'en',
      'Air defences downed a missile over Vinnytsia region, while another three hit Khmelnytskyi.',
      'strike',
      'UA-68',
      null,
    ],
    ['en', 'Russia attacks Kherson twice in a day, reports drone strike in Kursk region', 'strike', 'UA-65', null],
    ['en', 'Russia fires missiles at Odesa, shelling kills two in Kramatorsk', 'strike', 'UA-14', null],
    ['uk', 'Дрони у Брянській області та удар по аеродрому в Джанкої: що відомо', 'strike', 'UA-43', null],
    ['ru', 'Дроны в Брянской области и удар по аэродрому в Джанкое: что известно', 'strike', 'UA-43', null],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      const found = facts.find((f) => f.kind === kind && f.region?.code === region);
      assert.ok(found, JSON.stringify(tuples(facts)));
      // The clause's own weapon, or none: never the other clause's.
      assert.equal(found.weapon, weapon);
      // The sentence is the evidence, as for every fact; the region's span is the clause's place.
      assert.ok(found.evidence.text.startsWith(text.slice(0, 10)));
      assert.equal(found.fields.region?.inferred, false);
    });
  }
});

describe('a list item with its own blast and place is a blast there, whatever weapon another item names', () => {
  for (const [lang, text] of [
    ['uk', 'Пожежа на складі в Курську, атака дронами та вибух на підстанції у Бердянську: головне за ніч'],
    ['ru', 'Пожар на складе в Курске, атака дронов и взрыв на подстанции в Бердянске: главное за ночь'],
    ['en', 'A fire at a warehouse in Kursk, a drone attack and an explosion at a substation in Berdiansk'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.ok(has(facts, 'explosion', 'UA-23'), JSON.stringify(tuples(facts)));
      assert.ok(has(facts, 'fire', 'RU-KRS'), JSON.stringify(tuples(facts)));
    });
  }
});

describe('a clause read alone keeps to its side of a semicolon for its speaker', () => {
  it('en: the speaker of the second half does not speak for the first', () => {
    const facts = extractText(
      'War live: two killed in Russian strikes on Kherson; Moscow says it downed drones over Kursk',
      'en',
      at,
    );
    const strike = facts.find((f) => f.kind === 'strike' && f.region?.code === 'UA-65');
    assert.ok(strike, JSON.stringify(tuples(facts)));
    assert.equal(strike.claimant, null);
  });
});

describe('a full stop that closes an abbreviation keeps its place in the clause', () => {
  for (const [lang, text, region] of [
    ['uk', 'Дрон атакував Харків, а ракета влучила в м. Суми.', 'UA-59'],
    ['ru', 'Дрон атаковал Харьков, а ракета попала в г. Курск.', 'RU-KRS'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.ok(has(facts, 'strike', region), JSON.stringify(tuples(facts)));
      assert.ok(has(facts, 'strike', 'UA-63'), JSON.stringify(tuples(facts)));
    });
  }
});

describe('"after" that dates the verb of its own clause is no reference to another attack', () => {
  for (const [lang, text] of [
    ['en', 'Drones hit Kharkiv overnight, and after 3 a.m. missiles struck Odesa.'],
    ['ru', 'Дроны атаковали Харьков, а после полуночи ракеты попали в Одессу.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.ok(has(facts, 'strike', 'UA-51'), JSON.stringify(tuples(facts)));
    });
  }
});

describe('negative: an attack the later clause recalls or measures by is no news of its own', () => {
  for (const [lang, text, region] of [
    ['en', 'Drones struck Kharkiv, a month after the attack on Sumy.', 'UA-59'],
    ['en', 'Drones attacked Kharkiv, the heaviest attack since the strike on Kyiv in July.', 'UA-30'],
    ['en', 'Drones attacked Kharkiv, the heaviest attack since the strike on Kyiv.', 'UA-30'],
    ['en', 'The governor of Kursk said drones attacked Belgorod, and recalled the strike on Sumy.', 'UA-59'],
    ['ru', 'Беспилотники атаковали Белгород, напомним, удар по Курску был в августе.', 'RU-KRS'],
    ['ru', 'Беспилотники атаковали Белгород, напомним, удар по Курску был ночью.', 'RU-KRS'],
    ['uk', 'Дрони атакували Суми, через місяць після удару по Харкову.', 'UA-63'],
    ['uk', 'Дрони атакували Суми, нагадаємо, удар по Харкову був тиждень тому.', 'UA-63'],
    ['en', 'Missiles hit Odesa on Monday, the same day last year a strike on Dnipro killed 40.', 'UA-12'],
    ['en', 'Missiles hit Odesa on Monday, while on August 5 a strike on Dnipro killed 40.', 'UA-12'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang as Lang, at);
      assert.ok(!has(facts, 'strike', region), JSON.stringify(tuples(facts)));
    });
  }
});

describe('negative: places that are not attacked gain no fact', () => {
  it('en: a list under one verb is the list, once', () => {
    assert.deepEqual(tuples(extractText('Drones hit Kharkiv and Odesa overnight.', 'en', at)), [
      'strike UA-51 uav',
      'strike UA-63 uav',
    ]);
  });
  it('en: an attack fought off over a city is its interception, no strike beside it', () => {
    const facts = extractText(
      "Ukraine's air force repelled a large Russian attack on Kyiv, shooting down all 12 drones sent toward the capital.",
      'en',
      at,
    );
    assert.ok(!has(facts, 'strike', 'UA-30'), JSON.stringify(tuples(facts)));
  });
  it('ru: where the downed drone was heading is no place of the debris', () => {
    const facts = extractText(
      'Мэр: «Силами ПВО под Подольском сбит беспилотник, летевший на Москву. На месте падения обломков пострадавших нет».',
      'ru',
      at,
    );
    assert.ok(!has(facts, 'debris', 'RU-MOW'), JSON.stringify(tuples(facts)));
  });
  it('ru: a sea and the land it is near stay one fact at sea', () => {
    const facts = extractText(
      'Дежурными средствами ПВО уничтожены три беспилотника над акваторией Черного моря вблизи Крымского полуострова и над территорией Брянской области.',
      'ru',
      at,
    );
    assert.ok(!has(facts, 'interception', 'UA-43'), JSON.stringify(tuples(facts)));
  });
  it('ru: the ends of a route and the place someone was taken to are no place of a fact', () => {
    const facts = extractText('В Белгороде взрывы, повреждён поезд сообщением Москва-Курск.', 'ru', at);
    assert.deepEqual(
      facts.map((f) => f.region?.code).filter((c) => c !== 'RU-BEL'),
      [],
      JSON.stringify(tuples(facts)),
    );
    const taken = extractText('В Херсоне обстрел, раненую женщину доставили до больницы Николаева.', 'ru', at);
    assert.ok(!taken.some((f) => f.region?.code === 'UA-48'), JSON.stringify(tuples(taken)));
  });
  it('uk: a launch site is no place of the attack', () => {
    const facts = extractText('Ворог запустив дрони з Курської області, а один дрон влучив у Суми.', 'uk', at);
    assert.ok(!has(facts, 'strike', 'RU-KRS'), JSON.stringify(tuples(facts)));
  });
});
