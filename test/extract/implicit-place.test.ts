// The place a lead leaves implicit (issue 8, seventeenth session): a text names its place once, in its headline or
// first sentence, and then says "the capital" or tells the aftermath with no place at all. The texts are ours, written
// in the shapes of real dev leads; none is copied. Each rule keeps its negative cases beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact, Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const extract = (text: string, lang: Lang, published = '2023-05-10T08:00:00+00:00'): Fact[] =>
  extractText(text, lang, published);

const slots = (facts: Fact[]) => facts.map((f) => [f.kind, f.region?.code ?? null]);

describe('"the capital" is the capital named before it, else the capital of the country the text is about', () => {
  // Real shapes: a Kyiv story whose lead says the drones "rained down on the capital" and names Kyiv's mayor after it
  // (read as Moscow before); "Drones hit Moscow buildings … in Crimea" over "… the capital has been targeted".
  it('no place before it: the country of the places the text names after it', () => {
    const facts = extract(
      'Loitering munitions used in the latest wave\n\nThe drones rained down on the capital in three waves this morning, Kyiv mayor Vitali Klitschko said.',
      'en',
    );
    assert.deepEqual(slots(facts.filter((f) => f.kind === 'strike')), [['strike', 'UA-30']]);
    const region = facts.find((f) => f.kind === 'strike')?.fields.region;
    assert.equal(region?.text, 'the capital');
  });

  it('a capital named in an earlier sentence wins over a place of the other country named last', () => {
    const facts = extract(
      'Drones strike Moscow office towers overnight\n\nA fuel depot in Crimea also burned. Later on Sunday two more drones were shot down over the capital, the defence ministry said.',
      'en',
    );
    assert.deepEqual(slots(facts.filter((f) => f.kind === 'interception')), [['interception', 'RU-MOW']]);
  });

  it('negative: the adjective still says whose capital it is, and a Russian post keeps Moscow', () => {
    assert.deepEqual(
      slots(
        extract(
          'Drones strike Moscow office towers overnight\n\nA day earlier two missiles struck the Ukrainian capital, officials said.',
          'en',
        ).filter((f) => f.kind === 'strike' && f.evidence.start > 40),
      ),
      [['strike', 'UA-30']],
    );
    assert.deepEqual(
      slots(
        extract('Ночью над столицей сбиты два беспилотника, сообщил мэр.', 'ru').filter(
          (f) => f.kind === 'interception',
        ),
      ),
      [['interception', 'RU-MOW']],
    );
  });
});

describe('the aftermath told under a headline of one region takes that region', () => {
  // Real shape: a police post headed «… авіаударів по Донеччині» whose body lists shelled towns and then tells the
  // damaged buildings and the toll without naming a place; the headline's strike and the body's effects are one story.
  it('effects and toll with no place in the body: the headline region, evidence the headline words, inferred', () => {
    // The evacuees' destinations name two other regions: no region is left in context for the toll's sentences.
    const text =
      'Окупанти завдали 6 авіаударів по Харківщині\n\nЧастину мешканців вивезли до Полтавської та Дніпропетровської областей. Пошкоджено приватний будинок та склад. Постраждалих немає.';
    const facts = extract(text, 'uk', '2023-02-15T10:00:00+02:00');
    const after = facts.filter((f) => f.kind === 'damage' || f.kind === 'casualties');
    assert.deepEqual(slots(after), [
      ['damage', 'UA-63'],
      ['casualties', 'UA-63'],
    ]);
    for (const f of after) {
      assert.equal(f.fields.region?.inferred, true);
      assert.equal(text.slice(f.fields.region!.start, f.fields.region!.end), f.fields.region!.text);
      assert.ok(f.fields.region!.end <= text.indexOf('\n'));
    }
  });

  it("negative: a body that tells another region's facts is a roundup, not the headline's story", () => {
    const roundup = extract(
      'Окупанти завдали 6 авіаударів по Харківщині\n\nНа Сумщині ворог вдарив дроном по школі. Пошкоджено склад. Постраждалих немає.',
      'uk',
      '2023-02-15T10:00:00+02:00',
    );
    assert.ok(roundup.filter((f) => f.kind === 'damage').every((f) => f.region?.code !== 'UA-63'));
  });
});
