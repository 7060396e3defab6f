// English regions on unseen text (twenty-seventh session, branch enreg27). Every text is invented, in the style of
// news leads and posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-10T08:00:00+03:00';
const pairs = (text: string, lang: Lang = 'en') =>
  extractText(text, lang, PUBLISHED).map((f) => [f.kind, f.region?.code ?? null] as const);
const has = (text: string, kind: string, code: string | null, lang: Lang = 'en') =>
  pairs(text, lang).some(([k, c]) => k === kind && c === code);
const show = (text: string, lang: Lang = 'en') => JSON.stringify(pairs(text, lang));

describe('a fact whose own clause tells the whole country takes no region from another clause', () => {
  it('sirens across the country after a strike on a named town', () => {
    const text = 'Three people were hurt in a drone strike on Poltava as air raid sirens blared across Ukraine.';
    assert.ok(has(text, 'alert', null), show(text));
    assert.ok(!has(text, 'alert', 'UA-53'), show(text));
    assert.ok(has(text, 'strike', 'UA-53'), show(text));
    assert.ok(has(text, 'casualties', 'UA-53'), show(text));
  });

  it('"after" bounds the clause as a mark does', () => {
    // fixenreg27: a strike keeps its town (the rule is for alerts, power cuts, interceptions, airports); a power cut
    // across the country after a blast in a town is the country's.
    const text = 'Power cuts spread across Ukraine after a blast rocked Kherson.';
    assert.ok(has(text, 'power_outage', null), show(text));
    assert.ok(!has(text, 'power_outage', 'UA-65'), show(text));
    const alerts = 'Air raid alerts were declared nationwide after a missile hit a warehouse in Dnipro.';
    assert.ok(has(alerts, 'alert', null), show(alerts));
    assert.ok(has(alerts, 'strike', 'UA-12'), show(alerts));
  });

  it('the rule is the lexicons\u2019: a Russian post reads the same way', () => {
    const text = 'В Харькове прогремели взрывы, по всей стране объявлена воздушная тревога.';
    assert.ok(has(text, 'alert', null, 'ru'), show(text, 'ru'));
    assert.ok(has(text, 'explosion', 'UA-63', 'ru'), show(text, 'ru'));
  });

  it('a place in the fact\u2019s own clause, or after "including", keeps the fact', () => {
    const including = 'Russia launched missile strikes across Ukraine, including on Lviv.';
    assert.ok(has(including, 'strike', 'UA-46'), show(including));
    const own = 'A missile hit a school in Zaporizhzhia, the mayor said.';
    assert.ok(has(own, 'strike', 'UA-23'), show(own));
    const likeness = 'Drones struck Odesa overnight, the governor said, as in other cities across the country.';
    assert.ok(has(likeness, 'strike', 'UA-51'), show(likeness));
    const later = 'Across Ukraine, sirens sounded as a drone hit a house in Chernihiv.';
    assert.ok(has(later, 'strike', 'UA-74'), show(later));
  });

  it('a place whose own clause tells an event of the fact\u2019s kind keeps the fact', () => {
    const both = 'Russian drones attacked Odesa overnight as Moscow launched 40 drones across Ukraine.';
    assert.ok(has(both, 'strike', 'UA-51'), show(both));
    const hit = 'Kharkiv hit as Russia launches massive missile barrage across Ukraine';
    assert.ok(has(hit, 'strike', 'UA-63'), show(hit));
  });
});
