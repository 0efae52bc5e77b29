import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEY_TIMEOUT_MS, textOf, useVisitor } from './browser';
import { latestOutboxId, readLatestCode } from './outbox';
import { PHONE_VIEWPORT, sidewaysOverflow } from './web-quality';

/**
 * Identity journeys: a resident registers and reaches the registry level; a legal representative
 * binds her company and authorises a handler, who then acts for it; an administrator logs in with
 * the SMS second factor. Residents without an account come from the seeded population registry.
 */
const PASSWORD = 'Yici@2018';
const SUN_XIUYING = { name: '孙秀英', idNumber: '370102196305180428', phone: '13605310005' };
const ZHAO_MIN = { name: '赵敏', idNumber: '370102199209214863', phone: '18605310004' };
const ZHANG_SAN = { name: '张三', idNumber: '370102199003071238', phone: '13805310001' };
const QUANCHENG_TRADE = { uscc: '91370102MA3D8Q2K5P', name: '济南泉诚商贸有限公司' };
const ADMIN = { login: 'admin', phone: '13900000000' };

let page: Page;
useVisitor((visitor) => ({ page } = visitor));

async function sessionIs(state: 'anonymous' | 'person' | 'staff') {
  await page.locator(`[data-testid="header-account"][data-session="${state}"]`).waitFor();
}

/** Registers through the form, confirms the SMS code and passes the registry check. */
async function registerAndVerify(person: { name: string; idNumber: string; phone: string }) {
  await page.goto('/register');
  await sessionIs('anonymous');
  const form = page.getByTestId('register-form');
  await form.getByLabel('姓名', { exact: true }).fill(person.name);
  await form.getByLabel('身份证号', { exact: true }).fill(person.idNumber);
  await form.getByLabel('手机号', { exact: true }).fill(person.phone);
  await form.getByLabel('设置密码', { exact: true }).fill(PASSWORD);
  await form.getByLabel('确认密码', { exact: true }).fill(PASSWORD);
  const before = await latestOutboxId(person.phone);
  await form.getByRole('button', { name: '注册并获取验证码' }).click();

  const verification = page.getByTestId('phone-verification');
  await verification.waitFor();
  const code = await readLatestCode(person.phone, { after: before });
  await verification.getByLabel('短信验证码').fill(code);
  await verification.getByRole('button', { name: '验证手机号' }).click();

  await page.getByTestId('registry-check').getByRole('button', { name: '与人口库核验' }).click();
  expect(await textOf(page.getByTestId('real-name-done'))).toContain('人口库核验');
}

async function openUserMenu(item: string) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function logout() {
  await openUserMenu('退出登录');
  await sessionIs('anonymous');
}

/** The password step; staff then see the second-factor step. */
async function submitPassword(login: string) {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
}

describe('identity', () => {
  it(
    'registers 孙秀英, verifies her phone and the registry, and shows 人口库核验 after logging in again',
    async () => {
      await registerAndVerify(SUN_XIUYING);
      await sessionIs('person');
      await logout();

      await submitPassword(SUN_XIUYING.phone);
      await page.waitForURL(/\/account$/);
      await sessionIs('person');
      expect(await textOf(page.getByTestId('user-name'))).toBe(SUN_XIUYING.name);
      expect(await textOf(page.getByTestId('real-name-level'))).toBe('人口库核验');
      expect(await textOf(page.getByTestId('id-number'))).toMatch(/^370102\*+0428$/);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'lets 赵敏 bind 济南泉诚商贸有限公司 and authorise 张三, who then acts for the company',
    async () => {
      await registerAndVerify(ZHAO_MIN);
      await openUserMenu('单位管理');
      await page.waitForURL(/\/account\/entities$/);
      const bindForm = page.getByTestId('bind-entity-form');
      await bindForm.getByLabel('统一社会信用代码').fill(QUANCHENG_TRADE.uscc);
      await bindForm.getByRole('button', { name: '绑定单位' }).click();

      const card = page.locator(`[data-testid="entity-card"][data-uscc="${QUANCHENG_TRADE.uscc}"]`);
      expect(await textOf(card)).toContain(QUANCHENG_TRADE.name);
      const authorise = card.getByTestId('authorise-handler-form');
      await authorise.getByLabel('经办人姓名').fill(ZHANG_SAN.name);
      await authorise.getByLabel('经办人身份证号').fill(ZHANG_SAN.idNumber);
      await authorise.locator('button[type="submit"]').click();
      const handlerRow = card.getByTestId('entity-bindings').getByRole('row').filter({ hasText: ZHANG_SAN.name });
      expect(await textOf(handlerRow)).toContain('经办人');
      await logout();

      await submitPassword(ZHANG_SAN.phone);
      await page.waitForURL(/\/account$/);
      const switcher = page.getByTestId('identity-switcher');
      expect(await textOf(switcher)).toBe('本人');
      await switcher.click();
      await page.getByRole('menuitem', { name: new RegExp(QUANCHENG_TRADE.name) }).click();
      await page.locator('[data-testid="identity-switcher"]', { hasText: QUANCHENG_TRADE.name }).waitFor();
      await page.getByTestId('account-profile').getByText(QUANCHENG_TRADE.name).waitFor();

      // A resident who opens a workbench page is told so, not shown an error.
      await page.goto('/workbench/admin/staff');
      await page.locator('[data-testid="forbidden"][data-reason="forbidden"]').waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'logs the administrator in with the SMS code and shows the staff list and the outbox',
    async () => {
      const before = await latestOutboxId(ADMIN.phone);
      await submitPassword(ADMIN.login);
      const secondFactor = page.getByTestId('second-factor-form');
      expect(await textOf(secondFactor.getByTestId('second-factor-sent-to'))).toContain('139****0000');
      await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(ADMIN.phone, { after: before }));
      await secondFactor.locator('button[type="submit"]').click();
      await page.waitForURL(/\/workbench$/);
      await sessionIs('staff');

      await page.getByTestId('workbench-menu').click();
      await page.getByRole('menuitem', { name: '工作人员管理' }).click();
      await page.waitForURL(/\/workbench\/admin\/staff$/);
      const staff = page.getByTestId('staff-table');
      await staff.getByRole('row').filter({ hasText: 'clerk.lixia' }).waitFor();
      expect(await textOf(staff.getByRole('row').filter({ hasText: 'reviewer.jinan' }))).toContain('审查员');
      // The list is read a page at a time along the server's cursors, with its count under it.
      expect(await textOf(page.getByTestId('cursor-pager-count'))).toMatch(/共 \d+ 个账号/);

      await page.getByTestId('workbench-menu').click();
      await page.getByRole('menuitem', { name: '短信发件箱' }).click();
      await page.waitForURL(/\/workbench\/admin\/outbox$/);
      const outbox = page.getByTestId('outbox-table');
      await outbox.getByRole('row').filter({ hasText: ADMIN.phone }).first().waitFor();
      expect(await textOf(outbox.getByRole('row').filter({ hasText: ADMIN.phone }).first())).toContain(
        '工作人员登录验证码',
      );
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'lets 张三 authorise a bank’s system from his data-use page, see what it may read, and withdraw it',
    async () => {
      // The administrator registers the bank's system, through the API here (its page has its own test).
      const before = await latestOutboxId(ADMIN.phone);
      await submitPassword(ADMIN.login);
      const secondFactor = page.getByTestId('second-factor-form');
      await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(ADMIN.phone, { after: before }));
      await secondFactor.locator('button[type="submit"]').click();
      await page.waitForURL(/\/workbench$/);
      const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'yici_csrf')?.value ?? '';
      const response = await page.request.post('/api/admin/service-accounts', {
        headers: { 'x-csrf-token': decodeURIComponent(csrf) },
        data: {
          name: '泉城银行开户核验系统',
          kind: 'partner',
          scopes: ['sharing:certificate_read', 'sharing:person_read'],
          personFields: ['name', 'householdAddress'],
          regionCode: '37',
        },
      });
      const registered = { status: response.status(), body: (await response.json()) as { clientId?: string } };
      expect(registered.status, JSON.stringify(registered.body)).toBe(201);
      await logout();

      await submitPassword(ZHANG_SAN.phone);
      await page.waitForURL(/\/account$/);
      await page.goto('/account/data-use');
      await page.getByTestId('data-use-to-consents').click();
      await page.waitForURL(/\/account\/sharing-consents$/);
      // The page is drawn after its address changes: wait for its own heading.
      await page.getByRole('heading', { level: 1, name: '我给部门系统的授权' }).waitFor();
      const form = page.getByTestId('consent-form');
      await form.getByLabel('对方系统的接入编号').fill(registered.body.clientId!);
      await form.getByLabel('用途').fill('开立银行账户核验身份');
      // 张三 lets the bank read his name but not his address, though its scope lists both. (Before
      // the date: Enter in the date field submits the form.)
      await form.getByTestId('consent-fields').getByLabel('户籍地址').uncheck();
      // Thirty days on, as the province counts days.
      const until = new Date(Date.now() + 8 * 3_600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
      const picker = form.getByLabel('有效至（含当天）');
      await picker.click();
      await picker.fill(until);
      await picker.press('Enter');
      // antd spaces out a two-character button label (授 权).
      await form.getByRole('button', { name: /^授\s*权$/ }).click();

      const row = page.getByTestId('consents-table').locator('tr.ant-table-row', { hasText: '泉城银行开户核验系统' });
      await row.getByTestId('consent-status').filter({ hasText: '有效' }).waitFor();
      const shown = await textOf(row);
      for (const part of ['开立银行账户核验身份', until, '姓名、电子证照（已按您的选择缩小）'])
        expect(shown).toContain(part);

      // On a phone the table is a stack of cards: nothing scrolls sideways at 390 px.
      await page.setViewportSize(PHONE_VIEWPORT);
      await row.getByTestId('consent-status').waitFor();
      const overflow = await sidewaysOverflow(page);
      expect(overflow.scrollWidth, overflow.culprits.join('; ')).toBeLessThanOrEqual(overflow.width);

      await row.getByRole('button', { name: /^撤\s*回$/ }).click();
      await page
        .locator('.ant-popconfirm:visible')
        .getByRole('button', { name: /^确\s*定$/ })
        .click();
      await row.getByTestId('consent-status').filter({ hasText: '已撤回' }).waitFor();
      expect(await row.getByRole('button', { name: /^撤\s*回$/ }).count()).toBe(0);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
