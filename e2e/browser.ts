import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';

/** What every browser journey shares: how Chromium starts, how long the slow machine may take, where the server is. */
export { CHROMIUM_ARGS };
// The machine is slow and the first page load compiles nothing but fetches every vendor chunk.
export const UI_TIMEOUT_MS = 30_000;
export const NAVIGATION_TIMEOUT_MS = 60_000;
export const JOURNEY_TIMEOUT_MS = 150_000;
export const BROWSER_START_TIMEOUT_MS = 120_000;

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: run this file through the e2e project, whose setup starts the server');
  return url.replace(/\/$/, '');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const cspViolations = new WeakMap<Page, string[]>();
/** The page's last API answers and how long each took: what a failed journey prints. */
const apiTrail = new WeakMap<Page, string[]>();
/** The page's API requests sent and not yet answered: a click whose request never came back. */
const pendingApi = new WeakMap<Page, Set<Request>>();

/** A fresh visitor: own cookies, Chinese locale, a desktop window. */
export async function openVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  // The server's Content-Security-Policy must let the built app work: a refusal fails the journey.
  const violations: string[] = [];
  cspViolations.set(page, violations);
  const trail: string[] = [];
  apiTrail.set(page, trail);
  const note = (line: string) => {
    trail.push(`${new Date().toISOString()} ${line}`);
    if (trail.length > 40) trail.shift();
  };
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      violations.push(message.text());
    // What the app itself complained of (React, antd), beside the API answers it got.
    else if (message.type() === 'error' || message.type() === 'warning')
      note(`console ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => note(`page error: ${error.message.slice(0, 300)}`));
  const sentAt = new WeakMap<object, number>();
  const inFlight = new Set<Request>();
  pendingApi.set(page, inFlight);
  page.on('request', (request) => {
    sentAt.set(request, Date.now());
    if (new URL(request.url()).pathname.startsWith('/api/')) inFlight.add(request);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  page.on('requestfinished', async (request) => {
    if (!new URL(request.url()).pathname.startsWith('/api/')) return;
    const response = await request.response().catch(() => null);
    const took = Date.now() - (sentAt.get(request) ?? Date.now());
    const status = response?.status() ?? 0;
    // A refusal says why in its problem body (code and title); a success only that it came, and when.
    const why = status >= 400 ? ` ${(await response?.text().catch(() => ''))?.slice(0, 300)}` : '';
    note(`${request.method()} ${request.url()} → ${status} in ${took} ms${why}`);
  });
  page.on('requestfailed', (request) =>
    note(`${request.method()} ${request.url()} → failed: ${request.failure()?.errorText}`),
  );
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return { context, page };
}

/**
 * The hooks every browser journey file needs: one browser for the file, a fresh visitor (context
 * and page) for each test, both closed afterwards. `onOpen` receives each new visitor.
 */
export function useVisitor(onOpen: (visitor: { context: BrowserContext; page: Page }) => void): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, BROWSER_START_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const visitor = await openVisitor(browser!);
    context = visitor.context;
    page = visitor.page;
    onOpen(visitor);
  });
  afterEach(async ({ task }) => {
    // A journey that failed prints where its page stood and what the API last answered (the server
    // logs only warnings): the cause of a wait, not only the locator that waited.
    if (page && task.result?.state === 'fail') {
      const shown = await page
        .locator('.ant-message-notice, .ant-alert, .ant-form-item-explain-error, [role="alert"]')
        .allTextContents()
        .catch(() => []);
      // The dialogs still open, with what their confirm button and form held: a click that sent nothing.
      const dialogs = await page
        .locator('.ant-modal-wrap')
        .evaluateAll((wraps) =>
          wraps
            .filter((wrap) => !(wrap.getAttribute('style') ?? '').includes('display: none'))
            .map((wrap) => {
              const title = wrap.querySelector('.ant-modal-title')?.textContent ?? '';
              const ok = wrap.querySelector('[data-testid="confirm-action"]');
              const okState = ok ? `${ok.hasAttribute('disabled') ? 'disabled' : 'enabled'} ${ok.className}` : 'none';
              const fields = [...wrap.querySelectorAll('.ant-form-item')].map((item) =>
                (item.textContent ?? '').replace(/\s+/g, ' ').slice(0, 120),
              );
              return `${title} [confirm: ${okState}] ${fields.join(' / ')}`;
            }),
        )
        .catch(() => []);
      console.log(
        [
          `---- ${task.name}: failed at ${page.url()}`,
          `on the page: ${shown.join(' | ') || '(no message or alert)'}`,
          `open dialogs: ${dialogs.join(' || ') || '(none)'}`,
          `API requests still unanswered: ${
            [...(pendingApi.get(page) ?? [])].map((r) => `${r.method()} ${r.url()}`).join(' | ') || '(none)'
          }`,
          'the last API answers:',
          ...(apiTrail.get(page) ?? []).map((line) => `  ${line}`),
        ].join('\n'),
      );
    }
    const refused = page ? (cspViolations.get(page) ?? []) : [];
    await context?.close();
    if (refused.length > 0) throw new Error(`Content-Security-Policy refused:\n${refused.join('\n')}`);
  });
}

export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return ((await locator.textContent()) ?? '').trim();
}
