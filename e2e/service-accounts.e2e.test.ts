import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, JOURNEY_TIMEOUT_MS, textOf, useVisitor } from './browser';
import { latestOutboxId, readLatestCode } from './outbox';
import { PHONE_VIEWPORT, sidewaysOverflow, visibleCodeWords } from './web-quality';

/**
 * The administrator's service-account page: register a department system, read its client secret
 * the one time it is shown, rotate it (the old one stays valid through the overlap), disable it.
 */
const PASSWORD = 'Yici@2018';
const ADMIN = { login: 'admin', phone: '13900000000' };
const NAME = '历下区市场监管局业务系统';

let page: Page;
useVisitor((visitor) => ({ page } = visitor));

async function logInAsAdministrator() {
  const before = await latestOutboxId(ADMIN.phone);
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(ADMIN.login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
  const secondFactor = page.getByTestId('second-factor-form');
  await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(ADMIN.phone, { after: before }));
  await secondFactor.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench$/);
}

/**
 * The token endpoint answers for these client credentials (the secret works) or not. Sent as a
 * machine would, without the administrator's session cookie (a cookie would make it a session request).
 */
async function tokenStatus(clientId: string, secret: string): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('service accounts', () => {
  it(
    'registers a department system, shows its secret once, rotates it with an overlap and disables it',
    async () => {
      await logInAsAdministrator();
      await page.getByTestId('workbench-menu').click();
      await page.getByRole('menuitem', { name: '服务账号' }).click();
      await page.waitForURL(/\/workbench\/admin\/service-accounts$/);
      await page.getByRole('heading', { level: 1, name: '服务账号' }).waitFor();

      await page.getByRole('button', { name: '登记服务账号' }).click();
      const form = page.getByTestId('register-service-account-form');
      await form.getByLabel('名称').fill(NAME);
      await form.getByTestId('service-account-kind').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="部门业务系统"]').click();
      await form.getByLabel('身份核验').check();
      await form.getByLabel('订阅办件与证照事件').check();
      await form.getByLabel('数据范围（区划代码）').fill('370102');
      await page
        .locator('.ant-modal:visible')
        .getByRole('button', { name: /^登\s*记$/ })
        .click();

      // The secret, once, with the warning and a copy button.
      const issued = page.getByTestId('issued-secret');
      await issued.waitFor();
      expect(await textOf(issued)).toContain('只显示这一次');
      await issued.getByRole('button', { name: /^复\s*制$/ }).waitFor();
      const clientId = await textOf(issued.getByTestId('issued-client-id'));
      const first = await issued.getByTestId('issued-client-secret').inputValue();
      expect(first.length).toBeGreaterThanOrEqual(40);
      await page.getByRole('button', { name: '我已保存' }).click();
      await issued.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(first);
      expect(await tokenStatus(clientId, first)).toBe(200);

      const row = page.getByTestId('service-accounts-table').locator('tr.ant-table-row', { hasText: clientId });
      const shown = await textOf(row);
      for (const part of [NAME, '部门业务系统', '身份核验', '订阅办件与证照事件', '370102', '启用', '使用中'])
        expect(shown).toContain(part);

      // Rotation: a new secret; the first keeps working through the overlap; both are listed.
      await row.getByRole('button', { name: '轮换密钥' }).click();
      await page.getByTestId('rotate-secret').waitFor();
      await page.locator('.ant-modal:visible').getByRole('button', { name: '生成新密钥' }).click();
      await issued.waitFor();
      const second = await issued.getByTestId('issued-client-secret').inputValue();
      expect(second).not.toBe(first);
      await page.getByRole('button', { name: '我已保存' }).click();
      await expect.poll(() => row.getByTestId('account-secret').count()).toBe(2);
      expect(await textOf(row.getByTestId('account-secrets'))).toMatch(/过渡期至[\s\S]*使用中/);
      expect(await tokenStatus(clientId, first)).toBe(200);
      expect(await tokenStatus(clientId, second)).toBe(200);

      // The detail shows the account's subscriptions (none yet).
      // antd spaces two-character labels (详 情).
      await row.getByRole('button', { name: /^详\s*情$/ }).click();
      await page.getByTestId('account-detail').getByText('该账号尚未订阅事件').waitFor();

      // Nothing scrolls sideways at 390 px, and no code word shows.
      await page.setViewportSize(PHONE_VIEWPORT);
      await row.getByTestId('account-status').waitFor();
      const overflow = await sidewaysOverflow(page);
      expect(overflow.scrollWidth, overflow.culprits.join('; ')).toBeLessThanOrEqual(overflow.width);
      expect(await visibleCodeWords(page)).toEqual([]);

      await row.getByRole('button', { name: '停用账号' }).click();
      await page
        .locator('.ant-popconfirm:visible')
        .getByRole('button', { name: /^确\s*定$/ })
        .click();
      await row.getByTestId('account-status').filter({ hasText: '已停用' }).waitFor();
      expect(await row.getByRole('button', { name: '轮换密钥' }).count()).toBe(0);
      expect(await tokenStatus(clientId, second)).toBe(400);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
