import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useVisitor } from './browser';
import { acceptAtWindow, ACCOUNTS, applyOnline, denyOpenTask, logIn, type Account } from './journey-steps';

/**
 * 12345 from the citizen's side, with the README's accounts: 张三 files a request on the portal
 * (anonymous to the department), the centre dispatches it, approver.lixia signs and replies for
 * 历下区市场监督管理局, the operator revisits, and 张三 follows it to the end. Then the window's
 * rating screen: 张三 rates a completed case at window 3 of 历下区's hall and asks for follow-up,
 * which opens a ticket (channel "rating") that the centre sees and the rating desk lists.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

const OPERATOR: Account = { login: 'hotline.jinan', phone: '13900000005', staff: true };
const SUPERVISOR: Account = { login: 'supervisor', phone: '13900000006', staff: true };
const JOURNEY_TIMEOUT_MS = 400_000;

/** Picks an option of an antd select by the select's label. */
async function choose(label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).last().click();
}

/** 张三 applies for a food permit at 历下区, the clerk accepts it and the department denies it (a completed case). */
async function completedCaseOfZhang(): Promise<string> {
  const search = await fetch(`${baseUrl()}/api/catalog/items?region=370102&q=${encodeURIComponent('食品经营许可')}`);
  const items = ((await search.json()) as { items: { code: string; regionCode: string | null }[] }).items;
  const code = items.find((i) => i.regionCode === '370102')!.code;
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
  return caseId;
}

describe('12345 on the portal and the window’s rating screen', () => {
  it(
    '张三 files on the portal → the centre dispatches → the department signs and replies → revisit → 张三 sees it closed',
    async () => {
      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto('/portal/tickets');
      const text = `小区门口早餐摊占道经营，油烟扰民（${Date.now()}）`;
      await choose('诉求类别', '市场监管与食品安全');
      await choose('所在市', '济南市');
      await choose('所在区县（可不选）', '历下区');
      await page.getByTestId('ticket-text').fill(text);
      await page.getByTestId('ticket-anonymous').check();
      await page.getByTestId('file-ticket').click();
      const filed = page.getByTestId('ticket-filed');
      await filed.waitFor();
      const number = /工单编号 (\d+)/.exec((await filed.textContent()) ?? '')![1]!;
      const mine = page.locator(`tr[data-ticket-number="${number}"]`);
      await mine.getByText('待派单', { exact: true }).first().waitFor();

      // The centre dispatches it by the catalogue.
      await logIn(page, context, OPERATOR);
      await page.goto('/workbench/tickets');
      await page.getByTestId('ticket-item').filter({ hasText: number }).first().click();
      await page.getByTestId('dispatch').click();
      await page.getByTestId('ticket-card').getByText('待签收').waitFor();

      // The department signs and replies; it does not see who filed (anonymous).
      await logIn(page, context, ACCOUNTS.approverLixia);
      await page.goto('/workbench/tickets');
      await page.getByTestId('ticket-item').filter({ hasText: number }).first().click();
      await page.getByTestId('ticket-card').getByText(text.slice(0, 12)).waitFor();
      expect(await page.getByTestId('ticket-card').textContent()).not.toContain('张三');
      await page.getByTestId('sign-ticket').click();
      await page.getByTestId('reply-text').fill('已责令摊主入室经营，城管将持续巡查。');
      await page.getByTestId('reply-ticket').click();
      await page.getByTestId('ticket-card').getByText('已答复待回访').waitFor();

      // The operator calls 张三 back: solved and satisfied closes it.
      await logIn(page, context, OPERATOR);
      await page.goto('/workbench/hotline');
      await page
        .getByTestId('revisit-item')
        .filter({ hasText: number })
        .getByRole('button', { name: '已解决，满意' })
        .click();
      await expect.poll(() => page.getByTestId('revisit-item').filter({ hasText: number }).count()).toBe(0);

      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto('/portal/tickets');
      await page.locator(`tr[data-ticket-number="${number}"]`).getByText('已办结', { exact: true }).first().waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'the window’s rating screen takes 张三’s rating of his case; asking for follow-up opens a ticket',
    async () => {
      const caseId = await completedCaseOfZhang();
      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto('/portal/rate/hall-370102/3');
      // The screen names its hall as well as its window.
      await page
        .getByTestId('hall-rating-page')
        .getByRole('heading', { name: '历下区政务服务中心 · 3 号窗口 服务评价' })
        .waitFor();
      await page.locator(`[data-testid="hall-case"][data-case-id="${caseId}"]`).click();
      await page.getByTestId('hall-level-4').click();
      await page.getByText('办理时间长', { exact: true }).click();
      await page.getByTestId('hall-follow-up').check();
      await page.getByTestId('hall-submit').click();
      await page.getByTestId('hall-thanks').getByText('已生成 12345 工单').waitFor();

      // The ticket is 张三's, from the rating, waiting for the centre.
      await page.goto('/portal/tickets');
      await page.getByTestId('my-tickets').getByText('投诉 · 评价回访').first().waitFor();

      // The rating desk lists the bad rating with its rectification to begin.
      await logIn(page, context, SUPERVISOR);
      await page.goto('/workbench/ratings');
      await page.getByTestId('rating-desk-page').getByText('3 号窗口').first().waitFor();

      // The centre sees the ticket to dispatch.
      await logIn(page, context, OPERATOR);
      await page.goto('/workbench/tickets');
      await page.getByTestId('ticket-item').filter({ hasText: '评价回访' }).first().waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );
});
