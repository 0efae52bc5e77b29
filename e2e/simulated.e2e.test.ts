import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../apps/server/src/testing/pdf-text';
import { JOURNEY_TIMEOUT_MS, launchBrowser, NAVIGATION_TIMEOUT_MS, textOf, UI_TIMEOUT_MS } from './browser';

/**
 * 模拟环境 in the browser: a platform started on simulated time (27 September 2018, 10:00 China
 * time, standing still) says so on every page with a banner showing its time, answers
 * `simulated: true` on /api/health, and a PDF it produces (the business-environment report of 2018,
 * over the history seeded at its first start) carries the mark 模拟. It runs as
 * `npm run start:simulation` does: its own data directory, the demo seed as of the start instant.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const START = '2018-09-27T02:00:00Z';
const ZHANG_SAN = { phone: '13805310001', password: 'Yici@2018' };
const START_TIMEOUT_MS = 420_000;

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let baseUrl = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-e2e-simulated-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      YICI_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      YICI_CLOCK: 'simulated',
      YICI_CLOCK_START: START,
      // The evaluator's second factor is read from the development outbox, as the person reads their phone.
      YICI_DEV_OUTBOX_PUBLIC: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS - 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the simulated server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the simulated server did not start in time');
    await new Promise((r) => setTimeout(r, 1_000));
  }
  browser = await launchBrowser();
}, START_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return { context, page };
}

/** A staff session over the API: password, then the code the SMS brought; cookies and CSRF token for writes. */
async function staffSession(login: string): Promise<{ cookie: string; csrf: string }> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const post = async (url: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    keep(response);
    return (await response.json()) as { status: string; challengeId?: string; csrfToken?: string };
  };
  const first = await post('/api/identity/login', { login, password: ZHANG_SAN.password });
  const [message] = (await (await fetch(`${baseUrl}/api/dev/outbox?limit=1`)).json()) as { body: string }[];
  const code = /(\d{6})/.exec(message!.body)![1]!;
  const second = await post('/api/identity/login/second-factor', { challengeId: first.challengeId, code });
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return { cookie, csrf: second.csrfToken! };
}

describe('模拟环境 in the browser', () => {
  it('answers simulated: true on /api/health', async () => {
    const health = (await (await fetch(`${baseUrl}/api/health`)).json()) as { simulated?: boolean };
    expect(health.simulated).toBe(true);
  });

  it('marks a PDF it produces “模拟”: the 2018 business-environment report over its seeded history', async () => {
    const session = await staffSession('evaluator');
    const run = await fetch(`${baseUrl}/api/evaluations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ year: 2018 }),
    });
    expect(run.status).toBe(201);
    const { id } = (await run.json()) as { id: string };
    const pdf = await fetch(`${baseUrl}/api/evaluations/${id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('模拟');
    expect(text).toContain('模拟环境生成，非真实文书');
  });

  it(
    'shows the banner with the simulated time on every page, signed in or not',
    async () => {
      const { context, page } = await visitor();
      try {
        await page.goto('/');
        const banner = page.getByTestId('simulated-banner');
        expect(await textOf(banner)).toBe('模拟环境 · 模拟时间 2018-09-27 10:00');

        await page.goto('/login');
        expect(await textOf(page.getByTestId('simulated-banner'))).toContain('2018-09-27 10:00');
        const form = page.getByTestId('login-form');
        await form.getByLabel('手机号或工作账号').fill(ZHANG_SAN.phone);
        await form.getByLabel('密码', { exact: true }).fill(ZHANG_SAN.password);
        await form.locator('button[type="submit"]').click();
        await page.waitForURL(/\/account$/);
        expect(await textOf(page.getByTestId('simulated-banner'))).toContain('模拟时间 2018-09-27 10:00');
      } finally {
        await context.close();
      }
    },
    JOURNEY_TIMEOUT_MS,
  );
});
