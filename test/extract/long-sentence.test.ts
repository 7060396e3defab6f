// One long sentence must cost work in proportion to its length: a POST of a few hundred kilobytes without a full stop
// blocked the server for 41 s when each breakdown item re-read the sentence before it. The work counted is the text
// the regular expressions read: up to the end of a match, or to the end of the string when they find none (an
// anchored or sticky one reads only where it starts). No clock is read: the test is about the algorithm.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';
import { walkWork } from '../helpers/walk-work.ts';

function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    if (m) work += Math.max(1, m.index + m[0].length - from);
    else if (this.sticky || (this.source.startsWith('^') && !this.multiline)) work += 1;
    else work += Math.max(1, String(s).length - from);
    return m;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

const RU = ['Брянской', 'Курской', 'Белгородской', 'Орловской'];
const EN = ['Bryansk', 'Kursk', 'Belgorod', 'Oryol'];

function list(items: number, lang: 'ru' | 'en'): string {
  const item =
    lang === 'ru'
      ? (i: number) => `${(i % 9) + 2} над территорией ${RU[i % RU.length]} области`
      : (i: number) => `${(i % 9) + 2} over the ${EN[i % EN.length]} region`;
  const head = lang === 'ru' ? 'Уничтожены 900 беспилотников: ' : 'Air defences destroyed 900 drones: ';
  return `${head}${Array.from({ length: items }, (_, i) => item(i)).join(', ')}.`;
}

for (const lang of ['ru', 'en'] as const) {
  test(`a breakdown list of thousands of items in one sentence (${lang}) costs linear work`, () => {
    const published = '2025-05-13T07:00:00+03:00';
    const small = regexWork(() => extractText(list(500, lang), lang, published));
    const large = regexWork(() => extractText(list(2000, lang), lang, published));
    // Four times the text: linear work is about four times as much, quadratic sixteen.
    assert.ok(large / small < 6, `work grew ${(large / small).toFixed(1)}x for 4x the text (${small} -> ${large})`);
  });
}

// One sentence of clauses that each tell a fact and name a place, with no full stop (a user's POST of 4,500 of them
// held the server for minutes): for each fact, the place finder walked every place against every word of the
// sentence. Invented clauses, in the style of a regional channel's count.
const CLAUSES: Record<'ru' | 'uk' | 'en', (i: number) => string> = {
  ru: (i) => `Над ${RU[i % RU.length]} областью уничтожен ${(i % 3) + 1} БПЛА`,
  uk: (i) => `Над ${['Сумською', 'Харківською', 'Полтавською'][i % 3]} областю збито ${(i % 3) + 1} БпЛА`,
  en: (i) => `${(i % 3) + 1} drones were destroyed over the ${EN[i % EN.length]} region`,
};

for (const lang of ['ru', 'uk', 'en'] as const) {
  test(`one sentence of hundreds of clauses (${lang}) costs linear work`, () => {
    const published = '2025-06-10T06:30:00+03:00';
    const text = (n: number) => `${Array.from({ length: n }, (_, i) => CLAUSES[lang](i)).join(', ')}, `;
    extractText(text(20), lang, published);
    const small = walkWork(() => extractText(text(150), lang, published));
    const large = walkWork(() => extractText(text(600), lang, published));
    assert.ok(large / small < 6, `work grew ${(large / small).toFixed(1)}x for 4x the text (${small} -> ${large})`);
  });
}

// Many short sentences, each with a negation, a weapon and a verb of striking (a long text of ordinary reports, issue
// 8): a denied strike was found by testing every negation against every word of the report, and every word against
// the two, so a text four times as long cost some sixty times the work (an 8,000-sentence text did not finish in nine
// minutes). Invented sentences.
const SENTENCES: Record<'ru' | 'uk' | 'en', (i: number) => string> = {
  ru: (i) =>
    i % 2 === 0
      ? `Беспилотники не атаковали ${['Белгород', 'Курск', 'Брянск'][i % 3]} этой ночью.`
      : `Ракеты ударили по ${['Харькову', 'Сумам', 'Одессе'][i % 3]}, чтобы уничтожить склад.`,
  uk: (i) =>
    i % 2 === 0
      ? `Дрони не атакували ${['Київ', 'Суми', 'Одесу'][i % 3]} цієї ночі.`
      : `Ракети вдарили по ${['Харкову', 'Сумах', 'Дніпру'][i % 3]} вранці.`,
  en: (i) =>
    i % 2 === 0
      ? `No drones hit ${['Moscow', 'Kursk', 'Belgorod'][i % 3]} overnight, the governor said.`
      : `Russia struck ${['Kharkiv', 'Odesa', 'Dnipro'][i % 3]} with missiles in a bid to destroy the bridge.`,
};

for (const lang of ['ru', 'uk', 'en'] as const) {
  test(`a text of thousands of sentences with denied strikes (${lang}) costs linear work`, () => {
    const published = '2025-06-10T06:30:00+03:00';
    const text = (n: number) => Array.from({ length: n }, (_, i) => SENTENCES[lang](i)).join('\n');
    const strikes = extractText(text(6), lang, published).filter((f) => f.kind === 'strike');
    assert.equal(strikes.length, 3, 'each denial tells no strike, each strike its own');
    const small = walkWork(() => extractText(text(300), lang, published));
    const large = walkWork(() => extractText(text(1200), lang, published));
    assert.ok(large / small < 6, `work grew ${(large / small).toFixed(1)}x for 4x the text (${small} -> ${large})`);
    const smallRegex = regexWork(() => extractText(text(300), lang, published));
    const largeRegex = regexWork(() => extractText(text(1200), lang, published));
    assert.ok(largeRegex / smallRegex < 6, `regex work grew ${(largeRegex / smallRegex).toFixed(1)}x for 4x the text`);
  });
}
