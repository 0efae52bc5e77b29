import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useVisitor } from './browser';
import { acceptAtWindow, ACCOUNTS, applyOnline, denyOpenTask, logIn, type Account } from './journey-steps';

/**
 * The citizen's voice, closed-loop, with the README's accounts: hotline.jinan takes 张三's call at
 * the keyboard and dispatches it by the catalogue, approver.lixia signs and replies for the
 * department, the operator revisits; then 张三 rates a completed case of his (一事一评).
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

const OPERATOR: Account = { login: 'hotline.jinan', phone: '13900000005', staff: true };
const SUPERVISOR: Account = { login: 'supervisor', phone: '13900000006', staff: true };
const JOURNEY_TIMEOUT_MS = 400_000;

describe('12345 and 好差评', () => {
  it(
    'intake → dispatch → the department signs and replies → revisit; 张三 rates his completed case',
    async () => {
      // The operator takes the call: phone, Tab, name, what the caller says; Ctrl+Enter dispatches.
      await logIn(page, context, OPERATOR);
      await page.goto('/workbench/hotline');
      const text = `泉城路一家餐馆后厨卫生差（${Date.now()}）`;
      await page.getByTestId('caller-phone').fill(ACCOUNTS.zhangSan.phone);
      await page.keyboard.press('Tab');
      await page.getByTestId('caller-name').fill('张三');
      await page.getByTestId('ticket-text').fill(text);
      await page.getByTestId('ticket-text').press('Control+Enter');
      await page.getByText('已派往 历下区市场监督管理局').waitFor();

      // The department (approver.lixia holds 历下区's departments) signs and replies.
      await logIn(page, context, ACCOUNTS.approverLixia);
      await page.goto('/workbench/tickets');
      await page
        .getByTestId('ticket-item')
        .filter({ hasText: text.slice(0, 20) })
        .first()
        .click();
      await page.getByTestId('sign-ticket').click();
      await page.getByTestId('reply-text').fill('已现场检查并责令整改。');
      await page.getByTestId('reply-ticket').click();
      await page.getByTestId('ticket-card').getByText('已答复待回访').waitFor();

      // The operator calls back: solved and satisfied closes it.
      await logIn(page, context, OPERATOR);
      await page.goto('/workbench/hotline');
      const revisit = page.getByTestId('revisit-item').filter({ hasText: '历下区市场监督管理局' }).first();
      await revisit.getByRole('button', { name: '已解决，满意' }).click();
      await expect.poll(() => page.getByTestId('revisit-item').count()).toBe(0);

      // 张三 applies for a food permit; the clerk accepts; the department decides (a denial completes it too).
      const search = await fetch(
        `${baseUrl()}/api/catalog/items?region=370102&q=${encodeURIComponent('食品经营许可')}`,
      );
      // 历下区's own implementation, so that its window and departments take it.
      const items = ((await search.json()) as { items: { code: string; regionCode: string | null }[] }).items;
      const code = items.find((i) => i.regionCode === '370102')!.code;
      // The item's form asks its situations: the first option of each.
      const detail = (await (await fetch(`${baseUrl()}/api/catalog/items/${code}`)).json()) as {
        item: { situations: { field: string; options: { label: string }[] }[] };
      };
      const choices = Object.fromEntries(detail.item.situations.map((s) => [s.field, s.options[0]!.label]));
      await logIn(page, context, ACCOUNTS.zhangSan);
      const caseId = await applyOnline(page, { path: `/portal/apply?item=${code}`, values: { choices, texts: {} } });
      await logIn(page, context, ACCOUNTS.clerkLixia);
      await acceptAtWindow(page, caseId);
      await logIn(page, context, ACCOUNTS.approverLixia);
      await denyOpenTask(page, caseId, '经营场所不符合食品安全要求');

      // 张三 rates it from his case page: once.
      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto(`/portal/cases/${caseId}`);
      const rating = page.getByTestId('case-rating');
      await rating.getByText('满意', { exact: true }).click();
      await rating.getByText('办理快捷', { exact: true }).click();
      await page.getByTestId('submit-rating').click();
      await rating.getByText('您的评价：满意').waitFor();
      expect(await page.getByTestId('submit-rating').count()).toBe(0);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it("a supervisor opens the tickets behind a figure: the link's filters show as chips and clear", async () => {
    await logIn(page, context, SUPERVISOR);
    await page.goto('/workbench/tickets?region=370102&from=2020-01-01&to=2099-12-31');
    await page.getByRole('heading', { name: '12345 工单' }).waitFor();
    await expect.poll(() => page.getByTestId('ticket-filter-region').textContent()).toContain('历下区');
    expect(await page.getByTestId('ticket-filter-period').textContent()).toContain('2020-01-01');
    await expect.poll(() => page.getByTestId('ticket-item').count()).toBeGreaterThan(0);
    await page
      .getByTestId('ticket-filter-period')
      .getByLabel(/清除筛选/)
      .click();
    await expect.poll(() => page.getByTestId('ticket-filter-period').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('region')).toBe('370102');
    await page.getByTestId('clear-filters').click();
    await expect.poll(() => page.getByTestId('ticket-filters').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
  });
});
