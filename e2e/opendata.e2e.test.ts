import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, JOURNEY_TIMEOUT_MS, textOf, useVisitor } from './browser';

/**
 * The open-data portal as a visitor: browse the catalog by theme, open a dataset, read its fields,
 * filter and page its preview, download it and see the API to call.
 */
let page: Page;
useVisitor((visitor) => ({ page } = visitor));

async function chooseOption(testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

describe('open data', () => {
  it(
    'browses datasets by theme, opens one and reads its fields',
    async () => {
      await page.goto('/');
      await page.getByTestId('footer-open-data').click();
      await page.waitForURL(/\/open-data$/);
      await page.getByTestId('dataset-card-service-items').waitFor();
      expect(await page.getByTestId('open-data-theme-section').count()).toBeGreaterThanOrEqual(3);

      await chooseOption('open-data-theme', '机构信息');
      await page.waitForURL(/theme=/);
      await expect.poll(() => page.locator('[data-testid^="dataset-card-"]').count()).toBe(1);
      await page.getByTestId('dataset-card-departments').click();
      await page.waitForURL(/\/open-data\/departments$/);
      expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('政务服务部门');
      const fields = page.getByTestId('dataset-fields');
      await fields.getByText('统一社会信用代码').waitFor();
      const preview = page.getByTestId('dataset-preview');
      await preview.getByText(/共 \d+ 行/).waitFor();
      expect(await preview.locator('tbody tr.ant-table-row').count()).toBe(20);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'filters and pages a preview, downloads the dataset and shows how to call it',
    async () => {
      await page.goto('/open-data/working-calendar');
      const preview = page.getByTestId('dataset-preview');
      await preview.getByText(/共 \d+ 行/).waitFor();
      await preview
        .getByRole('listitem', { name: '2' })
        .or(preview.getByTitle('2', { exact: true }))
        .first()
        .click();
      await page.waitForURL(/page=2/);

      await chooseOption('dataset-filter-field', '日期');
      await page.getByTestId('dataset-filter-value').fill('2026-10-01');
      await page.getByTestId('dataset-filter-apply').click();
      await page.waitForURL(/field=date&value=2026-10-01/);
      await preview.getByText('共 1 行').waitFor();
      await preview.getByText('国庆节').waitFor();
      await preview.getByText('法定节假日').waitFor();

      const before = Number(await textOf(page.getByTestId('dataset-downloads')));
      for (const format of ['csv', 'json', 'xlsx']) {
        const href = await page.getByTestId(`dataset-download-${format}`).getAttribute('href');
        const response = await fetch(`${baseUrl()}${href}`);
        expect(response.status, format).toBe(200);
        expect(response.headers.get('content-disposition'), format).toContain(`working-calendar.${format}`);
        if (format === 'csv')
          expect((await response.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
            '日期,星期,工作日,类别,节日,预计',
          );
        else await response.arrayBuffer();
      }
      await page.reload();
      await expect.poll(async () => Number(await textOf(page.getByTestId('dataset-downloads')))).toBe(before + 3);
      expect(await textOf(page.getByTestId('dataset-api'))).toContain(
        '/api/open-data/datasets/working-calendar/rows?page=1',
      );
    },
    JOURNEY_TIMEOUT_MS,
  );
});
