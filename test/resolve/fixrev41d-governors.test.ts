// Review 41c, finding 4 (forty-first session, branch fixrev41d): a roundup quoting three governors by name is three
// voices, though all three are governors, so it never makes one governor's own post another's retelling. Invented
// texts and figures, in the style of regional posts and an aggregator's roundup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { voicesOf } from '../../src/resolve/origin-voices.ts';
import { assignOrigins } from '../../src/resolve/origins.ts';
import { exact, makeFact, makeReport, originInput, person, seededShuffle } from './make.ts';

const BEL = { code: 'RU-BEL', name: 'Белгородская область' };
const KRS = { code: 'RU-KRS', name: 'Курская область' };
const BRY = { code: 'RU-BRY', name: 'Брянская область' };
const gladkov = person('Вячеслав Гладков', 'governor');
const khinshtein = person('Александр Хинштейн', 'governor');
const bogomaz = person('Александр Богомаз', 'governor');

const BEL_TEXT =
  'Ночью ВСУ атаковали Белгородскую область беспилотниками. В Грайвороне дрон попал в котельную, возник пожар. ' +
  'Пострадавших нет.';
const KRS_TEXT = 'Ночью над Курской областью сбито 9 беспилотников. В Льгове обломками повреждён гараж.';
const BRY_TEXT = 'Ночью силами ПВО над Брянской областью уничтожено 6 украинских БпЛА. Пострадавших и разрушений нет.';

const post = (id: string, publisher: string, at: string, text: string) =>
  makeReport({ id, publisher, published_at: at, lang: 'ru', text });
const BEL_POST = post('rep_bel', 'Belgorod governor', '2025-06-14T07:00:00+03:00', BEL_TEXT);
const KRS_POST = post('rep_krs', 'Kursk governor', '2025-06-14T07:20:00+03:00', KRS_TEXT);
const BRY_POST = post('rep_bry', 'Bryansk governor', '2025-06-14T07:40:00+03:00', BRY_TEXT);
const ROUNDUP = post(
  'rep_roundup',
  'Aggregator',
  '2025-06-14T10:00:00+03:00',
  'Три приграничных региона атакованы беспилотниками ночью.\n' +
    `Губернатор Белгородской области Вячеслав Гладков: «${BEL_TEXT}»\n` +
    `Губернатор Курской области Александр Хинштейн: «${KRS_TEXT}»\n` +
    `Губернатор Брянской области Александр Богомаз: «${BRY_TEXT}»`,
);

function fact(reportId: string, n: number, partial: Partial<Fact>): Fact {
  return makeFact({ id: `${reportId}-${n}`, report_id: reportId, weapon: 'uav', ...partial });
}
const bel = (id: string, n: number) => fact(id, n, { kind: 'strike', region: BEL, claimant: gladkov });
const krs = (id: string, n: number) =>
  fact(id, n, { kind: 'interception', region: KRS, count: exact(9), claimant: khinshtein });
const bry = (id: string, n: number) =>
  fact(id, n, { kind: 'interception', region: BRY, count: exact(6), claimant: bogomaz });

test('governors quoted by name are as many voices as names; "the governor" beside one of them is that one', () => {
  assert.equal(voicesOf([bel('r', 1), krs('r', 2), bry('r', 3)]).length, 3);
  const unnamed = fact('r', 4, { kind: 'strike', region: BEL, claimant: person(null, 'governor') });
  assert.equal(voicesOf([bel('r', 1), unnamed]).length, 1);
  assert.equal(voicesOf([unnamed]).length, 1);
});

test("a roundup quoting three governors never makes one governor's own post another's retelling", () => {
  const inputs = [
    originInput(BEL_POST, [bel('rep_bel', 1)]),
    originInput(KRS_POST, [krs('rep_krs', 1)]),
    originInput(BRY_POST, [bry('rep_bry', 1)]),
    originInput(ROUNDUP, [bel('rep_roundup', 1), krs('rep_roundup', 2), bry('rep_roundup', 3)]),
  ];
  for (const seed of [1, 2, 3]) {
    const { origins } = assignOrigins(seededShuffle(inputs, seed));
    assert.equal(origins.get('rep_bel'), 'rep_bel');
    assert.equal(origins.get('rep_krs'), 'rep_krs');
    assert.equal(origins.get('rep_bry'), 'rep_bry');
  }
});
