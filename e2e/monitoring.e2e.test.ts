import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useVisitor } from './browser';
import { acceptAtWindow, ACCOUNTS, applyOnline, logIn, type Account } from './journey-steps';

/**
 * 电子监察 in the browser, on a platform of its own in 模拟环境 (time can only be moved there):
 * 张三's food permit is accepted in 历下区 in 2018, the administrator moves the clock 30 working
 * days on, the pass cards the late task red and raises a 督办 order; the department (approver.lixia)
 * acknowledges it and explains with a promised date; the supervisor drills a count down to its list.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const SUPERVISOR: Account = { login: 'supervisor', phone: '13900000006', staff: true };
const START_TIMEOUT_MS = 400_000;
const JOURNEY_TIMEOUT_MS = 400_000;

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-e2e-monitoring-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const limits = Object.fromEntries(
    ['VERIFY', 'LOGIN', 'REGISTER', 'CODE', 'SUBMIT'].map((n) => [`YICI_LIMIT_${n}`, 'ip:100000/1m,account:100000/1m']),
  );
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      ...limits,
      PORT: String(port),
      YICI_DATA_DIR: dataDir,
      YICI_CLOCK: 'simulated',
      YICI_CLOCK_START: '2018-09-27T10:00:00+08:00',
      LOG_LEVEL: 'warn',
      YICI_DEV_OUTBOX_PUBLIC: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS - 10_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the simulated server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the simulated server did not start in time');
    await new Promise((r) => setTimeout(r, 500));
  }
  // This file's visitors and outbox reads go to its own server (each e2e file runs in its own process).
  process.env.E2E_BASE_URL = url;
}, START_TIMEOUT_MS);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

useVisitor((visitor) => ({ context, page } = visitor));

/** A write as the logged-in staff member, with the CSRF header the session cookie requires. */
async function post(path: string, body: unknown): Promise<number> {
  const csrf = (await context.cookies()).find((c) => c.name === 'yici_csrf')?.value ?? '';
  const res = await page.request.post(path, { data: body, headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
  return res.status();
}

describe('电子监察', () => {
  it(
    'a late task is carded red, its department acknowledges and explains the 督办 order, the supervisor drills a count',
    async () => {
      const base = process.env.E2E_BASE_URL!;
      const search = await fetch(`${base}/api/catalog/items?region=370102&q=${encodeURIComponent('食品经营许可')}`);
      const items = ((await search.json()) as { items: { code: string; regionCode: string | null }[] }).items;
      const code = items.find((i) => i.regionCode === '370102')!.code;
      const detail = (await (await fetch(`${base}/api/catalog/items/${code}`)).json()) as {
        item: { situations: { field: string; options: { label: string }[] }[] };
      };
      const choices = Object.fromEntries(detail.item.situations.map((s) => [s.field, s.options[0]!.label]));
      await logIn(page, context, ACCOUNTS.zhangSan);
      // A platform that has just seeded its history answers its first pages slowly: the wizard is
      // awaited once with room to spare before the journey's own steps and their usual timeouts.
      await page.goto(`/portal/apply?item=${code}`);
      await page.getByTestId('application-wizard').waitFor({ timeout: 180_000 });
      const caseId = await applyOnline(page, { path: `/portal/apply?item=${code}`, values: { choices, texts: {} } });
      await logIn(page, context, ACCOUNTS.clerkLixia);
      await acceptAtWindow(page, caseId);

      // Thirty working days later nobody has decided: the administrator moves the clock, a pass runs.
      await logIn(page, context, ACCOUNTS.admin);
      expect(await post('/api/admin/clock/advance', { workingDays: 30 })).toBe(200);
      await logIn(page, context, ACCOUNTS.admin);
      expect(await post('/api/monitoring/pass', {})).toBe(200);

      // The department acknowledges the order, then explains with a promised date.
      await logIn(page, context, ACCOUNTS.approverLixia);
      await page.goto('/workbench/monitoring');
      const order = page.getByTestId('order-card').first();
      await order.waitFor();
      const orders = await page.getByTestId('order-card').count();
      await order.getByTestId('acknowledge-order').click();
      await order.getByTestId('order-status').filter({ hasText: '已签收待说明' }).waitFor();
      await order.getByTestId('order-explanation').fill('审查中需补充现场核查，已安排专人办理，确保尽快办结。');
      await order.getByTestId('order-promised-on').fill('2018-12-28');
      await order.getByTestId('explain-order').click();
      // An explained order leaves the inbox (its history stays with the supervisors).
      await expect.poll(() => page.getByTestId('order-card').count()).toBe(orders - 1);
      await page.getByTestId('monitoring-cards').getByText('红牌').first().waitFor();

      // The supervisor: counts by city, then the list behind 济南市's.
      await logIn(page, context, SUPERVISOR);
      await page.goto('/workbench/monitoring/overview');
      const jinan = page.getByTestId('monitoring-counts').locator('tr', { hasText: '济南市' });
      await jinan.getByTestId('drill-count').click();
      const list = page.getByTestId('monitoring-card-list');
      await list.getByText('济南市：红黄牌清单').waitFor();
      await list.getByText('红牌').first().waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );
});
