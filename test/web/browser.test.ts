// The page in a real browser (Debian's Chromium through playwright-core): the samples loaded, a region filter, an
// incident with its evidence marked, a report, a live update, language and theme, a hostile report rendered as
// text, and no console error or CSP violation throughout. Screenshots at desktop and phone width go to the folder
// printed at the start, for a person to look at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs build script with no type declarations
import { buildWeb } from '../../scripts/build-web.mjs';
import { createApp } from '../../src/api/app.ts';
import type { IngestOutcome } from '../../src/core/types.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import type { Store } from '../../src/store/index.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(tmpdir(), `sitrep-screens-${process.pid}`);

let browser: Browser;
let store: Store;
let server: ReturnType<typeof serve>;
let base = '';
let home = '';
const problems: string[] = [];

before(async () => {
  // Every test below skips without the browser; a hook that failed to launch it would fail the run all the same.
  if (!existsSync(CHROMIUM)) return;
  await buildWeb();
  home = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  store = await openStore({ url: join(home, 'sitrep.db') });
  await ingestPaths(store, [join(ROOT, 'samples')], { now: () => new Date() });
  const app = createApp({ store, now: () => new Date() });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    // A fresh profile every run: playwright gives launch() a new temporary --user-data-dir of its own (it refuses
    // the flag), removed when the browser closes.
  });
  mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots: ${SHOTS}`);
});

after(async () => {
  await browser?.close();
  server?.close();
  await store?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(base + path);
  await page.locator('.cards, .detail, .report').first().waitFor();
  return page;
}

async function finish(page: Page): Promise<void> {
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  assert.deepEqual(csp, [], 'CSP violations');
  await page.close();
}

function post(body: unknown): Promise<IngestOutcome> {
  return fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json() as Promise<IngestOutcome>);
}

test('the page lists the samples, draws the map and timeline, and filters by a region typed in Russian', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  const page = await open('/');
  assert.ok((await page.locator('.card').count()) > 5);
  await page.locator('path.region').first().waitFor();
  assert.equal(await page.locator('path.region').count(), 110);
  assert.ok((await page.locator('path.region.r0').count()) < 110, 'some regions are shaded');
  assert.ok((await page.locator('.chart rect.bar').count()) > 0);
  await page.screenshot({ path: join(SHOTS, 'desktop-list.png') });

  await page.fill('input[name=region]', 'Брянская область');
  await page.press('input[name=region]', 'Enter');
  await page.waitForURL(/region=RU-BRY/);
  await page.locator('.chips li', { hasText: 'Bryansk Oblast' }).waitFor();
  const titles = await page.locator('.card h3').allTextContents();
  assert.ok(titles.length > 0);
  for (const title of titles) assert.match(title, /Bryansk/);
  assert.match(
    (await page.getAttribute('a.export[data-ext=csv]', 'href')) ?? '',
    /^\/api\/incidents\.csv\?region=RU-BRY$/,
  );
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('region'));
  await page.locator('.chips li').first().waitFor({ state: 'detached' });

  // A shaded region on the map is a filter too, and a drag across the timeline sets the period.
  await page.locator('path.region.r5').first().click({ force: true });
  await page.waitForURL(/region=/);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('region'));
  // The chart is redrawn when the list and then the counts arrive: wait until it has stood still for 300 ms.
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __chart?: Element | null };
      const chart = document.querySelector('#timeline:not([aria-busy]) .chart');
      const still = chart !== null && chart === w.__chart;
      w.__chart = chart;
      return still;
    },
    null,
    { polling: 300 },
  );
  const box = await page.locator('.chart').boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForURL(/first_night=\d{4}-\d{2}-\d{2}&last_night=\d{4}-\d{2}-\d{2}/);
  await page.locator('.chart rect.bar.in').first().waitFor();
  await finish(page);
});

test('the filters, the list and an incident are reachable from the keyboard', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await open('/');
  await page.focus('#filters input[name=q]');
  let reached = '';
  for (let k = 0; k < 40 && !reached.startsWith('?incident='); k++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  }
  assert.match(reached, /^\?incident=/, 'Tab reaches the first incident');
  await page.keyboard.press('Enter');
  await page.locator('.detail').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-title');
  await finish(page);
});

test('an incident shows each value with its sentence marked, and a dispute with who said which', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await open('/?region=RU-BRY&status=disputed');
  await page.locator('.card h3 a').first().click();
  await page.locator('.detail').waitFor();
  assert.ok((await page.locator('.detail .sentence mark').count()) > 0, 'evidence spans are marked');
  const sides = await page.locator('.conflict .said .big').allTextContents();
  assert.ok(sides.length >= 2, 'both values of the dispute are shown');
  assert.notEqual(sides[0], sides[1]);
  assert.ok((await page.locator('.numbers td.disputed .claim').count()) >= 2);
  await page.screenshot({ path: join(SHOTS, 'desktop-incident.png'), fullPage: true });

  await page.locator('.fact-head a', { hasText: 'Read the report' }).first().click();
  await page.locator('.report-text mark').first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'desktop-report.png'), fullPage: true });
  await page.goBack();
  await page.locator('.detail').waitFor();
  await finish(page);
});

test('a weapon whose model the reports name is said as that model ("Shahed-type drones")', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const list = (await (await fetch(`${base}/api/incidents?limit=500`)).json()) as { id: string }[];
  let withModel: string | null = null;
  for (const { id } of list) {
    const detail = (await (await fetch(`${base}/api/incidents/${id}`)).json()) as {
      weapons: { type: string }[];
      fact_details: { weapon: string | null; weapon_model: string | null }[];
    };
    const models = new Set(detail.fact_details.filter((f) => f.weapon === 'uav').map((f) => f.weapon_model));
    if (models.size === 1 && models.has('Shahed') && detail.weapons.some((w) => w.type === 'uav')) withModel = id;
  }
  assert.ok(withModel, 'the samples have an incident whose drones the reports call Shahed');
  const page = await open(`/?incident=${withModel}`);
  await page.locator('.numbers th[scope=row]', { hasText: 'Shahed-type drones' }).waitFor();
  await finish(page);
});

test('a count told jointly over two regions is said on each region’s incident, with the other region and its sentence', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  // Review 40b, finding 4: the total was in JSON and `explain` only; the page showed the regions with no number.
  const outcome = await post({
    text: 'Минувшей ночью дежурными средствами ПВО уничтожены три украинских беспилотника над территориями Тамбовской и Пензенской областей.',
    published_at: new Date().toISOString(),
    url: 'https://example.org/joint-tambov-penza',
    source: 'Минобороны России',
  });
  assert.equal(outcome.status, 'ingested');
  const list = (await (await fetch(`${base}/api/incidents?region=RU-PNZ&limit=50`)).json()) as { id: string }[];
  let joint: string | null = null;
  for (const { id } of list) {
    const detail = (await (await fetch(`${base}/api/incidents/${id}`)).json()) as {
      aggregates?: { sum: number | null }[];
    };
    if (detail.aggregates?.some((a) => a.sum === null)) joint = id;
  }
  assert.ok(joint, 'the Penza incident lists the joint total');
  const page = await open(`/?incident=${joint}`);
  const said = page.locator('.joint');
  await said.waitFor();
  const text = await said.innerText();
  assert.match(text, /^3 .+ over .*Tambov.*Penza.*together|^3 .+ over .*Penza.*Tambov.* together/su, text);
  assert.match(text, /территориями Тамбовской и Пензенской областей/u, text);
  await finish(page);
});

test('a report posted while the page is open appears without a reload', { skip: !existsSync(CHROMIUM) }, async () => {
  const page = await open('/');
  await page.locator('#live.on').waitFor();
  const outcome = await post({
    text: 'Air defences destroyed 7 drones over Tambov Oblast overnight, Governor Yevgeny Pervyshov said on Telegram.',
    published_at: new Date().toISOString(),
    url: 'https://example.org/tambov-live',
    source: 'Example Daily',
  });
  assert.equal(outcome.status, 'ingested');
  await page.locator('.card.changed', { hasText: 'Tambov' }).waitFor({ timeout: 10_000 });
  await finish(page);
});

test('language and theme switch, on a phone-sized screen too', { skip: !existsSync(CHROMIUM) }, async () => {
  const page = await open('/', { width: 390, height: 844 });
  await page.selectOption('#lang', 'uk');
  await page.locator('#list-title', { hasText: 'Інциденти' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  // Towns too come in the reader's language (the samples' Shebekino), not only the regions.
  await page.locator('.card', { hasText: 'Шебекине' }).first().waitFor({ timeout: 10_000 });
  await page.click('#theme');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.screenshot({ path: join(SHOTS, 'phone-uk-dark.png') });
  await page.locator('#list-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'phone-uk-dark-list.png') });
  await page.selectOption('#lang', 'ru');
  await page.locator('#list-title', { hasText: 'Инциденты' }).waitFor();
  // The chosen language is in the address, so a link shared from here opens in it.
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'ru');
  await page.screenshot({ path: join(SHOTS, 'phone-ru-dark.png') });
  await page.locator('.card h3 a').first().click();
  await page.locator('.detail').waitFor();
  await page.screenshot({ path: join(SHOTS, 'phone-ru-dark-incident.png') });
  await finish(page);
});

test('a link with ?lang=uk opens the page in Ukrainian, whatever language was saved', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await open('/?lang=uk');
  await page.locator('#list-title', { hasText: 'Інциденти' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  await page.locator('.card h3 a').first().click();
  await page.locator('.detail').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'uk', 'the language stays in the address as one browses');
  await finish(page);
});

test('a hostile report renders as text: markup in its text, title, publisher and url stays text', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const hostile = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>';
  const outcome = await post({
    // The last line is only a link: cleaning removes it, and the report view lists it as left out.
    text: `Air defences destroyed 5 drones over Kursk Oblast overnight ${hostile}, Governor Alexei Smirnov said.\nhttps://t.me/example_kursk_channel`,
    title: `Kursk ${hostile}`,
    published_at: new Date().toISOString(),
    url: 'https://example.org/k?"><script>window.__pwned=3</script>',
    source: `Kursk ${hostile}`,
  });
  assert.equal(outcome.status, 'ingested');
  const page = await open(`/?report=${outcome.report_id}`);
  const text = await page.locator('.report-text').textContent();
  assert.match(text ?? '', /<img src=x onerror=/);
  assert.equal(await page.locator('.report img, .report script').count(), 0);
  await page.locator('.removed li', { hasText: 'https://t.me/example_kursk_channel' }).waitFor();
  assert.ok((await page.locator('.report-text mark').count()) > 0, 'the fact is marked in the text');
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  await page.goto(`${base}/?region=RU-KRS`);
  await page.locator('.card').first().waitFor();
  await page.locator('.card h3 a').first().click();
  await page.locator('.detail').waitFor();
  assert.equal(await page.locator('img, a[href^="javascript"]').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await page.screenshot({ path: join(SHOTS, 'desktop-hostile.png'), fullPage: true });
  await finish(page);
});

test('a filter the API refuses is named, and marked on the form', { skip: !existsSync(CHROMIUM) }, async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/?kind=bogus`);
  await page.locator('.error[role=alert]').waitFor();
  assert.match((await page.locator('.error').textContent()) ?? '', /kind/);
  await page.locator('#filters select[name=kind][aria-invalid=true]').waitFor();
  await page.close();
});

test("the server's 400 and 404 are said as its answers, once; a refused region is named", {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await browser.newPage();
  const lists: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/incidents') lists.push(r.url());
  });
  await page.goto(`${base}/?kind=bogus`);
  await page.locator('.error[role=alert]').waitFor();
  assert.match((await page.locator('.error').textContent()) ?? '', /^The server answered \(400\): kind/);
  // The map file loads after the first render and draws again: the refused query is not sent a second time.
  await page.locator('path.region').first().waitFor();
  assert.equal(lists.length, 1, lists.join('\n'));

  await page.goto(`${base}/?incident=inc_nope`);
  await page.locator('.error[role=alert]').waitFor();
  assert.match((await page.locator('.error').textContent()) ?? '', /^The server answered \(404\): .*inc_nope/);

  await page.goto(`${base}/?region=Nowhere`);
  await page.locator('.error[role=alert]').waitFor();
  assert.match((await page.locator('.error').textContent()) ?? '', /Nowhere/);
  await page.close();
});

test('the page accepts the region names the API accepts, and says which filter in the address it cannot read', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await open('/');
  await page.fill('input[name=region]', 'Харківщина');
  await page.press('input[name=region]', 'Enter');
  await page.waitForURL(/region=%D0%A5/);
  await page.locator('#view[aria-busy]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('input[name=region][aria-invalid=true]').count(), 0);
  assert.equal(await page.locator('.error').count(), 0);

  await page.goto(`${base}/?region=Kharkiv`);
  await page.locator('.cards').waitFor();
  assert.equal(await page.locator('.error').count(), 0);
  const kharkiv = await page.locator('.card h3').allTextContents();
  for (const title of kharkiv) assert.match(title, /Kharkiv/);

  await page.goto(`${base}/?since=garbage`);
  await page.locator('.notice[role=status]').waitFor();
  assert.match((await page.locator('.notice').textContent()) ?? '', /since=garbage/);
  await finish(page);
});

test('a list longer than a page shows the next page on "more", none twice', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  // A store of its own with 130 incidents over 26 nights: more than the API's page of 100.
  const many = await openStore({ url: ':memory:' });
  await seedIncidents(
    many,
    Array.from({ length: 130 }, (_, i) =>
      makeIncident(`inc_many_${String(i).padStart(3, '0')}`, { when: nightOf(2 + (i % 26)) }),
    ),
  );
  const app = createApp({ store: many, now: () => new Date() });
  const other = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await page.locator('.card').first().waitFor();
    assert.equal(await page.locator('.card').count(), 100);
    await page.locator('button.more').click();
    await page.waitForFunction(() => document.querySelectorAll('.card').length === 130);
    const ids = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id')));
    assert.equal(new Set(ids).size, 130, 'every incident once');
    assert.equal(await page.locator('button.more').count(), 0, 'nothing more to show');
    await finish(page);
  } finally {
    other.close();
    await many.close();
  }
});

/** Serves a store of a test's own on another port for the length of `use`. */
async function withServer(own: Store, use: (origin: string) => Promise<void>): Promise<void> {
  const app = createApp({ store: own, now: () => new Date() });
  const other = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  try {
    await use(`http://127.0.0.1:${(other.address() as AddressInfo).port}`);
  } finally {
    other.close();
  }
}

test("a period of nights lists what its bars count, and the address is the API's query for it", {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  // ux35 #14: a daytime incident (10:59 to 22:59 on the 11th) is filed under the night of the 12th. The nights of
  // the 10th and 11th have one bar each; asking the API for their 18:00-to-18:00 times listed it as a third.
  const own = await openStore({ url: ':memory:' });
  await seedIncidents(own, [
    makeIncident('inc_night_09', { when: nightOf(9) }),
    makeIncident('inc_night_10', { when: nightOf(10) }),
    makeIncident('inc_night_11', { when: nightOf(11) }),
  ]);
  const day = makeIncident('inc_day_11', {
    when: { start: '2025-05-11T10:59:00+03:00', end: '2025-05-11T22:59:00+03:00', precision: 'day' },
  });
  await own.replaceNightIncidents(['2025-05-12'], [{ incident: day, night_key: '2025-05-12' }], new Map());
  try {
    await withServer(own, async (origin) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      // A link from before the period had the API's names: the same nights, and the address says them as the API does.
      await page.goto(`${origin}/?since=2025-05-10&until=2025-05-11`);
      await page.locator('.card').first().waitFor();
      await page.locator('.chart rect.bar.in').first().waitFor();
      assert.equal(new URL(page.url()).search, '?first_night=2025-05-10&last_night=2025-05-11');
      const listed = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id')));
      assert.deepEqual(listed.sort(), ['inc_night_10', 'inc_night_11']);
      const bars = await page
        .locator('.chart rect.bar.in')
        .evaluateAll((rects) => rects.map((r) => Number(/(\d+) incident/.exec(r.textContent ?? '')?.[1] ?? 0)));
      assert.equal(
        bars.reduce((a, b) => a + b, 0),
        listed.length,
        'the list holds what the selected bars count',
      );
      // The page's address, as the API's query, lists the same incidents.
      const api = (await (await fetch(`${origin}/api/incidents${new URL(page.url()).search}`)).json()) as {
        id: string;
      }[];
      assert.deepEqual(api.map((i) => i.id).sort(), listed);
      // Swapped nights are the API's 400 naming last_night, marked on the form's field of that name.
      await page.goto(`${origin}/?first_night=2025-05-11&last_night=2025-05-10`);
      await page.locator('#filters [name=last_night][aria-invalid=true]').waitFor();
      await finish(page);
    });
  } finally {
    await own.close();
  }
});

test('a report its source edited says so on its page, with the text it had before', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  // ux35 #16: a feed item read, then read again with another figure, keeps its first text as a revision.
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edited-'));
  const path = join(dir, 'wire.rss');
  const feed = (n: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Echo Wire</title>
<item><title>Tula</title><guid>tula-0812</guid><pubDate>Tue, 12 Aug 2025 06:40:00 +0300</pubDate>
<description>Air defences shot down ${n} drones over Tula Oblast overnight, the regional governor said.</description></item>
</channel></rss>`;
  let clock = Date.parse('2025-08-12T04:00:00Z');
  const now = () => new Date(clock);
  const own = await openStore({ url: ':memory:' });
  const row = fileFeedRow('echo', path);
  const watch = () => watchSources(own, [row], { now, random: () => 0.5, allow: new Set(), once: true });
  try {
    writeFileSync(path, feed('five'));
    await watch();
    writeFileSync(path, feed('seven'));
    clock += 3_600_000;
    const [round] = await watch();
    assert.equal(round?.updated, 1, JSON.stringify(round));
    const [id] = (await own.listOutcomes({ status: 'ingested' })).map((o) => o.report_id);
    assert.ok(id);
    await withServer(own, async (origin) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.goto(`${origin}/?report=${id}&lang=en`);
      await page.locator('.report').waitFor();
      assert.match((await page.locator('.report-text').textContent()) ?? '', /shot down seven drones/);
      // A feed dates no edit: the time shown is Sitrep's, and the label says so (review 41b).
      const meta = (await page.locator('.report .meta').textContent()) ?? '';
      assert.match(meta, /Changed \(seen by Sitrep\): /);
      assert.doesNotMatch(meta, /Edited by its source/);
      const earlier = page.locator('.report .revisions');
      assert.match((await earlier.locator('h3').textContent()) ?? '', /Earlier texts/);
      const texts = await earlier.locator('li p').allTextContents();
      assert.equal(texts.length, 1);
      assert.match(texts[0] ?? '', /Air defences shot down five drones over Tula Oblast overnight/);
      await finish(page);
    });
  } finally {
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an edit the source dated is "Edited by its source" with its time, not Sitrep\'s', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  // Review 41b: the label is the source's only when the source gave the edit's time (a Telegram export's `edited`).
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edited-tg-'));
  const path = join(dir, 'result.json');
  const post = (n: string, edited: string | null) =>
    JSON.stringify({
      name: 'Новости Региона',
      type: 'public_channel',
      id: 777,
      messages: [
        {
          id: 41,
          type: 'message',
          date: '2025-08-12T06:40:00',
          date_unixtime: String(Date.parse('2025-08-12T06:40:00+03:00') / 1000),
          ...(edited ? { edited, edited_unixtime: String(Date.parse(`${edited}+03:00`) / 1000) } : {}),
          from: 'Новости Региона',
          from_id: 'channel777',
          text: `Ночью над Тульской областью сбиты ${n} беспилотников, сообщил губернатор.`,
          text_entities: [],
        },
      ],
    });
  let clock = Date.parse('2025-08-12T04:00:00Z');
  const own = await openStore({ url: ':memory:' });
  const row = fileFeedRow('news', path, { kind: 'telegram', language: 'ru', time_zone: 'Europe/Moscow' });
  const watch = () =>
    watchSources(own, [row], { now: () => new Date(clock), random: () => 0.5, allow: new Set(), once: true });
  try {
    writeFileSync(path, post('пять', null));
    await watch();
    writeFileSync(path, post('семь', '2025-08-12T07:10:00'));
    clock += 3_600_000;
    const [round] = await watch();
    assert.equal(round?.updated, 1, JSON.stringify(round));
    const [id] = (await own.listOutcomes({ status: 'ingested' })).map((o) => o.report_id);
    assert.ok(id);
    await withServer(own, async (origin) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.goto(`${origin}/?report=${id}&lang=en`);
      await page.locator('.report').waitFor();
      const meta = (await page.locator('.report .meta').textContent()) ?? '';
      assert.match(meta, /Edited by its source: /);
      assert.doesNotMatch(meta, /seen by Sitrep/);
      // The source's time (07:10 in the post's zone), not Sitrep's read time (08:00 in Moscow).
      assert.equal(
        await page.locator('.report .meta time').last().getAttribute('datetime'),
        '2025-08-12T07:10:00+03:00',
      );
      await finish(page);
    });
  } finally {
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the status is said in voices beside the counts, and "Live" in the language switched to', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const page = await open('/');
  await page.locator('#live.on').waitFor();
  // Every card's counts end with its voices, and a one-voice incident is never called a "single source" beside
  // several origins.
  const metas = await page.locator('.card .meta').allTextContents();
  assert.ok(metas.length > 0);
  for (const meta of metas) {
    assert.match(meta, /\d+ reports?, \d+ origins?, \d+ voices?$/, meta);
    assert.doesNotMatch(meta, /single source|independent/);
  }
  const one = metas.find((m) => m.includes('one voice'));
  if (one) assert.match(one, /, 1 voice$/);
  assert.match((await page.getAttribute('.card .corroboration', 'title')) ?? '', /Voices: origins counted once/);
  await page.selectOption('#lang', 'uk');
  await page.locator('#live', { hasText: 'Наживо' }).waitFor();
  assert.match((await page.locator('.card .meta').first().textContent()) ?? '', /голос/);
  await page.selectOption('#lang', 'ru');
  await page.locator('#live', { hasText: 'В реальном времени' }).waitFor();
  await page.selectOption('#lang', 'en');
  await page.locator('#live', { hasText: 'Live' }).waitFor();
  await finish(page);
});

test('over a database with no incidents the page says so and how to add reports, not "no match"', {
  skip: !existsSync(CHROMIUM),
}, async () => {
  const empty = await openStore({ url: ':memory:' });
  const app = createApp({ store: empty, now: () => new Date() });
  const other = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    const box = page.locator('.list .empty');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    assert.match(text, /No incidents yet/);
    assert.match(text, /sitrep ingest --db/);
    assert.doesNotMatch(text, /match these filters/);
    // With a filter set, the filter is why the list is empty.
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/?kind=strike`);
    await page.locator('.list .empty', { hasText: 'No incidents match these filters.' }).waitFor();
    await page.close();
  } finally {
    other.close();
    await empty.close();
  }
});

test('no console errors or warnings on any page', { skip: !existsSync(CHROMIUM) }, () => {
  assert.deepEqual(problems, []);
});

// ux39b #12: Back from an incident left focus on <body> at the top of the page, and Escape did not close the panel.
test('keyboard: Back or Escape from an incident returns focus to the card that was opened', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${base}/`);
  await page.locator('.card').nth(2).waitFor();
  const id = await page.locator('.card').nth(2).getAttribute('data-id');
  const focusedCard = () => page.evaluate(() => document.activeElement?.closest('.card')?.getAttribute('data-id'));
  await page.locator('.card').nth(2).locator('h3 a').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'detail-title');
  await page.goBack();
  await page.waitForFunction((want) => document.activeElement?.closest('.card')?.getAttribute('data-id') === want, id);
  assert.equal(await focusedCard(), id);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'detail-title');
  await page.keyboard.press('Escape');
  await page.waitForFunction((want) => document.activeElement?.closest('.card')?.getAttribute('data-id') === want, id);
  assert.equal(new URL(page.url()).searchParams.get('incident'), null);
  await finish(page);
});
