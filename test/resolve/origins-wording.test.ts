import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins, type OriginInput, wordingBlockers } from '../../src/resolve/origins.ts';
import { cosine, isRoundup, wordCounts, wordingScorer, wordingVectors } from '../../src/resolve/wording.ts';
import { exact, makeFact, makeReport } from './make.ts';

// Invented posts in the style of Telegram news channels; none is a real text.
function post(id: string, publisher: string, time: string, text: string, facts: Fact[] = []): OriginInput {
  const report: Report = makeReport({ id, publisher, published_at: `2025-02-09T${time}:00+03:00`, lang: 'ru', text });
  const signature = minhashSignature(report.text, report.lang);
  return { report, signature, bands: lshBands(signature), facts };
}

// The rest of a morning's feed: what makes the words every post uses common, and a story's own words rare.
const feed = [
  post('rep_f1', 'Лента', '08:05', 'Над Курской областью ночью сбиты четыре беспилотника, сообщили в Минобороны.'),
  post('rep_f2', 'Сводка', '08:20', 'В Москве ожидается мокрый снег и гололедица, предупредили синоптики.'),
  post('rep_f3', 'Лента', '08:40', 'Курс доллара на открытии торгов опустился ниже девяноста рублей.'),
  post('rep_f4', 'Сводка', '09:10', 'Губернатор Белгородской области сообщил о повреждении линии электропередачи.'),
  post('rep_f5', 'Новости дня', '09:30', 'В Госдуме предложили продлить новогодние каникулы для школьников.'),
];

test('outlets that retell one story in their own words around its uncommon words share its origin', () => {
  const items = [
    ...feed,
    post(
      'rep_a',
      'Канал один',
      '10:02',
      'В Озёрске пьяный водитель угнал снегоуборщик со двора коммунальной службы и протаранил три припаркованные ' +
        'машины. Угонщика задержали через час на окраине города, пострадавших нет.\n\n👉 Подписаться',
    ),
    post(
      'rep_b',
      'Канал два',
      '10:40',
      'Угонщика снегоуборщика задержали на окраине Озёрска. Нетрезвый мужчина увёл машину со двора коммунальной ' +
        'службы и по пути протаранил три припаркованные машины, никто не пострадал.',
    ),
    post(
      'rep_c',
      'Канал три',
      '11:15',
      'В Озёрске открыли новый каток в центральном парке, вход для школьников бесплатный до конца февраля.',
    ),
  ];
  const { origins, reasons } = assignOrigins(items);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.ok(reasons.get('rep_b')!.some((r) => /^same wording as rep_a \(cos=/.test(r)));
  // The same town in another story is not the same statement.
  assert.equal(origins.get('rep_c'), 'rep_c');
  for (const f of feed) assert.equal(origins.get(f.report.id), f.report.id);
});

test('a post that retells one item of a roundup of statements is not the roundup retold', () => {
  const item = 'Строительство второй линии метро начнётся весной, сообщил мэр на пресс-конференции';
  const roundup =
    'Главное из пресс-конференции мэра:\n\n— тарифы на проезд в этом году не вырастут;\n\n' +
    '— в городе откроют ещё четыре поликлиники;\n\n— строительство второй линии метро начнётся весной.';
  assert.ok(isRoundup(roundup));
  assert.ok(!isRoundup(item));
  const { origins } = assignOrigins([
    ...feed,
    post('rep_r', 'Канал один', '12:00', roundup),
    post('rep_i', 'Канал два', '12:05', `⚡️${item}.`),
  ]);
  assert.equal(origins.get('rep_i'), 'rep_i');
});

test('alike posts that count the same thing differently are two steps of a tally, not one statement retold', () => {
  const drones = (id: string, n: number) =>
    makeFact({
      id: `${id}:f0`,
      report_id: id,
      kind: 'interception',
      weapon: 'uav',
      region: { code: 'RU-MOS', name: 'Подмосковье' },
      count: exact(n),
    });
  const first =
    'В 02:40 силами ПВО в Лесногорском округе сбит беспилотник, летевший на Москву. Обломки упали на поле у ' +
    'деревни Сосновка, пострадавших нет — мэр.';
  const second =
    'За ночь над Подмосковьем сбиты уже 2 беспилотника, сообщил мэр. Второй сбит силами ПВО в Лесногорском ' +
    'округе, обломки упали на поле у деревни Сосновка, пострадавших нет.';
  const { origins } = assignOrigins([
    ...feed,
    post('rep_1', 'Канал один', '03:10', first, [drones('rep_1', 1)]),
    post('rep_2', 'Канал два', '03:50', second, [drones('rep_2', 2)]),
  ]);
  assert.notEqual(origins.get('rep_1'), origins.get('rep_2'));
});

test('the wording vector: a word every report of the block uses weighs less than one only two reports share', () => {
  const texts = [
    'Дроны летели над Брянском',
    'Дроны летели над Курском',
    'Дроны летели над Орлом',
    'Сирена над Брянском',
  ];
  const [a, b, , d] = wordingVectors(texts.map((t) => wordCounts(t, 'ru')));
  // a shares three words with b that most posts use, and two with d, one of them a town only they name.
  assert.ok(cosine(a!, d!) > cosine(a!, b!));
  assert.ok(Math.abs(cosine(a!, a!) - 1) < 1e-9);
});

test('the block scorer gives every pair the cosine of the two wording vectors, to the last bit, in any order', () => {
  const texts = [
    'Дроны летели над Брянском, дроны сбиты над Брянском',
    'Дроны летели над Курском',
    'Сирена над Брянском',
    'Дроны летели над Орлом и над Курском ночью; сирена',
    '',
    'Над Курском сбиты дроны, сирена и снова сирена',
  ];
  const counts = texts.map((t) => wordCounts(t, 'ru'));
  const vectors = wordingVectors(counts);
  const score = wordingScorer(counts);
  // Pairs out of order too, so that the vector spread for one pair is reused and replaced.
  for (const [a, b] of [
    [0, 1],
    [0, 3],
    [3, 0],
    [5, 2],
    [1, 1],
    [4, 0],
    [2, 5],
    [0, 5],
    [5, 3],
    [3, 5],
  ] as const) {
    assert.equal(score(a, b), cosine(vectors[a]!, vectors[b]!), `pair ${a}, ${b}`);
  }
});

test("a ministry's total broken down by region is not retold by a post about one of its regions", () => {
  const part = (id: string, n: number, code: string, aggregate = false) =>
    makeFact({
      id: `${id}:${code}`,
      report_id: id,
      kind: 'interception',
      weapon: 'uav',
      region: code === '-' ? null : { code, name: code },
      count: exact(n),
      aggregate,
      claimant: { name: null, role: 'ministry', channel: null },
    });
  const { origins } = assignOrigins([
    ...feed,
    post(
      'rep_t',
      'Канал один',
      '07:05',
      'Сводка Минобороны за ночь.\n\nНад тремя областями сбиты 30 беспилотников. Над Курской областью сбиты 12, над ' +
        'Брянской 10, над Тверской 8. Дроны уничтожили дежурные средства ПВО, обломки упали у деревни Заречье.',
      [
        part('rep_t', 30, '-', true),
        part('rep_t', 12, 'RU-KRS'),
        part('rep_t', 10, 'RU-BRY'),
        part('rep_t', 8, 'RU-TVE'),
      ],
    ),
    post(
      'rep_p',
      'Канал два',
      '07:30',
      'В Тверской области сбиты восемь дронов.\n\nИх уничтожили дежурные средства ПВО, обломки упали у деревни ' +
        'Заречье, сообщили в Минобороны.',
      [part('rep_p', 8, 'RU-TVE')],
    ),
  ]);
  assert.equal(origins.get('rep_p'), 'rep_p');
});

test("one speaker's two statements with different kinds of fact are two origins, however alike their words", () => {
  const fact = (id: string, kind: Fact['kind']) =>
    makeFact({ id: `${id}:f0`, report_id: id, kind, region: { code: 'RU-KRS', name: 'Курская область' } });
  const downed =
    'Алексей Смирнов сообщил: в Рыльском и Глушковском районах ночью сбиты беспилотники ВСУ, пострадавших нет, ' +
    'сообщил Алексей Смирнов.';
  const danger =
    'Алексей Смирнов сообщил: в Рыльском и Глушковском районах объявлена ракетная опасность, сообщил Алексей Смирнов.';
  const items = [
    ...feed,
    post('rep_d1', 'Канал один', '10:02', downed, [fact('rep_d1', 'interception')]),
    post('rep_d2', 'Канал два', '10:20', danger, [fact('rep_d2', 'alert')]),
    post('rep_d3', 'Канал три', '10:30', downed, [fact('rep_d3', 'interception')]),
  ];
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_d2'), 'rep_d2');
  // The same statement retold by another channel is still one origin.
  assert.equal(origins.get('rep_d3'), 'rep_d1');
});

test('two one-line posts that share a few words are not one statement, however close their cosine', () => {
  const items = [
    ...feed,
    post('rep_s1', 'Канал один', '10:02', 'В Озёрске закрыли мост на ремонт.'),
    post('rep_s2', 'Канал два', '10:30', 'Мост в Озёрске открыли после ремонта фасада вокзала.'),
  ];
  const counts = items.map((i) => wordCounts(i.report.text, 'ru'));
  // Close enough by the cosine alone (three rare words shared), too few words to be a retelling.
  assert.ok(wordingScorer(counts)(items.length - 2, items.length - 1) >= 0.25);
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_s2'), 'rep_s2');
});

test('the profile names what keeps the wording rule from a pair: the roundup guard, the channel, the cosine', () => {
  const item = 'Строительство второй линии метро начнётся весной, сообщил мэр на пресс-конференции';
  const roundup =
    'Главное из пресс-конференции мэра:\n\n— тарифы на проезд в этом году не вырастут;\n\n' +
    '— в городе откроют ещё четыре поликлиники;\n\n— строительство второй линии метро начнётся весной.';
  const items = [
    ...feed,
    post('rep_r', 'Канал один', '12:00', roundup),
    post('rep_i', 'Канал два', '12:05', `⚡️${item}.`),
    post('rep_j', 'Канал один', '12:30', `${item}. Подробности позже.`),
  ];
  const blocked = wordingBlockers(items);
  const [r, i, j] = [feed.length, feed.length + 1, feed.length + 2];
  assert.ok(blocked(r, i).includes('roundup'));
  assert.ok(!blocked(i, j).includes('one channel'));
  assert.ok(blocked(r, j).includes('one channel'));
  // Two posts of the feed share next to no words: the cosine and the shared words both fall short.
  const far = blocked(0, 2);
  assert.ok(far.some((w) => /^cosine 0\.\d\d under 0\.25$/.test(w)));
  assert.ok(far.some((w) => /content words shared$/.test(w)));
  // A pair the rule does link has no blocker.
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_j'), 'rep_i');
  assert.deepEqual(blocked(i, j), []);
});

test("the profile reads the rule's own candidate step: a pair sharing no rare word is no candidate", () => {
  // Review rev1, finding 5: the profile and the rule share one list of guards, the candidate step included.
  const blocked = wordingBlockers(feed);
  // The weather and the rouble: no word in common, so the rule never looks at the pair.
  assert.ok(blocked(1, 2).includes('not a candidate'));
  // One channel, far apart in words: the candidate step and the channel both named.
  assert.ok(blocked(0, 2).includes('one channel'));
});
