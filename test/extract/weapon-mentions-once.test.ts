// weaponMentions (detect/count.ts) is read once a sentence view and handed to every rule that asks: the same frozen
// list each time, so that no rule can change what the others read; a view whose lists were swapped (a copy sorted by
// start) is read again, from its own lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { lexiconHits } from '../../src/extract/compile.ts';
import { weaponMentions } from '../../src/extract/detect/count.ts';
import type { SentenceView } from '../../src/extract/view.ts';

const viewOf = (text: string, lang: Lang): SentenceView => ({
  index: 0,
  span: { start: 0, end: text.length, text },
  hits: lexiconHits(text, lang),
  places: [],
  destinations: [],
  numbers: [],
  times: [],
  saidTimes: [],
  airports: [],
});

describe('weaponMentions read once a view', () => {
  it('gives the same frozen list and mentions when asked again', () => {
    const view = viewOf('Air defences shot down a cruise missile and several Shahed drones over the region.', 'en');
    const first = weaponMentions(view);
    assert.ok(first.length >= 2);
    assert.equal(weaponMentions(view), first);
    assert.ok(Object.isFrozen(first));
    assert.ok(first.every((m) => Object.isFrozen(m)));
    assert.throws(() => {
      (first as { start: number }[])[0]!.start = 99;
    }, TypeError);
  });

  it('reads a copy of the view with other hits from those hits', () => {
    const view = viewOf('Над областью сбиты две крылатые ракеты и беспилотник.', 'ru');
    const all = weaponMentions(view);
    const fewer = { ...view, hits: view.hits.filter((h) => h.start >= all[0]!.end) };
    const again = weaponMentions(fewer);
    assert.notEqual(again, all);
    assert.deepEqual(
      again.map((m) => m.weapon),
      all.slice(1).map((m) => m.weapon),
    );
  });
});
