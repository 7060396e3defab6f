// A forwarded Telegram post speaks with its original channel's voice, not the forwarding channel's owner's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareReport } from '../../src/pipeline/index.ts';
import { placeFacts } from '../../src/resolve/placed-fact.ts';

const published = '2025-03-10T07:00:00+03:00';
const post = 'Ночью над Курской областью уничтожены 7 беспилотников. Пострадавших нет.';

function prepare(forwardedFrom: string | undefined, speaker = false) {
  const p = prepareReport(new TextEncoder().encode(post), {
    input: 'post',
    url: 'https://t.me/example_kursk_gov/10',
    source: 'Kursk Governor (Telegram)',
    published,
    lang: 'ru',
    now: new Date(published),
    ...(forwardedFrom ? { forwardedFrom } : {}),
    ...(speaker
      ? { speaker: { claimant: { name: 'Ivan Petrov', role: 'governor' as const, channel: 'Telegram' }, place: null } }
      : {}),
  });
  assert.ok(p.ok);
  assert.ok(p.facts.length > 0);
  return p;
}

test("a forward is not the forwarding channel owner's: no governor claimant, the voice is the original channel", () => {
  const own = prepare(undefined);
  assert.equal(own.facts[0]?.claimant?.role, 'governor', 'the channel owner speaks in his own post');

  const forward = prepare('https://t.me/example_news_digest/77');
  for (const f of forward.facts) assert.equal(f.claimant, null);
  const placed = placeFacts(
    forward.facts,
    new Map([[forward.report.id, forward.report]]),
    new Map([[forward.report.id, forward.report.id]]),
  );
  assert.ok(placed.every((p) => p.voice === 'publisher:example_news_digest'));
});

test("a forward ignores the registry's speaker of the forwarding channel, and takes the role its original channel's name gives", () => {
  const registered = prepare('https://t.me/example_news_digest/77', true);
  for (const f of registered.facts) assert.equal(f.claimant, null);

  const fromMayor = prepare('Kharkiv Mayor', true);
  for (const f of fromMayor.facts) assert.equal(f.claimant?.role, 'mayor');
});

test("a channel registry row's speaker wins over the role an OVA channel's name gives", () => {
  // A Ukrainian region's post: a military administration speaking of a Russian region is an official.
  const own = 'Вночі над Сумщиною збито 5 ударних БпЛА, пошкоджено два приватні будинки.';
  const p = prepareReport(new TextEncoder().encode(own), {
    input: 'post',
    url: 'https://t.me/example_oblast_ova/10',
    source: 'Example OVA',
    published,
    lang: 'uk',
    now: new Date(published),
    speaker: { claimant: { name: 'Ivan Petrov', role: 'governor' as const, channel: 'Telegram' }, place: null },
  });
  assert.ok(p.ok);
  assert.ok(p.facts.length > 0);
  for (const f of p.facts) assert.deepEqual([f.claimant?.name, f.claimant?.role], ['Ivan Petrov', 'governor']);
  const unregistered = prepareReport(new TextEncoder().encode(own), {
    input: 'post',
    url: 'https://t.me/example_oblast_ova/10',
    source: 'Example OVA',
    published,
    lang: 'uk',
    now: new Date(published),
  });
  assert.ok(unregistered.ok);
  for (const f of unregistered.facts) assert.equal(f.claimant?.role, 'military_administration');
});
