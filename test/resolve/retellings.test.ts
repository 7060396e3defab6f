// A report that tells no fact but retells a statement of an incident (shares its origin with reports whose facts are
// in it) is one of that incident's sources: one statement, one incident. Reports invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const NIGHT = night('2025-03-08T21:00:00+03:00', '2025-03-09T07:00:00+03:00');

const reports = [
  // «Над Брянской областью сбиты пять ракет, одна повредила склад», the ministry.
  makeReport({ id: 'ministry', published_at: '2025-03-09T09:00:00+03:00', lang: 'ru' }),
  // A channel's rewrite of the ministry's post, with its figure: facts of its own.
  makeReport({ id: 'rewrite', published_at: '2025-03-09T09:20:00+03:00', lang: 'ru' }),
  // «Генштаб не подтвердил данные об ударе»: nothing is read from it, origins put it with the ministry's statement.
  makeReport({ id: 'denial', published_at: '2025-03-09T10:40:00+03:00', lang: 'ru' }),
  // An unrelated post that tells nothing, of its own origin.
  makeReport({ id: 'launch', published_at: '2025-03-09T11:00:00+03:00', lang: 'ru' }),
  // A governor's count over Kursk Oblast, another incident.
  makeReport({ id: 'kursk', published_at: '2025-03-09T08:00:00+03:00', lang: 'ru' }),
  // A copy of the governor's post from which nothing was read.
  makeReport({ id: 'kursk-copy', published_at: '2025-03-09T08:05:00+03:00', lang: 'ru' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));
const origins = new Map([
  ['ministry', 'ministry'],
  ['rewrite', 'ministry'],
  ['denial', 'ministry'],
  ['launch', 'launch'],
  ['kursk', 'kursk'],
  ['kursk-copy', 'kursk'],
]);

const facts = [
  makeFact({
    id: 'm1',
    report_id: 'ministry',
    count: exact(5),
    region: { code: 'RU-BRY', name: 'Брянской области' },
    when: NIGHT,
    claimant: person(null, 'ministry'),
  }),
  makeFact({
    id: 'r1',
    report_id: 'rewrite',
    count: exact(5),
    region: { code: 'RU-BRY', name: 'Брянской области' },
    when: NIGHT,
  }),
  makeFact({
    id: 'k1',
    report_id: 'kursk',
    count: exact(3),
    region: { code: 'RU-KRS', name: 'Курской области' },
    when: NIGHT,
    claimant: person(null, 'governor'),
  }),
];

function resolve(order: typeof facts) {
  return resolveNight({ facts: order, reports: byId, origins, nightKey: '2025-03-09' });
}

test('a report that tells no fact but shares an origin with an incident is one of its sources', () => {
  const incidents = resolve(facts);
  const bryansk = incidents.find((i) => i.region?.code === 'RU-BRY')!;
  const kursk = incidents.find((i) => i.region?.code === 'RU-KRS')!;
  assert.deepEqual(
    bryansk.sources.map((s) => s.report_id),
    ['ministry', 'rewrite', 'denial'],
  );
  assert.equal(bryansk.sources.find((s) => s.report_id === 'denial')!.origin_id, 'ministry');
  assert.deepEqual(
    kursk.sources.map((s) => s.report_id),
    ['kursk', 'kursk-copy'],
  );
  // A retelling is a report more, never an origin more, and its facts are none.
  assert.equal(bryansk.corroboration.reports, 3);
  assert.equal(bryansk.corroboration.origins, 1);
  assert.deepEqual(bryansk.facts, ['m1', 'r1']);
  assert.equal(bryansk.updated_at, '2025-03-09T10:40:00+03:00');
});

test('a report of its own origin that tells nothing is in no incident', () => {
  const incidents = resolve(facts);
  assert.ok(incidents.every((i) => i.sources.every((s) => s.report_id !== 'launch')));
});

test('retellings do not depend on the order of the facts', () => {
  const expected = resolve(facts);
  for (let seed = 1; seed <= 5; seed++) assert.deepEqual(resolve(seededShuffle(facts, seed)), expected);
});

// A ministry's breakdown is one origin told of two regions: its fact-less copy is a source of one incident only.
test('a retelling of an origin told in two incidents is a source of the one holding most of its facts', () => {
  const region = (code: string) => ({ code, name: code });
  const wave = [
    makeReport({ id: 'mod', published_at: '2025-03-09T09:00:00+03:00', lang: 'ru' }),
    makeReport({ id: 'mod-rewrite', published_at: '2025-03-09T09:10:00+03:00', lang: 'ru' }),
    makeReport({ id: 'mod-copy', published_at: '2025-03-09T09:30:00+03:00', lang: 'ru' }),
    makeReport({ id: 'governor', published_at: '2025-03-09T08:00:00+03:00', lang: 'ru' }),
  ];
  const reports = new Map(wave.map((r) => [r.id, r]));
  const origins = new Map([
    ['mod', 'mod'],
    ['mod-rewrite', 'mod'],
    ['mod-copy', 'mod'],
    ['governor', 'governor'],
  ]);
  const fact = (id: string, report_id: string, code: string, n: number) =>
    makeFact({ id, report_id, count: exact(n), region: region(code), when: NIGHT });
  const holder = (facts: ReturnType<typeof fact>[]) =>
    resolveNight({ facts, reports, origins, nightKey: '2025-03-09' }).find((i) =>
      i.sources.some((s) => s.report_id === 'mod-copy'),
    )?.region?.code;
  // Two of the origin's facts over Kursk, one over Bryansk.
  const most = [
    fact('m1', 'mod', 'RU-KRS', 14),
    fact('m2', 'mod', 'RU-BRY', 6),
    fact('w1', 'mod-rewrite', 'RU-KRS', 14),
  ];
  assert.equal(holder(most), 'RU-KRS');
  // One each: the incident whose smallest fact id is smallest (the governor's «a0» over Bryansk).
  const tie = [fact('m1', 'mod', 'RU-KRS', 14), fact('m2', 'mod', 'RU-BRY', 6), fact('a0', 'governor', 'RU-BRY', 2)];
  assert.equal(holder(tie), 'RU-BRY');
  for (let seed = 1; seed <= 3; seed++) assert.equal(holder(seededShuffle(tie, seed)), 'RU-BRY');
  const incidents = resolveNight({ facts: tie, reports, origins, nightKey: '2025-03-09' });
  assert.equal(incidents.filter((i) => i.sources.some((s) => s.report_id === 'mod-copy')).length, 1);
});

// «За ночь сбиты 24 дрона: шесть над Ростовской, пять над Брянской …», the ministry's list, and a channel's headline
// «24 беспилотника уничтожены за ночь — Минобороны», put by origins with it: the headline's one fact is a total (an
// aggregate), which makes no incident, so the headline tells nothing any incident holds and retells the list.
test('a report whose facts are in no incident retells its origin, in the region its origin names first', () => {
  const list = 'За ночь сбиты 24 дрона: шесть над Ростовской областью, пять над Брянской областью';
  const wave = [
    makeReport({ id: 'mod', published_at: '2025-03-09T07:10:00+03:00', lang: 'ru', text: list }),
    makeReport({ id: 'headline', published_at: '2025-03-09T07:30:00+03:00', lang: 'ru' }),
    makeReport({ id: 'governor', published_at: '2025-03-09T06:00:00+03:00', lang: 'ru' }),
  ];
  const reports = new Map(wave.map((r) => [r.id, r]));
  const origins = new Map([
    ['mod', 'mod'],
    ['headline', 'mod'],
    ['governor', 'governor'],
  ]);
  const part = (id: string, code: string, name: string, n: number) => {
    const start = list.indexOf(name);
    return makeFact({
      id,
      report_id: 'mod',
      count: exact(n),
      region: { code, name },
      when: NIGHT,
      evidence: { start: 0, end: list.length, text: list },
      fields: { region: { start, end: start + name.length, text: name, inferred: false } },
    });
  };
  const facts = [
    // The fact ids put Bryansk first: the tie must follow the list's order, not the ids.
    part('b-rostov', 'RU-ROS', 'Ростовской областью', 6),
    part('a-bryansk', 'RU-BRY', 'Брянской областью', 5),
    makeFact({
      id: 'a-gov',
      report_id: 'governor',
      count: exact(2),
      region: { code: 'RU-BRY', name: 'Брянск' },
      when: NIGHT,
    }),
    makeFact({ id: 'total', report_id: 'headline', count: exact(24), when: NIGHT, aggregate: true }),
  ];
  const holders = (order: typeof facts) =>
    resolveNight({ facts: order, reports, origins, nightKey: '2025-03-09' })
      .filter((i) => i.sources.some((s) => s.report_id === 'headline'))
      .map((i) => i.region?.code);
  assert.deepEqual(holders(facts), ['RU-ROS']);
  for (let seed = 1; seed <= 3; seed++) assert.deepEqual(holders(seededShuffle(facts, seed)), ['RU-ROS']);
  // The headline is a report more of the Rostov incident, never an origin more, and its total no fact of it.
  const rostov = resolveNight({ facts, reports, origins, nightKey: '2025-03-09' }).find(
    (i) => i.region?.code === 'RU-ROS',
  )!;
  assert.equal(rostov.corroboration.origins, 1);
  assert.deepEqual(rostov.facts, ['b-rostov']);
});

// A list of a speaker's statements under the one its headline gives is filed under that statement's origin (origins
// by lead). A report that retells the headline retells none of the items, so an item's fact (the night's strike
// named among the summit's points) does not make it a source of that fact's incident. Texts invented.
test('a retelling of a roundup headline is no source of the incident of a fact told in its list', () => {
  const list = [
    'The country has several Meteor systems ready for use, the president said',
    '',
    'His other statements at the summit:',
    '',
    '— Overnight the army struck military sites in Region A with 40 missiles;',
    '',
    '— Production of missiles will grow by a quarter;',
    '',
    '— Talks remain possible.',
  ].join('\n');
  const itemAt = list.indexOf('— Overnight');
  const itemEnd = list.indexOf(';', itemAt) + 1;
  const headline = 'The country has several Meteor systems ready for use, the president said';
  const summit = [
    makeReport({ id: 'list', published_at: '2025-03-09T13:00:00+03:00', text: list }),
    makeReport({ id: 'headline-copy', published_at: '2025-03-09T13:02:00+03:00', text: headline }),
    makeReport({ id: 'governor', published_at: '2025-03-09T08:00:00+03:00', text: 'Missiles hit Region A.' }),
  ];
  const reports = new Map(summit.map((r) => [r.id, r]));
  const origins = new Map([
    ['list', 'list'],
    ['headline-copy', 'list'],
    ['governor', 'governor'],
  ]);
  const strike = (id: string, report_id: string, evidence: { start: number; end: number; text: string }) =>
    makeFact({ id, report_id, kind: 'strike', region: { code: 'UA-32', name: 'Region A' }, when: NIGHT, evidence });
  const facts = [
    strike('l1', 'list', { start: itemAt, end: itemEnd, text: list.slice(itemAt, itemEnd) }),
    strike('g1', 'governor', { start: 0, end: 22, text: 'Missiles hit Region A.' }),
  ];
  const sourcesOf = (fs: typeof facts) =>
    resolveNight({ facts: fs, reports, origins, nightKey: '2025-03-09' }).map((i) =>
      i.sources.map((s) => s.report_id).sort(),
    );
  // The list itself tells the strike and is its source; the headline's copy is in no incident.
  assert.deepEqual(sourcesOf(facts), [['governor', 'list']]);
  // The same fact told before the list (the headline's own statement) makes the copy a source, as for any retelling.
  const lead = strike('l1', 'list', { start: 0, end: headline.length, text: headline });
  assert.deepEqual(sourcesOf([lead, facts[1]!]), [['governor', 'headline-copy', 'list']]);
});

// One region's night summary under a header that tells no fact («Итоги ночи в Белгородской области: — …; — …; — …») is
// that region's story, not a roundup of statements: a fact-less copy of its header retells the night's incident.
// One item tells a fact here, as in the summit's roundup below: its header naming the region is what tells them apart
// (the items that carry the place count too: test/pipeline/night-summary-copy.test.ts). Texts invented.
test('negative: a copy of the header of one region’s night list is a source of that region’s incident', () => {
  const list = [
    'Итоги ночи в Белгородской области',
    '',
    '— над Белгородом сбиты три беспилотника;',
    '',
    '— в Шебекино повреждены две машины;',
    '',
    '— пострадавших нет.',
  ].join('\n');
  const itemAt = list.indexOf('— над');
  const itemEnd = list.indexOf(';', itemAt) + 1;
  const name = 'Белгородом';
  const nameAt = list.indexOf(name);
  const summary = [
    makeReport({ id: 'gov', published_at: '2025-03-09T08:00:00+03:00', text: list }),
    makeReport({ id: 'copy', published_at: '2025-03-09T08:05:00+03:00', text: 'Итоги ночи в Белгородской области' }),
  ];
  const reports = new Map(summary.map((r) => [r.id, r]));
  const origins = new Map([
    ['gov', 'gov'],
    ['copy', 'gov'],
  ]);
  const fact = makeFact({
    id: 'g1',
    report_id: 'gov',
    region: { code: 'RU-BEL', name: 'Белгородская область' },
    count: exact(3),
    when: NIGHT,
    evidence: { start: itemAt, end: itemEnd, text: list.slice(itemAt, itemEnd) },
    fields: { region: { start: nameAt, end: nameAt + name.length, text: name, inferred: false } },
  });
  const sources = resolveNight({ facts: [fact], reports, origins, nightKey: '2025-03-09' }).map((i) =>
    i.sources.map((s) => s.report_id).sort(),
  );
  assert.deepEqual(sources, [['copy', 'gov']]);
});

// The summit's roundup again, its one strike item naming its region as written («— ночью армия нанесла удар по
// Региону А…»): one item of many with a fact is a point among statements, not one region's night summary, so a copy
// of the headline still retells none of it. A night summary tells its region's night in more than one item (the
// shoot-downs, the damage). Texts invented.
test('a roundup whose one fact-telling item names its region is no region night list', () => {
  const list = [
    'Президент: у страны есть несколько готовых систем «Метеор»',
    '',
    'Другие заявления на саммите:',
    '',
    '— ночью армия ударила по Региону А сорока ракетами;',
    '',
    '— выпуск ракет вырастет на четверть;',
    '',
    '— переговоры остаются возможными.',
  ].join('\n');
  const itemAt = list.indexOf('— ночью');
  const itemEnd = list.indexOf(';', itemAt) + 1;
  const name = 'Региону А';
  const nameAt = list.indexOf(name);
  const headline = 'Президент: у страны есть несколько готовых систем «Метеор»';
  const summit = [
    makeReport({ id: 'list', published_at: '2025-03-09T13:00:00+03:00', text: list }),
    makeReport({ id: 'headline-copy', published_at: '2025-03-09T13:02:00+03:00', text: headline }),
    makeReport({ id: 'governor', published_at: '2025-03-09T08:00:00+03:00', text: 'Ракеты ударили по Региону А.' }),
  ];
  const reports = new Map(summit.map((r) => [r.id, r]));
  const origins = new Map([
    ['list', 'list'],
    ['headline-copy', 'list'],
    ['governor', 'governor'],
  ]);
  const facts = [
    makeFact({
      id: 'l1',
      report_id: 'list',
      kind: 'strike',
      region: { code: 'UA-32', name: 'Регион А' },
      when: NIGHT,
      evidence: { start: itemAt, end: itemEnd, text: list.slice(itemAt, itemEnd) },
      fields: { region: { start: nameAt, end: nameAt + name.length, text: name, inferred: false } },
    }),
    makeFact({
      id: 'g1',
      report_id: 'governor',
      kind: 'strike',
      region: { code: 'UA-32', name: 'Регион А' },
      when: NIGHT,
      evidence: { start: 0, end: 27, text: 'Ракеты ударили по Региону А.' },
    }),
  ];
  const sources = resolveNight({ facts, reports, origins, nightKey: '2025-03-09' }).map((i) =>
    i.sources.map((s) => s.report_id).sort(),
  );
  assert.deepEqual(sources, [['governor', 'list']]);
});
