import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { assignOrigins, type OriginInput } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, night, originInput, person, seededShuffle } from './make.ts';

const input = originInput;

const NIGHT = night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00');
const KALUGA = { code: 'RU-KLU', name: 'Kaluga region' };

function kalugaFacts(reportId: string, claimantName: string | null): Fact[] {
  const claimant = claimantName ? person(claimantName, 'governor') : null;
  return [
    makeFact({
      id: `${reportId}-1`,
      report_id: reportId,
      weapon: 'uav',
      count: exact(40),
      region: KALUGA,
      when: NIGHT,
      claimant,
    }),
    makeFact({
      id: `${reportId}-2`,
      report_id: reportId,
      kind: 'casualties',
      region: KALUGA,
      casualties: { killed: 0, injured: 0 },
      claimant,
    }),
  ];
}

// Invented texts, written for these tests.
const RU_POST =
  'Этой ночью силами ПВО над территорией Калужской области уничтожены 40 БПЛА. Пострадавших нет, ' +
  'разрушений нет. На местах работают оперативные службы. Владислав Шапша';
const EN_REWRITE =
  'Kaluga governor Vladislav Shapsha said air defences destroyed forty drones over the region overnight. ' +
  'He added that nobody was hurt and that no buildings were damaged.';

test('a light edit of a text joins the original; an unrelated text does not', () => {
  const text =
    'Air defence shot down 12 drones over the Kursk region overnight, the regional operational headquarters ' +
    'said. A power line was damaged near the town of Lgov and repair crews are already at work on site.';
  const a = makeReport({ id: 'rep_a', published_at: '2025-05-07T07:30:00+03:00', text });
  const b = makeReport({
    id: 'rep_b',
    published_at: '2025-05-07T08:10:00+03:00',
    text: text.replace('already at work', 'working'),
  });
  const c = makeReport({
    id: 'rep_c',
    published_at: '2025-05-07T08:20:00+03:00',
    text: 'Ticket sales for the autumn theatre festival open on Monday, the organisers announced.',
  });
  const { origins, reasons } = assignOrigins([input(a), input(b), input(c)]);
  assert.equal(origins.get('rep_b'), 'rep_a');
  assert.equal(origins.get('rep_a'), 'rep_a');
  assert.equal(origins.get('rep_c'), 'rep_c');
  assert.match(reasons.get('rep_b')![0]!, /^near-duplicate of rep_a \(J~0\.\d\d\)$/);
  assert.deepEqual(reasons.get('rep_c'), []);
});

test('a Russian governor post and an English rewrite with the same claimant and facts are one origin', () => {
  const ru = makeReport({ id: 'rep_ru', published_at: '2025-05-07T07:05:00+03:00', lang: 'ru', text: RU_POST });
  const en = makeReport({ id: 'rep_en', published_at: '2025-05-07T09:40:00+03:00', text: EN_REWRITE });
  const { origins, reasons } = assignOrigins([
    input(en, kalugaFacts('rep_en', 'Vladislav Shapsha')),
    input(ru, kalugaFacts('rep_ru', 'Владислав Шапша')),
  ]);
  assert.equal(origins.get('rep_en'), 'rep_ru');
  assert.match(reasons.get('rep_en')![0]!, /^same claimant Vladislav Shapsha, same facts as rep_ru/);
});

test('the same claimant and facts three days apart are separate statements', () => {
  const ru = makeReport({ id: 'rep_ru', published_at: '2025-05-07T07:05:00+03:00', lang: 'ru', text: RU_POST });
  const en = makeReport({ id: 'rep_en', published_at: '2025-05-10T09:40:00+03:00', text: EN_REWRITE });
  const { origins } = assignOrigins([
    input(ru, kalugaFacts('rep_ru', 'Владислав Шапша')),
    input(en, kalugaFacts('rep_en', 'Shapsha')),
  ]);
  assert.equal(origins.get('rep_en'), 'rep_en');
});

test('one shared fact is not enough when the rest of the two reports differs', () => {
  // Two ministry summaries of different nights that happen to repeat one region's number.
  const regions = ['RU-BRY', 'RU-KRS', 'RU-BEL', 'RU-ORL'];
  const summary = (id: string, counts: number[]): OriginInput =>
    input(
      makeReport({ id, published_at: id === 'rep_m1' ? '2025-05-07T07:00:00+03:00' : '2025-05-08T07:00:00+03:00' }),
      regions.map((code, i) =>
        makeFact({
          id: `${id}-${i}`,
          report_id: id,
          weapon: 'uav',
          count: exact(counts[i]!),
          region: { code, name: code },
          claimant: person(null, 'ministry'),
        }),
      ),
    );
  const { origins } = assignOrigins([summary('rep_m1', [12, 5, 3, 2]), summary('rep_m2', [12, 9, 7, 1])]);
  assert.equal(origins.get('rep_m2'), 'rep_m2');
});

test('a full rewrite of one set of statements is one origin even with no claimant in common', () => {
  // Shaped like the two seed articles: a rewrite that keeps the source's words around every claim, its opening
  // rephrased (days31: with no voice in common, the same claims in other words are two sources on one night).
  const facts = (rid: string, kalugaClaimant: string | null): Fact[] => {
    const f = (n: number, partial: Partial<Fact>): Fact => makeFact({ id: `${rid}-${n}`, report_id: rid, ...partial });
    const moscow = { code: 'RU-MOW', name: 'Moscow' };
    const voronezh = { code: 'RU-VOR', name: 'Voronezh' };
    return [
      f(1, {
        weapon: 'uav',
        count: exact(40),
        region: KALUGA,
        claimant: kalugaClaimant ? person(kalugaClaimant, 'governor') : null,
      }),
      f(2, { weapon: 'uav', count: exact(32), region: moscow }),
      f(3, { kind: 'airport_disruption', region: moscow, diverted_to: ['GOJ', 'KZN', 'LED'] }),
      f(4, { weapon: 'high_speed_target', count: exact(1), region: voronezh }),
      f(5, { kind: 'damage', region: voronezh, object: 'residential_building', detail: 'windows, facades' }),
      f(6, { kind: 'fire', region: voronezh, object: 'administrative_building' }),
      f(7, { kind: 'power_outage', region: voronezh }),
    ];
  };
  const a = makeReport({
    id: 'rep_first',
    published_at: '2025-05-07T10:00:00+03:00',
    text: 'Forty drones were brought down above Kaluga, while the capital saw thirty-two more and closed its airports.',
  });
  const b = makeReport({
    id: 'rep_second',
    published_at: '2025-05-07T11:30:00+03:00',
    text:
      'Forty drones were brought down above Kaluga, the governor counted; the capital saw thirty-two more, and its ' +
      'airports diverted flights.',
  });
  const { origins, reasons } = assignOrigins([
    input(b, facts('rep_second', 'Vladislav Shapsha')),
    input(a, facts('rep_first', null)),
  ]);
  assert.equal(origins.get('rep_second'), 'rep_first');
  assert.match(reasons.get('rep_second')![0]!, /^same 7 facts as rep_first \(facts J=1\.00\)$/);
});

test('a Telegram forward joins its original, and two forwards of one post join each other', () => {
  const original = makeReport({
    id: 'rep_orig',
    published_at: '2025-05-07T06:00:00+03:00',
    url: 'https://t.me/region_gov/4512',
    text: 'Original post text.',
  });
  const fwd = makeReport({
    id: 'rep_fwd',
    published_at: '2025-05-07T06:05:00+03:00',
    forwarded_from: '@region_gov/4512',
    text: 'Something else entirely, as a comment on the forward.',
  });
  const { origins, reasons } = assignOrigins([input(fwd), input(original)]);
  assert.equal(origins.get('rep_fwd'), 'rep_orig');
  assert.deepEqual(reasons.get('rep_fwd'), ['forward of @region_gov/4512']);
  assert.deepEqual(reasons.get('rep_orig'), ['forwarded as rep_fwd']);

  const f1 = makeReport({ id: 'rep_f1', published_at: '2025-05-07T06:05:00+03:00', forwarded_from: 't.me/news/77' });
  const f2 = makeReport({ id: 'rep_f2', published_at: '2025-05-07T06:01:00+03:00', forwarded_from: '@news/77' });
  const two = assignOrigins([input(f1), input(f2)]);
  assert.equal(two.origins.get('rep_f1'), 'rep_f2');
  assert.equal(two.origins.get('rep_f2'), 'rep_f2');
});

test('origin ids and reasons do not depend on input order; ties go to the smallest id', () => {
  const text = 'Air defence destroyed 7 drones over the Belgorod region, no one was hurt, the governor reported.';
  const items = ['rep_d', 'rep_b', 'rep_c', 'rep_a', 'rep_e'].map((id, i) =>
    input(
      makeReport({ id, published_at: i < 2 ? '2025-05-07T05:00:00+03:00' : `2025-05-07T0${i + 4}:00:00+03:00`, text }),
    ),
  );
  const unrelated = input(
    makeReport({ id: 'rep_z', published_at: '2025-05-07T01:00:00+03:00', text: 'Weather: rain.' }),
  );
  const expected = assignOrigins([...items, unrelated]);
  // rep_d and rep_b share the earliest time: rep_b wins on id.
  assert.deepEqual(new Set(expected.origins.values()), new Set(['rep_b', 'rep_z']));
  for (let seed = 1; seed <= 20; seed++) {
    const got = assignOrigins(seededShuffle([...items, unrelated], seed));
    assert.deepEqual(got.origins, expected.origins);
    assert.deepEqual(got.reasons, expected.reasons);
  }
});

test("an unsigned post on the governor's channel and an article naming the governor meet on the role", () => {
  const ru = makeReport({ id: 'rep_ru', published_at: '2025-05-07T07:05:00+03:00', lang: 'ru', text: RU_POST });
  const en = makeReport({ id: 'rep_en', published_at: '2025-05-07T09:40:00+03:00', text: EN_REWRITE });
  const unsigned = kalugaFacts('rep_ru', null).map((f) => ({ ...f, claimant: person(null, 'governor') }));
  const { origins, reasons } = assignOrigins([
    input(en, kalugaFacts('rep_en', 'Vladislav Shapsha')),
    input(ru, unsigned),
  ]);
  assert.equal(origins.get('rep_en'), 'rep_ru');
  assert.match(reasons.get('rep_en')![0]!, /^same claimant governor, same facts as rep_ru/);
  // A different role with the same facts is another voice.
  const ministry = kalugaFacts('rep_ru', null).map((f) => ({ ...f, claimant: person(null, 'ministry') }));
  const apart = assignOrigins([input(en, kalugaFacts('rep_en', 'Vladislav Shapsha')), input(ru, ministry)]);
  assert.equal(apart.origins.get('rep_en'), 'rep_en');
});

test('a running tally\'s step ("another 2") is not the same claim as a first total of 2', () => {
  const post = (id: string, at: string, increment: boolean): OriginInput =>
    input(
      makeReport({ id, published_at: at, lang: 'ru', text: `${id} ${increment ? 'ещё два' : 'два'} беспилотника` }),
      [
        makeFact({
          id: `${id}-1`,
          report_id: id,
          weapon: 'uav',
          count: exact(2),
          increment,
          region: { code: 'RU-MOW', name: 'Moscow' },
          claimant: person(null, 'mayor'),
        }),
      ],
    );
  const { origins } = assignOrigins([
    post('rep_first', '2025-05-07T00:40:00+03:00', false),
    post('rep_more', '2025-05-07T01:20:00+03:00', true),
  ]);
  assert.equal(origins.get('rep_more'), 'rep_more');
});

test('two different posts of one channel are two statements, however alike their facts', () => {
  const post = (id: string, at: string, text: string): OriginInput =>
    input(
      makeReport({ id, published_at: at, lang: 'ru', text, publisher: 'Kursk Governor (Telegram)' }),
      kalugaFacts(id, null).map((f) => ({ ...f, claimant: person(null, 'governor') })),
    );
  const { origins } = assignOrigins([
    post(
      'rep_first',
      '2025-05-07T07:05:00+03:00',
      'Первое сообщение о ночной атаке, подробности уточняются на местах.',
    ),
    post(
      'rep_update',
      '2025-05-07T09:05:00+03:00',
      'Обновлённые данные: оперативные службы завершили обход, пострадавших нет.',
    ),
  ]);
  assert.equal(origins.get('rep_update'), 'rep_update');
});

test("an outlet's rewrite that adds details joins its original; a later update with other casualty figures, or a roundup of two regions, does not", () => {
  const UD = { code: 'RU-UD', name: 'Udmurtia' };
  const when = night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00');
  const strike = (id: string, reportId: string) =>
    makeFact({ id, report_id: reportId, kind: 'strike', weapon: 'uav', count: exact(1), region: UD, when });
  const hurt = (id: string, reportId: string, injured: number, region = UD) =>
    makeFact({ id, report_id: reportId, kind: 'casualties', region, casualties: { killed: null, injured } });
  const at = (h: string) => `2025-05-07T${h}:00+03:00`;
  const short = makeReport({
    id: 'short',
    published_at: at('07'),
    publisher: 'Wire A',
    text: 'Дрон упал на цех, один раненый.',
  });
  const long = makeReport({
    id: 'long',
    published_at: at('09'),
    publisher: 'Daily B',
    text: 'Утром дрон упал на цех завода, один раненый. Выбиты стекла, начался пожар.',
  });
  const update = makeReport({ id: 'update', published_at: at('10'), publisher: 'Wire C', text: 'Раненых уже трое.' });
  const roundup = makeReport({ id: 'roundup', published_at: at('11'), publisher: 'Digest D', text: 'Главное к утру.' });
  const result = assignOrigins([
    input(short, [strike('s1', 'short'), hurt('s2', 'short', 1)]),
    input(long, [
      strike('l1', 'long'),
      hurt('l2', 'long', 1),
      makeFact({ id: 'l3', report_id: 'long', kind: 'fire', region: UD }),
    ]),
    input(update, [strike('u1', 'update'), hurt('u2', 'update', 3)]),
    input(roundup, [
      strike('r1', 'roundup'),
      hurt('r2', 'roundup', 1),
      hurt('r3', 'roundup', 2, { code: 'UA-30', name: 'Kyiv' }),
    ]),
  ]);
  assert.equal(result.origins.get('long'), 'short');
  assert.equal(result.origins.get('update'), 'update');
  assert.equal(result.origins.get('roundup'), 'roundup');
});

test('two outlets telling the same drone in their own reporting are not one speaker: half their facts alike is no retelling', () => {
  // An outlet's own story of a drone on a plant in Izhevsk, and another outlet's morning roundup that tells the same
  // drone among the night's other news: each credited to the media by its channel, neither naming a source.
  const media = person(null, 'media');
  const izhevsk = { code: 'RU-UD', name: 'Удмуртии' };
  const story = makeReport({
    id: 'rep_story',
    publisher: 'Канал А',
    published_at: '2025-05-07T08:00:00+03:00',
    lang: 'ru',
    text: 'Беспилотник атаковал завод в Ижевске. На территории предприятия начался пожар, его потушили к утру.',
  });
  const roundup = makeReport({
    id: 'rep_roundup',
    publisher: 'Канал Б',
    published_at: '2025-05-07T09:30:00+03:00',
    lang: 'ru',
    text:
      'Главное к утру. Ночью Киев пережил массированную атаку. ' +
      'Кроме того, дрон долетел до Ижевска и попал в здание завода.',
  });
  const strikeOn = (id: string, reportId: string, region: { code: string; name: string }) =>
    makeFact({ id, report_id: reportId, kind: 'strike', weapon: 'uav', region, when: NIGHT, claimant: media });
  const { origins } = assignOrigins([
    input(story, [strikeOn('s1', 'rep_story', izhevsk)]),
    input(roundup, [
      strikeOn('r1', 'rep_roundup', izhevsk),
      strikeOn('r2', 'rep_roundup', { code: 'UA-30', name: 'Киев' }),
    ]),
  ]);
  assert.equal(origins.get('rep_roundup'), 'rep_roundup');
  // A named speaker with the same facts still makes them one statement retold.
  const governor = person('Александр Бречалов', 'governor');
  const named = assignOrigins([
    input(story, [{ ...strikeOn('s1', 'rep_story', izhevsk), claimant: governor }]),
    input(roundup, [
      { ...strikeOn('r1', 'rep_roundup', izhevsk), claimant: governor },
      { ...strikeOn('r2', 'rep_roundup', { code: 'UA-30', name: 'Киев' }), claimant: governor },
    ]),
  ]);
  assert.equal(named.origins.get('rep_roundup'), 'rep_story');
});

test('two outlets that credit the same named outlet («сообщает ТАСС», «по данным ТАСС») retell one statement', () => {
  const media = person(null, 'media');
  const bryansk = { code: 'RU-BRY', name: 'Брянской области' };
  const first = makeReport({
    id: 'rep_one',
    publisher: 'Канал А',
    published_at: '2025-05-07T07:10:00+03:00',
    lang: 'ru',
    text: 'Беспилотник атаковал нефтебазу в Брянской области, сообщает ТАСС.',
  });
  const second = makeReport({
    id: 'rep_two',
    publisher: 'Канал Б',
    published_at: '2025-05-07T07:40:00+03:00',
    lang: 'ru',
    text: 'По данным ТАСС, ночью дрон ударил по нефтебазе на Брянщине.',
  });
  const strike = (id: string, report: Report, credit: string): Fact => {
    const at = report.text.indexOf(credit);
    return makeFact({
      id,
      report_id: report.id,
      kind: 'strike',
      weapon: 'uav',
      region: bryansk,
      when: NIGHT,
      claimant: media,
      fields: { claimant: { start: at, end: at + credit.length, text: credit, inferred: false } },
    });
  };
  const { origins, reasons } = assignOrigins([
    input(first, [strike('a1', first, 'ТАСС')]),
    input(second, [strike('b1', second, 'ТАСС')]),
  ]);
  assert.equal(origins.get('rep_two'), 'rep_one');
  assert.match(reasons.get('rep_two')![0]!, /^same claimant media, same facts as rep_one/);
  // Another outlet named is another source.
  const other = assignOrigins([
    input(first, [strike('a1', first, 'ТАСС')]),
    input(second, [
      {
        ...strike('b1', second, 'ТАСС'),
        fields: { claimant: { start: 0, end: 9, text: 'По данным', inferred: false } },
      },
    ]),
  ]);
  assert.equal(other.origins.get('rep_two'), 'rep_two');
});
