// Two reports are one origin only when what they state agrees (resolve/agreement.ts): one template filled in for two
// cities, or two officials' alike posts with their own names and figures, are two statements however alike their
// words. Invented posts; none is a real text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Report } from '../../src/core/types.ts';
import { disagreement, distinctVoices, statementOf } from '../../src/resolve/agreement.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { assignOrigins, type OriginInput, wordingBlockers } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-08-11T21:00:00+03:00', '2025-08-12T07:00:00+03:00');

interface Told {
  kind?: Fact['kind'];
  region: [string, string];
  injured?: number;
  count?: number;
  claimant?: Claimant;
}

function post(id: string, publisher: string, time: string, text: string, told: Told[], lang: Report['lang'] = 'uk') {
  const report = makeReport({ id, publisher, published_at: `2025-08-12T${time}:00+03:00`, lang, text });
  const signature = minhashSignature(report.text, report.lang);
  const facts = told.map((t, i) =>
    makeFact({
      id: `${id}:f${i}`,
      report_id: id,
      kind: t.kind ?? (t.injured !== undefined ? 'casualties' : 'strike'),
      weapon: t.injured !== undefined ? null : 'uav',
      region: { code: t.region[0], name: t.region[1] },
      when: NIGHT,
      count: t.count !== undefined ? exact(t.count) : null,
      casualties: t.injured !== undefined ? { killed: null, injured: t.injured } : null,
      claimant: t.claimant ?? null,
    }),
  );
  return { report, signature, bands: lshBands(signature), facts } satisfies OriginInput;
}

const LVIV: [string, string] = ['UA-46', 'Львів'];
const RIVNE: [string, string] = ['UA-56', 'Рівне'];

test('one template filled in for two cities by two channels is two statements, though their leads are alike', () => {
  const items = [
    post(
      'rep_lviv',
      'Lviv OVA (Telegram)',
      '03:00',
      'Цієї ночі ворог атакував Львів ударними дронами. Поранено 4 людей.',
      [{ region: LVIV }, { region: LVIV, injured: 4 }],
    ),
    post(
      'rep_rivne',
      'Rivne OVA (Telegram)',
      '03:25',
      'Цієї ночі ворог атакував Рівне ударними дронами. Поранено 7 людей.',
      [{ region: RIVNE }, { region: RIVNE, injured: 7 }],
    ),
  ];
  const { origins, reasons } = assignOrigins(items);
  assert.equal(origins.get('rep_rivne'), 'rep_rivne');
  assert.deepEqual(reasons.get('rep_rivne'), []);
});

test('one template for two cities is no near-duplicate either, however long the words they share', () => {
  const tail =
    'Працюють усі екстренні служби міста, на місці влучання розгорнуто пункт незламності, мешканців прилеглих ' +
    'будинків просять зачинити вікна та не підходити до уламків до завершення роботи вибухотехніків.';
  const items = [
    post('rep_lviv', 'Lviv OVA (Telegram)', '03:00', `Вночі ворог атакував Львів. ${tail}`, [{ region: LVIV }]),
    post('rep_rivne', 'Rivne OVA (Telegram)', '03:25', `Вночі ворог атакував Рівне. ${tail}`, [{ region: RIVNE }]),
  ];
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_rivne'), 'rep_rivne');
  // The same text with the same place is still one statement copied.
  const copy = post('rep_copy', 'Новини Заходу', '03:40', `Вночі ворог атакував Львів. ${tail}`, [{ region: LVIV }]);
  assert.equal(assignOrigins([...items, copy]).origins.get('rep_copy'), 'rep_lviv');
});

test('two officials with their own names and figures are two origins; each outlet joins the one it quotes', () => {
  const mayor = person('Андрій Садовий', 'mayor');
  const head = person('Максим Козицький', 'governor');
  const items = [
    post(
      'rep_mayor',
      'Lviv Mayor (Telegram)',
      '02:10',
      'Львів. Ворог атакував місто дронами. Влучання у Франківському районі: пошкоджено житловий будинок. Поранено 2 людей. Андрій Садовий.',
      [
        { region: LVIV, claimant: mayor },
        { region: LVIV, injured: 2, claimant: mayor },
      ],
    ),
    post(
      'rep_head',
      'Lviv OVA (Telegram)',
      '03:05',
      'Через нічну атаку дронів на Львів поранено 3 людей. У Франківському районі пошкоджено житловий будинок. Максим Козицький.',
      [
        { region: LVIV, claimant: head },
        { region: LVIV, injured: 3, claimant: head },
      ],
    ),
    post(
      'rep_outlet',
      'Example Western Wire',
      '08:00',
      "Drones damaged a residential building in Lviv's Frankivskyi district overnight, wounding three people, regional governor Maksym Kozytskyi said.",
      [
        { region: LVIV, claimant: person('Maksym Kozytskyi', 'governor') },
        { region: LVIV, injured: 3, claimant: person('Maksym Kozytskyi', 'governor') },
      ],
      'en',
    ),
  ];
  const { origins } = assignOrigins(items);
  assert.equal(origins.get('rep_head'), 'rep_head', 'the regional head is not a retelling of the mayor');
  assert.equal(origins.get('rep_outlet'), 'rep_head', 'the outlet quoting the regional head retells him');
});

test('posts that agree on the place but give other casualty figures are two statements', () => {
  const items = [
    post('rep_a', 'Канал один', '04:00', 'Вночі ворог атакував Львів ударними дронами. Поранено 4 людей.', [
      { region: LVIV },
      { region: LVIV, injured: 4 },
    ]),
    post('rep_b', 'Канал два', '04:30', 'Вночі ворог атакував Львів ударними дронами. Поранено 6 людей.', [
      { region: LVIV },
      { region: LVIV, injured: 6 },
    ]),
  ];
  assert.equal(assignOrigins(items).origins.get('rep_b'), 'rep_b');
});

test('the agreement test: places, voices in either script, counts and casualty figures', () => {
  const fact = (over: Partial<Fact>): Fact => makeFact({ id: 'x', report_id: 'x', kind: 'strike', ...over });
  const lviv = { code: 'UA-46', name: 'Львів' };
  const at = (over: Partial<Fact>[]) => statementOf(over.map(fact));
  assert.equal(
    disagreement(at([{ region: lviv }]), at([{ region: { code: 'UA-56', name: 'Рівне' } }])),
    'other places',
  );
  // Nested regions meet under one area: "approaching Moscow" and "over Moscow Oblast".
  assert.equal(
    disagreement(
      at([{ region: { code: 'RU-MOW', name: 'Москва' } }]),
      at([{ region: { code: 'RU-MOS', name: 'МО' } }]),
    ),
    null,
  );
  // One name in two scripts with two roles is one voice; two names are two.
  const latin = at([{ region: lviv, claimant: person('Maksym Kozytskyi', 'governor') }]);
  const cyrillic = at([{ region: lviv, claimant: person('Максим Козицький', 'military_administration') }]);
  assert.equal(distinctVoices(latin, cyrillic), false);
  assert.equal(
    disagreement(latin, at([{ region: lviv, claimant: person('Андрій Садовий', 'mayor') }])),
    'distinct voices',
  );
  assert.equal(
    disagreement(
      at([{ kind: 'interception', region: lviv, count: exact(5) }]),
      at([{ kind: 'interception', region: lviv, count: exact(9) }]),
    ),
    'other counts',
  );
  assert.equal(
    disagreement(
      at([{ kind: 'casualties', region: lviv, casualties: { killed: null, injured: 2 } }]),
      at([{ kind: 'casualties', region: lviv, casualties: { killed: 1, injured: 3 } }]),
    ),
    'other casualty figures',
  );
  // "No one injured" is no figure to disagree with: it is boilerplate, and misread more often than a toll.
  assert.equal(
    disagreement(
      at([{ kind: 'casualties', region: lviv, casualties: { killed: 0, injured: 0 } }]),
      at([{ kind: 'casualties', region: lviv, casualties: { killed: null, injured: 1 } }]),
    ),
    null,
  );
  // A side that states nothing the test reads agrees with anything.
  assert.equal(disagreement(at([]), at([{ region: lviv, claimant: person('Андрій Садовий', 'mayor') }])), null);
});

test('the wording rule names the places and the casualty figures among its guards', () => {
  const tail =
    'Пошкоджено житловий будинок, автомобілі та вікна школи; рятувальники ліквідували пожежу на складі пального.';
  const items = [
    post('rep_a', 'Канал один', '04:00', `Цієї ночі дрони атакували Львів. ${tail}`, [{ region: LVIV }]),
    post('rep_b', 'Канал два', '04:30', `Сирени звучали до ранку, ворог атакував Рівне. ${tail}`, [{ region: RIVNE }]),
  ];
  assert.ok(wordingBlockers(items)(0, 1).includes('other places'));
});
