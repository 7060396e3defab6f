// Review 39b #1, #5: a JSON Lines line with no id is named by its url as written, whatever the URL rule stores. Keyed
// by its line number instead (a scheme-less url was refused), a post prepended to the export took over the old
// post's report; and an export first read before the rule saw its posts "gone" once their url was stored as href.
// A scheme-less address gets https:// as a browser would; a Cyrillic path and host are stored readable.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { webUrl } from '../../src/core/web-url.ts';
import { parseJsonLines } from '../../src/ingest/sources/jsonl/parse.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-key-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const line = (url: string, text: string, at: string) => JSON.stringify({ url, text, published_at: at });
const KYIV = line(
  't.me/odaexample/101',
  'Вночі над Києвом збито 4 дрони, уламки впали на дах складу.',
  '2025-06-09T07:00:00+03:00',
);
const KHARKIV = line(
  'https://ua.example.com/новини/7',
  'Харків: удар по Київському району, поранено двох людей.',
  '2025-06-09T07:30:00+03:00',
);
const SUMY = line('t.me/odaexample/102', 'Суми: дрон влучив у гараж, загинув чоловік.', '2025-06-09T08:00:00+03:00');

test('webUrl: a scheme-less host/path gets https://; a bare file name does not', () => {
  assert.deepEqual(webUrl('t.me/odaexample/101'), { ok: true, url: 'https://t.me/odaexample/101' });
  assert.deepEqual(webUrl('www.example.com.ua/news/2025/06/09/1'), {
    ok: true,
    url: 'https://www.example.com.ua/news/2025/06/09/1',
  });
  assert.deepEqual(webUrl('posts.jsonl'), { ok: false, reason: 'is not a URL' });
});

test('webUrl: a Cyrillic path and a one-script IDN host stay readable; unsafe characters and look-alikes stay encoded', () => {
  assert.equal(ok(webUrl('https://пример.рф/новости/1')), 'https://пример.рф/новости/1');
  assert.equal(
    ok(webUrl('https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8')),
    'https://пример.рф/новости',
  );
  assert.equal(
    ok(webUrl('https://ua.example.com/новини/вибух?x=1#фото')),
    'https://ua.example.com/новини/вибух?x=1#фото',
  );
  // A space, a quote, an escaped slash or percent, a bidi override: kept encoded, so CSV splits and links mean the same.
  assert.equal(ok(webUrl('https://example.org/К a"%2F%25')), 'https://example.org/К%20a%22%2F%25');
  assert.equal(ok(webUrl('https://example.org/%E2%80%AEgpj')), 'https://example.org/%E2%80%AEgpj');
  // Cyrillic look-alike letters under a Latin TLD would pass for another site: punycode kept.
  assert.equal(ok(webUrl('https://xn--80ak6aa92e.com/')), 'https://xn--80ak6aa92e.com/');
});

function ok(checked: ReturnType<typeof webUrl>): string {
  assert.ok(checked.ok, JSON.stringify(checked));
  return checked.url;
}

test('an id-less line is keyed by its url as written, a scheme-less or Cyrillic one too, never by its line number', () => {
  const parsed = parseJsonLines(new TextEncoder().encode(`${KYIV}\n${KHARKIV}\n`), {
    input: 'posts.jsonl',
    timeZone: 'Europe/Kyiv',
  });
  assert.deepEqual(
    parsed.documents.map((d) => d.key),
    ['t.me/odaexample/101', 'https://ua.example.com/новини/7'],
  );
});

test('watch: a post prepended to an export is new; the old posts are seen, and none takes over another report', async () => {
  const path = join(dir, 'export.jsonl');
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('oda', path, { kind: 'jsonl', poll_seconds: 30 });
  let t = Date.parse('2026-11-10T09:00:00Z');
  const round = async () => {
    t += 60_000;
    const [r] = await watchSources(store, [row], {
      now: () => new Date(t),
      random: () => 0.5,
      allow: new Set(),
      once: true,
    });
    return r!;
  };
  try {
    writeFileSync(path, `${KYIV}\n${KHARKIV}\n`);
    assert.equal((await round()).new, 2);
    writeFileSync(path, `${SUMY}\n${KYIV}\n${KHARKIV}\n`);
    const r = await round();
    assert.deepEqual([r.new, r.updated, r.seen, r.failed, r.gone], [1, 0, 2, 0, 0]);
    assert.equal(await store.countReports(), 3);
    const ids = (await store.listReportNights()).map((x) => x.id);
    const urls = (await store.getReports(ids)).map((x) => x.url).sort();
    assert.deepEqual(urls, [
      'https://t.me/odaexample/101',
      'https://t.me/odaexample/102',
      'https://ua.example.com/новини/7',
    ]);
  } finally {
    await store.close();
  }
});
