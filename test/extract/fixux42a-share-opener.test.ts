// fixux42a (ux42 #3): "… destroyed 38 drones overnight. Most of them, 11, over the Bryansk region", «Больше всего — 11 —
// над Брянской областью»: a sentence that opens with a share of the total told before (`share_opener`) names the
// share's region, not the report's only place, so the total is not filed under it (run.ts SHARE_OPENER). Texts are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2026-04-02T08:00:00+03:00';
const interceptions = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.count?.value ?? null, f.region?.code ?? null]);

describe('a share opening its sentence does not lend its region to the total', () => {
  it('English: "Most of them, N, were downed over …"', () => {
    const facts = interceptions(
      'Russian air defences destroyed 38 Ukrainian drones overnight, the Defence Ministry said. Most of them, 11, were downed over the Bryansk region.',
      'en',
    );
    assert.ok(facts.some(([n, r]) => n === 38 && r === null));
    assert.ok(!facts.some(([n, r]) => n === 38 && r === 'RU-BRY'));
  });

  it('Russian: «Больше всего — N — над …»', () => {
    assert.deepEqual(
      interceptions(
        'Дежурные средства ПВО за ночь уничтожили 38 беспилотников, сообщили в Минобороны. Больше всего — 11 — над Брянской областью.',
        'ru',
      ),
      [
        [38, null],
        [11, 'RU-BRY'],
      ],
    );
  });

  it('Ukrainian: «Найбільше — N — над …»', () => {
    const facts = interceptions(
      'Сили ППО вночі збили 38 ударних БпЛА, повідомили в Повітряних силах. Найбільше — 11 — над Харківщиною.',
      'uk',
    );
    assert.ok(facts.some(([n, r]) => n === 38 && r === null));
    assert.ok(!facts.some(([n, r]) => n === 38 && r === 'UA-63'));
  });

  it('negative: a region named in a plain sentence still lends itself to the report', () => {
    assert.deepEqual(
      interceptions(
        'Дежурные средства ПВО за ночь уничтожили 38 беспилотников, сообщили в Минобороны. Обломки упали над Брянской областью.',
        'ru',
      ).map(([, r]) => r),
      ['RU-BRY'],
    );
  });
});
