// Twenty-sixth session (fixenwin26): the review's defects in enwin26's English windows. A night of a day that runs
// into the next day named is the night that day opens; a time after a verb of saying dates an attack noun only with a
// determiner before it and no other time after it; a named day of the calendar takes the year written after it and
// names no window after "since"; "Orthodox Christmas Eve" is January 6; an untitled text's first line takes no later
// time of its body (enwin26's long-first-line rule is removed). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';
import { utc, windowOf } from '../helpers/windows.ts';

const MONDAY = '2025-03-10T08:00:00+03:00';
const NIGHT_TO_MONDAY = utc('2025-03-09T21:00:00+03:00 2025-03-10T07:00:00+03:00');
const facts = (text: string, lang: 'en' | 'ru' | 'uk' = 'en', published = MONDAY) => extractText(text, lang, published);
const windowAt = (text: string, kind: Parameters<typeof windowOf>[1], name: string, lang: 'en' | 'ru' | 'uk' = 'en') =>
  windowOf(
    facts(text, lang).filter((f) => f.region?.name === name || f.place?.name === name),
    kind,
  );

describe('a night of a day that runs into the next day is the night that day opens', () => {
  it('"overnight Sunday into Monday"', () => {
    const text = 'Drones hit a grain terminal in Izmail overnight Sunday into Monday, damaging two silos.';
    assert.equal(windowOf(facts(text), 'strike'), NIGHT_TO_MONDAY);
  });
  it('"overnight Sunday to Monday"', () => {
    const text = 'Drones hit a grain terminal in Izmail overnight Sunday to Monday, damaging two silos.';
    assert.equal(windowOf(facts(text), 'strike'), NIGHT_TO_MONDAY);
  });
  it('"from Sunday night to Monday morning"', () => {
    const text = 'Drones struck Konotop from Sunday night to Monday morning, wounding an elderly man.';
    assert.equal(windowOf(facts(text), 'strike'), NIGHT_TO_MONDAY);
  });
  it('"late Sunday night into Monday"', () => {
    const text = 'Drones struck Konotop late Sunday night into Monday, wounding an elderly man.';
    assert.equal(windowOf(facts(text), 'strike'), NIGHT_TO_MONDAY);
  });
});

describe('a time after a verb of saying before a plural attack noun is the statement’s', () => {
  it('the clause’s own span dates the attacks ("over the past week")', () => {
    const text = 'The defence ministry said on Sunday drone attacks had hit nine Russian regions over the past week.';
    assert.equal(windowOf(facts(text), 'strike'), utc('2025-03-03T08:00:00+03:00 2025-03-10T08:00:00+03:00'));
  });
  it('the clause’s own "last week"', () => {
    const text =
      'Moscow claimed on Sunday drone strikes by Kyiv had damaged an oil depot in the Tambov region last week.';
    assert.equal(windowOf(facts(text), 'strike'), utc('2025-03-03T00:00:00+03:00 2025-03-10T00:00:00+03:00'));
  });
  it('no window when the clause has only a "since"', () => {
    const text = 'Kherson officials said on Saturday rocket strikes on the city had killed 31 people since February.';
    assert.equal(windowOf(facts(text), 'casualties'), null);
  });
});

describe('named days of the calendar', () => {
  it('"Christmas Day 2023" is that year’s', () => {
    const text = 'A glide bomb hit Kupiansk on Christmas Day 2023, killing three people.';
    assert.equal(windowOf(facts(text), 'strike'), utc('2023-12-25T00:00:00+03:00 2023-12-26T00:00:00+03:00'));
  });
  it('"Christmas Eve 2022" is that year’s', () => {
    const text = 'Russian rockets hit Kupiansk on Christmas Eve 2022, killing four people.';
    assert.equal(windowOf(facts(text), 'strike'), utc('2022-12-24T00:00:00+03:00 2022-12-25T00:00:00+03:00'));
  });
  it('"Orthodox Christmas Eve" is January 6, not December 24', () => {
    const text = 'Russia struck Nikopol with drones on Orthodox Christmas Eve, wounding three.';
    const w = windowOf(extractText(text, 'en', '2025-01-08T08:00:00+03:00'), 'strike');
    assert.equal(w, utc('2025-01-06T00:00:00+03:00 2025-01-07T00:00:00+03:00'));
  });
  it('"since New Year\'s Day" names no day', () => {
    const text = "Since New Year's Day, Russia has fired more than 4,000 drones at Ukraine, the president said.";
    assert.equal(windowOf(facts(text), 'strike'), null);
  });
});

describe('an untitled text’s first line takes no later time of its body', () => {
  it('a Ukrainian first line and a lead about another town', () => {
    const text =
      'Вечір у Сумах закінчився вибухами: ворог атакував місто ударними дронами, є поранені, пошкоджено гаражі та магазин\n\n' +
      'Вчора о 22:15 російська КАБ влучила у Ворожбу, повідомив голова ОВА.';
    assert.equal(windowAt(text, 'strike', 'Сумах', 'uk'), null);
  });
  it('an English alert line over a later debris fall', () => {
    const text =
      'Air raid alert in Dnipro and the surrounding region as Russian drones approach from the east and south of the city\n\n' +
      'On Saturday, debris fell on a garage in Pavlohrad.';
    assert.equal(windowOf(facts(text), 'alert'), null);
  });
  it('a first line and a background year before a later day', () => {
    const text =
      'A Russian drone hit a bus stop in Beryslav and killed a woman while wounding two men, according to the local council\n\n' +
      'In 2022, a similar strike in the town killed four people. On Saturday, shelling hit Marhanets.';
    assert.equal(windowAt(text, 'strike', 'Beryslav', 'en'), null);
  });
  it('a Russian first line and the evening before in another city', () => {
    const text =
      'Противник атаковал Марганец дронами и артиллерией, погибла женщина, ранены двое мужчин, повреждены водопровод и школа\n\n' +
      'Накануне вечером ракета попала в Павлоград.';
    assert.equal(windowAt(text, 'strike', 'Марганец', 'ru'), null);
  });
});
