// Twenty-seventh session (fixux27c): four defects a new user met (issue 8). A city that names a time's zone ("Moscow
// time", «по Москве») is no place; a long Russian text with no telltale letter is read as Russian, so a headline over
// its body keeps its facts; a launch told in a clause before a semicolon keeps its counts beside the interceptions
// after it; «між … та …», «между … и …» are windows like "between … and …". Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { detectLang } from '../../src/ingest/lang.ts';
import { prepareReport } from '../../src/pipeline/index.ts';
import { extractText } from '../helpers/extract-text.ts';

const MORNING = '2025-06-16T09:00:00+03:00';
const regions = (facts: readonly Fact[]) => facts.map((f) => f.region?.code ?? null).sort();
const when = (f: Fact | undefined) => (f?.when ? `${f.when.start} ${f.when.end}` : null);

/** Through `sitrep extract`'s preparation with no language given: detection decides it. */
function detected(text: string, published: string): { lang: string; facts: Fact[] } {
  const p = prepareReport(new TextEncoder().encode(text), { input: 'test', published, now: new Date(published) });
  assert.ok(p.ok);
  return { lang: p.report.lang, facts: p.facts };
}

describe('a city naming a time zone is no place', () => {
  it('"between 23:00 and 03:00 Moscow time" before the region', () => {
    const text = 'Between 22:00 and 02:00 Moscow time, 6 drones were shot down over Oryol region.';
    const facts = extractText(text, 'en', MORNING);
    assert.deepEqual(regions(facts), ['RU-ORL']);
    assert.equal(when(facts[0]), '2025-06-15T22:00:00+03:00 2025-06-16T02:00:00+03:00');
  });
  it('"Moscow time" between a total and its part', () => {
    const text = 'Air defences downed 14 drones between 10pm and 4am Moscow time, including 9 over Tula region.';
    const facts = extractText(text, 'en', MORNING);
    assert.ok(!regions(facts).includes('RU-MOW'));
    assert.ok(regions(facts).includes('RU-TUL'));
  });
  it('"Kyiv time"', () => {
    const text = 'At 02:30 Kyiv time, a missile hit a warehouse in Poltava region.';
    assert.deepEqual(regions(extractText(text, 'en', MORNING)), ['UA-53']);
  });
  it('Russian «по Москве», «по времени Москвы»', () => {
    for (const text of [
      'Около 04:00 по Москве над Орловской областью сбиты 6 БПЛА.',
      'С 22:00 до 02:00 по времени Москвы над Орловской областью сбиты 6 БПЛА.',
    ]) {
      const facts = extractText(text, 'ru', MORNING);
      assert.deepEqual(regions(facts), ['RU-ORL'], text);
      assert.equal(facts[0]?.count?.value, 6, text);
    }
  });
  it('negative: Moscow named as a place keeps its region', () => {
    const text = 'At 03:00, two drones were shot down on approach to Moscow, the mayor said.';
    assert.ok(regions(extractText(text, 'en', MORNING)).includes('RU-MOW'));
  });
});

describe('a long Russian text with no telltale letter is Russian', () => {
  const published = '2025-06-11T07:20:00+03:00';
  it("a headline over its body keeps the fact (the user's texts of issue 8)", () => {
    for (const [text, code] of [
      [
        'Над Липецкой областью сбит БПЛА\n\nНочью над Липецкой областью сбит беспилотник, сообщил губернатор Игорь Артамонов.\n',
        'RU-LIP',
      ],
      [
        'Над Брянской областью сбит БПЛА\n\nНочью над Брянской областью сбит беспилотник, сообщил губернатор.\n',
        'RU-BRY',
      ],
    ] as const) {
      const got = detected(text, published);
      assert.equal(got.lang, 'ru', text);
      assert.deepEqual(regions(got.facts), [code], text);
    }
  });
  it('detection alone', () => {
    assert.equal(
      detectLang('В Подольском округе отменили опасность атаки БПЛА, сообщили власти городского округа'),
      'ru',
    );
  });
  it('negative: a short Ukrainian headline with no і stays with the statistics and the verbs', () => {
    assert.equal(detectLang('Дрон атакував склад у Лубнах, пошкодивши дах'), 'uk');
  });
});

describe('a launch clause before a semicolon keeps its counts', () => {
  it('two weapon types', () => {
    const text =
      'Russian forces launched 4 Iskander-M ballistic missiles and 110 Shahed drones overnight; air defence shot down 2 missiles and 87 drones';
    const facts = extractText(text, 'en', MORNING);
    const missile = facts.find((f) => f.weapon === 'ballistic_missile');
    const uav = facts.find((f) => f.weapon === 'uav');
    assert.equal(missile?.count?.value, 2);
    assert.equal(missile?.launched?.value, 4);
    assert.equal(uav?.count?.value, 87);
    assert.equal(uav?.launched?.value, 110);
    assert.equal(facts.length, 2);
  });
  it('one weapon type, Ukrainian', () => {
    const text = 'Вночі ворог запустив 110 ударних БпЛА; силами ППО збито 87 дронів.';
    const facts = extractText(text, 'uk', MORNING);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.count?.value, 87);
    assert.equal(facts[0]?.launched?.value, 110);
  });
  it('negative: a pronoun after the semicolon keeps the weapon its own', () => {
    const facts = extractText('Russia fired three missiles at Mykolaiv; all were shot down.', 'en', MORNING);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.count?.value, 3);
  });
});

describe('«між … та …», «между … и …» are windows', () => {
  const WINDOW = '2025-06-15T23:15:00+03:00 2025-06-16T01:40:00+03:00';
  it('Ukrainian «між 23:15 та 01:40», «і»', () => {
    for (const text of [
      'Між 23:15 та 01:40 над Полтавщиною збито 5 дронів.',
      'Між 23:15 і 01:40 над Полтавщиною збито 5 дронів.',
    ])
      assert.equal(when(extractText(text, 'uk', MORNING)[0]), WINDOW, text);
  });
  it('Russian «между 23:15 и 01:40»', () => {
    assert.equal(
      when(extractText('Между 23:15 и 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru', MORNING)[0]),
      WINDOW,
    );
  });
  it('the shapes that worked before stay', () => {
    for (const [text, lang] of [
      ['С 23:15 до 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru'],
      ['З 23:15 до 01:40 над Полтавщиною збито 5 дронів.', 'uk'],
      ['Between 23:15 and 01:40 air defences shot down 5 drones over Oryol region.', 'en'],
      ['From 23:15 to 01:40 air defences shot down 5 drones over Oryol region.', 'en'],
    ] as const)
      assert.equal(when(extractText(text, lang, MORNING)[0]), WINDOW, text);
  });
  it('negative: two times joined without the opening word are two times', () => {
    const facts = extractText('В 23:15 и 01:40 над Орловской областью сбиты 5 БПЛА.', 'ru', MORNING);
    assert.equal(when(facts[0]), '2025-06-15T23:15:00+03:00 2025-06-15T23:15:00+03:00');
  });
});
