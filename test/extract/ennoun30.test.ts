// ennoun30 (thirtieth session), issue 8: English strikes told by a noun phrase only.
// (1) An attack noun named by its weapon or side that is the subject of a verb right after it ("… Missile Attack
// Leaves …", "Russian Strikes Kill 39", "… Strikes Shake Kyiv and Odesa") tells a strike (detect/attack.ts,
// `nounSubjectStrikes`).
// (2) A news head ("after", "following", "in the wake of", "amid") governing an attack named by its weapon tells that
// the attack took place, singular or plural (detect/attack.ts, `headedAsNews` in `weaponAttackEvent`).
// Texts are ours, in the shapes of the dev leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-06-14T09:00:00+00:00';
const news = (text: string): Fact[] => extractText(text, 'en', PUBLISHED).filter((f) => !f.historical);
const strikes = (text: string) => news(text).filter((f) => f.kind === 'strike');
const read = (text: string) =>
  strikes(text)
    .map((f) => `${f.region?.code ?? null} ${f.weapon}`)
    .sort();

describe('an attack noun that is the subject of its verb is a strike', () => {
  const cases: [string, string[]][] = [
    ['Sumy Church Missile Attack Leaves Parishioners Grieving', ['UA-59 missile']],
    // A place right before the weapon only with a place after the verb or a side (review of ennoun30).
    ['Drone attack leaves thousands without heating in Kherson', ['UA-65 uav']],
    ['Rescue teams search rubble after Russian strikes kill 27 across Ukraine', ['null null']],
    ['Russian strikes kill at least 14 in a single night', ['null null']],
    ['Drone strikes rock Odesa overnight', ['UA-51 uav']],
    [
      'Russian missile and drone strikes shake Lviv and Rivne as talks begin',
      ['UA-46 missile', 'UA-46 uav', 'UA-56 missile', 'UA-56 uav'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(read(text), expected));
});

describe('no strike from an attack noun and its verb where it is no blow or no news', () => {
  const none = [
    // A blow's verb whose place only qualifies its object: a figure of speech.
    'Drone strikes shake Kyiv’s confidence in air defences',
    'Missile strikes rock Moscow stock exchange',
    'Russian missile strikes rock Ukrainian bonds',
    // Another war: no side of ours, no place of ours, or a place abroad after the verb.
    'Israeli strikes kill 20 in Gaza',
    'US drone strike kills militant leader in Somalia',
    'Russian strikes kill 30 in Syria’s Idlib province',
    // Labour and sport.
    'Rail strike leaves commuters stranded in London',
    'Russian hunger strike leaves activist in hospital',
    'Miners’ strike leaves Russian coal exports down',
    // Explainers, questions and commentary.
    'Why Russian drone attacks leave Kyiv in the dark',
    'How missile strikes leave cities without water',
    'The toll of missile strikes leaves Ukraine’s economy reeling',
    'A year on, how the Kramatorsk missile strike left a city scarred',
    'Putin says Ukrainian drone attacks leave him unmoved',
    'Russian strikes leave Ukraine’s allies divided on jets',
    'Russian drone attacks kill fewer civilians this year, UN says',
    // A modal, a denial, a past year.
    'Russian missile strikes could leave Kyiv without power this winter',
    'Kremlin denies Russian strikes killed civilians in Kharkiv',
    'Russian missile strike in 2022 left 20 dead in Kremenchuk',
  ];
  for (const text of none) it(text, () => assert.deepEqual(read(text), []));
});

describe('an attack that a news head governs is a strike', () => {
  const cases: [string, string[]][] = [
    ['Residents sweep glass from the streets of Lviv after drone strikes', ['UA-46 uav']],
    ['Schools in Kharkiv reopen after missile strikes', ['UA-63 missile']],
    ['Ukraine scrambles to restore water after Russian missile barrage', ['null missile']],
    ['Zelensky urges allies to send jets following missile strikes', ['null missile']],
    ['Kremlin tightens air defences in the wake of drone attacks', ['null uav']],
    ['Inside a Zaporizhzhia clinic amid heavy Russian missile attacks', ['UA-23 missile']],
    ['After drone attack, anger and calm in a suburb', ['null uav']],
    // A capital before the head that stands for its state is no place of the attack; "streets of Lviv" is.
    ['Ukraine says Moscow is to blame after drone strikes', ['null uav']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(read(text), expected));
});

describe('no strike from a news head where the attack is talked of, dated or abroad', () => {
  const none = [
    'Two years after the drone attack, the town is still rebuilding',
    'Exports slump amid fears of missile strikes on ports',
    'Ukraine asks for more air defence after warnings of drone attacks',
    'Lviv museum reopens amid the threat of missile strikes',
    'Markets steady after the news of missile strikes',
    'After Putin Threatened Missile Strikes, Johnson Spoke Out',
    'Russia could respond after drone attacks, analysts warn',
    'Prices rose after missile strikes in 2022, the report says',
    'Gaza families flee after Israeli drone strikes',
    'Oil prices climb after Houthi missile attacks on tankers',
    'After missile strikes in Syria, Russia says it will respond',
    'Shares fall after drone strikes on Saudi oil facilities',
    'Film about life after missile strikes wins award in Berlin',
  ];
  for (const text of none) it(text, () => assert.deepEqual(read(text), []));
});

// Review of ennoun30 (ennoun30fix): strikes the branch invented.
describe('no strike of last year, of another war, of a capital that attacked, of a pitch, or long after', () => {
  const none = [
    // 1. "last year's" dates the attack noun it qualifies.
    "Residents of Dnipro rebuild after last year's missile strikes",
    'Last year’s Russian strikes killed 500 in Kharkiv',
    'Russian strikes killed 500 in Kharkiv last year',
    // 2. A side of another war in a title-case headline.
    'Crowds Gather In Tel Aviv After Israeli Drone Strikes',
    'Markets Rally After Israeli Missile Strikes',
    'Shares Slide After Houthi Drone Strikes',
    // 3. A capital right before the weapon is the attacker; a name before it, a player or a team.
    'Kyiv drone attack leaves Kremlin fuming',
    'Dovbyk rocket strike leaves Roma fans in Kyiv delighted',
    'Dynamo Kyiv rocket strike leaves Shakhtar stunned',
    // 5. A span of days since the attacks ("hours after" is the same day's news: real-shapes-en-attack-place).
    'Days after drone strikes, Odesa port resumes grain exports',
  ];
  for (const text of none) it(text, () => assert.deepEqual(read(text), []));
});

describe('a place in another clause than the attack noun’s verb is not the strike’s', () => {
  // 4. "as Biden visits Kyiv": the visit's place; the strike keeps no place.
  it('Russian Strikes Kill 3 As Biden Visits Kyiv', () =>
    assert.deepEqual(read('Russian Strikes Kill 3 As Biden Visits Kyiv'), ['null null']));
  it('Russian strikes kill 9 in Kharkiv while Zelensky tours Odesa', () =>
    assert.deepEqual(read('Russian strikes kill 9 in Kharkiv while Zelensky tours Odesa'), ['UA-63 null']));
});
