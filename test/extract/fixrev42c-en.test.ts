// Review 42c's findings 4–7 on en42's English rules (forty-second session, branch fixrev42c-en): a running figure of
// something else, a rise that belongs to another toll, a time or an aside taken for another day's event, and another
// day's place handed on to the next sentence. Every text is invented, in the style of real news leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-03-10T06:00:00Z';
const facts = (headline: string, lead = '') =>
  extractText(`---\ntitle: ${headline}\n---\n${headline}\n\n${lead}`, 'en', PUBLISHED);
const tolls = (headline: string, lead = '') =>
  facts(headline, lead)
    .filter((f) => f.kind === 'casualties')
    .map(
      (f) => `${f.region?.code ?? '-'} killed=${f.casualties?.killed ?? '-'} injured=${f.casualties?.injured ?? '-'}`,
    );
const placed = (headline: string, lead = '') =>
  facts(headline, lead).map((f) => `${f.kind} ${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);

describe('a running figure of something else is no toll (review 42c #4)', () => {
  it('"… as the repair bill reaches 15 million" is no one killed', () => {
    const got = tolls('Killed in Russian missile attack on Mykolaiv as the repair bill reaches 15 million');
    assert.ok(
      got.every((t) => !t.includes('15000000')),
      got.join('; '),
    );
  });

  it('"… as the tally now stands at 40 attacks this month" is no one injured', () => {
    const got = tolls(
      'Russian drone strike injures residents in Sumy as the tally now stands at 40 attacks this month',
    );
    assert.ok(
      got.every((t) => !t.includes('=40')),
      got.join('; '),
    );
  });

  it('kept: the toll as it stands at the end of a headline over its lead', () => {
    assert.deepEqual(
      tolls('Death toll of Russian strike on Odesa reaches 31', 'The missile hit a block of flats on Friday.'),
      ['UA-51 killed=31 injured=-'],
    );
    assert.deepEqual(tolls('Death toll in Russian strike on Kherson reaches 7 as rescuers now search the rubble'), [
      'UA-65 killed=7 injured=-',
    ]);
    assert.deepEqual(tolls('Death toll of Russian strike on Sumy reaches 12 on Sunday'), ['UA-59 killed=12 injured=-']);
  });
});

describe('a rise that another toll owns (review 42c #5)', () => {
  it('"the toll is 19 and the number of people taken to hospitals … has risen to 27": killed stays 19', () => {
    const got = tolls(
      'Strike on Poltava',
      'The death toll in Poltava is 19 and the number of people who were taken to hospitals in the city of Poltava after the Russian missile hit the block has risen to 27.',
    );
    assert.ok(
      got.every((t) => !t.includes('killed=27')),
      got.join('; '),
    );
  });

  it('"the toll stayed at 19 while the number hospitalised has risen to 27": killed is not 27', () => {
    const got = tolls(
      'Strike on Poltava',
      "The death toll from Sunday's missile strike on Poltava stayed at 19 while the number hospitalised has risen to 27.",
    );
    assert.ok(
      got.every((t) => !t.includes('killed=27')),
      got.join('; '),
    );
  });
});

describe('only an event dated by "a day after" has a place of its own (review 42c #6)', () => {
  it("a time or a holiday after the phrase: the place is the fact's", () => {
    assert.deepEqual(placed('Drones were shot down two days before Christmas over Kherson'), [
      'interception UA-65 uav',
    ]);
    assert.deepEqual(placed('Air defences shot down 9 drones hours after midnight over Odesa region'), [
      'interception UA-51 uav',
    ]);
  });

  it("a place past a comma after the dated phrase is the fact's", () => {
    assert.ok(
      placed('Russian missiles struck a day after the talks, killing 3 in Poltava').includes('strike UA-53 missile'),
    );
    assert.ok(
      placed(
        "Russian missile strike kills 6 days after the envoy's visit, in Dnipropetrovsk region city of Nikopol",
      ).some((f) => f.startsWith('strike UA-12')),
    );
  });

  it("an effect dated after an attack, in an aside, is that attack's place", () => {
    assert.ok(
      placed('Russian drones hit a substation, hours before the blackout in Sumy region, officials said').includes(
        'strike UA-59 uav',
      ),
    );
  });

  it("kept: the other event's place (en42)", () => {
    assert.deepEqual(placed('Ukraine downs Russian drones day after its attack on Kharkiv'), ['interception - uav']);
  });
});

describe("another day's place is not handed on (review 42c #7)", () => {
  it('"… day after its attack on Kharkiv" then "the ministry said it downed 15 drones": no Kharkiv', () => {
    const got = placed(
      'Russia downs Ukrainian drones day after its attack on Kharkiv',
      "Russia's defence ministry said it downed 15 drones overnight.",
    );
    assert.ok(
      got.every((f) => !f.includes('UA-63')),
      got.join('; '),
    );
  });

  it('kept: a place named plainly in the headline is handed on', () => {
    const got = placed(
      'Russia downs Ukrainian drones over Kursk',
      "Russia's defence ministry said it downed 15 drones overnight.",
    );
    assert.deepEqual(got, ['interception RU-KRS uav', 'interception RU-KRS uav']);
  });
});
