// Claimants and windows of English news leads (issue 8, twenty-first session, enclaim21): each test names a general
// shape found in several real dev leads (refs in BENCHMARKS.md). The texts are ours, written in those shapes; no lead is
// copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-04T08:00:00+00:00';
const extract = (text: string): Fact[] => extractText(text, 'en', PUBLISHED);
const who = (f: Fact) => [f.kind, f.region?.code ?? null, f.claimant ? (f.claimant.name ?? f.claimant.role) : null];
const whoOf = (text: string) => extract(text).map(who);
const when = (f: Fact) => [f.kind, f.when ? `${f.when.start}..${f.when.end}` : null];
const NIGHT = '2023-05-03T21:00:00+00:00..2023-05-04T07:00:00+00:00';

describe("a headline's facts take the speaker of the lead that retells the attack", () => {
  it('the speaker closing the lead ("…, according to Ukrainian officials.")', () => {
    assert.deepEqual(
      whoOf(
        'Death toll from Russian strike on Sloviansk climbs to nine\n\nRussian missiles slammed into apartment blocks in the city on Friday, according to Ukrainian officials.',
      ),
      [
        ['strike', 'UA-14', 'official'],
        ['casualties', 'UA-14', 'official'],
      ],
    );
  });

  it('the speaker inside the lead, its verb going on ("…, the city military administration said, and involved …")', () => {
    assert.deepEqual(
      whoOf(
        'Night attack on Kyiv wounds 4\n\nThe Kyiv attack lasted for hours, the city military administration said, and involved drones and cruise missiles.',
      ).filter((f) => f[0] === 'strike'),
      [['strike', 'UA-30', 'military_administration']],
    );
  });

  it('the speaker opening the lead ("Ukrainian officials say at least four died in a barrage")', () => {
    assert.deepEqual(
      whoOf(
        'Russia hits cities across Ukraine with hypersonic missiles\n\nUkrainian officials say at least four people died in a Russian barrage that used Kinzhal missiles.',
      ),
      [
        ['strike', null, 'official'],
        ['casualties', null, 'official'],
      ],
    );
  });

  it('"…, according to the regional governor" closing the lead', () => {
    assert.deepEqual(
      whoOf(
        'Drones strike Russia as Kremlin vows revenge\n\nA drone fell near a farm on Friday, according to the regional governor.',
      ),
      [['strike', null, 'governor']],
    );
  });

  it('a lead whose speaker says something else lends nothing', () => {
    // What the speaker says holds no attack: the power cut, not the strike.
    assert.deepEqual(
      whoOf(
        'Russian drone strikes leave Odesa without power\n\nThe regional governor said 400,000 homes in the region had no electricity.',
      ).filter((f) => f[0] === 'strike'),
      [['strike', 'UA-51', null]],
    );
    // The speaker speaks inside a relative clause of something else.
    assert.deepEqual(
      whoOf(
        'Russia steps up missile strikes on Kharkiv\n\nRussian bombers pounded targets early Friday, as an offensive that Kyiv says it had expected for days gathered pace.',
      ),
      [['strike', 'UA-63', null]],
    );
  });

  it('only the lead: a speaker further down the body does not speak for the headline', () => {
    assert.deepEqual(
      whoOf(
        'Russian missiles hit Kharkiv\n\nThe city has been shelled for weeks.\n\nIn Kyiv, a drone was shot down overnight, officials said.',
      ).filter((f) => f[1] === 'UA-63'),
      [['strike', 'UA-63', null]],
    );
  });
});

describe("an institution's word before a noun in lower case modifies it (English)", () => {
  it('"more military aid", "a Russian military airfield" name no speaker', () => {
    assert.deepEqual(
      whoOf(
        'Russian missiles struck a number of Ukrainian cities before dawn on Thursday, according to multiple reports, while the president pleaded for more military aid.',
      ),
      [['strike', null, null]],
    );
    assert.deepEqual(
      whoOf(
        'Two people were killed in strikes on Kyiv, according to multiple reports, after drones attacked a Russian military airfield.',
      ).filter((f) => f[1] === 'UA-30'),
      [
        ['strike', 'UA-30', null],
        ['casualties', 'UA-30', null],
      ],
    );
  });

  it('the body with its verb of saying beside it, or its spokesperson, still speaks', () => {
    assert.deepEqual(whoOf('The army command said missiles hit Kyiv on Sunday.'), [['strike', 'UA-30', 'official']]);
    assert.deepEqual(whoOf('Ukraine’s military said a drone was shot down over Kyiv.'), [
      ['interception', 'UA-30', 'official'],
    ]);
  });

  it('Russian and Ukrainian put the body after: a word in lower case after it is its verb', () => {
    const facts = extractText(
      'В Киеве введены экстренные отключения электричества\n\nКомпания объявила, что по команде Укрэнерго применяет аварийные отключения света в Киеве.\n\nУтром город атаковали ракетами.',
      'ru',
      PUBLISHED,
    );
    assert.ok(facts.some((f) => f.kind === 'power_outage' && f.claimant?.role === 'official'));
  });
});

describe('"pre-dawn" and "night-time" are the night that ended on the publication day', () => {
  it('"a pre-dawn attack", "predawn assault", "the night-time attack"', () => {
    assert.deepEqual(extract('A pre-dawn Russian missile attack on Kyiv killed three people.').map(when), [
      ['strike', NIGHT],
      ['casualties', NIGHT],
    ]);
    assert.deepEqual(extract('Russia launched a predawn assault with missiles on Kyiv.').map(when), [
      ['strike', NIGHT],
    ]);
    assert.deepEqual(extract('The night-time attack destroyed the roof of a residential building in Lviv.').map(when), [
      ['strike', NIGHT],
      ['damage', NIGHT],
    ]);
  });

  it('a sentence that names a day keeps it ("on Tuesday")', () => {
    assert.deepEqual(extract('A missile hit a depot in Lviv on Tuesday.').map(when), [
      ['strike', '2023-05-02T00:00:00+00:00..2023-05-03T00:00:00+00:00'],
    ]);
  });
});
