// One long sentence must cost work in proportion to its length: a POST of a few hundred kilobytes without a full stop
// blocked the server for 41 s when each breakdown item re-read the sentence before it. The work counted is the text
// the regular expressions read: up to the end of a match, or to the end of the string when they find none (an
// anchored or sticky one reads only where it starts). No clock is read: the test is about the algorithm.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

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
