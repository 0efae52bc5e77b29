import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useVisitor } from './browser';
import { ACCOUNTS, logIn, SMALL_PDF, type Account } from './journey-steps';

/**
 * The reform ledger and its bulletin, with the README's accounts: the supervisor's unannounced
 * inspection opens a rectification for 济南市行政审批服务局; reviewer.jinan (of that bureau)
 * reports it done with evidence; the supervisor accepts, drafts a bulletin, publishes it; anyone
 * reads it on the public page and downloads its sealed PDF.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

const SUPERVISOR: Account = { login: 'supervisor', phone: '13900000006', staff: true };
const JOURNEY_TIMEOUT_MS = 300_000;

/** A China date (UTC+8) some days from now, as the platform's real clock counts them. */
function chinaDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('台账 and 通报', () => {
  it(
    'inspection → rectification reported with evidence → accepted → bulletin drafted, published, read and downloaded',
    async () => {
      const findings = `暗访发现企业开办窗口仍要求复印件（${Date.now()}）`;
      const rectification = `取消营业执照复印件要求 ${Date.now()}`;
      await logIn(page, context, SUPERVISOR);
      await page.goto('/workbench/ledger-oversight');
      const form = page.locator('form').first();
      await form.getByLabel('地区代码', { exact: true }).fill('3701');
      await form.getByLabel('检查日期', { exact: true }).fill(chinaDay(0));
      await form.getByLabel('发现的问题', { exact: true }).fill(findings);
      await form.getByText('下达整改任务').click();
      await form.getByLabel('整改任务', { exact: true }).fill(rectification);
      await form.getByLabel('整改责任部门编码', { exact: true }).fill('3701-approval_bureau');
      await form.getByLabel('整改期限', { exact: true }).fill(chinaDay(30));
      await form.getByRole('button', { name: '保存记录' }).click();
      await page.getByText(findings).first().waitFor();

      // The bureau reports, with a scan as evidence, and asks for acceptance.
      await logIn(page, context, ACCOUNTS.reviewerJinan);
      await page.goto('/workbench/ledger');
      await page.getByTestId('ledger-task-link').filter({ hasText: rectification }).click();
      await page.getByTestId('report-form').waitFor();
      await page.getByTestId('report-summary').fill('已通知全部窗口取消复印件要求，并张贴告示。');
      await page
        .getByTestId('report-form')
        .locator('input[type=file]')
        .setInputFiles({ name: '告示照片.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
      await page.getByTestId('report-completes').click();
      await expect.poll(() => page.getByTestId('report-submit').isEnabled()).toBe(true);
      await page.getByTestId('report-submit').click();
      await page.getByTestId('report-sent').waitFor();

      // The supervisor accepts it: the milestone is done, its clock stopped.
      await logIn(page, context, SUPERVISOR);
      await page.goto('/workbench/ledger-reviews');
      const item = page.getByTestId('review-item').filter({ hasText: rectification });
      await item.getByTestId('review-accept').click();
      await page.locator('.ant-segmented-item').filter({ hasText: '全部' }).click();
      await page.getByTestId('review-item').filter({ hasText: rectification }).getByText('已通过').waitFor();

      // A bulletin for the last month, edited and published.
      await page.goto('/workbench/bulletins');
      await page.getByTestId('bulletin-from').fill(chinaDay(-30));
      await page.getByTestId('bulletin-to').fill(chinaDay(0));
      await page.getByTestId('bulletin-draft').click();
      await page.getByTestId('bulletin-edit-page').waitFor();
      await page.getByTestId('bulletin-introduction').fill('现将近一个月全省“一次办好”改革进展情况通报如下。');
      await page.getByTestId('bulletin-save').click();
      await page.getByTestId('bulletin-publish').click();
      await page.getByTestId('bulletin-status').getByText('已发布').waitFor();
      const number = (await page.getByTestId('bulletin-number').textContent())!;
      expect(number).toMatch(/^鲁一次办好通〔\d{4}〕\d+号$/);

      // Anyone reads it on the public page, with its charts, and downloads the sealed PDF.
      await context.clearCookies();
      await page.goto('/bulletins');
      await page.getByTestId('public-bulletin-item').filter({ hasText: number }).getByRole('link').click();
      await page.getByTestId('bulletin-view').waitFor();
      expect(await page.getByTestId('bulletin-number').textContent()).toBe(number);
      await page.getByTestId('bulletin-progress').waitFor();
      await page
        .getByRole('img', { name: '红牌数（按市）' })
        .or(page.getByText('本期无数据').first())
        .first()
        .waitFor();
      const href = (await page.getByTestId('bulletin-pdf').getAttribute('href'))!;
      const pdf = await fetch(`${baseUrl()}${href}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    },
    JOURNEY_TIMEOUT_MS,
  );
});
