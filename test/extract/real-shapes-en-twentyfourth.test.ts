// Shapes of English news leads (issue 8, en-news-rss, twenty-fourth session): each test names a general rule of English
// news grammar found in several real dev leads (refs in BENCHMARKS.md, en24). The texts are ours, written in those
// shapes; no lead is copied. Every rule keeps a negative case beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string): Fact[] => extractText(text, 'en', '2023-05-04T08:00:00+00:00');
const toll = (text: string) =>
  extract(text)
    .filter((f) => f.kind === 'casualties')
    .map((f) => [f.region?.code ?? null, f.casualties?.killed ?? null, f.casualties?.injured ?? null]);

describe('a victim named by who they were, in the passive of dying tied to its attack, is one person', () => {
  it('a headline with no auxiliary: a singular noun', () => {
    assert.deepEqual(toll('Volunteer cook killed in Russian drone strike on Kherson'), [['UA-65', 1, null]]);
  });

  it('a singular that ends as a plural does ("actress")', () => {
    assert.deepEqual(toll('Theatre actress killed by rocket strike in Donetsk'), [['UA-14', 1, null]]);
  });

  it('an age between commas and an auxiliary of one', () => {
    assert.deepEqual(toll('Ex-paratrooper, 41, is killed in missile attack in Kharkiv'), [['UA-63', 1, null]]);
  });

  it('a pronoun with an auxiliary of one, in a clause after another', () => {
    assert.deepEqual(
      toll('Video shows a teacher at her desk a week before she was killed in a drone strike on Zaporizhzhia.'),
      [['UA-23', 1, null]],
    );
  });

  it('wounds too: a singular noun of a headline counts one hurt', () => {
    assert.deepEqual(toll('Choir conductor wounded by shelling in Kherson'), [['UA-65', null, 1]]);
  });

  it('negative: an auxiliary of many, a plural noun, a relative pronoun count no one', () => {
    assert.deepEqual(toll('Border guards were killed in a drone strike in Sumy region.'), []);
    assert.deepEqual(toll('Two firefighters hurt as farmers killed in Russian drone strike on Sumy'), [
      ['UA-59', null, 2],
    ]);
    assert.deepEqual(toll('The singers, who died in an artillery strike in Kherson, were buried on Sunday.'), []);
  });

  it('negative: no attack tied to the death (a place, another cause, a determiner before a toll noun)', () => {
    assert.deepEqual(toll('Aid worker killed in Bakhmut, charity says'), []);
    assert.deepEqual(toll('Officials say the general likely died in plane crash, not a missile strike'), []);
    assert.deepEqual(toll('Officials raised the death toll in a rocket attack on a barracks, without a figure.'), []);
  });

  it('negative (fixen24): a pair or a list before the word, or a collective noun, is more than one', () => {
    assert.deepEqual(toll('Father and daughter killed in missile strike on Zaporizhzhia'), []);
    assert.deepEqual(toll('Pensioners & nurse killed in drone strike on Sumy'), []);
    assert.deepEqual(toll('Grandfather, granddaughter killed in shelling of Nikopol'), []);
    assert.deepEqual(toll('Elderly couple killed in Russian drone strike on Chernihiv'), []);
    assert.deepEqual(toll('Medical team killed in double-tap missile strike on Kharkiv'), []);
  });

  it('negative (fixen24): with no auxiliary, a word that reads as no person is no victim', () => {
    assert.deepEqual(toll('Export deal killed by Russian missile attack on Odesa port'), []);
    assert.deepEqual(toll('Truce plan killed in drone strike on Kherson'), []);
    assert.deepEqual(toll('Mine killed in shelling near Donetsk'), []);
    assert.deepEqual(toll('Boss killed by a drone in new game level'), []);
    // A person noun by its ending keeps its one.
    assert.deepEqual(toll('Farmer killed in Russian shelling of Kherson'), [['UA-65', 1, null]]);
  });

  it('fixen24b: a comma before the victim joins another only after a person or in a list', () => {
    assert.deepEqual(toll('Drone hits Mykolaiv shipyard, welder killed in strike'), [['UA-48', 1, null]]);
    assert.deepEqual(toll('Nikopol shelled again, pensioner killed in artillery strike'), [['UA-12', 1, null]]);
    assert.deepEqual(toll('Brothers, sister killed in drone strike on Kherson'), []);
    assert.deepEqual(toll('Kherson, Nikopol, teacher killed in shelling'), []);
  });

  it("fixen24b: a noun with a persons' ending that names no person is no victim", () => {
    for (const noun of ['Tower', 'Border', 'Water', 'Summer', 'Computer', 'Grain corridor']) {
      assert.deepEqual(toll(`${noun} killed by Russian missile strike on Odesa`), [], noun);
    }
    assert.deepEqual(toll('Power station worker killed in missile strike on Odesa'), [['UA-51', 1, null]]);
    assert.deepEqual(toll('Farmer killed by Russian missile strike on Odesa'), [['UA-51', 1, null]]);
  });
});

describe('places before "under attack", "comes under missile attack", "came under fire" are the places struck', () => {
  const strikes = (text: string) =>
    extract(text)
      .filter((f) => f.kind === 'strike')
      .map((f) => [f.region?.code ?? null, f.weapon]);

  it('a headline with no verb: a list of places, no weapon', () => {
    assert.deepEqual(strikes('Ukraine war: Sumy and Poltava under attack'), [
      ['UA-59', null],
      ['UA-53', null],
    ]);
  });

  it('a verb of coming and a weapon between', () => {
    assert.deepEqual(strikes('Chernihiv comes under drone attack for a third night'), [['UA-74', 'uav']]);
  });

  it('fire: a past verb and a time after', () => {
    assert.deepEqual(strikes('Nikopol came under fire overnight, the regional governor said.'), [['UA-12', null]]);
  });

  it('negative: a plural (a trend), a word between that is no weapon, a subject that is no place, a past year', () => {
    assert.deepEqual(strikes('Belgorod has come under drone attacks all month.'), []);
    assert.deepEqual(strikes('Kherson is under constant fire, residents say.'), []);
    assert.deepEqual(strikes('The governor under attack: critics speak out'), []);
    assert.deepEqual(strikes('Kharkiv came under fire in March 2022 as troops advanced.'), []);
  });

  it('negative (fixen24): criticism, a reaction preposition or a colon after the phrase and no weapon', () => {
    assert.deepEqual(strikes('Lviv came under fire for its new parking rules'), []);
    assert.deepEqual(strikes('Dnipro under attack from critics after mayor vote'), []);
    assert.deepEqual(strikes('Poltava under fire from UNESCO over statue removal'), []);
    assert.deepEqual(strikes('Sumy comes under fire over new curfew hours'), []);
    assert.deepEqual(strikes('Rivne came under fire from allies'), []);
    assert.deepEqual(strikes('Chernihiv under fire: mayor criticised'), []);
    assert.deepEqual(strikes('Zhytomyr under attack amid budget row'), []);
  });

  it('fixen24: a weapon or what fires after the reaction preposition, or "by", stays a strike', () => {
    assert.deepEqual(strikes('Sumy came under fire from Russian artillery'), [['UA-59', null]]);
    assert.deepEqual(strikes('Chernihiv comes under attack by drones'), [['UA-74', null]]);
    assert.deepEqual(strikes('Rivne comes under drone attack for a second night'), [['UA-56', 'uav']]);
    assert.deepEqual(strikes('Poltava under attack: drones hit power lines'), [['UA-53', 'uav']]);
  });

  it('fixen24b: after "from", a place, where fire comes from, or a time stays a strike', () => {
    assert.deepEqual(strikes('Sumy under fire from Kursk'), [['UA-59', null]]);
    assert.deepEqual(strikes('Chernihiv came under fire from across the border'), [['UA-74', null]]);
    assert.deepEqual(strikes('Nikopol under fire from the opposite bank'), [['UA-12', null]]);
    assert.deepEqual(strikes('Kupiansk comes under fire from enemy positions'), [['UA-63', null]]);
    assert.deepEqual(strikes('Dnipro came under attack from the sky overnight'), [['UA-12', null]]);
    assert.deepEqual(strikes('Kharkiv came under fire from 05:30'), [['UA-63', null]]);
    // Critics after "from" stay criticism.
    assert.deepEqual(strikes('Lutsk came under fire from the West over its grain rules'), []);
    assert.deepEqual(strikes('Uzhhorod came under fire from 40 lawmakers'), []);
  });

  it('fixen24b: a span of time anywhere after "for" stays a strike', () => {
    assert.deepEqual(strikes('Odesa under attack for fourth straight night'), [['UA-51', null]]);
    assert.deepEqual(strikes('Zaporizhzhia under attack for almost three hours'), [['UA-23', null]]);
  });

  it('fixen24b: a colon before a toll, damage or a news tail, and "amid" before an alert or outage, stay a strike', () => {
    assert.deepEqual(strikes('Lviv under attack: what we know so far'), [['UA-46', null]]);
    assert.deepEqual(
      extract('Sumy comes under fire: two injured').map((f) => [f.kind, f.casualties?.injured]),
      [
        ['strike', undefined],
        ['casualties', 2],
      ],
    );
    assert.deepEqual(strikes('Kharkiv under fire: homes damaged'), [['UA-63', null]]);
    assert.deepEqual(strikes('Odesa under attack amid air raid alert'), [['UA-51', null]]);
    assert.deepEqual(
      extract('Dnipro under fire amid blackout').map((f) => f.kind),
      ['strike', 'power_outage'],
    );
    // A colon with none of those, "amid" before something else: criticism.
    assert.deepEqual(strikes('Vinnytsia under fire: council member criticised'), []);
    assert.deepEqual(strikes('Ternopil under attack amid budget row'), []);
  });
});

describe('a verb of cutting or knocking out, in any form, right before power or electricity tells an outage', () => {
  const outages = (text: string) =>
    extract(text)
      .filter((f) => f.kind === 'power_outage')
      .map((f) => f.region?.code ?? null);

  it('a headline present tense: knocks out electricity', () => {
    assert.deepEqual(outages('Drone strike knocks out electricity in Chernihiv'), ['UA-74']);
  });

  it('a past tense of wiping out, and a participle of knocking out after a comma', () => {
    assert.deepEqual(outages('Shelling wiped out power across Kherson overnight.'), ['UA-65']);
    assert.deepEqual(outages('A drone hit a substation in Rivne region, knocking out electricity to two villages.'), [
      'UA-56',
    ]);
  });

  it('negative: the verb with another object between is no outage', () => {
    assert.deepEqual(outages('A drone strike knocked out a power station in Sumy overnight.'), []);
  });

  it('fixen24: a power cut in a clause of its own takes no place from the clause beside it', () => {
    assert.deepEqual(outages('Sumy region was shelled at dawn; elsewhere, strikes cut electricity.'), [null]);
    assert.deepEqual(outages('Drone attacks knocked out power, while in Poltava region a woman was hurt.'), [null]);
    // A semicolon alone keeps the clause's own place.
    assert.deepEqual(outages('Chernihiv was shelled overnight; strikes cut power in Chernihiv to 2,000 homes.'), [
      'UA-74',
    ]);
  });
});
