// The memos resolution keeps between nights and facts (speed39): each must give what a fresh reading gives, however
// often it is asked and in whatever order. Invented texts and addresses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/core/types.ts';
import { type NightWork, resolveNightWork, wordCountsOf } from '../../src/pipeline/night-work.ts';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { reportChannel } from '../../src/resolve/placed-fact.ts';
import { textWordCounts } from '../../src/resolve/wording.ts';
import { makeFact, makeReport, night } from './make.ts';

test("a report's channel is the same asked once or many times, its publisher first, whatever was asked before", () => {
  const url = 'https://www.kursk-daily.example/news/2025/02/09/drones';
  const bare = makeReport({ id: 'rep_a', published_at: '2025-02-09T08:00:00+03:00', url });
  const named = makeReport({ id: 'rep_b', published_at: '2025-02-09T08:00:00+03:00', url, publisher: 'Kursk Daily' });
  for (let i = 0; i < 3; i++) {
    assert.equal(reportChannel(bare), 'publisher:kursk-daily.example');
    assert.equal(reportChannel(named), 'publisher:kursk daily');
  }
  const file = makeReport({ id: 'rep_c', published_at: '2025-02-09T08:00:00+03:00', url: 'file:///tmp/post.txt' });
  const broken = makeReport({ id: 'rep_d', published_at: '2025-02-09T08:00:00+03:00', url: 'not a url' });
  for (let i = 0; i < 2; i++) {
    assert.equal(reportChannel(file), null);
    assert.equal(reportChannel(broken), null);
    assert.equal(reportChannel(null), null);
  }
  // The host only: another page of the same site is the same channel, another site another one.
  const other = makeReport({
    id: 'rep_e',
    published_at: '2025-02-09T09:00:00+03:00',
    url: 'http://KURSK-daily.example/x',
  });
  assert.equal(reportChannel(other), 'publisher:kursk-daily.example');
});

test("a text's word counts from the memo are a fresh reading's, in each language, and another text gets its own", () => {
  const texts: [string, Report['lang']][] = [
    ['Над Курской областью ночью сбиты четыре беспилотника, сообщили в Минобороны.', 'ru'],
    ['Уночі над Сумщиною збили три ударні дрони, повідомили у Повітряних силах.', 'uk'],
    ['Air defence downed four drones over the Kursk region overnight, the ministry said.', 'en'],
  ];
  for (const [text, lang] of texts) {
    const first = wordCountsOf(text, lang);
    assert.deepEqual([...first], [...textWordCounts(text, lang)]);
    assert.equal(wordCountsOf(text, lang), first);
    const edited = `${text} Пострадавших нет.`;
    assert.deepEqual([...wordCountsOf(edited, lang)], [...textWordCounts(edited, lang)]);
  }
});

test('a night resolved again, or after another night that read the same report, gives the same incidents', () => {
  const text = 'Ночью над Курской областью сбиты четыре беспилотника. Накануне вечером сбит ещё один.';
  const report = {
    ...makeReport({ id: 'rep_1', published_at: '2025-02-09T08:00:00+03:00', lang: 'ru', text }),
    edited_at: null,
  };
  const other = {
    ...makeReport({
      id: 'rep_2',
      published_at: '2025-02-09T08:30:00+03:00',
      lang: 'ru',
      publisher: 'Сводка',
      text: 'Над Курской областью ночью уничтожены четыре беспилотника, сообщил губернатор.',
    }),
    edited_at: null,
  };
  const sig = (r: Report) => {
    const signature = minhashSignature(r.text, r.lang);
    return { sig: JSON.stringify(signature), bands: JSON.stringify(lshBands(signature)) };
  };
  const fact = (id: string, reportId: string, start: string, end: string) =>
    JSON.stringify(
      makeFact({
        id,
        report_id: reportId,
        kind: 'interception',
        weapon: 'uav',
        region: { code: 'RU-KRS', name: 'Kursk Oblast' },
        when: night(start, end),
      }),
    );
  const work = (key: string, facts: string[], reports: (typeof report)[]): NightWork => ({
    key,
    facts,
    reports,
    signatures: new Map(reports.map((r) => [r.id, sig(r)])),
  });
  const night9 = () =>
    work(
      '2025-02-09',
      [
        fact('rep_1:0', 'rep_1', '2025-02-08T21:00:00+03:00', '2025-02-09T06:00:00+03:00'),
        fact('rep_2:0', 'rep_2', '2025-02-08T21:00:00+03:00', '2025-02-09T06:00:00+03:00'),
      ],
      [report, other],
    );
  const night8 = () =>
    work('2025-02-08', [fact('rep_1:1', 'rep_1', '2025-02-08T18:00:00+03:00', '2025-02-08T21:00:00+03:00')], [report]);
  const first = resolveNightWork(structuredClone(night9()));
  resolveNightWork(structuredClone(night8()));
  const again = resolveNightWork(structuredClone(night9()));
  assert.deepEqual(again, first);
  assert.equal(first.incidents.length > 0, true);
});
