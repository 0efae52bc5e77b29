import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * What every page owes the people reading it, measured in the browser: no sideways scrolling on a
 * phone, no code words where a person reads, no serious accessibility fault (axe-core), and what a
 * visit costs on a slow network (bytes as they crossed the wire, headers, time to usable).
 */

/** A common phone (390 × 844 CSS pixels, as the issue tried it). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** An emulated weak mobile connection: 1.6 Mbps down, 750 kbps up, 150 ms latency (DevTools' "Slow 4G"-like). */
export const SLOW_PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};

export async function throttle(page: Page, context: BrowserContext): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE_NETWORK);
  return cdp;
}

export type Transfer = {
  url: string;
  type: string;
  /** As on the wire: 304 for a revalidated response. */
  status: number;
  /** Bytes on the wire, headers included (DevTools' encodedDataLength). */
  bytes: number;
  headers: Record<string, string>;
  fromCache: boolean;
};

/** Records every response the page receives through the DevTools protocol, with what it cost. */
export function meterTransfers(cdp: CDPSession): { transfers: Transfer[]; reset: () => void } {
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  // What the server actually answered: a revalidated response shows as its cached 200 in
  // responseReceived, and as the 304 it was on the wire only here.
  const wireStatus = new Map<string, number>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceivedExtraInfo', (event) => wireStatus.set(event.requestId, event.statusCode));
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    pending.set(event.requestId, {
      url: event.response.url,
      type: event.type,
      status: event.response.status,
      headers,
      fromCache: Boolean(event.response.fromDiskCache || event.response.fromPrefetchCache),
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = pending.get(event.requestId);
    if (!response) return;
    pending.delete(event.requestId);
    const status = wireStatus.get(event.requestId) ?? response.status;
    wireStatus.delete(event.requestId);
    transfers.push({ ...response, status, bytes: event.encodedDataLength });
  });
  return {
    transfers,
    reset: () => {
      transfers.length = 0;
      pending.clear();
      wireStatus.clear();
    },
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Waits until the page has settled: its chunks and first queries answered, fonts laid out. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.locator('.route-progress.is-active').waitFor({ state: 'detached' });
  await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached' });
}

/** How far the page reaches past the viewport, and the outermost elements that stick out. */
// Runs in the page (a string: this project's TypeScript knows Node, not the DOM).
const MEASURE_OVERFLOW = `(() => {
  const width = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const describe = (element) => {
    const id = element.getAttribute('data-testid');
    const classes = [...element.classList].slice(0, 3).join('.');
    return element.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : '') + (classes ? '.' + classes : '');
  };
  const culprits = [];
  if (scrollWidth > width) {
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Only the outermost: a child of an element already named adds nothing.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1) continue;
      culprits.push(describe(element) + ' (right edge ' + Math.round(box.right) + ' px)');
      if (culprits.length >= 8) break;
    }
  }
  return { scrollWidth, width, culprits };
})()`;

/** How far the page reaches past the viewport, and the outermost elements that stick out. */
export async function sidewaysOverflow(
  page: Page,
): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate<{ scrollWidth: number; width: number; culprits: string[] }>(MEASURE_OVERFLOW);
}

/**
 * Code words a person should never read: snake_case (`case.task_granted`, `in_review`) and
 * SHOUTED_CODES (`CONTENT_CHANGED`). Identifiers and numbers are not words and pass, and neither
 * does a file name someone uploaded (`site_plan.pdf`): that is their text, not ours.
 */
const SNAKE_CASE = /(?<![\w./-])[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*)*_[a-z0-9_]+(?![\w/]|\.\w)/g;
const SHOUTED = /(?<![\w./-])[A-Z][A-Z0-9]*_[A-Z0-9_]+(?![\w/]|\.\w)/g;

export async function visibleCodeWords(page: Page): Promise<string[]> {
  // innerText is what is rendered: hidden elements, titles and attributes are not read.
  const text = await page.evaluate<string>('document.body.innerText');
  return [...new Set([...(text.match(SNAKE_CASE) ?? []), ...(text.match(SHOUTED) ?? [])])];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeFinding = { id: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.x A and AA rules) in the page and answers its serious and critical
 * findings. The engine is evaluated through the DevTools protocol, so the page's
 * Content-Security-Policy (no inline scripts) stays as strict as in production.
 */
export async function seriousAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  return page.evaluate<AxeFinding[]>(`(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  })()`);
}
