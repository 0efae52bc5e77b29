import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useVisitor } from './browser';
import { ACCOUNTS, applyOnline, logIn } from './journey-steps';
import { PAGES, type Audience } from './routes';
import {
  PHONE_VIEWPORT,
  seriousAccessibilityFindings,
  settle,
  sidewaysOverflow,
  visibleCodeWords,
  type AxeFinding,
} from './web-quality';

/**
 * Every page of the router (e2e/routes.ts) at 390 px as the people who may open it: the page never
 * scrolls sideways, shows no code words, and — on the public pages and the apply flow — axe-core
 * finds nothing serious or critical. A screenshot of each page is kept in .tmp/e2e-screens/phone/.
 */
const SCREENS = path.resolve('.tmp/e2e-screens/phone');
// Three audiences, about forty pages, one application filed on a slow machine.
const PHONE_TIMEOUT_MS = 600_000;
const APPLY_PATH = '/portal/apply?bundle=enterprise-opening&region=370102';
const ENTERPRISE_OPENING = {
  choices: {
    entity_form: '有限责任公司',
    seal_kind: '单位公章',
    bank_name: '齐鲁银行',
    taxpayer_type: '小规模纳税人',
    accounting_standard: '小企业会计准则',
    invoice_type: '数电普通发票',
  },
  texts: {
    entity_name: '济南小屏幕信息技术有限公司',
    residence: '山东省济南市历下区泉城路 180 号',
    registered_capital: '100',
    business_scope: '软件开发；信息技术咨询服务',
    investors: '张三，370102199003071238，100 万元，货币',
    engraving_company: '济南泉城印章有限公司',
    contact_name: '张三',
    tax_officer_name: '张三',
    tax_officer_id_number: '370102199003071238',
    tax_officer_phone: '13805310001',
    employee_count: '5',
    housing_fund_rate: '8',
  },
};

const HOTLINE_OPERATOR = { login: 'hotline.jinan', phone: '13900000005', staff: true };
const DEPARTMENT_HEAD = { login: 'approver.jinan', phone: '13900000003', staff: true };
const SUPERVISOR = { login: 'supervisor', phone: '13900000006', staff: true };

let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

type Problems = string[];
const samples: Record<string, string> = {
  ':code': '',
  ':id': '',
  ':identifier': '',
  ':case': '',
  // The rating screen of 历下区's hall, window 3.
  ':servicePointId': 'hall-370102',
  ':window': '3',
  ':dataset': 'service-points',
};

function slug(url: string): string {
  return url.replace(/[^\w\u4e00-\u9fff-]+/g, '_').replace(/^_|_$/g, '') || 'home';
}

/** Opens one page at phone width and notes every rule it breaks. */
async function check(url: string, problems: Problems, options: { axe: boolean }): Promise<void> {
  await page.goto(url);
  await settle(page);
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${slug(url)}.png`), fullPage: true });
  const overflow = await sidewaysOverflow(page);
  if (overflow.scrollWidth > overflow.width)
    problems.push(`${url}: ${overflow.scrollWidth} px wide at ${overflow.width} px — ${overflow.culprits.join('; ')}`);
  const words = await visibleCodeWords(page);
  if (words.length > 0) problems.push(`${url}: code words on the page: ${words.join(', ')}`);
  if (options.axe) {
    const findings: AxeFinding[] = await seriousAccessibilityFindings(page);
    for (const finding of findings)
      problems.push(`${url}: axe ${finding.impact} ${finding.id} (${finding.help}) at ${finding.targets.join(' | ')}`);
  }
}

function pagesFor(audience: Audience): string[] {
  return Object.entries(PAGES)
    .filter(([, who]) => who === audience)
    .map(([pattern]) => pattern);
}

/** A pattern with its parameters filled from the records found; `/*` is a page that does not exist. */
function urlFor(pattern: string, fill: Record<string, string>): string {
  if (pattern === '/*') return '/no-such-page';
  if (pattern === '/verify/share/:code') return '/verify/share/ABCDEFGHJKMN';
  const url = pattern.replace(/:\w+/g, (param) => {
    const value = fill[param];
    if (!value) throw new Error(`no sample for ${param} in ${pattern}`);
    return encodeURIComponent(value);
  });
  // An identifier ends in ".<check>": its pages end in a slash, as the app links them (certificate-paths.ts).
  return pattern.endsWith(':identifier') ? `${url}/` : url;
}

async function firstOf<T>(url: string, pick: (body: T) => string | undefined): Promise<string> {
  const response = await fetch(`${baseUrl()}${url}`);
  const value = pick((await response.json()) as T);
  if (!value) throw new Error(`${url} gave nothing to visit`);
  return value;
}

describe('at phone width (390 px)', () => {
  it(
    'no page scrolls sideways, shows a code word or has a serious accessibility fault',
    async () => {
      await page.setViewportSize(PHONE_VIEWPORT);
      const problems: Problems = [];

      // Public pages, as a visitor: real records fill the parameters.
      samples[':code'] = await firstOf<{ items: { code: string }[] }>(
        '/api/catalog/items?region=370102&pageSize=1',
        (body) => body.items[0]?.code,
      );
      samples[':id'] = await firstOf<{ id: string }[]>('/api/catalog/bundles', (body) => body[0]?.id);

      // 张三 files an application (the apply flow itself is checked as he goes) and opens his pages.
      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto(APPLY_PATH);
      await page.getByTestId('application-wizard').waitFor();
      await check(APPLY_PATH, problems, { axe: true });
      const caseId = await applyOnline(page, { path: APPLY_PATH, values: ENTERPRISE_OPENING });
      await page.goto('/account/certificates');
      const card = page.getByTestId('certificate-card').first();
      await card.waitFor();
      const identifier = decodeURIComponent((await card.getAttribute('href'))!.split('/').filter(Boolean).pop()!);
      const person = { ...samples, ':id': caseId, ':identifier': identifier };
      for (const pattern of pagesFor('person')) {
        if (pattern === '/portal/apply') continue; // checked above, mid-flow
        await check(urlFor(pattern, person), problems, { axe: false });
      }

      // The administrator's workbench, then the window clerk's tools.
      await logIn(page, context, ACCOUNTS.admin);
      const staff = { ...samples, ':id': caseId };
      for (const pattern of pagesFor('staff')) {
        // /workbench/tasks/:id is given the case's id: no task has it, and the page says so.
        await check(urlFor(pattern, staff), problems, { axe: false });
      }
      await logIn(page, context, ACCOUNTS.clerkLixia);
      for (const pattern of pagesFor('window')) await check(urlFor(pattern, staff), problems, { axe: false });
      await logIn(page, context, HOTLINE_OPERATOR);
      for (const pattern of pagesFor('hotline')) await check(urlFor(pattern, staff), problems, { axe: false });
      await logIn(page, context, DEPARTMENT_HEAD);
      for (const pattern of pagesFor('department')) await check(urlFor(pattern, staff), problems, { axe: false });
      await logIn(page, context, SUPERVISOR);
      for (const pattern of pagesFor('supervisor')) await check(urlFor(pattern, staff), problems, { axe: false });

      // Last, the public pages as an anonymous visitor, with axe.
      await context.clearCookies();
      const visitor = { ...samples, ':identifier': identifier };
      for (const pattern of pagesFor('public')) await check(urlFor(pattern, visitor), problems, { axe: true });

      expect(problems).toEqual([]);
    },
    PHONE_TIMEOUT_MS,
  );

  it('folds the header into one row with a menu button that opens the navigation', async () => {
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.goto('/');
    await settle(page);
    const header = page.getByTestId('app-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
    const navigation = page.getByRole('navigation', { name: '主导航' });
    expect(await navigation.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: '菜单' });
    await expect.poll(async () => (await toggle.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(36);
    await toggle.click();
    await navigation.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await navigation.getByRole('link', { name: '一件事' }).click();
    await page.waitForURL(/\/bundles$/);
    // Moving on folds the menu again.
    await expect.poll(() => navigation.isVisible()).toBe(false);
  });
});
