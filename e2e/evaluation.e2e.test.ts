import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEY_TIMEOUT_MS, useVisitor } from './browser';
import { ACCOUNTS, logIn } from './journey-steps';

/**
 * 营商环境评价: the administrator runs the 2018 evaluation over the history seeded at first start;
 * anyone then opens the report (ranking, radar, breakdown) and downloads the sealed PDF.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

describe('the business-environment evaluation', () => {
  it(
    'runs 2018, shows 17 cities with 莱芜 and a radar, and downloads the sealed report',
    async () => {
      await logIn(page, context, ACCOUNTS.admin);
      await page.goto('/evaluations');
      await page.getByTestId('evaluation-year').fill('2018');
      await page.getByTestId('evaluation-run').click();
      await page.getByTestId('evaluation-ranking').waitFor();
      const url = page.url();
      expect(url).toMatch(/\/evaluations\/[0-9a-f-]{36}$/);

      // A visitor reads it.
      await context.clearCookies();
      await page.goto(url);
      const ranking = page.getByTestId('evaluation-ranking');
      await ranking.waitFor();
      await expect.poll(() => ranking.locator('tbody tr').count()).toBe(17);
      await ranking.getByText('莱芜市').waitFor();
      await page.locator('.echart svg').first().waitFor();
      await page.getByTestId('evaluation-breakdown').getByText('企业开办时间').waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evaluation-pdf').click()]);
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('YiciFileSignature');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'simulates 不动产 in parallel beside its baseline: the median falls and the ranking is shown',
    async () => {
      await logIn(page, context, ACCOUNTS.admin);
      await page.goto('/evaluations');
      await page.getByTestId('reforms-link').click();
      await page.getByTestId('reform-preset').click();
      await expect.poll(() => page.getByTestId('reform-drafts').locator('li').count()).toBe(2);
      // A drafted change reads as the sentence the server will write for it, never as its JSON.
      const drafts = page.getByTestId('reform-drafts');
      await expect
        .poll(() => drafts.textContent(), { timeout: 15_000 })
        .toMatch(/不动产转移登记[^：]*：「[^」]+」只等待 「[^」]+」/);
      await expect.poll(() => drafts.textContent(), { timeout: 15_000 }).toMatch(/承诺时限改为 3 个工作日/);
      expect(await drafts.textContent()).not.toContain('{"kind"');
      await page.getByLabel('模拟办件数（全部事项）').fill('20000');
      await page.getByTestId('reform-submit').click();
      // The background job picks it up; the list follows its progress until it is done.
      const result = page.getByTestId('reform-result');
      await result.waitFor({ timeout: JOURNEY_TIMEOUT_MS / 2 });
      const estate = page.getByTestId('reform-figures').locator('tr', { hasText: '不动产转移登记' });
      await estate.getByTestId('reform-delta').waitFor();
      expect(await estate.getByTestId('reform-delta').textContent()).toMatch(/^−/);
      await expect.poll(() => page.getByTestId('reform-ranking').locator('tbody tr').count()).toBe(17);
      await page.getByTestId('reform-assumptions').waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );
});
