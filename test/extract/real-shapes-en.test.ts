// Shapes of English news leads (issue 8, the en-news-rss set): each test names a general rule found in several real
// leads. The texts are ours, written in those shapes; no lead is copied. How the rules add up on the real texts is
// measured by `sitrep eval --texts`, not here. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, published = '2023-05-10T08:00:00+00:00'): Fact[] => extractText(text, 'en', published);

const brief = (f: Fact | undefined) => [f?.kind, f?.region?.code ?? null, f?.weapon ?? null];

describe('a capital before a passive strike verb is what was struck', () => {
  it('"<capital> attacked by drones", "hit with missiles": the capital is the target', () => {
    assert.deepEqual(brief(extract('Odesa port spared as Kyiv attacked by Iranian-made drones overnight')[0]), [
      'strike',
      'UA-30',
      'uav',
    ]);
    assert.deepEqual(brief(extract('Moscow hit with Ukrainian drones for a second night')[0]), [
      'strike',
      'RU-MOW',
      'uav',
    ]);
    // A time may stand between the verb and its agent.
    assert.deepEqual(brief(extract('Kyiv was struck on Sunday by cruise missiles, the mayor said.')[0]), [
      'strike',
      'UA-30',
      'cruise_missile',
    ]);
  });

  it('the active voice keeps the capital as who attacked', () => {
    const facts = extract('Moscow hit Kherson with guided bombs on Monday, officials said.');
    assert.deepEqual(
      facts.map((f) => f.region?.code),
      ['UA-65'],
    );
  });
});

describe('"all of the" drones shot down are all that were launched', () => {
  it('the launch number of the headline is the count', () => {
    const facts = extract(
      'Russia launches 24 Shahed drones at Kyiv overnight\n\nThe air force said it had shot down all of the drones before they reached the capital.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.equal(f?.count?.value, 24);
    assert.equal(f?.launched?.value, 24);
  });

  it('without a launch number there is no count', () => {
    const facts = extract('Air defences shot down all of the drones over Kyiv, the city administration said.');
    assert.equal(facts[0]?.kind, 'interception');
    assert.equal(facts[0]?.count, null);
  });
});

describe('who says so in a news lead', () => {
  const claimants = (facts: Fact[]) => facts.map((f) => [f.claimant?.name ?? null, f.claimant?.role ?? null]);

  it('a side right before a verb of saying is its officials: "Ukraine says", "Moscow claimed"', () => {
    const facts = extract('Russian missile strike on a school in Zaporizhzhia kills two, Ukraine says');
    assert.deepEqual(claimants(facts.filter((f) => f.kind === 'strike')), [[null, 'official']]);
    // Residents are not the state.
    const other = extract('A drone hit a depot in Kharkiv overnight, Kyiv residents said.');
    assert.notEqual(other[0]?.claimant?.role, 'official');
  });

  it('a headline closed by a colon or a dash and a side or a role: that speaker, and the side is no place', () => {
    const [f] = extract('Russia hits Poltava with ballistic missiles, 9 dead: Kyiv');
    assert.deepEqual([f?.region?.code, f?.claimant?.role], ['UA-53', 'official']);
    const g = extract('Ukrainian drone strike on oil depot kills one - Authorities');
    assert.equal(g.find((x) => x.kind === 'strike')?.claimant?.role, 'official');
    // A tail with a number or a weapon is part of the news, not a speaker.
    const h = extract('Drones downed over two regions: 12 over Kursk');
    assert.ok(h.every((x) => x.claimant === null));
  });

  it('one official, singular, is an official; a capital before "official" is the state, not a place', () => {
    const [f] = extract('Drones hit an oil depot in Novorossiysk port, a Kyiv official says');
    assert.deepEqual([f?.region?.code, f?.claimant?.role], ['RU-KDA', 'official']);
  });

  it('a name holds no time, no lexicon word and no line break', () => {
    const facts = extract('A missile hit a warehouse in Lviv, killing two people, officials said Sunday.');
    assert.deepEqual(claimants(facts.filter((f) => f.kind === 'strike')), [[null, 'official']]);
    const titled = extract('Ukraine Says It Shot Down 20 Russian Drones Over Kyiv');
    assert.ok(titled.every((x) => x.claimant?.name !== 'It Shot Down'));
    assert.equal(titled.find((x) => x.kind === 'interception')?.claimant?.role, 'official');
    const broken = extract('Drones hit Belgorod, said the governor\n\nTwo people were injured.');
    assert.ok(broken.every((x) => x.claimant?.name !== 'Two'));
    // Initials keep their letters even when one is a word of a lexicon («в»).
    const p = prepareReport(
      new TextEncoder().encode(
        'Силами ПВО уничтожены 3 БПЛА над Брянской областью.\n\nГубернатор Брянской области А.В. Богомаз',
      ),
      { input: 'test', published: '2025-03-10T06:00:00+03:00', lang: 'ru', now: new Date('2025-03-10T06:00:00+03:00') },
    );
    assert.ok(p.ok);
    assert.equal(p.facts[0]?.claimant?.name, 'А.В. Богомаз');
  });
});

describe('one number over two classes of weapon', () => {
  it('"N missiles and drones" is one fact with no weapon class, not one per class with N each', () => {
    const facts = extract(
      'The air force said Russia launched 52 missiles and drones overnight, of which 40 were shot down.',
    ).filter((f) => f.kind === 'interception');
    assert.deepEqual(
      facts.map((f) => [f.weapon, f.count?.value, f.launched?.value]),
      [[null, 40, 52]],
    );
  });

  it('missile classes together are missiles; counted weapons keep their own classes', () => {
    const [f] = extract('Air defences downed seven Kalibr and Iskander missiles over the Odesa region.');
    assert.deepEqual([f?.weapon, f?.count?.value], ['missile', 7]);
    const own = extract('Air defences downed 12 drones and three cruise missiles over the Odesa region.');
    assert.deepEqual(
      own.map((x) => [x.weapon, x.count?.value]),
      [
        ['uav', 12],
        ['cruise_missile', 3],
      ],
    );
  });
});

describe('a whole country’s figure', () => {
  it('"across the country" does not borrow the region of the sentence before', () => {
    const facts = extract(
      'Explosions shook Lviv before dawn.\nRussia launched 40 drones across the country, and 31 of them were shot down, the air force said.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.deepEqual([f?.region, f?.count?.value, f?.launched?.value], [null, 31, 40]);
  });

  it('a region named in the sentence itself stays', () => {
    const [f] = extract('Missiles hit Lviv as sirens sounded across the country.');
    assert.equal(f?.region?.code, 'UA-46');
  });
});

describe('"N out of M" shot down', () => {
  it('is N destroyed of M launched', () => {
    const [f] = extract('Ukraine says it shot down 26 out of 30 Shahed drones overnight.');
    assert.deepEqual([f?.count?.value, f?.launched?.value], [26, 30]);
  });
});

describe('a headline drops the article: a bare singular weapon that hit is one', () => {
  it('as the subject right before the verb, or the agent of a passive one', () => {
    const [f] = extract('Russian missile hits school in Kharkiv, two hurt');
    assert.deepEqual([f?.kind, f?.weapon, f?.count?.value], ['strike', 'missile', 1]);
    const [g] = extract('Power plant in Kursk struck by Ukrainian drone');
    assert.deepEqual([g?.kind, g?.weapon, g?.count?.value], ['strike', 'uav', 1]);
  });

  it('not when the weapon only names the attack', () => {
    const facts = extract('Two pensioners killed in Russian missile strikes on Nikopol, police say');
    assert.equal(facts.find((f) => f.kind === 'strike')?.count, null);
    const [h] = extract('Apartment block in Dnipro hit by missile strike overnight');
    assert.equal(h?.count, null);
  });
});

describe('the side that launches is not where it landed', () => {
  it('"Moscow launches 30 drones at the Ukrainian capital": Kyiv, not Moscow', () => {
    const facts = extract('Moscow launches 30 drones at the Ukrainian capital overnight');
    assert.deepEqual(
      facts.map((f) => f.region?.code),
      ['UA-30'],
    );
  });
});

describe('a part of a toll is not a toll', () => {
  it('"three children were among those killed" gives no casualties of three', () => {
    const facts = extract(
      'Russian drone strike kills 9 in Lozova\n\nPolice say two teenagers were among those killed in the town.',
    );
    const killed = facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties?.killed);
    assert.deepEqual(killed, [9]);
  });
});

describe('headline verbs of shooting down and of hitting', () => {
  it('"downs", "thwarts" an attack, "fends off": interceptions', () => {
    const [f] = extract('Russia downs 11 drones over Bryansk region');
    assert.deepEqual([f?.kind, f?.region?.code, f?.count?.value], ['interception', 'RU-BRY', 11]);
    const [g] = extract('Moscow thwarts Ukrainian drone attack on Crimea, defence ministry says');
    assert.deepEqual([g?.kind, g?.region?.code, g?.weapon], ['interception', 'UA-43', 'uav']);
  });

  it('"slam into", "pummels": strikes; the weapon right before the verb is its subject, not the capital', () => {
    const [f] = extract('Russian rockets slam into apartment blocks in Mykolaiv');
    assert.deepEqual([f?.kind, f?.region?.code, f?.weapon], ['strike', 'UA-48', 'rocket']);
    const [g] = extract('Moscow office tower damaged as drones slam into a business district');
    assert.deepEqual([g?.kind, g?.region?.code], ['strike', 'RU-MOW']);
    // A weapon that only names the attack noun leaves the capital as who attacked.
    const h = extract('Moscow steps up drone attacks on Ukrainian cities');
    assert.ok(h.every((x) => x.region?.code !== 'RU-MOW'));
  });
});

describe('an age is not a count', () => {
  it('"Ex-paramedic, 41, is killed": no toll of 41', () => {
    const facts = extract('Ex-paramedic, 41, is killed in Russian drone strike on Kherson');
    assert.ok(facts.every((f) => f.casualties?.killed !== 41));
  });
});

describe('flights disrupted in a city with no airport named', () => {
  it('is an airport disruption of that city, its airports unnamed', () => {
    const facts = extract('Drones shot down near Kazan, disrupting flights');
    const f = facts.find((x) => x.kind === 'airport_disruption');
    assert.deepEqual([f?.region?.code, f?.airports], ['RU-TA', []]);
  });

  it('no city, no disruption', () => {
    const facts = extract('Strikes keep disrupting flights, analysts say');
    assert.ok(facts.every((x) => x.kind !== 'airport_disruption'));
  });
});

describe('a side that launches or fires weapons at a place', () => {
  it('strikes there, with no count', () => {
    const [f] = extract('Russia launches a fresh wave of Shahed drones at Odesa');
    assert.deepEqual([f?.kind, f?.region?.code, f?.weapon, f?.count], ['strike', 'UA-51', 'uav', null]);
  });

  it('"fires" with a weapon after it launches; it is no fire', () => {
    const facts = extract('Ukraine fires cruise missiles at Crimea overnight');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code]),
      [['strike', 'UA-43']],
    );
    // The noun still reads as a fire.
    const fire = extract('A drone strike on an oil depot in Bryansk started fires, the governor said.');
    assert.ok(fire.some((f) => f.kind === 'fire'));
  });
});

describe('a sea that names a fleet is no place', () => {
  it('"a depot of the Black Sea Fleet in Novorossiysk" is Novorossiysk', () => {
    const [f] = extract('Drones hit a depot of the Black Sea Fleet in Novorossiysk, the port said.');
    assert.deepEqual([f?.kind, f?.region?.code], ['strike', 'RU-KDA']);
  });

  it('the sea itself stays a sea', () => {
    const [f] = extract('Russia says it destroyed three naval drones over the Black Sea overnight.');
    assert.equal(f?.area, 'sea');
  });
});

describe('a headline’s strike told again below it', () => {
  it('takes the attribution the body gives it', () => {
    const facts = extract(
      'Ukraine war: Russian strike on homes in Kramatorsk\n\nTwo people died in a strike on houses in Kramatorsk, officials say.',
    );
    const strikes = facts.filter((f) => f.kind === 'strike');
    assert.deepEqual(
      strikes.map((f) => [f.region?.code, f.claimant?.role]),
      [['UA-14', 'official']],
    );
  });
});

describe('people killed or hurt in an attack named by its weapon', () => {
  const strikes = (facts: Fact[]) => facts.filter((f) => f.kind === 'strike').map(brief);

  it('"killed in missile strikes", "drone attacks injure" give a strike of that weapon, placed or not', () => {
    assert.deepEqual(strikes(extract('Kremlin accused of killing civilians in fresh missile strikes: Kyiv')), [
      ['strike', null, 'missile'],
    ]);
    assert.deepEqual(strikes(extract('Three injured in Russian drone attacks in Odesa overnight')), [
      ['strike', 'UA-51', 'uav'],
    ]);
    // The attack as the subject of the toll, with the number of people after it.
    assert.deepEqual(strikes(extract('Russian rocket strikes kill 4 in Nikopol, officials say')), [
      ['strike', 'UA-12', 'rocket'],
    ]);
  });

  it('no strike when the toll is not the attack’s', () => {
    assert.deepEqual(strikes(extract('Skiers return to the slopes as missile strikes have died down')), []);
    assert.deepEqual(
      strikes(extract('The pilot was killed in a helicopter crash, with no sign of a missile attack, officials said.')),
      [],
    );
  });
});

describe('weapons and waters named the way English leads name them', () => {
  it('a sea drone, a surface drone, a drone boat: an unmanned boat, one when singular', () => {
    for (const text of [
      'A Russian tanker was hit by a Ukrainian sea drone off Crimea, officials said.',
      'A Ukrainian drone boat struck a Russian patrol ship off Crimea overnight.',
    ]) {
      const f = extract(text).find((x) => x.kind === 'strike');
      assert.deepEqual([f?.weapon, f?.count?.value], ['unmanned_boat', 1], text);
    }
  });

  it('the Kerch Strait is water: a strike there has no region, the town of Kerch has one', () => {
    const [strait] = extract('A cargo ship was hit by a sea drone in the Kerch Strait overnight, officials said.');
    assert.deepEqual([strait?.kind, strait?.region?.code ?? null, strait?.area], ['strike', null, 'sea']);
    const [town] = extract('A drone hit a fuel depot in Kerch overnight, officials said.');
    assert.equal(town?.region?.code, 'UA-43');
  });

  it('S-300 fired at the ground is a missile; Tochka-U and Kh-47 are ballistic; Lancet is a drone', () => {
    const weapon = (text: string) => extract(text).find((f) => f.kind === 'strike' || f.kind === 'interception');
    const s300 = weapon('Russia hit Kharkiv with four S-300 missiles overnight, the governor said.');
    assert.deepEqual([s300?.weapon, s300?.weapon_model, s300?.count?.value], ['missile', 'S-300', 4]);
    assert.equal(weapon('A Tochka-U missile struck a depot in Donetsk on Monday.')?.weapon, 'ballistic_missile');
    assert.equal(
      weapon('Air defences shot down a Kh-47 missile over Kyiv, the air force said.')?.weapon,
      'ballistic_missile',
    );
    assert.equal(weapon('A Lancet struck a howitzer near Kupiansk, officials said.')?.weapon, 'uav');
  });
});

describe('a capital in the perfect tense of saying', () => {
  it('"…, Moscow has said": officials speak, and Moscow is no place', () => {
    const [f] = extract('A Russian tanker was hit by a Ukrainian sea drone near the Crimean Bridge, Moscow has said.');
    assert.deepEqual([f?.kind, f?.region?.code ?? null, f?.claimant?.role], ['strike', null, 'official']);
  });

  it('"the Kremlin has said" is officials, not a person called "The Kremlin"', () => {
    const [f] = extract('The Kremlin has said a drone attack on Sevastopol damaged two ships.');
    assert.deepEqual([f?.claimant?.name ?? null, f?.claimant?.role], [null, 'official']);
  });
});

describe('an attack the report told, fought off', () => {
  it('"says it repelled the attack": an interception of the weapon told before, with no count', () => {
    const facts = extract(
      'Ukrainian drones struck an oil depot in Novorossiysk, officials said.\n\nMoscow says it repelled the attack on the port.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.deepEqual([f?.region?.code, f?.weapon, f?.count], ['RU-KDA', 'uav', null]);
    assert.ok(facts.some((x) => x.kind === 'strike'));
  });

  it('"destroyed in an attack" tells what the attack did, not what was shot down', () => {
    const facts = extract(
      'A Ukrainian drone struck the airbase in Engels overnight. Three helicopters were damaged and one destroyed in the raid.',
    );
    assert.ok(!facts.some((f) => f.kind === 'interception'));
  });
});

describe('an institution speaks only where the sentence attributes to it', () => {
  it('a verb of saying with its own speaker leaves the ministry named elsewhere as no claimant', () => {
    const [f] = extract(
      'Russia’s defence ministry published a video of the admiral, a day after Ukraine claimed he died in a strike on the fleet’s headquarters in Sevastopol.',
    );
    assert.deepEqual([f?.kind, f?.claimant?.role], ['strike', 'official']);
    const [g] = extract(
      'Drones aimed at Defence Ministry buildings were downed over Moscow by jamming, according to Russian media.',
    );
    assert.notEqual(g?.claimant?.role, 'ministry');
  });

  it('the ministry that says it stays the claimant', () => {
    const [f] = extract('The Defence Ministry said air defences shot down three drones over Moscow.');
    assert.equal(f?.claimant?.role, 'ministry');
  });
});

describe('a part of the weapons just counted', () => {
  it('"40 missiles were fired …, and 35 of them were shot down": launched 40, destroyed 35', () => {
    const [f] = extract(
      'Ukraine’s army said 40 missiles were fired by Russia overnight, and 35 of them were shot down.',
    );
    assert.deepEqual([f?.kind, f?.count?.value, f?.launched?.value], ['interception', 35, 40]);
  });

  it('a count that is itself a part ("12 of the drones") is no launch total of the next part', () => {
    const facts = extract(
      'Russia downed 20 drones over Crimea. While 12 of the drones were shot down, eight of them were jammed.',
    );
    assert.ok(!facts.some((f) => f.launched?.value === 12));
  });
});

describe('places a sentence names in passing', () => {
  it('"the capital Kyiv": the name after the word is the place', () => {
    const facts = extract('Russian missiles struck the capital Kyiv overnight, officials said.');
    assert.deepEqual(
      facts.map((f) => f.region?.code),
      ['UA-30'],
    );
  });

  it('"from Uzhhorod in the west to Sumy in the east" leaves no one region for the next sentence', () => {
    const text = (where: string) =>
      `Ukrainian cities ${where} came under fire.\nUkraine’s army said 40 missiles were fired overnight, and 35 of them were shot down.`;
    const spread = extract(text('from Uzhhorod in the west to Sumy in the east')).find(
      (f) => f.kind === 'interception',
    );
    assert.equal(spread?.region, null);
    const one = extract(text('in the Kharkiv region')).find((f) => f.kind === 'interception');
    assert.equal(one?.region?.code, 'UA-63');
  });

  it('"the threat of shelling" tells no attack', () => {
    assert.deepEqual(extract('Residents left Kherson citing the threat of shelling by Ukrainian forces.'), []);
  });
});

const claimantOf = (f: Fact | undefined) => [f?.claimant?.name ?? null, f?.claimant?.role ?? null];

describe('institutions that speak in wire leads are the claimant', () => {
  it('a ministry, the military, the police and intelligence: "the interior ministry said", "Russia’s military said"', () => {
    const ministry = extract(
      'Three people were killed when a Russian missile hit a school in Sumy, the interior ministry said.',
    );
    assert.deepEqual(claimantOf(ministry.find((f) => f.kind === 'strike')), [null, 'ministry']);
    const military = extract('Air defences shot down three drones over the Kursk region, Russia’s military said.');
    assert.deepEqual(claimantOf(military[0]), [null, 'official']);
    const police = extract(
      'Ukrainian police said Russian rockets struck the village of Bilozerka in the Kherson region.',
    );
    assert.deepEqual(claimantOf(police[0]), [null, 'official']);
  });

  it('a commander speaks by name: "said Ukraine’s military chief, Valery Zaluzhnyy"', () => {
    const [f] = extract(
      'Russia fired 20 missiles overnight and 15 were shot down, said the army chief, Oleksandr Syrskyi.',
    );
    assert.deepEqual(claimantOf(f), ['Oleksandr Syrskyi', 'official']);
  });

  it('military bloggers are media, and the longer title wins over "military"', () => {
    const bloggers = extract(
      'A Ukrainian drone hit a substation in the Belgorod region, Russian military bloggers said.',
    );
    assert.deepEqual(claimantOf(bloggers[0]), [null, 'media']);
    const head = extract('Two drones were shot down over Odesa, the regional military administration said.');
    assert.deepEqual(claimantOf(head[0]), [null, 'military_administration']);
  });

  it('an institution named with no verb of saying is no claimant', () => {
    const [f] = extract('Russian military aircraft struck a bridge in the Kharkiv region overnight.');
    assert.equal(f?.claimant, null);
  });
});

describe('a capital that acts or owns is its state, not a place', () => {
  it('"Kyiv carried out the attack", "Kyiv bombards", "Kyiv’s air force said": no fact in the capital', () => {
    for (const text of [
      'Officials installed by Moscow said Kyiv carried out the attack on Luhansk with two missiles. A college was damaged.',
      'Drones hit Odesa overnight as Kyiv bombards occupied Melitopol, leaving thousands without power.',
      'Kyiv’s air force said Russia fired 30 drones and 12 of them were shot down overnight.',
      'The blast damaged a landing ship far from the front line, as Moscow increasingly tries to defend Crimea.',
    ]) {
      assert.ok(!extract(text).some((f) => f.region?.code === 'UA-30' || f.region?.code === 'RU-MOW'), text);
    }
  });

  it('the capital as the place still counts: "Kyiv’s mayor said", "drones attacked Kyiv"', () => {
    const mayor = extract('Kyiv’s mayor said two people were injured when drone debris fell on a house.');
    assert.ok(mayor.some((f) => f.region?.code === 'UA-30'));
    const target = extract('Russian drones attacked Kyiv overnight, the city’s military administration said.');
    assert.equal(target[0]?.region?.code, 'UA-30');
  });
});

describe('a wire dateline names where the story was filed, not where anything happened', () => {
  it('"KYIV:" and "MOSCOW (AP) —" at a line’s head', () => {
    const kyiv = extract(
      'Shelling wounds four in the south\n\nKYIV: Russian shelling wounded four people in a village of the Kherson region.',
    );
    assert.deepEqual(
      kyiv.map((f) => f.region?.code),
      kyiv.map(() => 'UA-65'),
    );
    const moscow = extract(
      'MOSCOW (AP) — Air defences shot down two drones over the Bryansk region, the governor said.',
    );
    assert.deepEqual(
      moscow.map((f) => f.region?.code),
      ['RU-BRY'],
    );
  });

  it('a city in capitals inside a sentence is a place', () => {
    const facts = extract('Drones struck KHARKIV overnight, the mayor said.');
    assert.equal(facts[0]?.region?.code, 'UA-63');
  });
});

describe('a weapon word before an attack noun names the attack, and the article counts the attack', () => {
  it('"a wave of missile strikes", "a series of rocket strikes", "a missile barrage": no count of weapons', () => {
    for (const text of [
      'Russia carried out a series of rocket strikes on the village of Bilozerka in the Kherson region.',
      'A woman died after a Russian rocket strike on a hamlet in the Chernihiv region, police said.',
      'A drone barrage on Odesa overnight damaged port warehouses, officials said.',
    ]) {
      const strike = extract(text).find((f) => f.kind === 'strike');
      assert.ok(strike, text);
      assert.equal(strike.count, null, text);
    }
  });

  it('the weapon as the head noun is still one: "a Russian missile hit a school"', () => {
    const [f] = extract('A Russian missile hit a school in Kramatorsk, police said.');
    assert.equal(f?.count?.value, 1);
  });
});

describe('strikes across a country with no preposition of aim', () => {
  it('"Russia fired a new round of missile strikes across Ukraine on Friday" is a nationwide strike', () => {
    const facts = extract(
      'Russia fired a new round of missile strikes across Ukraine on Friday, knocking out heating in several regions.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.deepEqual([strike?.weapon, strike?.region, strike?.country, strike?.count], ['missile', null, 'UA', null]);
  });

  it('talk of strikes with no side that made them is no strike', () => {
    assert.deepEqual(
      extract('Analysts expect more drone strikes across Russia this winter.').filter((f) => f.kind === 'strike'),
      [],
    );
  });
});

describe('a vague amount is no figure', () => {
  it('"dozens wounded", "several killed": no casualty figure, and no fact with none', () => {
    const facts = extract(
      'Several people were killed and dozens hurt when a Russian rocket hit a bus stop in Nikopol.',
    );
    assert.ok(!facts.some((f) => f.kind === 'casualties'));
    const stated = extract('At least three people were killed and dozens injured in a Russian strike on Kryvyi Rih.');
    assert.deepEqual(
      stated.filter((f) => f.kind === 'casualties').map((f) => f.casualties),
      [{ killed: 3, injured: null, children_killed: null, children_injured: null }],
    );
    // A vague amount of something else before the word leaves the figure after it.
    const flats = extract(
      'A drone hit a block of flats in Kolomna, setting several flats on fire and injuring two people.',
    );
    assert.deepEqual(
      flats.filter((f) => f.kind === 'casualties').map((f) => f.casualties),
      [{ killed: null, injured: 2, children_killed: null, children_injured: null }],
    );
  });

  it('"several drones", "dozens of missiles": a plural with no number has no count', () => {
    const [f] = extract(
      'Air defences destroyed several drones approaching an oil depot in the Krasnodar region, officials said.',
    );
    assert.deepEqual([f?.kind, f?.weapon, f?.count], ['interception', 'uav', null]);
    const [g] = extract(
      'Air defences destroyed 12 drones approaching an oil depot in the Krasnodar region, officials said.',
    );
    assert.equal(g?.count?.value, 12);
  });
});

describe('alarm words of English leads', () => {
  it('"air raid warning", "air-raid alarms sound in Kyiv" are alerts', () => {
    for (const text of [
      'Explosions were heard in Zaporizhzhia amid an air raid warning, the mayor said.',
      'Air-raid alarms sounded in Kyiv and Kharkiv early on Monday.',
    ]) {
      assert.ok(
        extract(text).some((f) => f.kind === 'alert'),
        text,
      );
    }
  });
});

describe('a capital that is the object of a place word, or owns a noun, is a place, not the state', () => {
  it('"Kyiv\'s military hospital": a noun after the possessive names a thing in the city', () => {
    const facts = extract('A Russian missile struck Kyiv’s military hospital on Tuesday night, wounding four people.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code ?? null]),
      [
        ['strike', 'UA-30'],
        ['casualties', 'UA-30'],
      ],
    );
    // The body itself still speaks for the state.
    const state = extract('Kyiv’s military said 30 drones had been shot down over the Odesa region.');
    assert.deepEqual(
      state.map((f) => f.region?.code ?? null),
      ['UA-51'],
    );
  });

  it('"over Kyiv fired", "in Kyiv called off": after a place preposition the capital is where it happened', () => {
    for (const text of [
      'Air defence units over Kyiv fired on drones before dawn, and falling wreckage damaged a garage.',
      'The air alert in Kyiv was called off after the Russian drones had been destroyed.',
    ]) {
      const facts = extract(text);
      assert.ok(facts.length > 0, text);
      assert.ok(
        facts.every((f) => f.region?.code === 'UA-30'),
        text,
      );
    }
    // With no preposition the capital acts.
    const acting = extract('Kyiv fired drones at the Belgorod region overnight, the governor said.');
    assert.ok(
      acting.every((f) => f.region?.code !== 'UA-30'),
      'Kyiv acts',
    );
  });
});

describe('a vague amount before a casualty word does not borrow the next casualty figure', () => {
  it('"several people were killed and 12 injured": killed unknown, injured 12', () => {
    const facts = extract('Russian drones struck Odesa overnight: several people died and 9 were wounded.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'casualties').map((f) => f.casualties),
      [{ killed: null, injured: 9, children_killed: null, children_injured: null }],
    );
  });
});

describe('a wire dateline is the opening of the report only', () => {
  it('city headings of a list in the body name where things happened', () => {
    const facts = extract(
      'Night strikes across Ukraine:\nKHARKIV: A Russian drone hit a house, injuring two people.\nODESA: Russian drones damaged port facilities, the governor said.',
    );
    const regions = new Set(facts.map((f) => f.region?.code ?? null));
    assert.ok(regions.has('UA-63'), JSON.stringify([...regions]));
    assert.ok(regions.has('UA-51'), JSON.stringify([...regions]));
    // An opening dateline with an agency stays where the agency filed from.
    const filed = extract('KYIV (Reuters) - Russian drones hit energy facilities in the Odesa region overnight.');
    assert.deepEqual(
      filed.map((f) => f.region?.code ?? null),
      ['UA-51'],
    );
  });
});

describe('an attack named by its weapon is an event when it is launched or does something', () => {
  it('"launched a barrage of missiles", "a drone barrage unleashed": a strike of that weapon, unplaced', () => {
    const launched = extract(
      'Moscow launched a fresh barrage of cruise missiles before dawn, knocking out heating in many towns.',
    );
    assert.deepEqual(launched.filter((f) => f.kind === 'strike').map(brief), [['strike', null, 'cruise_missile']]);
    const unleashed = extract('Heavy Russian drone barrage unleashed across Ukraine, officials say');
    assert.deepEqual(unleashed.filter((f) => f.kind === 'strike').map(brief), [['strike', null, 'uav']]);
  });

  it('"drone attacks leave thousands without power": what it did makes it an event, placed only in its clause', () => {
    const facts = extract(
      'Russian drone attacks leave 400,000 homes without power and Kyiv shells occupied Nova Kakhovka.',
    );
    assert.deepEqual(facts.filter((f) => f.kind === 'strike').map(brief)[0], ['strike', null, 'uav']);
    const placed = extract('Russian missile attacks on Odesa leave the port without electricity.');
    assert.deepEqual(placed.filter((f) => f.kind === 'strike').map(brief), [['strike', 'UA-51', 'missile']]);
  });

  it('talk of attacks with no launch and no effect stays commentary', () => {
    assert.deepEqual(extract('Allies debate whether to back Ukrainian long-range missile attacks inside Russia.'), []);
    assert.deepEqual(extract('Drone attacks have become the defining feature of the war, the report argues.'), []);
  });
});

describe('a toll in weapon strikes aimed at a place with no name', () => {
  it('"injured in rocket strikes on a southern city": a rocket strike, with the toll', () => {
    const facts = extract('Six injured in rocket strikes on eastern Ukrainian village, regional police say');
    assert.deepEqual(facts.filter((f) => f.kind === 'strike').map(brief), [['strike', null, 'rocket']]);
  });
});

describe('the means of an attack named after it', () => {
  it('"carried out the attack with three rockets": a strike of that weapon with its count, at the strike told before', () => {
    const facts = extract(
      'Ukraine struck a fuel depot in the occupied town of Berdiansk on Friday. Occupation authorities claimed Kyiv carried out the attack with four HIMARS rockets.',
    );
    const strike = facts.find((f) => f.kind === 'strike' && f.weapon !== null);
    assert.deepEqual(brief(strike), ['strike', 'UA-23', 'rocket']);
    assert.equal(strike?.count?.value, 4);
    // The capital before the phrase is the side that attacked, not the place struck.
    assert.ok(facts.every((f) => f.region?.code !== 'UA-30'));
  });

  it('"were carried out by drones", "blamed the attack on a sea drone": plural uncounted, singular one', () => {
    const plural = extract('The governor said the strikes on the depot were carried out by Ukrainian drones.');
    assert.deepEqual(plural.map(brief), [['strike', null, 'uav']]);
    assert.equal(plural[0]?.count, null);
    const single = extract('Pro-war bloggers blamed the attack on a Ukrainian sea drone, and the bridge was closed.');
    assert.deepEqual(single.map(brief), [['strike', null, 'unmanned_boat']]);
    assert.equal(single[0]?.count?.value, 1);
  });

  it('means that are no weapon give nothing', () => {
    assert.deepEqual(extract('The attack was carried out by unknown persons, police said.'), []);
  });
});

describe('a toll told in part and in full is one toll', () => {
  it('"three killed" in the headline and "three killed and 14 wounded" in the body: one casualties fact', () => {
    const facts = extract(
      'Three killed in Russian missile strike on Sumy\n\nThree people were killed and 14 wounded when a Russian missile hit a school in the city of Sumy, the interior ministry said.',
    );
    assert.deepEqual(
      facts.filter((f) => f.kind === 'casualties').map((f) => [f.region?.code, f.casualties]),
      [['UA-59', { killed: 3, injured: 14, children_killed: null, children_injured: null }]],
    );
  });

  it('two speakers keep their own tolls', () => {
    const facts = extract(
      'Two people were killed in the Russian drone strike on Odesa, the mayor said. Two people were killed and nine injured, the governor said later.',
    );
    assert.equal(facts.filter((f) => f.kind === 'casualties').length, 2);
  });
});

describe('military stores and hardware struck on the ground are targets', () => {
  it('"destroyed an ammunition depot near <town>": a strike and damage there, not an interception', () => {
    const facts = extract(
      'Ukrainian forces destroyed an ammunition depot near the occupied town of Tokmak in the Zaporizhzhia region, a spokesman said.',
    );
    assert.deepEqual(
      facts.map((f) => [f.kind, f.region?.code ?? null]),
      [
        ['strike', 'UA-23'],
        ['damage', 'UA-23'],
      ],
    );
  });

  it('"attacks that took out howitzers": damage told with the attack', () => {
    const facts = extract('An officer said strikes that took out two howitzers were carried out by Russian drones.');
    assert.deepEqual(facts.map((f) => f.kind).sort(), ['damage', 'strike']);
  });
});

describe('speakers known by their post, civil administrations and news agencies', () => {
  const speaker = (text: string) => extract(text).map((f) => [f.kind, f.claimant?.role ?? null]);

  it('a post held by an official speaks with a verb of saying', () => {
    assert.deepEqual(
      speaker('A Ukrainian colonel said the strikes on Mykolaiv were carried out by Russian drones.')[0],
      ['strike', 'official'],
    );
    assert.deepEqual(speaker('Russian missiles hit Zaporizhzhia overnight, a presidential adviser said.')[0], [
      'strike',
      'official',
    ]);
    // The title alone, with nobody saying anything, is no speaker.
    assert.deepEqual(speaker('Russian missiles hit Zaporizhzhia as the presidential adviser toured a hospital.')[0], [
      'strike',
      null,
    ]);
  });

  it("a city's administration speaks as its military administration", () => {
    const facts = speaker("Lviv's city administration said three people were injured in the drone attack.");
    assert.deepEqual(
      facts.find(([kind]) => kind === 'casualties'),
      ['casualties', 'military_administration'],
    );
  });

  it('a news agency quoted as the source is media, but a line crediting agencies names no one', () => {
    assert.deepEqual(
      speaker('The news agency Interfax said a rocket attack near Bakhmut killed one of its reporters.')[0],
      ['strike', 'media'],
    );
    const credited = extract(
      'A drone attack damaged two houses in Sumy overnight.\nRepairs began in the morning.\nWith Reuters and Agence France-Presse',
    );
    assert.ok(credited.length > 0);
    assert.ok(credited.every((f) => f.claimant === null));
    // A photo credit in brackets closing the lead is no signature either.
    const photo = extract(
      'Russian drones hit Kharkiv overnight\n\nSmoke rises over a district of the city after the attack, on May 3, 2023. (Ivan Petrenko/Reuters)',
    );
    assert.ok(photo.length > 0);
    assert.ok(photo.every((f) => f.claimant === null));
  });
});

describe('a known official named by surname alone before a verb of saying', () => {
  it('"Synehubov said …": the surname the officials data knows speaks, with its office', () => {
    const facts = extract('Synehubov said on Telegram that Russian missiles hit Kharkiv overnight.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.claimant?.role ?? null, f.claimant?.name ?? null]),
      [['strike', 'military_administration', 'Synehubov']],
    );
  });

  it('a surname the data does not know is no speaker', () => {
    const facts = extract('Hendriks said on Telegram that Russian missiles hit Kharkiv overnight.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.claimant]),
      [['strike', null]],
    );
  });

  it('a broadcaster quoted as the source is media: "Suspilne, Ukraine\'s public broadcaster, reported"', () => {
    const facts = extract("Russian drones hit Sumy overnight, Ukraine's public broadcaster reported.");
    assert.deepEqual(
      facts.map((f) => [f.kind, f.claimant?.role ?? null]),
      [['strike', 'media']],
    );
  });
});

describe('a side or its weapons launching at a whole country', () => {
  const told = (text: string) =>
    extract(text).map((f) => [f.kind, f.region?.code ?? null, f.weapon, f.country ?? null]);

  it('"fires drones and missiles at southern Ukraine": a strike of each weapon, in no region, in that country', () => {
    assert.deepEqual(told('Russia fires drones and missiles at southern Ukraine for a second night'), [
      ['strike', null, 'uav', 'UA'],
      ['strike', null, 'missile', 'UA'],
    ]);
  });

  it('the weapons may be the subject: "Ukrainian drones attacked Russia overnight"', () => {
    assert.deepEqual(told('Ukrainian drones attacked Russia overnight, Russian officials said.'), [
      ['strike', null, 'uav', 'RU'],
    ]);
  });

  it('attacks on a country as a topic, with no one launching, stay no fact', () => {
    assert.deepEqual(told("Analysts expect Russia's drone attacks on Ukraine to grow this winter."), []);
    assert.deepEqual(told('The drones on display were never fired at Ukraine, the exhibitors said.'), []);
    assert.deepEqual(told('The warning comes amid a pattern of drone attacks targeting Russian territory.'), []);
  });
});

describe('event reports and passing mentions (docs/eval.md)', () => {
  const kinds = (text: string) => extract(text).map((f) => [f.kind, f.region?.code ?? null]);

  it('a denial cancels its own clause, not the strike told before it', () => {
    assert.deepEqual(
      kinds(
        'Kyiv said drones exploded near the river during an overnight strike on Izmail, a claim that Moldova denied.',
      ),
      [['strike', 'UA-51']],
    );
    assert.deepEqual(kinds('The ministry denied that a missile struck Kherson.'), []);
  });

  it('a call to the public tells no event: "asked residents to report any debris"', () => {
    const facts = extract(
      'Air defences downed two drones over Belgorod overnight, the governor said. He asked residents to report any debris found to the police.',
    );
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['interception'],
    );
    assert.deepEqual(kinds('The mayor urged residents to heed air raid alerts over the holidays.'), []);
  });

  it('attacks told as a habit or a trend are no event', () => {
    assert.deepEqual(kinds('Life in Odesa now follows the daily wail of air raid sirens.'), []);
    assert.deepEqual(kinds('Near-constant reports of fires and drone attacks unsettle people in Kursk.'), []);
    assert.deepEqual(kinds('Moscow has increased its drone attacks on Ukrainian cities this spring.'), []);
    // The habit's clause only: the strike after the comma is told as an event.
    assert.deepEqual(kinds('Sirens sound daily in Sumy, and on Monday a missile hit a school in Kharkiv.'), [
      ['strike', 'UA-63'],
    ]);
  });

  it('"fired 40 drones at" a place is a wave aimed, not a count of what struck', () => {
    const facts = extract('Russia fired 40 drones at Ukraine overnight, the air force said.');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.weapon, f.count, f.launched]),
      [['strike', 'uav', null, null]],
    );
    // One weapon launched at a target is the one that struck.
    const one = extract('Ukrainian troops launched a Tochka-U missile at a depot in Donetsk, officials said.');
    assert.equal(one[0]?.count?.value, 1);
    // The article of "a missile and drone attack" counts the attack, not the missiles.
    const attack = extract('Russia launched a huge missile and drone attack on Lviv overnight.');
    assert.deepEqual(
      attack.map((f) => f.count),
      attack.map(() => null),
    );
  });
});

describe('a launch of several weapons and the part shot down', () => {
  const told = (text: string) =>
    extract(text).map((f) => [
      f.kind,
      f.region?.code ?? null,
      f.weapon,
      f.count?.value ?? null,
      f.launched?.value ?? null,
      f.country ?? null,
    ]);

  it('a count belongs to the weapon it is told with, and the same weapon named again is no new fact', () => {
    assert.deepEqual(
      told(
        'Russia launched 64 drones and three ballistic missiles at Ukraine overnight, the air force said, adding that 52 drones were shot down.',
      ),
      [
        ['interception', null, 'uav', 52, 64, 'UA'],
        ['interception', null, 'ballistic_missile', null, 3, 'UA'],
      ],
    );
  });

  it('the report names one city only later: the wave stays the country’s, the city gets its own strike', () => {
    assert.deepEqual(
      told(
        'Russia launched 47 drones at Ukraine overnight. Air defences shot down 39 of them. In Poltava, a drone hit a warehouse, the mayor said.',
      ),
      [
        ['interception', null, 'uav', 39, 47, 'UA'],
        ['strike', 'UA-53', 'uav', 1, null, null],
      ],
    );
  });

  it('a report that names its one place later still places what no side launched', () => {
    assert.deepEqual(
      told('Air defences shot down 12 drones overnight. Debris damaged a roof in Poltava, the mayor said.').map((f) =>
        f.slice(0, 2),
      ),
      [
        ['interception', 'UA-53'],
        ['damage', 'UA-53'],
        ['debris', 'UA-53'],
      ],
    );
  });
});

describe('country-level attacks told as noun phrases', () => {
  const told = (text: string) => extract(text).map((f) => [f.kind, f.region?.code ?? null, f.weapon]);

  it('"a missile and drone attack on towns across Ukraine": a strike of each weapon', () => {
    assert.deepEqual(told('Russia mounted a big missile and drone attack on towns across Ukraine overnight.'), [
      ['strike', null, 'missile'],
      ['strike', null, 'uav'],
    ]);
    // One weapon named: one strike.
    assert.deepEqual(told('Russia mounted a big missile attack on towns across Ukraine overnight.'), [
      ['strike', null, 'missile'],
    ]);
  });

  it('"missile attacks force power shutdowns": the attacks and the outage', () => {
    assert.deepEqual(told('Missile attacks force Ukrainian power shutdowns'), [
      ['strike', null, 'missile'],
      ['power_outage', null, null],
    ]);
    assert.deepEqual(told('Planned power shutdowns resume in Kyiv after repairs'), []);
  });

  it('the capital blamed or accused is the state, not where anything happened', () => {
    assert.deepEqual(
      told('Drones hit Ukraine overnight as Russia accuses Kyiv of shelling Belgorod').map((f) => f[1]),
      ['RU-BEL'],
    );
    assert.deepEqual(
      told('Drones hit Kyiv overnight, the mayor said.').map((f) => f[1]),
      ['UA-30'],
    );
  });
});

describe('a weapon as the subject of a present-tense verb of striking', () => {
  const told = (text: string) => extract(text).map((f) => [f.kind, f.region?.code ?? null, f.weapon]);

  it('"Drones target Kursk region", "drones strike Belgorod": a strike on the place after the verb', () => {
    assert.deepEqual(told('Drones target Kursk region for a third night'), [['strike', 'RU-KRS', 'uav']]);
    assert.deepEqual(told('Ukrainian drones strike Belgorod suburbs, Russian media say'), [
      ['strike', 'RU-BEL', 'uav'],
    ]);
  });

  it('the noun stays a noun: "a missile strike" with no place after it counts nothing', () => {
    const facts = extract('3 dead, 14 wounded in Kramatorsk missile strike, officials say');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.count ?? null, null);
  });

  it('a capital that unleashed or sent something is the state', () => {
    assert.deepEqual(
      told('A rocket hit a clinic in Zaporizhzhia as Moscow unleashed a fresh salvo of missiles.').map((f) => f[1]),
      ['UA-23'],
    );
  });
});

describe('a toll governed by its own verb', () => {
  // Real shape: "killed at least N and wounded dozens", "kills at least N, including a child, wounds others".
  it('a number right after one casualty verb is not the next verb’s vague amount', () => {
    const a = extract('A Russian missile killed at least 9 people in Sumy and wounded dozens, officials said.');
    assert.deepEqual(a.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 9,
      injured: null,
      children_killed: null,
      children_injured: null,
    });
    const b = extract('Overnight drone attack on Odesa kills at least 2, including a teenager, wounds others');
    assert.deepEqual(b.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 2,
      injured: null,
      children_killed: 1,
      children_injured: null,
    });
  });

  it('each verb keeps the number told with it', () => {
    const c = extract('Two people were killed and seven wounded when a missile hit Poltava, the governor said.');
    assert.deepEqual(c.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 2,
      injured: 7,
      children_killed: null,
      children_injured: null,
    });
    const d = extract('A drone strike on Kharkiv killed one man and injured four, the mayor said.');
    assert.deepEqual(d.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 1,
      injured: 4,
      children_killed: null,
      children_injured: null,
    });
  });
});

describe('a number told with a casualty word counts people, not weapons', () => {
  // Real shape: "N dead following a missile strike", "N injured in rocket strikes on …", "N killed after missiles …".
  it('"Three dead following drone strike on Sumy": the strike has no count, the toll is three', () => {
    const facts = extract('Three dead following Russian drone strike on Sumy');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.deepEqual(brief(strike), ['strike', 'UA-59', 'uav']);
    assert.equal(strike?.count, null);
    assert.deepEqual(facts.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 3,
      injured: null,
      children_killed: null,
      children_injured: null,
    });
  });

  it('a number right before its weapon still counts it', () => {
    const facts = extract('Three Russian drones struck Sumy overnight, the governor said.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.count?.value, 3);
  });
});

describe('a named speaker in a closed apposition before the institution', () => {
  // Real shape: "<Name>, spokesperson for the <city> military administration, said", "<Name>, the head of <city>
  // regional administration, has warned".
  it('the name before the apposition speaks with the institution’s role', () => {
    const facts = extract(
      'Russian drones struck a grain terminal in Izmail overnight, Oleh Kiper, the head of the Odesa regional administration, said.',
    );
    assert.deepEqual(facts.find((f) => f.kind === 'strike')?.claimant, {
      name: 'Oleh Kiper',
      role: 'military_administration',
      channel: null,
    });
  });

  it('an apposition that does not close after the institution names no speaker', () => {
    const facts = extract(
      'Russian drones struck a grain terminal in Izmail overnight, Oleh Kiper, the head of the Odesa regional administration said.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.ok(strike, 'the strike is read');
    assert.equal(strike.claimant?.name ?? null, null);
  });

  it("an apposition that cites another source is not the name's office", () => {
    const facts = extract(
      'Russian drones struck a grain terminal in Izmail overnight, Human Rights Watch, citing the regional administration, said.',
    );
    const strike = facts.find((f) => f.kind === 'strike');
    assert.ok(strike, 'the strike is read');
    assert.notEqual(strike.claimant?.name, 'Human Rights Watch');
  });
});

describe('an age names one person, not a count', () => {
  // Real shape: "a three-year-old killed …", "an 11-year-old girl … had been killed", "including an 11-year-old child".
  it('"A five-year-old killed in drone strike on Kherson": one killed', () => {
    const facts = extract('A five-year-old killed in Russian drone strike on Kherson');
    assert.deepEqual(facts.find((f) => f.kind === 'casualties')?.casualties, {
      killed: 1,
      injured: null,
      children_killed: null,
      children_injured: null,
    });
  });

  it('a toll stated beside an age keeps its own number', () => {
    const facts = extract('Four people, including a 12-year-old, were injured in a drone strike on Kherson.');
    assert.deepEqual(facts.find((f) => f.kind === 'casualties')?.casualties, {
      killed: null,
      injured: 4,
      children_killed: null,
      children_injured: null,
    });
  });
});

describe('a weapon as the subject of a verb of killing or wounding', () => {
  // Real shape (paraphrased): a missile as the subject that "killed at least N civilians"; a barrage of cruise missiles as
  // the subject that killed more than some number.
  it('"A Russian drone killed two people in Sumy": one drone struck there', () => {
    const facts = extract('A Russian drone killed two people in Sumy on Tuesday, the regional administration said.');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.deepEqual(brief(strike), ['strike', 'UA-59', 'uav']);
    assert.equal(strike?.count?.value, 1);
  });

  it('"a barrage of missiles killed": the article counts the barrage, the strike has no count', () => {
    const facts = extract('The mayor declared mourning when a barrage of cruise missiles killed six people.');
    const strike = facts.find((f) => f.kind === 'strike');
    assert.equal(strike?.weapon, 'cruise_missile');
    assert.equal(strike?.count, null);
  });

  it('a relative clause or a passive is not this shape', () => {
    const facts = extract('Officials say the missile that killed two farmers was fired by air defences.');
    assert.equal(
      facts.some((f) => f.kind === 'strike' && f.fields.kind?.text.startsWith('missile')),
      false,
    );
  });
});

describe('a capital that decides, asks or prepares is the state', () => {
  // Real shape: "as Kyiv readies for an offensive", "Kyiv urges <a firm> to exit Russia", "as Kyiv marked <a day>".
  it('the drones of the headline are not placed in the capital the body names as a state', () => {
    const facts = extract(
      'Russia says it downed Ukrainian drones over two regions\n\nThe attack came as Kyiv marked a day of mourning.',
    );
    const f = facts.find((x) => x.kind === 'interception');
    assert.deepEqual(brief(f), ['interception', null, 'uav']);
  });

  it('the capital after a place preposition stays where it happened', () => {
    const facts = extract('Drones were shot down over Kyiv overnight as officials marked a day of mourning.');
    assert.deepEqual(brief(facts.find((x) => x.kind === 'interception')), ['interception', 'UA-30', 'uav']);
  });
});

describe('a side’s adjective in a headline’s closing speaker', () => {
  // Real shape: "…: Ukrainian Military", "… – Russian military", "…: Ukraine officials".
  it('"…: Ukrainian Military" speaks for the headline', () => {
    const facts = extract('Russia Launches Overnight Drone Attack on Odesa: Ukrainian Military');
    assert.equal(facts.find((f) => f.kind === 'strike')?.claimant?.role, 'official');
  });

  it('an adjective with no role after it is no speaker', () => {
    const facts = extract('Russia Launches Overnight Drone Attack on Odesa: Ukrainian Sources');
    assert.equal(facts.find((f) => f.kind === 'strike')?.claimant ?? null, null);
  });
});

describe('alerts named without "air"', () => {
  // Real shape (paraphrased): raid alerts sounded more than once in a city; a launch that set off a national alert.
  it('"raid alerts" and "a national alert" are alerts', () => {
    const a = extract('The mayor explained why raid alerts were announced three times in Odesa overnight.');
    assert.deepEqual(brief(a.find((f) => f.kind === 'alert')), ['alert', 'UA-51', null]);
    const b = extract('The take-off of two MiG-31K jets sparked a national alert on Monday.');
    assert.equal(
      b.some((f) => f.kind === 'alert'),
      true,
    );
  });

  it('a raid with no alert word is no alert', () => {
    const c = extract('The mayor explained why the raid on Odesa lasted three hours.');
    assert.equal(
      c.some((f) => f.kind === 'alert'),
      false,
    );
  });
});

describe('a place of the land war is not where an air attack was', () => {
  // Real shape (paraphrased): strikes reported across the country while the battle for an eastern town went on; a
  // commander threatening to withdraw his troops from the front near a town; a headline of strikes as a push for a town
  // goes on.
  it('the town fought over gives no region to the strike of the sentence or the one before', () => {
    const a = extract(
      'Russian drone strikes on power plants were reported on Monday, as fighting for control of the town of Avdiivka went on.',
    );
    assert.deepEqual(
      a.filter((f) => f.kind === 'strike').map((f) => f.region?.code ?? null),
      [null],
    );
    const b = extract(
      'Ukraine says Russian cruise missile shot down on Friday\n\nThe general threatened to pull his men from the battlefield near Marinka.',
    );
    assert.deepEqual(brief(b.find((f) => f.kind === 'interception')), ['interception', null, 'cruise_missile']);
  });

  it('a place before the word, or after a word of attack, stays the attack’s', () => {
    const a = extract('Ukraine strikes Russian depots in Horlivka ahead of its counteroffensive, officials said.');
    assert.equal(a.find((f) => f.kind === 'strike')?.region?.code, 'UA-14');
    const b = extract('Amid heavy fighting, drones struck a school in Kramatorsk on Tuesday.');
    assert.equal(b.find((f) => f.kind === 'strike')?.region?.code, 'UA-14');
  });
});

describe('the capital that steps up a war, or owns its ministry, is the state', () => {
  // Real shape (paraphrased): Moscow stepping up its attacks before a date; Moscow's Ministry of Defence reporting a
  // dozen or so drones downed; Moscow upping airstrikes; Moscow having started the war.
  it('"Moscow stepped up", "Moscow\'s Ministry of Defence" place nothing in Moscow', () => {
    const a = extract('Russia launched drone strikes on cities across Ukraine, as Moscow stepped up its campaign.');
    assert.deepEqual(
      a.filter((f) => f.kind === 'strike').map((f) => f.region?.code ?? null),
      [null],
    );
    const b = extract("Moscow's Ministry of Defence says air defences downed 14 Ukrainian drones on Thursday.");
    assert.deepEqual(brief(b[0]), ['interception', null, 'uav']);
  });

  it('the ministry of a city named after a place word is still the city', () => {
    const facts = extract('Drones struck near the Ministry of Defence in Moscow overnight.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.region?.code, 'RU-MOW');
  });
});

describe('airstrikes are strikes', () => {
  // Real shape (paraphrased): drone, missile and airstrikes that hit towns all over the country in one new wave; airstrikes that
  // cut the water supply.
  it('"drone, missile and airstrikes on cities" is a strike of each weapon', () => {
    const facts = extract('Russia carried out drone, missile and airstrikes on towns across Ukraine on Sunday.');
    assert.deepEqual(facts.map((f) => [f.kind, f.weapon]).sort(), [
      ['strike', 'missile'],
      ['strike', 'uav'],
    ]);
  });

  it('airstrikes as a habit are no event', () => {
    const facts = extract('Russia has been attacking Ukrainian cities with daily airstrikes.');
    assert.deepEqual(facts, []);
  });
});

describe('an aim or a design before an infinitive is no event', () => {
  // Real shape (paraphrased): a navy that decided to destroy its stock instead; a missile built to destroy ships;
  // something that makes it harder for one side's missiles to hit their depots; efforts to strike targets abroad.
  it('"chosen to destroy", "designed to destroy", "harder for … to hit" give nothing', () => {
    assert.deepEqual(
      extract('The navy stored its old missiles for a decade and has chosen to destroy them at sea.'),
      [],
    );
    assert.deepEqual(extract('A look at the new drone designed to destroy tanks.'), []);
    assert.deepEqual(extract('New decoys make it harder for the attackers’ drones to hit the bridge.'), []);
  });

  it('an infinitive of what was done still tells it', () => {
    const facts = extract(
      'Air defences were able to destroy 12 drones over Kyiv overnight, the city administration said.',
    );
    assert.deepEqual(brief(facts.find((f) => f.kind === 'interception')), ['interception', 'UA-30', 'uav']);
  });
});

describe('a headline’s "as", "amid" or "after" bounds a veto word’s clause', () => {
  // Real shape: "Ukraine denies Kremlin assault as Russia launches drone attacks", "Ukraine Fends Off Drone Attack as
  // Moscow Warns West Over Jet Fighters", "Russia warns of retaliation after drone strikes on Moscow, Crimea".
  it('the event on the other side of the conjunction is told', () => {
    const a = extract('Kyiv denies sabotage claim as Russia launches drone attacks on Ukraine');
    assert.deepEqual(
      a.map((f) => [f.kind, f.weapon]),
      [['strike', 'uav']],
    );
    const b = extract('Ukraine Fends Off Missile Attack as Moscow Warns West Over Tanks');
    assert.deepEqual(brief(b[0]), ['interception', null, 'missile']);
  });

  it('the veto still holds in its own clause', () => {
    assert.deepEqual(extract('Officials warn Russia could launch drone attacks as winter nears'), []);
  });
});

describe('attacks braced or prepared for are still to come', () => {
  // Real shape (paraphrased): a country bracing for a second winter of missile attacks and outages; a government that
  // seems to prepare for strikes on its capital; conscripts preparing for a new offensive.
  it('"braces for … attacks", "prepare for strikes on" give nothing', () => {
    assert.deepEqual(extract('Kharkiv braces for more drone attacks on its power plants'), []);
    assert.deepEqual(extract('Officials in Belgorod prepare for strikes on the city’s power plant.'), []);
  });

  it('a capital that prepares for something is still the state, and an attack told beside it stays', () => {
    const facts = extract('Drones struck an oil depot in Bryansk overnight as Kyiv prepares for a counteroffensive.');
    assert.deepEqual(brief(facts.find((f) => f.kind === 'strike')), ['strike', 'RU-BRY', 'uav']);
  });
});

describe('a hypersonic missile is ballistic', () => {
  // Real shape: "Russian Hypersonic Missile Shot Down on Thursday", "carrying Kinzhal hypersonic missiles".
  it('"hypersonic missile shot down" is a ballistic missile', () => {
    const facts = extract('Ukraine says hypersonic missile shot down over Kyiv overnight');
    assert.deepEqual(brief(facts[0]), ['interception', 'UA-30', 'ballistic_missile']);
  });

  it('a plain missile stays a missile', () => {
    const facts = extract('Ukraine says missile shot down over Kyiv overnight');
    assert.deepEqual(brief(facts[0]), ['interception', 'UA-30', 'missile']);
  });
});

describe('review: the land war and an aim are scoped to what they govern', () => {
  it('"embattled" is said of a city struck from the air as well', () => {
    const facts = extract('Russian missiles struck embattled Kharkiv overnight, the governor said.');
    assert.equal(facts.find((f) => f.kind === 'strike')?.region?.code, 'UA-63');
  });

  it('an aim cancels what follows it, not what its clause told before it', () => {
    const facts = extract('Three missiles hit Kyiv overnight despite efforts to intercept them.');
    assert.deepEqual(
      facts.filter((f) => f.kind === 'strike').map((f) => f.region?.code ?? null),
      ['UA-30'],
    );
    assert.deepEqual(extract('Efforts to strike Russian depots in Crimea with drones go on.'), []);
  });
});
