import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEY_TIMEOUT_MS, textOf, useVisitor } from './browser';

/**
 * A citizen's first visit: search the catalog, read a guide, look at a bundle's flow, narrow the
 * catalog to a city. Runs against the built web app served by a seeded server (E2E_BASE_URL).
 */
let page: Page;
useVisitor((visitor) => ({ page } = visitor));

/** The result list once it shows the answer to exactly these filters, not the previous ones. */
async function settledResults(filters: Record<string, string> = {}): Promise<Locator> {
  const query = new URLSearchParams(filters).toString();
  const results = page.locator(`[data-testid="catalog-results"][aria-busy="false"][data-query="${query}"]`);
  await results.waitFor();
  return results;
}

describe('public catalog', () => {
  it(
    'finds 企业设立登记 from the home page search and shows its guide',
    async () => {
      await page.goto('/');
      const search = page.getByRole('searchbox', { name: '搜索政务服务事项' });
      await search.fill('开办');
      await search.press('Enter');
      await page.waitForURL(/\/catalog\?q=/);

      const results = await settledResults({ q: '开办' });
      await results
        .getByRole('link', { name: /企业设立登记/ })
        .first()
        .click();
      await page.waitForURL(/\/catalog\/items\/\w+/);

      expect(await textOf(page.getByTestId('guide-title'))).toContain('企业设立登记');
      await page.getByRole('heading', { name: '申请材料' }).waitFor();
      const materials = page.getByTestId('guide-materials-table');
      await materials.getByRole('columnheader', { name: '材料名称' }).waitFor();
      // The header row plus at least one material.
      expect(await materials.getByRole('row').count()).toBeGreaterThan(1);
      expect(await textOf(page.getByTestId('guide-promised-limit'))).toMatch(/^(即办|\d+ 个工作日)$/);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'draws the 企业开办 bundle with the licence step before seal engraving',
    async () => {
      await page.goto('/bundles');
      await page
        .getByTestId('bundles-page')
        .getByRole('link', { name: /企业开办/ })
        .first()
        .click();
      await page.waitForURL(/\/bundles\/[^/?]+$/);

      const flow = page.getByTestId('bundle-flow');
      await flow.waitFor();
      const steps = flow.locator('[data-step-key]');
      const licence = steps.filter({ has: page.getByRole('heading', { name: /营业执照|设立登记/ }) }).first();
      const seal = steps.filter({ has: page.getByRole('heading', { name: /印章|刻章|刻制/ }) }).first();
      await licence.waitFor();
      await seal.waitFor();

      const licenceBox = await licence.boundingBox();
      const sealBox = await seal.boundingBox();
      expect(licenceBox).not.toBeNull();
      expect(sealBox).not.toBeNull();
      // Columns run left to right in dependency order.
      expect(licenceBox!.x + licenceBox!.width).toBeLessThanOrEqual(sealBox!.x);
      expect(await textOf(seal)).toContain('前置：');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'narrows the catalog to 青岛市 with the region cascade',
    async () => {
      await page.goto('/catalog');
      await settledResults();

      await page.getByRole('combobox', { name: '行政区划' }).click();
      await page.getByRole('menuitemcheckbox', { name: '青岛市' }).click();
      await page.waitForURL(/[?&]region=3702(&|$)/);
      await page.keyboard.press('Escape');

      expect(await textOf(page.getByTestId('catalog-filters'))).toContain('青岛市');
      const results = await settledResults({ region: '3702' });
      const items = results.getByTestId('catalog-item');
      await items.first().waitFor();
      const regions: string[] = [];
      for (let index = 0; index < (await items.count()); index++) {
        regions.push((await items.nth(index).getAttribute('data-region')) ?? '');
      }
      // Implemented in Qingdao or one of its counties, or by the province for the whole of it.
      expect(regions.every((code) => code === '37' || code.startsWith('3702'))).toBe(true);
      expect(regions.some((code) => code.startsWith('3702'))).toBe(true);
      // One card per item, naming the levels that implement it there.
      const basicCodes: string[] = [];
      for (let index = 0; index < (await items.count()); index++) {
        basicCodes.push((await items.nth(index).getAttribute('data-basic-code')) ?? '');
      }
      expect(new Set(basicCodes).size).toBe(basicCodes.length);
      expect(await textOf(items.first().getByTestId('catalog-item-levels'))).toMatch(/（(省|市|县)级）/);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'answers 开公司 with the 企业开办 bundle above the items',
    async () => {
      await page.goto(`/catalog?q=${encodeURIComponent('我想开公司')}`);
      const bundles = page.getByTestId('catalog-bundles');
      await bundles.waitFor();
      const first = bundles.getByRole('link').first();
      expect(await first.getAttribute('data-testid')).toBe('bundle-card-enterprise-opening');
      const results = await settledResults({ q: '我想开公司' });
      await results
        .getByRole('link', { name: /企业设立登记/ })
        .first()
        .waitFor();
      // The bundles come first on the page.
      const [bundlesBox, resultsBox] = [await bundles.boundingBox(), await results.boundingBox()];
      expect(bundlesBox!.y).toBeLessThan(resultsBox!.y);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'finds a service point by its address and starts from the region chosen before',
    async () => {
      await page.goto('/service-points?region=370102&kind=hall');
      const table = page.getByTestId('service-point-table');
      const hallRow = table.getByText('历下区政务服务中心', { exact: true }).first();
      await hallRow.waitFor();
      const address = await textOf(table.getByText(/^山东省济南市历下区.+号$/).first());
      const street = address.replace(/^山东省济南市历下区/, '').replace(/\d+号$/, '');

      const search = page.locator('#service-point-search');
      await search.fill(street);
      await search.press('Enter');
      await page.waitForURL(/[?&]q=/);
      await table.getByText('历下区政务服务中心', { exact: true }).first().waitFor();

      // Back without a region in the address: the visitor's 历下区 is where the list starts.
      await page.goto('/service-points');
      await page.getByTestId('service-point-table').getByText('历下区政务服务中心', { exact: true }).first().waitFor();
      expect(await textOf(page.getByTestId('service-point-region'))).toContain('历下区');
    },
    JOURNEY_TIMEOUT_MS,
  );
});
