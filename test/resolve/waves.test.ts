// Nationwide waves (docs/eval-clusters.md, "Nationwide waves"): a strike or interception told of a whole country
// holds that night's facts of the same kind in its regions. Reports invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night } from './make.ts';

const NIGHT = night('2025-03-08T21:00:00+03:00', '2025-03-09T07:00:00+03:00');
const EVENING = night('2025-03-09T19:00:00+03:00', '2025-03-09T23:00:00+03:00');

const reports = [
  makeReport({ id: 'president', published_at: '2025-03-09T09:10:00+03:00', lang: 'ru' }),
  makeReport({ id: 'lviv', published_at: '2025-03-09T08:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'odesa', published_at: '2025-03-09T09:45:00+03:00', lang: 'ru' }),
  makeReport({ id: 'rivne', published_at: '2025-03-09T10:05:00+03:00', lang: 'ru' }),
  makeReport({ id: 'airforce', published_at: '2025-03-09T10:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'kyiv', published_at: '2025-03-09T07:40:00+03:00', lang: 'ru' }),
  makeReport({ id: 'crimea', published_at: '2025-03-09T08:05:00+03:00', lang: 'ru' }),
  makeReport({ id: 'kursk', published_at: '2025-03-09T09:00:00+03:00', lang: 'ru' }),
  makeReport({ id: 'sumy', published_at: '2025-03-09T22:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'kremlin', published_at: '2025-03-09T13:20:00+03:00', lang: 'ru' }),
  makeReport({ id: 'obituary', published_at: '2025-03-09T11:00:00+03:00', lang: 'ru' }),
  makeReport({ id: 'analysis', published_at: '2025-03-09T17:40:00+03:00', lang: 'ru' }),
  makeReport({ id: 'plant', published_at: '2025-03-09T17:55:00+03:00', lang: 'ru' }),
  makeReport({ id: 'energy', published_at: '2025-03-09T08:50:00+03:00', lang: 'ru' }),
  makeReport({ id: 'retort', published_at: '2025-03-09T12:15:00+03:00', lang: 'ru' }),
  makeReport({ id: 'digest', published_at: '2025-03-09T20:10:00+03:00', lang: 'ru' }),
  makeReport({ id: 'frontline', published_at: '2025-03-09T15:10:00+03:00', lang: 'ru' }),
  makeReport({ id: 'footage', published_at: '2025-03-09T15:40:00+03:00', lang: 'ru' }),
  makeReport({ id: 'live', published_at: '2025-03-08T23:40:00+03:00', lang: 'ru' }),
  makeReport({ id: 'undated', published_at: '', lang: 'ru' }),
  makeReport({ id: 'undated2', published_at: '', lang: 'ru' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));

/** A fact of a report; with no `when` it gets the window its publication allows, as ingest gives it. */
function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  const f = makeFact(partial);
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
}

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-03-09',
  });
}

// «Россия ночью ударила по энергетике всей Украины: 110 ракет и 80 дронов», the president's post.
const national = fact({
  id: 'n1',
  report_id: 'president',
  kind: 'strike',
  weapon: 'missile',
  launched: exact(110),
  country: 'UA',
  when: NIGHT,
});
// «Во Львовской области обломки ракеты повредили склад», no time word.
const lviv = fact({
  id: 'l1',
  report_id: 'lviv',
  kind: 'strike',
  region: { code: 'UA-46', name: 'Львовской области' },
});
// «В Одесской области после ракетного удара погиб мужчина».
const odesa = fact({
  id: 'o1',
  report_id: 'odesa',
  kind: 'strike',
  region: { code: 'UA-51', name: 'Одесской области' },
});
// «В Ровенской области без света 200 тысяч абонентов»: an outage with no attack of its own.
const rivne = fact({
  id: 'r1',
  report_id: 'rivne',
  kind: 'power_outage',
  region: { code: 'UA-56', name: 'Ровенской области' },
  when: NIGHT,
});

test('a strike told of a whole country holds the regions’ strikes and outages of that night: one incident', () => {
  const incidents = resolve([national, lviv, odesa, rivne]);
  assert.equal(incidents.length, 1);
  const [wave] = incidents;
  assert.equal(wave?.kind, 'strike');
  assert.equal(wave?.region, null);
  assert.equal(wave?.country, 'UA');
  assert.deepEqual(
    wave?.regions?.map((r) => r.code),
    ['UA-46', 'UA-51', 'UA-56'],
  );
  assert.deepEqual(wave?.facts, ['l1', 'n1', 'o1', 'r1']);
  const why = wave?.reasons.find((r) => r.fact_id === 'l1')?.reasons.join('; ');
  assert.match(why ?? '', /nationwide strike/);
});

test('without a country-level statement, two regions’ strikes stay two incidents', () => {
  const incidents = resolve([lviv, odesa]);
  assert.deepEqual(incidents.map((i) => i.region?.code).sort(), ['UA-46', 'UA-51']);
});

test('the national interception total and Kyiv’s shoot-downs are one interception, beside the strike wave', () => {
  // «Силы ПВО уничтожили 95 ракет и 60 дронов по всей Украине» and «Над Киевом сбиты крылатые ракеты».
  const downed = fact({ id: 'a1', report_id: 'airforce', count: exact(95), weapon: 'missile', country: 'UA' });
  const kyiv = fact({
    id: 'k1',
    report_id: 'kyiv',
    weapon: 'cruise_missile',
    region: { code: 'UA-30', name: 'Киевом' },
  });
  const incidents = resolve([national, lviv, downed, kyiv]);
  assert.equal(incidents.length, 2);
  const interception = incidents.find((i) => i.kind === 'interception');
  assert.deepEqual(interception?.facts, ['a1', 'k1']);
  assert.deepEqual(
    interception?.regions?.map((r) => r.code),
    ['UA-30'],
  );
  assert.equal(interception?.country, 'UA');
  assert.deepEqual(incidents.find((i) => i.kind === 'strike')?.facts, ['l1', 'n1']);
});

test('another attack stays apart: the evening’s missile on Sumy, a Russian region, the drones over Crimea', () => {
  const sumy = fact({
    id: 's1',
    report_id: 'sumy',
    kind: 'strike',
    region: { code: 'UA-59', name: 'Сумах' },
    when: EVENING,
  });
  const kursk = fact({
    id: 'ks1',
    report_id: 'kursk',
    kind: 'strike',
    region: { code: 'RU-KRS', name: 'Курской области' },
  });
  const downed = fact({ id: 'a1', report_id: 'airforce', count: exact(95), country: 'UA', when: NIGHT });
  const crimea = fact({
    id: 'c1',
    report_id: 'crimea',
    count: exact(4),
    region: { code: 'UA-43', name: 'Крымом' },
    when: NIGHT,
  });
  const incidents = resolve([national, sumy, kursk, downed, crimea]);
  assert.equal(incidents.length, 5);
  assert.deepEqual(incidents.find((i) => i.region?.code === 'UA-59')?.facts, ['s1']);
  assert.deepEqual(incidents.find((i) => i.region?.code === 'RU-KRS')?.facts, ['ks1']);
  assert.deepEqual(incidents.find((i) => i.region?.code === 'UA-43')?.facts, ['c1']);
});

test('a country is a place for an attack told with no time, never for an effect told only of a country', () => {
  // «Россия поразила военные объекты Украины сотней ракет», said at noon with no time word: the night's wave.
  const kremlin = fact({ id: 'kr1', report_id: 'kremlin', kind: 'strike', weapon: 'missile', country: 'UA' });
  // «Один из погибших на Украине иностранцев …»: no attack, no time.
  const obituary = fact({ id: 'ob1', report_id: 'obituary', kind: 'casualties', country: 'UA' });
  const incidents = resolve([national, lviv, kremlin, obituary]);
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]?.facts, ['kr1', 'l1', 'n1']);
});

test('a national total that its own report breaks down into regions is an aggregate: no wave, one incident a region', () => {
  // «ПВО за ночь сбила 30 беспилотников над территорией России, сообщило министерство.» then «Двенадцать — над
  // Курской областью, десять — над Брянской, восемь — над Белгородской.» (the total in its own sentence).
  const MOD_NIGHT = night('2025-03-08T21:00:00+03:00', '2025-03-09T07:00:00+03:00');
  const part = (id: string, code: string, n: number) =>
    fact({ id, report_id: 'kursk', count: exact(n), weapon: 'uav', region: { code, name: code }, when: MOD_NIGHT });
  const total = fact({ id: 't', report_id: 'kursk', count: exact(30), weapon: 'uav', country: 'RU', when: MOD_NIGHT });
  const parts = [part('p1', 'RU-KRS', 12), part('p2', 'RU-BRY', 10), part('p3', 'RU-BEL', 8)];
  const incidents = resolve([total, ...parts]);
  assert.deepEqual(incidents.map((i) => i.region?.code).sort(), ['RU-BEL', 'RU-BRY', 'RU-KRS']);
  assert.ok(incidents.every((i) => !i.facts.includes('t')));
  // A total its parts do not add up to (30, then only 12 and 10 named) is told of the country: one wave.
  const partial = resolve([total, ...parts.slice(0, 2)]);
  assert.equal(partial.length, 1);
  assert.deepEqual(partial[0]?.facts, ['p1', 'p2', 't']);
});

test('a national total retold alone beside another report that breaks it down is an aggregate too', () => {
  // The ministry's breakdown «30 беспилотников: двенадцать над Курской, десять над Брянской, восемь над Белгородской»
  // on one channel, and «ПВО за ночь уничтожила 30 беспилотников», its total quoted alone, on another.
  const MOD_NIGHT = night('2025-03-08T21:00:00+03:00', '2025-03-09T07:00:00+03:00');
  const part = (id: string, code: string, n: number) =>
    fact({ id, report_id: 'kursk', count: exact(n), weapon: 'uav', region: { code, name: code }, when: MOD_NIGHT });
  const total = fact({ id: 't', report_id: 'kursk', count: exact(30), weapon: 'uav', country: 'RU', when: MOD_NIGHT });
  const parts = [part('p1', 'RU-KRS', 12), part('p2', 'RU-BRY', 10), part('p3', 'RU-BEL', 8)];
  const quoted = (n: number) =>
    fact({ id: 'q', report_id: 'kremlin', count: exact(n), weapon: 'uav', country: 'RU', when: MOD_NIGHT });
  const incidents = resolve([total, ...parts, quoted(30)]);
  assert.deepEqual(incidents.map((i) => i.region?.code).sort(), ['RU-BEL', 'RU-BRY', 'RU-KRS']);
  assert.ok(incidents.every((i) => !i.facts.includes('q')));
  // Another figure is another statement, told of the country: it makes a wave of the regions.
  const other = resolve([total, ...parts, quoted(44)]);
  assert.equal(other.length, 1);
  assert.deepEqual(other[0]?.facts, ['p1', 'p2', 'p3', 'q']);
});

test('a country-level statement made in the afternoon with no time of its own holds no region by itself', () => {
  // «Власти говорят, что по территории страны уже ударили новыми ракетами», an analysis at 17:40, and «Дроны атаковали
  // завод в Ровенской области, начался пожар» at 17:55: neither names a time, and nothing says the first tells the second.
  const claim = fact({ id: 'x1', report_id: 'analysis', kind: 'strike', weapon: 'missile', country: 'UA' });
  const plant = fact({
    id: 'p1',
    report_id: 'plant',
    kind: 'strike',
    weapon: 'uav',
    region: { code: 'UA-56', name: 'Ровенской области' },
  });
  const apart = resolve([claim, plant]);
  assert.deepEqual(apart.map((i) => i.facts).sort(), [['p1'], ['x1']]);
  // Beside the president's dated statement of the night, the same claim joins the wave; the plant, told in the evening
  // with no time of its own, does not say it was the night's attack and stays apart.
  const wave = resolve([national, claim, plant]);
  assert.deepEqual(wave.map((i) => i.facts).sort(), [['n1', 'x1'], ['p1']]);
});

test('a midday statement with no time of its own is the wave that two regions’ dated attacks show', () => {
  // «По всей Украине сообщают о ракетных ударах», a headline at 12:15 with no time word: its window is the twelve hours
  // behind it, which says nothing by itself. Lviv's and Odesa's strikes, told in the morning, are dated to the night
  // behind them: two regions attacked in its window make a wave, and the statement tells it.
  const headline = fact({ id: 'h1', report_id: 'retort', kind: 'strike', weapon: 'missile', country: 'UA' });
  const incidents = resolve([headline, lviv, odesa]);
  assert.equal(incidents.length, 1);
  assert.deepEqual(incidents[0]?.facts, ['h1', 'l1', 'o1']);
  assert.deepEqual(
    incidents[0]?.regions?.map((r) => r.code),
    ['UA-46', 'UA-51'],
  );
  assert.match(incidents[0]?.reasons.find((r) => r.fact_id === 'l1')?.reasons.join('; ') ?? '', /nationwide strike/);
  // One region is no wave: beside Lviv's strike alone the statement may tell anything (an earlier strike, a threat).
  assert.deepEqual(
    resolve([headline, lviv])
      .map((i) => i.facts)
      .sort(),
    [['h1'], ['l1']],
  );
  // An attack that begins after the statement was written does not date it: Kharkiv's strike told for 14:00-15:00
  // beside Lviv's leaves the headline and both regions apart.
  const later = fact({
    id: 'x1',
    report_id: 'frontline',
    kind: 'strike',
    region: { code: 'UA-63', name: 'Харькове' },
    when: { start: '2025-03-09T14:00:00+03:00', end: '2025-03-09T15:00:00+03:00', precision: 'exact' },
  });
  assert.deepEqual(
    resolve([headline, lviv, later])
      .map((i) => i.facts)
      .sort(),
    [['h1'], ['l1'], ['x1']],
  );
  // The week's total beside it dates nothing either: only the statements' own windows count.
  const WEEK = { start: '2025-03-02T12:00:00+03:00', end: '2025-03-09T12:00:00+03:00', precision: 'week' as const };
  const weekly = fact({ id: 'w1', report_id: 'kremlin', kind: 'strike', country: 'UA', when: WEEK });
  assert.deepEqual(
    resolve([weekly, lviv, odesa])
      .map((i) => i.facts)
      .sort(),
    [['l1'], ['o1'], ['w1']],
  );
});

test('a regional cluster told only in an afternoon post’s inferred window stays out of the night’s wave', () => {
  // The air force in the morning: «Ночью над Украиной сбиты 40 шахедов». At 15:10, with no time word: «Над Энергодаром
  // сбиты шесть беспилотников, пострадавших нет», and «Расчет FPV-дрона уничтожил опорный пункт под Харьковом».
  const airforce = fact({
    id: 'a1',
    report_id: 'airforce',
    kind: 'interception',
    weapon: 'uav',
    count: exact(40),
    country: 'UA',
    when: NIGHT,
  });
  const town = fact({
    id: 'e1',
    report_id: 'frontline',
    kind: 'interception',
    weapon: 'uav',
    count: exact(6),
    region: { code: 'UA-23', name: 'Энергодаром' },
  });
  const unit = fact({
    id: 'h1',
    report_id: 'footage',
    kind: 'interception',
    weapon: 'fpv_drone',
    region: { code: 'UA-63', name: 'Харьковом' },
  });
  // Kyiv's shoot-downs told in the morning with no time word: the night behind the post, so the wave's.
  const kyiv = fact({
    id: 'k1',
    report_id: 'kyiv',
    kind: 'interception',
    weapon: 'uav',
    region: { code: 'UA-30', name: 'Киевом' },
  });
  const incidents = resolve([airforce, town, unit, kyiv]);
  const wave = incidents.find((i) => i.facts.includes('a1'));
  assert.deepEqual(wave?.facts, ['a1', 'k1']);
  assert.deepEqual(
    wave?.regions?.map((r) => r.code),
    ['UA-30'],
  );
  assert.deepEqual(
    incidents
      .filter((i) => i !== wave)
      .map((i) => i.facts)
      .sort(),
    [['e1'], ['h1']],
  );
});

test('a statement told of another country never meets the wave of strikes across Ukraine, nor undoes it', () => {
  // «Энергетики: ночью враг снова бил по энергосистеме Украины» and an operator's post beside the president's, and a
  // ministry's «удары в ответ на атаки вглубь России», read as a strike told of Russia, in the same no-region group.
  const grid = fact({ id: 'e1', report_id: 'energy', kind: 'strike', country: 'UA', when: NIGHT });
  const operator = fact({ id: 'e2', report_id: 'operator', kind: 'strike', country: 'UA', when: NIGHT });
  const stray = fact({ id: 's1', report_id: 'retort', kind: 'strike', country: 'RU', when: NIGHT });
  const incidents = resolve([national, grid, operator, stray, lviv, odesa]);
  const wave = (list: typeof incidents) => list.find((i) => i.country === 'UA');
  assert.equal(incidents.length, 2);
  assert.deepEqual(
    wave(incidents)?.regions?.map((r) => r.code),
    ['UA-46', 'UA-51'],
  );
  assert.deepEqual(incidents.find((i) => i.country === 'RU')?.facts, ['s1']);
  // Facts of two countries never meet, however many tell each: the Ukrainian statements are still the wave that
  // holds the regions, and the Russian one an incident of its own.
  for (const list of [resolve([national, grid, stray, lviv, odesa]), resolve([national, stray, lviv, odesa])]) {
    assert.equal(list.length, 2);
    assert.deepEqual(
      wave(list)?.regions?.map((r) => r.code),
      ['UA-46', 'UA-51'],
    );
    assert.deepEqual(list.find((i) => i.country === 'RU')?.facts, ['s1']);
  }
});

test('a statement told of the other country with no time of its own does not join the wave, nor undo it', () => {
  // «Россию уже дважды атаковали ракетами ATACMS», the Kremlin's words at 13:20 with no time word: a strike told of
  // Russia, in the no-region group on its inferred window beside the night's strikes across Ukraine.
  const grid = fact({ id: 'e1', report_id: 'energy', kind: 'strike', country: 'UA', when: NIGHT });
  const said = fact({ id: 'k1', report_id: 'kremlin', kind: 'strike', country: 'RU' });
  const twice = fact({ id: 'k2', report_id: 'retort', kind: 'strike', country: 'RU' });
  const incidents = resolve([national, grid, said, twice, lviv, odesa]);
  const wave = incidents.find((i) => i.country === 'UA');
  assert.deepEqual(wave?.facts, ['e1', 'l1', 'n1', 'o1']);
  assert.deepEqual(
    wave?.regions?.map((r) => r.code),
    ['UA-46', 'UA-51'],
  );
  assert.deepEqual(incidents.find((i) => i.country === 'RU')?.facts, ['k1', 'k2']);
});

test('a total told over a week is a tally of its own: it neither joins the night’s attacks nor dates a wave', () => {
  // «За неделю средства ПВО сбили 10 ракет ATACMS» and «ВС России за неделю уничтожили 2 установки»: the ministry's weekly
  // totals, beside the air force's «Ночью были сбиты 88 «Шахедов»» and the night's shoot-downs over Kursk Oblast.
  const WEEK = { start: '2025-03-02T12:00:00+03:00', end: '2025-03-09T12:00:00+03:00', precision: 'week' as const };
  const weekly = fact({ id: 'w1', report_id: 'kremlin', kind: 'interception', count: exact(10), when: WEEK });
  const launchers = fact({ id: 'w2', report_id: 'retort', kind: 'interception', country: 'RU', when: WEEK });
  const shaheds = fact({
    id: 'a1',
    report_id: 'airforce',
    kind: 'interception',
    count: exact(88),
    country: 'UA',
    when: NIGHT,
  });
  const kursk = fact({
    id: 'k1',
    report_id: 'kursk',
    kind: 'interception',
    count: exact(3),
    region: { code: 'RU-KRS', name: 'Курской области' },
    when: NIGHT,
  });
  const incidents = resolve([weekly, launchers, shaheds, kursk]);
  assert.deepEqual(incidents.map((i) => i.facts.join(',')).sort(), ['a1', 'k1', 'w1,w2']);
  assert.equal(incidents.find((i) => i.facts.includes('w1'))?.regions?.length ?? 0, 0);
});

test('facts of two countries that no stated window takes in are not grouped together on their inferred windows', () => {
  // The Kremlin's «Россию уже дважды атаковали ракетами ATACMS» at 13:20 and «Дрон ударил по предприятию», a strike
  // told of Ukraine posted at 22:30, neither with a time word: both are left out of the night's wave, and their
  // inferred windows (01:20-13:20 and 10:30-22:30) overlap. A statement of one country and a strike in the other
  // are not one incident.
  const said = fact({ id: 'k1', report_id: 'kremlin', kind: 'strike', country: 'RU' });
  const late = fact({ id: 'u1', report_id: 'sumy', kind: 'strike', country: 'UA' });
  const incidents = resolve([national, said, late]);
  assert.deepEqual(incidents.map((i) => i.facts).sort(), [['k1'], ['n1'], ['u1']]);
  // A post at 20:10 that names no place, country or time (08:10-20:10) overlaps both and not the night: it joins the
  // one that formed earlier (placeClaims) and ties no two.
  const none = fact({ id: 'x1', report_id: 'digest', kind: 'strike' });
  const three = resolve([national, said, late, none]);
  assert.deepEqual(three.map((i) => i.facts).sort(), [['k1', 'x1'], ['n1'], ['u1']]);
});

test('a fact with no window at all joins only a no-region cluster of its own country', () => {
  // Reports whose publication time is unknown give no window: «Россию атаковали ракетами ATACMS» told of Russia does
  // not join the night's wave across Ukraine; «Удар по энергетике Украины» does.
  const said = fact({ id: 'k1', report_id: 'undated', kind: 'strike', country: 'RU' });
  const grid = fact({ id: 'e1', report_id: 'undated2', kind: 'strike', country: 'UA' });
  const incidents = resolve([national, said, grid]);
  assert.deepEqual(incidents.map((i) => i.facts).sort(), [['e1', 'n1'], ['k1']]);
  // With no cluster to join, each country's facts make their own.
  const alone = resolve([said, grid]);
  assert.deepEqual(alone.map((i) => i.facts).sort(), [['e1'], ['k1']]);
});

test('a live post written after 22:00 with no time word joins the night it opens', () => {
  // «Харьков атакуют вражеские беспилотники. Над городом сбиты 3 дрона», at 23:40, and the air force's count in the
  // morning: the live post tells the night that the count sums up (night.ts keeps it in that night's block).
  const airforce = fact({
    id: 'a1',
    report_id: 'airforce',
    kind: 'interception',
    weapon: 'uav',
    count: exact(50),
    country: 'UA',
    when: NIGHT,
  });
  const live = fact({
    id: 'l1',
    report_id: 'live',
    kind: 'interception',
    weapon: 'uav',
    count: exact(3),
    region: { code: 'UA-63', name: 'Харьков' },
  });
  const incidents = resolve([airforce, live]);
  assert.deepEqual(
    incidents.map((i) => i.facts),
    [['a1', 'l1']],
  );
});

test('debris told of the whole country keeps the strike wave apart from the interception total', () => {
  // «Около 100 ракет атаковали энергетику по всей Украине», «Силы ПВО уничтожили 80 целей», «Есть повреждения от падения
  // обломков»: the president's wave, the air force's total and debris somewhere in the country. Debris folds a region's
  // strike into that region's shoot-downs (guards.test.ts); a country's wave struck many places, so it stays a strike.
  const wave = fact({
    id: 'n1',
    report_id: 'president',
    kind: 'strike',
    weapon: 'missile',
    country: 'UA',
    when: NIGHT,
  });
  const debris = fact({ id: 'n2', report_id: 'president', kind: 'debris', country: 'UA', when: NIGHT });
  const downed = fact({
    id: 'a1',
    report_id: 'airforce',
    kind: 'interception',
    weapon: 'missile',
    count: exact(80),
    country: 'UA',
    when: NIGHT,
  });
  const incidents = resolve([wave, debris, downed]);
  assert.deepEqual(incidents.map((i) => [i.kind, i.facts]).sort(), [
    ['interception', ['a1']],
    ['strike', ['n1', 'n2']],
  ]);
});
