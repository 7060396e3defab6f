// Outlets retell one attack in their own words, and the facts read from each lead differ (a strike in the city, an
// interception over it, a strike told only of the country): similar texts join those incidents of one night when their
// facts do not contradict (resolve/similar-text.ts). Another attack the same night in another region, told in the same
// house words, stays apart; an off-topic lead joins nothing. The leads are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { textWordCounts, wordCounts, wordingBlock } from '../../src/resolve/wording.ts';
import { exact, makeFact, makeReport, night, seededShuffle } from './make.ts';

const ODESA = { code: 'UA-51', name: 'Odesa Oblast' };
const KHARKIV = { code: 'UA-63', name: 'Kharkiv Oblast' };
const WINDOW = night('2025-06-10T01:00:00+03:00', '2025-06-10T05:00:00+03:00');

const reports: Report[] = [
  makeReport({
    id: 'wire',
    publisher: 'wire.example',
    published_at: '2025-06-10T07:30:00+03:00',
    text: 'Russian drones hit Odesa port overnight, damaging grain terminals and injuring two dock workers, the regional governor said.',
  }),
  makeReport({
    id: 'daily',
    publisher: 'daily.example',
    published_at: '2025-06-10T08:10:00+03:00',
    text: 'Air defences shot down drones over Odesa overnight as Russian drones targeted the port, damaging grain terminals and injuring two dock workers.',
  }),
  makeReport({
    id: 'world',
    publisher: 'world.example',
    published_at: '2025-06-10T09:00:00+03:00',
    text: 'Russian drones hit Ukrainian port overnight, damaging grain terminals and injuring two dock workers, officials said.',
  }),
  makeReport({
    id: 'kharkiv',
    publisher: 'daily.example',
    published_at: '2025-06-10T09:20:00+03:00',
    text: 'Russian missiles hit Kharkiv overnight, damaging a power plant and injuring two workers, the regional governor said.',
  }),
  makeReport({
    id: 'kharkiv-wire',
    publisher: 'wire.example',
    published_at: '2025-06-10T09:40:00+03:00',
    text: 'Russian drones hit Kharkiv overnight, damaging an energy facility and injuring two workers, the regional governor said.',
  }),
  makeReport({
    id: 'festival',
    publisher: 'world.example',
    published_at: '2025-06-10T10:00:00+03:00',
    text: 'Ukraine culture minister opens the summer film festival in Odesa with premieres from young directors.',
  }),
];
const byId = new Map(reports.map((r) => [r.id, r]));

const facts: Fact[] = [
  makeFact({
    id: 'w1',
    report_id: 'wire',
    kind: 'strike',
    weapon: 'uav',
    region: ODESA,
    when: WINDOW,
    object: 'transport',
  }),
  makeFact({ id: 'd1', report_id: 'daily', weapon: 'uav', region: ODESA, when: WINDOW }),
  makeFact({ id: 'x1', report_id: 'world', kind: 'strike', weapon: 'uav', when: WINDOW, object: 'transport' }),
  makeFact({ id: 'k1', report_id: 'kharkiv', kind: 'strike', weapon: 'missile', region: KHARKIV, when: WINDOW }),
  makeFact({
    id: 'k2',
    report_id: 'kharkiv-wire',
    kind: 'strike',
    weapon: 'uav',
    count: exact(1),
    region: KHARKIV,
    when: WINDOW,
    object: 'transport',
  }),
];

function resolve(list: readonly Fact[]) {
  return resolveNight({
    facts: list,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-10',
  });
}

test('three outlets retelling one drone attack on a city are one incident; the other region stays apart', () => {
  const incidents = resolve(facts);
  const odesa = incidents.find((i) => i.facts.includes('w1'))!;
  assert.deepEqual(odesa.facts, ['d1', 'w1', 'x1']);
  assert.equal(odesa.region?.code, 'UA-51');
  assert.deepEqual(odesa.sources.map((s) => s.report_id).sort(), ['daily', 'wire', 'world']);
  // The Kharkiv leads copy the Odesa wire's words, but name another region: no join across places.
  const kharkiv = incidents.filter((i) => i.facts.some((f) => f === 'k1' || f === 'k2'));
  for (const inc of kharkiv) assert.ok(!inc.facts.includes('w1'));
  assert.ok(!incidents.some((i) => i.sources.some((s) => s.report_id === 'festival')));
});

test('a join by text is explained as similar text on each fact it brought', () => {
  const odesa = resolve(facts).find((i) => i.facts.includes('w1'))!;
  const joined = odesa.reasons.filter((r) => r.reasons.some((why) => why.includes('similar text')));
  assert.deepEqual(joined.map((r) => r.fact_id).sort(), ['d1', 'x1']);
  assert.ok(joined.every((r) => r.reasons.some((why) => /word overlap J=0\.\d\d/.test(why))));
});

test('without similar texts the same facts stay three incidents (the join is the text, not the facts)', () => {
  const plain = new Map([...byId].map(([id, r]) => [id, { ...r, text: `${id} lead` }]));
  const incidents = resolveNight({
    facts,
    reports: plain,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-10',
  });
  assert.ok(incidents.filter((i) => ['w1', 'd1', 'x1'].some((f) => i.facts.includes(f))).length >= 2);
});

test('two posts of one publisher are two statements, however alike their words', () => {
  const same = new Map([...byId].map(([id, r]) => [id, { ...r, publisher: 'one.example' }]));
  const incidents = resolveNight({
    facts,
    reports: same,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-10',
  });
  const odesa = incidents.find((i) => i.facts.includes('w1'))!;
  assert.ok(!odesa.facts.includes('d1'));
});

test('the joins do not depend on the order the facts come in', () => {
  const expected = resolve(facts);
  for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(resolve(seededShuffle(facts, seed)), expected);
});

test('a lead whose figures disagree is another story told in the same words, not a retelling', () => {
  // A placeless lead with the wire's words but another toll ("four", the northeast): it shares the template, not the
  // statement, and does not join the placed incident however alike the words.
  const leads: Report[] = [
    makeReport({
      id: 'odesa',
      publisher: 'wire.example',
      published_at: '2025-06-10T07:30:00+03:00',
      text: 'Russian drones attacked the southern port city of Odesa overnight, damaging energy infrastructure and injuring two people, the regional governor said.',
    }),
    makeReport({
      id: 'north',
      publisher: 'daily.example',
      published_at: '2025-06-10T08:30:00+03:00',
      text: 'Russian drones attacked a city in the northeast overnight, damaging energy infrastructure and injuring four people, the regional governor said.',
    }),
  ];
  const strike = (id: string, report: string, region?: typeof ODESA) =>
    makeFact({ id, report_id: report, kind: 'strike', weapon: 'uav', when: WINDOW, ...(region ? { region } : {}) });
  const toll = (id: string, report: string, injured: number, region?: typeof ODESA) =>
    makeFact({
      id,
      report_id: report,
      kind: 'casualties',
      when: WINDOW,
      casualties: { killed: null, injured },
      ...(region ? { region } : {}),
    });
  const run = (facts: readonly Fact[]) =>
    resolveNight({
      facts,
      reports: new Map(leads.map((r) => [r.id, r])),
      origins: new Map(leads.map((r) => [r.id, r.id])),
      nightKey: '2025-06-10',
    });
  const odesa = (facts: readonly Fact[]) => run(facts).find((i) => i.facts.includes('o1'))!;
  const placed = [strike('o1', 'odesa', ODESA), toll('o2', 'odesa', 2, ODESA)];
  const four = odesa([...placed, strike('n1', 'north'), toll('n2', 'north', 4)]);
  assert.ok(!four.facts.includes('n1') && !four.facts.includes('n2'));
  // The same lead with the wire's toll is a retelling and joins: the figures, not the words, kept it apart.
  const two = odesa([...placed, strike('n1', 'north'), toll('n2', 'north', 2)]);
  assert.ok(two.facts.includes('n1') && two.facts.includes('n2'));
});

test('the content words a night read once for origins give the join the texts give', () => {
  const words = new Map(reports.map((r) => [r.id, textWordCounts(r.text, r.lang)]));
  const origins = new Map(reports.map((r) => [r.id, r.id]));
  const given = resolveNight({ facts, reports: byId, origins, nightKey: '2025-06-10', words });
  assert.deepEqual(given, resolve(facts));
  // And the join reads them, not the texts: words that share nothing keep the retellings apart.
  const apart = new Map(
    reports.map((r, i) => [r.id, new Map([...textWordCounts(r.text, r.lang)].map(([w, n]) => [w * 31 + i, n]))]),
  );
  const split = resolveNight({ facts, reports: byId, origins, nightKey: '2025-06-10', words: apart });
  assert.ok(!split.find((i) => i.facts.includes('w1'))!.facts.includes('d1'));
});

test("a pair's shared words counted off the cosine's spread vector are the words both texts have", () => {
  const texts = reports.map((r) => r.text);
  const counts = texts.map((t) => textWordCounts(t, 'en'));
  const block = wordingBlock(counts);
  for (let a = 0; a < counts.length; a++) {
    for (let b = 0; b < counts.length; b++) {
      const both = [...counts[a]!.keys()].filter((w) => counts[b]!.has(w)).length;
      assert.equal(block.shared(a, b), both, `${a} ${b}`);
    }
  }
  // The wording's counts are the whole text's when the text is within its cut, and its own past it.
  assert.equal(wordCounts(texts[0]!, 'en', counts[0]), counts[0]);
  const long = `${texts[0]} ${'word '.repeat(1300)}tail`;
  const whole = textWordCounts(long, 'en');
  assert.notEqual(wordCounts(long, 'en', whole), whole);
  assert.deepEqual(wordCounts(long, 'en', whole), wordCounts(long, 'en'));
});
