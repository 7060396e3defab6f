// Twenty-third session (fixwhen23b): the review of fixwhen23. One event's facts share the night its sentence names
// with the day (the casualties after a comma too); a loose phrase gives way only to a time as fine as a night; a year
// after "since" tells no past; a headline takes no lead time the standfirst's guards refuse. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';
import { utc, windowOf } from '../helpers/windows.ts';

describe('a day and its night: every fact of the event takes the night, the casualties after a comma too', () => {
  const friday = '2025-03-14T19:00:00+02:00';
  const nightKyiv = utc('2025-03-13T21:00:00+02:00 2025-03-14T07:00:00+02:00');
  const nightMsk = utc('2025-03-13T21:00:00+03:00 2025-03-14T07:00:00+03:00');
  for (const [lang, text, night] of [
    ['en', 'On Friday Russian drones attacked Kherson overnight, killing two people.', nightKyiv],
    ['en', 'On Friday, Russian drones attacked Kherson overnight, injuring three people.', nightKyiv],
    ['ru', 'В пятницу беспилотники ночью атаковали Шебекино, пострадали двое мирных жителей.', nightMsk],
    ['uk', "У п'ятницю росіяни вночі атакували Херсон дронами, поранено трьох людей.", nightKyiv],
  ] as const) {
    it(`${lang}: the strike and the casualties take the night: ${text}`, () => {
      const facts = extractText(text, lang as Lang, friday);
      assert.equal(windowOf(facts, 'strike'), night);
      assert.equal(windowOf(facts, 'casualties'), night);
    });
  }
});

describe('a year after "since" tells no past: the loose phrase and the standfirst keep the night', () => {
  const published = '2025-03-17T15:00:00+02:00';
  const night = utc('2025-03-16T21:00:00+02:00 2025-03-17T07:00:00+02:00');
  const nightMsk = utc('2025-03-16T21:00:00+03:00 2025-03-17T07:00:00+03:00');
  for (const [lang, text, want] of [
    [
      'en',
      'Drones pound Kherson\n\nRussian drones struck Kherson, injuring four people, the governor said. ' +
        'The overnight attack was the largest on the city since 2023, he wrote.',
      night,
    ],
    [
      'ru',
      'Беспилотники атаковали Курск\n\nБеспилотники атаковали Курск, пострадали четыре человека, сообщил губернатор. ' +
        'Ночная атака стала самой масштабной на город с 2023 года, написал он.',
      nightMsk,
    ],
    [
      'uk',
      'Дрони атакували Херсон\n\nРосійські дрони атакували Херсон, поранено чотирьох людей, повідомив голова ОВА. ' +
        'Нічна атака стала наймасованішим ударом по місту з 2022 року, написав він.',
      night,
    ],
  ] as const) {
    it(`${lang}: the standfirst takes the night: ${text.split('\n')[0]}`, () => {
      const facts = extractText(text, lang as Lang, published).filter(
        (f) =>
          f.evidence.text.includes('четыр') || f.evidence.text.includes('чотир') || f.evidence.text.includes('four'),
      );
      assert.ok(facts.length > 0);
      assert.equal(windowOf(facts, 'casualties'), want);
    });
  }
  it('en: "for a second night" beside "since 2023" dates the sentence, and tells no history', () => {
    const facts = extractText(
      'Russia attacked Kherson with drones for a second night, injuring three people, the largest attack since 2023.',
      'en',
      published,
    );
    assert.equal(windowOf(facts, 'strike'), night);
    assert.ok(facts.every((f) => f.historical !== true));
  });
});

describe('a loose phrase gives way only to a time as fine as a night', () => {
  const published = '2025-03-14T12:00:00+02:00';
  const night = utc('2025-03-13T21:00:00+02:00 2025-03-14T07:00:00+02:00');
  for (const text of [
    'For the second night this week, Russian drones attacked Kherson, injuring three people.',
    'Russian drones attacked Kherson for a third night in a row this week, injuring three people.',
  ]) {
    it(`a span is vaguer, the night stays: ${text}`, () => {
      assert.equal(windowOf(extractText(text, 'en', published), 'strike'), night);
    });
  }
  it('the time a statement was made is no time of the facts: the night stays', () => {
    const text =
      'Explosions rang out in Kherson for another night, the mayor said at 08:00, as drones hit a warehouse.';
    assert.equal(windowOf(extractText(text, 'en', published), 'strike'), night);
  });
});

describe('a headline takes no lead time the standfirst refuses as background', () => {
  for (const [lang, text, published, headline] of [
    [
      'en',
      'Drones hit Mykolaiv port\n\nRussian drones struck the port of Mykolaiv, damaging a grain terminal, the governor said. ' +
        'A similar attack on March 3 damaged two ships.',
      '2025-03-10T15:00:00+02:00',
      'Drones hit Mykolaiv port',
    ],
    [
      'ru',
      'Ракета попала в жилой дом в Белгороде\n\nРакета попала в жилой дом в Белгороде, погибли трое. ' +
        'Год назад, 14 марта 2024 года, удар по городу унёс жизни 20 человек.',
      '2025-03-14T15:00:00+03:00',
      'Ракета попала в жилой дом',
    ],
    [
      'uk',
      'Ракета влучила в житловий будинок у Харкові\n\nРакета влучила в житловий будинок у Харкові, загинули троє людей. ' +
        'Рік тому, 14 березня 2024 року, удар по місту забрав життя 20 людей.',
      '2025-03-14T15:00:00+02:00',
      'Ракета влучила в житловий будинок',
    ],
  ] as const) {
    it(`${lang}: the headline is undated: ${headline}`, () => {
      const facts = extractText(text, lang as Lang, published).filter((f) => f.evidence.text.startsWith(headline));
      assert.ok(facts.length > 0);
      assert.ok(facts.every((f) => f.when === null && f.historical !== true));
    });
  }
});

describe('"the second night of the week" is a night; "a second night vision drone" is none', () => {
  const published = '2025-03-14T12:00:00+02:00';
  it('the night of "the second night of the week"', () => {
    const facts = extractText(
      'Russia struck Kherson for the second night of the week, injuring two people.',
      'en',
      published,
    );
    assert.equal(windowOf(facts, 'strike'), utc('2025-03-13T21:00:00+02:00 2025-03-14T07:00:00+02:00'));
  });
  it('no night in "a second night vision drone"', () => {
    const facts = extractText('Ukrainian forces downed a second night vision drone near Kherson.', 'en', published);
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.when === null));
  });
});
