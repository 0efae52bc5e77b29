import { CertificateSchema, type Certificate } from '@yici/contracts';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, JOURNEY_TIMEOUT_MS, textOf, useVisitor } from './browser';
import { openedForm } from './journey-steps';
import { latestOutboxId, readLatestCode } from './outbox';

/**
 * 证照管理: the Jinan approver renews 张三's household register (issued by 历下区公安局, region
 * 370102, inside the approver's 3701), sees the old one verify as replaced, then revokes the new one.
 */
const PASSWORD = 'Yici@2018';
const ZHANG_SAN = { phone: '13805310001' };
const APPROVER = { login: 'approver.jinan', phone: '13900000003' };

let page: Page;
useVisitor((visitor) => ({ page } = visitor));

/** 张三's valid household register, read through the API as he would see it in 我的证照. */
async function findHouseholdRegister(): Promise<Certificate> {
  const login = await fetch(`${baseUrl()}/api/identity/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ login: ZHANG_SAN.phone, password: PASSWORD }),
  });
  expect(login.ok, `张三's login answered ${login.status}`).toBe(true);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl()}/api/me/certificates`, { headers: { cookie, accept: 'application/json' } });
  expect(response.ok, `GET /api/me/certificates answered ${response.status}`).toBe(true);
  const certificates = CertificateSchema.array().parse(await response.json());
  const register = certificates.find(
    (certificate) => certificate.type.slug === 'household_register' && certificate.status === 'valid',
  );
  if (!register) throw new Error('张三 has no valid household register');
  return register;
}

/** Password, then the SMS code the approver reads on their phone. */
async function logInAsApprover() {
  const before = await latestOutboxId(APPROVER.phone);
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(APPROVER.login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
  const secondFactor = page.getByTestId('second-factor-form');
  await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(APPROVER.phone, { after: before }));
  await secondFactor.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench$/);
}

function managedCertificate(identifier: string, status: string): Locator {
  return page.locator(`[data-testid="managed-certificate"][data-identifier="${identifier}"][data-status="${status}"]`);
}

/** Opens the action's dialog, gives the reason and confirms. */
async function act(action: 'renew' | 'revoke', reason: string) {
  await page.getByTestId(`action-${action}`).click();
  const form = await openedForm(page, page.locator(`[data-testid="certificate-action-form"][data-action="${action}"]`));
  await form.getByLabel('理由').fill(reason);
  await page.getByTestId('confirm-action').click();
}

/** The public page a QR code leads to, opened by the identifier alone. */
async function openVerification(identifier: string): Promise<Locator> {
  await page.goto(`/verify/${encodeURIComponent(identifier)}/`);
  return page.getByTestId('verification-result');
}

async function verdictOf(result: Locator): Promise<string> {
  const word = await textOf(result.getByTestId('verification-verdict').locator('.verification-verdict-word'));
  return word.replace(/\s/g, '');
}

describe('certificate lifecycle', () => {
  it(
    'lets the Jinan approver renew 张三’s household register, then revoke the renewed one',
    async () => {
      const original = await findHouseholdRegister();
      await logInAsApprover();

      await page.getByTestId('workbench-menu').click();
      await page.getByRole('menuitem', { name: '证照管理' }).click();
      await page.waitForURL(/\/workbench\/certificates\/manage$/);
      const lookup = page.getByLabel('证照标识或核验链接');
      await lookup.fill(original.identifier);
      await lookup.press('Enter');
      const current = managedCertificate(original.identifier, 'valid');
      expect(await textOf(current.getByTestId('certificate-summary'))).toContain('历下区公安局');

      await act('renew', '有效期届满前申请续期');
      const result = page.locator('[data-testid="certificate-action-result"][data-action="renew"]');
      const successor = await textOf(result.getByTestId('successor-identifier'));
      expect(successor).not.toBe(original.identifier);
      // The old certificate, refreshed, now points to its successor.
      expect(await textOf(managedCertificate(original.identifier, 'replaced').getByTestId('replaced-by'))).toBe(
        successor,
      );

      const replaced = await openVerification(original.identifier);
      expect(await verdictOf(replaced)).toBe('无效');
      expect(await textOf(replaced.locator('[data-testid="verification-reasons"] [data-code="REPLACED"]'))).toContain(
        '已被换发',
      );

      await page.goto(`/workbench/certificates/manage?identifier=${encodeURIComponent(successor)}`);
      await managedCertificate(successor, 'valid').waitFor();
      await act('revoke', '户籍信息有误，依申请注销');
      await page.locator('[data-testid="certificate-action-result"][data-action="revoke"]').waitFor();
      await managedCertificate(successor, 'revoked').waitFor();

      const revoked = await openVerification(successor);
      expect(await verdictOf(revoked)).toBe('无效');
      expect(await textOf(revoked.locator('[data-testid="verification-reasons"] [data-code="REVOKED"]'))).toContain(
        '已注销',
      );
    },
    JOURNEY_TIMEOUT_MS,
  );
});
