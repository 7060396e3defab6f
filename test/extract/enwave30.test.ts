// A neighbour's place (thirtieth session, branch enwave30): a fact told of Belarus, Poland, Moldova or Romania is that
// country's, never Ukraine's wave. Every text is invented, in the style of news leads and headlines.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { extractText } from '../helpers/extract-text.ts';
import { makeFact, makeReport, night } from '../resolve/make.ts';

const PUBLISHED = '2023-05-10T08:00:00+03:00';
const facts = (text: string) => extractText(text, 'en', PUBLISHED);
const show = (text: string) =>
  JSON.stringify(facts(text).map((f) => [f.kind, f.region?.code ?? null, f.country ?? null]));
const countryOf = (text: string, kind: string) => facts(text).find((f) => f.kind === kind)?.country ?? null;

describe('a fact told of a neighbour is that country’s', () => {
  it('a stray weapon that hit, fell in or was shot down over a neighbour', () => {
    const cases: [string, string, string][] = [
      ['Stray Ukrainian missile hits Belarus, officials in Minsk say', 'strike', 'BY'],
      ['Belarus says its air defences shot down a drone near the frontier overnight', 'interception', 'BY'],
      ['A Russian missile hit Poland overnight, killing two farm workers.', 'strike', 'PL'],
      ['A Russian missile hit Poland overnight, killing two farm workers.', 'casualties', 'PL'],
      ['Moldova says debris of a Russian missile fell in a village on Friday.', 'debris', 'MD'],
      ['Kyiv says a pair of Russian drones hit Romania in a raid on river ports.', 'strike', 'RO'],
    ];
    for (const [text, kind, country] of cases) assert.equal(countryOf(text, kind), country, show(text));
  });

  it('only the country right after "from" is a launch site; a country after a later verb or preposition is the target', () => {
    // The launch site is the word after "from" (or after "from the territory of", "from the direction of"); the
    // place a following verb aims at is the fact's.
    const cases: [string, string, string | null][] = [
      ['Drones launched from Russia attacked Ukraine overnight, the air force said.', 'strike', 'UA'],
      ['Drones from Belarus attacked Ukraine overnight.', 'strike', 'UA'],
      ['Drones flew in from Belarus and struck Ukraine at dawn.', 'strike', 'UA'],
      ['Missiles fired from the direction of Belarus hit Ukraine overnight.', 'strike', 'UA'],
      // Not Belarus: the shoot-downs of a side's launch are the other side's (fixres31, inferred).
      ['Russia launched drones from the territory of Belarus; 20 were shot down.', 'interception', 'UA'],
    ];
    for (const [text, kind, country] of cases) assert.equal(countryOf(text, kind), country, show(text));
  });

  it('"borders" read as a plain noun is no border phrase: the country within them is the fact\'s', () => {
    const cases: [string, string, string | null][] = [
      ['Ukrainian drones struck targets deep within the borders of Russia overnight.', 'strike', 'RU'],
      ['Kyiv says its drones hit an airfield well inside the borders of Russia.', 'strike', 'RU'],
      ['Drones struck a river port on the border with Romania overnight, starting a fire.', 'strike', null],
      ['Drones hit a depot in a district bordering Poland overnight, officials said.', 'strike', null],
    ];
    for (const [text, kind, country] of cases) assert.equal(countryOf(text, kind), country, show(text));
  });

  it('negative list: a country across a border, a launch site, a visit or a reaction names no place of the fact', () => {
    const cases: [string, string, string | null][] = [
      // Across a border: the place is beside the country, in the region named or in no country.
      ['Drones struck a river port on the border with Romania overnight, starting a fire.', 'strike', null],
      ['Drones attacked a depot near the border with Poland overnight, officials said.', 'strike', null],
      // So is a side's own name across the border: the village is on this side of it.
      ['A missile struck a village near the border with Russia, officials said.', 'strike', null],
      // Where the weapons came from is no place of the fact.
      ['A drone that flew in from Belarus was shot down overnight, the air force said.', 'interception', null],
      // Not Belarus: the shoot-downs of a side's launch are the other side's (fixres31, inferred).
      ['Russia launched drones from the territory of Belarus; 20 were shot down.', 'interception', 'UA'],
      // A target named after the verb wins over a neighbour named as a launch site.
      ['Russia launched 40 drones at Ukraine from Belarus, and 35 were shot down.', 'interception', 'UA'],
      // A neighbour in another clause is no place of a fact with its own place.
      ['Poland scrambles jets as Russia fires missiles at western Ukraine', 'strike', 'UA'],
    ];
    for (const [text, kind, country] of cases) assert.equal(countryOf(text, kind), country, show(text));
    // A region named keeps the fact in it: the neighbour beside it changes nothing.
    const lviv = 'Drones attacked Lviv, near the border with Poland, overnight.';
    assert.ok(
      facts(lviv).some((f) => f.kind === 'strike' && f.region?.code === 'UA-46' && f.country === undefined),
      show(lviv),
    );
    const kharkiv = 'A missile struck a village in the Kharkiv region, close to the border with Russia.';
    assert.ok(
      facts(kharkiv).some((f) => f.kind === 'strike' && f.region?.code === 'UA-63'),
      show(kharkiv),
    );
    const visit = 'Putin flies to Belarus as Russian missiles strike Kyiv';
    assert.ok(
      facts(visit).every((f) => f.country !== 'BY'),
      show(visit),
    );
  });
});

const NIGHT = night('2022-12-29T03:00:00+02:00', '2022-12-29T12:00:00+02:00');
const reports = [
  makeReport({ id: 'wave', published_at: '2022-12-29T11:00:00+02:00', lang: 'en' }),
  makeReport({ id: 'wave2', published_at: '2022-12-29T12:30:00+02:00', lang: 'en' }),
  makeReport({ id: 'minsk', published_at: '2022-12-29T14:00:00+02:00', lang: 'en' }),
  makeReport({ id: 'minsk2', published_at: '2022-12-29T15:10:00+02:00', lang: 'en' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));
function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  const f = makeFact(partial);
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
}

test('a neighbour’s strike is an incident of its own, not part of the morning’s wave across Ukraine', () => {
  // "Russia fires new salvo at cities across Ukraine" (no country read), "Ukrainian missile hits
  // Belarus" (a place of its own), each told again by a second outlet.
  const wave = fact({ id: 'w1', report_id: 'wave', kind: 'strike', weapon: 'missile', when: NIGHT });
  const wave2 = fact({ id: 'w2', report_id: 'wave2', kind: 'strike', weapon: 'missile', country: 'UA' });
  const minsk = fact({ id: 'b1', report_id: 'minsk', kind: 'strike', weapon: 'missile', country: 'BY', when: NIGHT });
  const minsk2 = fact({ id: 'b2', report_id: 'minsk2', kind: 'strike', weapon: 'missile', country: 'BY' });
  const incidents = resolveNight({
    facts: [wave, wave2, minsk, minsk2],
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2022-12-29',
  });
  const holding = (id: string) => incidents.find((i) => i.facts.includes(id));
  assert.equal(holding('b1')?.id, holding('b2')?.id);
  assert.notEqual(holding('b1')?.id, holding('w1')?.id);
  assert.notEqual(holding('b2')?.id, holding('w2')?.id);
  assert.equal(holding('b1')?.country, 'BY');
});
