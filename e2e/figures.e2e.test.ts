import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useVisitor } from './browser';
import { ACCOUNTS, applyOnline, logIn, type Account } from './journey-steps';

/**
 * The figures of the reform as the supervisor reads them: 张三 files a case in 历下区; the
 * supervisor opens the province's figures, drills down to 济南市 by its row, and from the city's
 * case count to the cases behind it, where 张三's case is listed. The public page shows the
 * province's headline only.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

const SUPERVISOR: Account = { login: 'supervisor', phone: '13900000006', staff: true };
const JOURNEY_TIMEOUT_MS = 300_000;

describe('改革指标', () => {
  it(
    'a supervisor drills from the province to a city and to the cases behind a figure',
    async () => {
      const search = await fetch(
        `${baseUrl()}/api/catalog/items?region=370102&q=${encodeURIComponent('食品经营许可')}`,
      );
      const items = ((await search.json()) as { items: { code: string; regionCode: string | null }[] }).items;
      const code = items.find((i) => i.regionCode === '370102')!.code;
      const detail = (await (await fetch(`${baseUrl()}/api/catalog/items/${code}`)).json()) as {
        item: { situations: { field: string; options: { label: string }[] }[] };
      };
      const choices = Object.fromEntries(detail.item.situations.map((s) => [s.field, s.options[0]!.label]));
      await logIn(page, context, ACCOUNTS.zhangSan);
      const caseId = await applyOnline(page, { path: `/portal/apply?item=${code}`, values: { choices, texts: {} } });

      await logIn(page, context, SUPERVISOR);
      await page.goto('/workbench/figures');
      await page.getByTestId('figures-headline').waitFor();
      await expect.poll(() => page.getByTestId('figures-headline').textContent()).toContain('山东省');
      // The province ranks its 16 cities of today; 济南市's row drills down.
      await page
        .locator('[data-testid="figures-children"] tr[data-row-key="3701"] [data-testid="figures-drill"]')
        .click();
      await expect.poll(() => page.getByTestId('figures-headline').textContent()).toContain('济南市');
      expect(await page.getByTestId('figures-path').textContent()).toContain('山东省');

      // The follower folds the new case within seconds: reload until the city's cases list it.
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByTestId('figure-all').click();
            await page.getByTestId('figures-cases-page').waitFor();
            await page.waitForLoadState('networkidle');
            const listed = await page
              .locator(`[data-testid="figures-cases"] a[href="/workbench/cases/${caseId}"]`)
              .count();
            if (listed === 0) await page.goBack();
            return listed;
          },
          { timeout: 60_000, interval: 2_000 },
        )
        .toBe(1);
      await page.locator(`[data-testid="figures-cases"] a[href="/workbench/cases/${caseId}"]`).click();
      await page.waitForURL(new RegExp(`/workbench/cases/${caseId}$`));

      // Anyone sees the province's headline, and nothing below it.
      await context.clearCookies();
      await page.goto('/figures');
      await page.getByTestId('public-figures-page').getByText('3545 改革目标').waitFor();
      expect(await page.getByTestId('figures-children').count()).toBe(0);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
