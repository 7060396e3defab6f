// ux36 #9: the list said a day-long incident's time as the end of its window (the next midnight in Moscow, "17 Nov
// 2024, 22:00 CET" in Berlin), which a reader takes for when it happened. A window a day wide or wider is said by its
// date; a night's keeps its end. The pure piece in Node, then the list in a browser set to Berlin.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs build script with no type declarations
import { buildWeb } from '../../scripts/build-web.mjs';
import { createApp } from '../../src/api/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { whenText } from '../../web/src/format.ts';
import { makeIncident, seedIncidents } from '../helpers/incidents.ts';

const CHROMIUM = '/usr/bin/chromium';
// A Moscow calendar day, as a report dated only by its day gets it.
const DAY = { start: '2024-11-17T00:00:00+03:00', end: '2024-11-18T00:00:00+03:00', precision: 'day' } as const;
const NIGHT = { start: '2024-11-16T21:00:00+03:00', end: '2024-11-17T07:00:00+03:00', precision: 'night' } as const;

test('#9 a day-precision window is said by its date on any nearby clock; a night by its end', () => {
  for (const zone of ['Europe/Berlin', 'Europe/Moscow', 'Europe/London', 'Asia/Yekaterinburg']) {
    const said = whenText(DAY, 'en', zone);
    assert.equal(said.text, '17 Nov 2024', zone);
    assert.doesNotMatch(said.text, /\d:\d\d/, zone);
  }
  const week = whenText(
    { start: '2024-11-11T00:00:00+03:00', end: '2024-11-18T00:00:00+03:00', precision: 'week' },
    'en',
    'Europe/Moscow',
  );
  assert.equal(week.text, '11 Nov 2024 – 17 Nov 2024');
  const night = whenText(NIGHT, 'en', 'Europe/Moscow');
  assert.match(night.text, /17 Nov 2024, 07:00/);
});

let browser: Browser | undefined;
let store: Store | undefined;
let server: ReturnType<typeof serve> | undefined;
let home = '';

before(async () => {
  if (!existsSync(CHROMIUM)) return;
  await buildWeb();
  home = mkdtempSync(join(tmpdir(), 'sitrep-when-'));
  store = await openStore({ url: join(home, 'sitrep.db') });
  await seedIncidents(store, [
    makeIncident('inc_day_window', { kind: 'strike', region: { code: 'RU-UD', name: 'Udmurt Republic' }, when: DAY }),
    makeIncident('inc_night_window', { when: NIGHT }),
  ]);
  const app = createApp({ store, now: () => new Date() });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  server?.close();
  await store?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('#9 the list in Berlin shows a day-long incident by its date, not the next midnight in Moscow', {
  skip: !existsSync(CHROMIUM) && `${CHROMIUM} is missing (apt-get install chromium)`,
}, async () => {
  const port = (server!.address() as AddressInfo).port;
  const context = await browser!.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/?lang=en&first_night=2024-11-16&last_night=2024-11-18`);
  await page.locator('.card').first().waitFor();
  const day = (await page.locator('.card[data-id="inc_day_window"] .meta time').textContent()) ?? '';
  assert.match(day, /^17 Nov 2024 \(/);
  assert.doesNotMatch(day, /22:00/);
  const night = (await page.locator('.card[data-id="inc_night_window"] .meta time').textContent()) ?? '';
  assert.match(night, /17 Nov 2024, 05:00 CET/);
  await context.close();
});
