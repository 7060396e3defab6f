// A country named inside a fact's own clause undoes a town of the other country read from context (fortieth session,
// branch wave40): "Ukrainian drones strike deep inside Russia" over a lead whose next sentence names Kyiv for Moscow's
// reply is Russia's, not Kyiv's, so the night's wave over Russian regions can hold it. Every text is invented, in the
// style of news headlines and leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2024-03-14T10:00:00+03:00';
const facts = (text: string) => extractText(text, 'en', PUBLISHED);
const show = (text: string) =>
  JSON.stringify(facts(text).map((f) => [f.kind, f.region?.code ?? null, f.country ?? null]));
const first = (text: string, kind: string) => facts(text).find((f) => f.kind === kind);

describe('a country told as the place of a fact undoes a town of the other country borrowed from context', () => {
  it('"deep inside Russia", "on Russian soil", "on Ukraine" before a sentence naming a town of the other side', () => {
    const cases: [string, string][] = [
      [
        'Ukrainian Drones Strike Deep Inside Russia, Hitting Fuel Depot. As Kyiv counts the damage, Moscow fires missiles at the Ukrainian capital.',
        'RU',
      ],
      [
        'Drones struck oil depots in several regions on Russian soil overnight, officials said. In Ukraine, one person was killed in strikes on Kyiv.',
        'RU',
      ],
      ['Ukrainian drones hit an airfield deep inside Russia. Later, a missile struck Odesa.', 'RU'],
      ['Moscow Launches Heavy Barrage on Ukraine. Drones were also shot down near Moscow.', 'UA'],
    ];
    for (const [text, country] of cases) {
      const fact = first(text, 'strike');
      assert.equal(fact?.region ?? null, null, show(text));
      assert.equal(fact?.country, country, show(text));
      assert.notEqual(fact?.fields.country?.inferred, true, show(text));
    }
  });

  it('"on Russian soil" is the country, as "Russian territory" is', () => {
    const text = 'Officials said drones targeted five regions in the biggest barrage on Russian soil this year.';
    assert.equal(first(text, 'strike')?.country, 'RU', show(text));
  });

  it('a country that names the war, the side blamed or a place told elsewhere keeps the town (negative cases)', () => {
    const cases: [string, string][] = [
      // The war's span, not the place: "since the start of the war in Ukraine".
      ['Moscow suburbs hit in drone attack for the first time since the start of the war in Ukraine', 'RU-MOW'],
      // The side blamed is who attacked, not where.
      [
        'Russian Airfield Hit by Blast as Moscow Blames Ukraine for Drone Raid. Drones struck the Engels base in the Saratov region.',
        'RU-SAR',
      ],
    ];
    for (const [text, region] of cases) assert.equal(first(text, 'strike')?.region?.code, region, show(text));
  });

  it("a town stated in the fact's own sentence stays, whatever country the sentence also names", () => {
    const text = 'A Russian missile hit Odesa overnight as the war in Ukraine entered its third year.';
    assert.equal(first(text, 'strike')?.region?.code, 'UA-51', show(text));
  });
});
