/**
 * The first visit on a weak phone network, timed: Chromium at 390 px, throttled through the
 * DevTools protocol (1.6 Mbps down, 150 ms latency, cold cache), opens the home page and an item
 * guide; "usable" is when the search box (or the guide) is on screen and takes input. Five cold
 * visits each, median and worst printed against the target of 3.0 s. The browser tests assert
 * only the bytes (e2e/first-visit.e2e.test.ts): a time depends on the machine.
 *
 *   npm run bench:first-visit        (BENCH_VISITS=5; BENCH_DATABASE_URL to choose a server)
 */
import { chromium } from 'playwright-core';
// @ts-expect-error -- a plain ESM build script without type declarations
import { ensureWebBuilt } from '../scripts/web-build.mjs';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import { kib, meterTransfers, PHONE_VIEWPORT, throttle } from '../e2e/web-quality';
import { percentile, recreateDatabase, startServer } from './harness';

const TARGET_MS = 3_000;
const visits = Number(process.env.BENCH_VISITS ?? 5);
const port = 3990 + Math.floor(Math.random() * 9);
const base = `http://127.0.0.1:${port}`;

await ensureWebBuilt();
const server = await startServer({ databaseUrl: await recreateDatabase('yici_bench_first_visit'), port });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const items = (await (await fetch(`${base}/api/catalog/items?region=370102&pageSize=1`)).json()) as {
    items: { code: string }[];
  };
  const pages = [
    { name: 'home page (search box usable)', path: '/', ready: 'input[type="search"]' },
    {
      name: 'item guide (guide on screen)',
      path: `/catalog/items/${items.items[0]!.code}`,
      ready: '[data-testid="item-guide"]',
    },
  ];
  console.log(`\nfirst visit on 1.6 Mbps / 150 ms, cold cache, ${visits} visits each; target ≤ ${TARGET_MS / 1000} s`);
  console.log('page                              median     worst   transferred   target');
  for (const page of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let visit = 0; visit < visits; visit++) {
      const context = await browser.newContext({ baseURL: base, locale: 'zh-CN', viewport: PHONE_VIEWPORT });
      const tab = await context.newPage();
      const meter = meterTransfers(await throttle(tab, context));
      const started = Date.now();
      await tab.goto(page.path, { waitUntil: 'commit' });
      const ready = tab.locator(page.ready).first();
      await ready.waitFor({ timeout: 60_000 });
      if (page.path === '/') while (!(await ready.isEditable())) await tab.waitForTimeout(20);
      times.push(Date.now() - started);
      await tab.waitForLoadState('networkidle');
      bytes = meter.transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
      await context.close();
    }
    const median = percentile(times, 50);
    const worst = Math.max(...times);
    console.log(
      `${page.name.padEnd(32)} ${(median / 1000).toFixed(2).padStart(6)} s ${(worst / 1000).toFixed(2).padStart(7)} s` +
        `   ${kib(bytes).padStart(11)}   ${median <= TARGET_MS ? 'met' : 'MISSED'}`,
    );
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
