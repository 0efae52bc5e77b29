import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOf, useVisitor } from './browser';
import { latestOutboxId, readLatestCode } from './outbox';

/**
 * 不动产转移登记 (存量房买卖) as both parties apply for it: 张三 files online reusing his title (the
 * flat's facts come from it), the case waits for the buyer; 李四 confirms it under 我的办件; the
 * window accepts, 历下区's approver decides the contract filing, the deed tax and then the
 * registration; 李四 holds the new title and 张三's old one verifies as cancelled by the transfer.
 */
const PASSWORD = 'Yici@2018';
const ZHANG_SAN = { phone: '13805310001' };
const LI_SI = { phone: '13905310002', name: '李四', idNumber: '370102198506153513' };
const APPROVER = { login: 'approver.lixia', phone: '13900000008' };
const APPLY_PATH = '/portal/apply?bundle=real-estate-transfer&region=370102';
const JOURNEY_TIMEOUT_MS = 300_000;

const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const CHOICES: Record<string, string> = {
  deal_channel: '买卖双方自行成交',
  transfer_reason: '买卖',
  payment_method: '一次性付款',
  co_ownership: '单独所有',
  home_status: '非住房或其他',
};
const TEXTS: Record<string, string> = {
  buyer_name: LI_SI.name,
  buyer_id_number: LI_SI.idNumber,
  buyer_phone: LI_SI.phone,
  transaction_price: '150',
};

let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

async function logInAs(login: string, landing: RegExp, phoneForCode?: string) {
  await context.clearCookies();
  const before = phoneForCode ? await latestOutboxId(phoneForCode) : 0;
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
  if (phoneForCode) {
    const secondFactor = page.getByTestId('second-factor-form');
    await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(phoneForCode, { after: before }));
    await secondFactor.locator('button[type="submit"]').click();
  }
  await page.waitForURL(landing);
}

const field = (key: string): Locator => page.locator(`[data-field="${key}"]`);
const material = (key: string): Locator => page.locator(`[data-testid="apply-material"][data-material="${key}"]`);

/** Reuses 张三's title and identity card where offered; uploads a file for every other required material. */
async function prepareMaterials() {
  await page.getByTestId('materials-step').waitFor();
  for (const option of await page.getByText(/^同意调用我的/).all()) await option.click();
  const toUpload = page.locator(
    '[data-testid="apply-material"][data-state="missing"][data-required="true"]:has([data-testid="material-upload"])',
  );
  for (const key of await toUpload.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-material')))) {
    const card = material(key!);
    await card.getByTestId('material-file-input').setInputFiles({
      name: `${key}.pdf`,
      mimeType: 'application/pdf',
      buffer: SMALL_PDF,
    });
    await card.getByTestId('material-uploaded').waitFor();
  }
}

/** Claims and grants every open task of the case; answers the steps it decided. */
async function decideOpenTasks(caseId: string): Promise<string[]> {
  await page.goto('/workbench/tasks?status=open');
  const rows = page.locator(`[data-testid="task-inbox-table"] tr[data-case-id="${caseId}"][data-status="open"]`);
  await rows.first().waitFor();
  const steps = await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-task') ?? ''));
  for (const step of steps) {
    await page.goto('/workbench/tasks?status=open');
    await page
      .locator(`[data-testid="task-inbox-table"] tr[data-case-id="${caseId}"][data-task="${step}"]`)
      .getByTestId('open-task')
      .click();
    await page.locator(`[data-testid="task-page"][data-status="open"]`).waitFor();
    await page.getByTestId('task-action-claim').click();
    await page.locator(`[data-testid="task-page"][data-status="claimed"]`).waitFor();
    await page.getByTestId('task-action-decide').click();
    await page.locator('[data-testid="action-form"][data-action="decide"]').waitFor();
    await page.getByTestId('confirm-action').click();
    await page.locator(`[data-testid="task-page"][data-status="granted"]`).waitFor();
  }
  return steps;
}

/** The identifier of the holder's first certificate of a type in the wallet (from its link). */
async function walletIdentifier(type: string): Promise<string> {
  await page.goto('/account/certificates');
  const card = page.locator(`[data-testid="certificate-card"][data-type="${type}"]`).first();
  const href = (await card.getAttribute('href'))!;
  return decodeURIComponent(href.split('/').filter(Boolean).pop()!);
}

describe('不动产转移登记: both parties apply, the old title is cancelled', () => {
  it(
    'waits for 李四’s confirmation, completes, and 张三’s old title verifies as cancelled (转移登记)',
    async () => {
      await logInAs(ZHANG_SAN.phone, /\/account$/);
      const oldTitle = await walletIdentifier('real_estate_title');
      // The QR link printed on 张三's title carries the first 16 hex digits of its content hash.
      const titleDocument = await page.request.get(`/api/documents/${encodeURIComponent(oldTitle)}/json`);
      const { contentHash } = (await titleDocument.json()) as { contentHash: string };

      // 1. The seller applies online; the flat's facts come from the title he reuses.
      await page.goto(APPLY_PATH);
      await page.getByTestId('application-wizard').waitFor();
      for (const [key, label] of Object.entries(CHOICES))
        if (await field(key).count()) await field(key).getByText(label, { exact: true }).click();
      for (const [key, value] of Object.entries(TEXTS)) await field(key).locator('input').first().fill(value);
      await page.getByTestId('apply-next').click();
      await page.locator('[data-testid="application-wizard"][data-step="materials"]').waitFor();
      await prepareMaterials();
      await page.getByTestId('apply-next').click();
      await page.locator('[data-testid="application-wizard"][data-step="review"]').waitFor();
      await page.getByTestId('delivery-form').getByText('电子送达', { exact: false }).click();
      await page.getByTestId('apply-submit').click();
      const done = page.getByTestId('application-done');
      const caseId = (await done.getAttribute('data-case-id'))!;
      await done.getByTestId('open-case').click();
      await page.locator('[data-testid="case-detail"][data-status="awaiting_co_applicant"]').waitFor();

      // 2. The buyer finds it under 我的办件 and confirms it with his own account.
      await logInAs(LI_SI.phone, /\/account$/);
      await page.goto('/portal/cases');
      const pending = page.locator(`[data-testid="co-application"][data-case-id="${caseId}"]`);
      expect(await textOf(pending)).toContain('买受人');
      await pending.getByTestId('confirm-co-application').click();
      await page.getByTestId('confirm-co-application-ok').click();
      // Joined, he follows the case as a party to it: received, waiting for acceptance.
      await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();

      // 3. The window accepts; the approver decides the contract filing, the deed tax, then the registration.
      await logInAs(APPROVER.login, /\/workbench$/, APPROVER.phone);
      await page.goto(`/workbench/cases/${caseId}`);
      await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();
      await page.getByTestId('case-action-accept').click();
      await page.getByTestId('confirm-action').click();
      await page.locator('[data-testid="case-detail"][data-status="in_review"]').waitFor();
      expect(await decideOpenTasks(caseId)).toEqual(['contract_filing']);
      expect(await decideOpenTasks(caseId)).toEqual(['deed_tax']);
      expect(await decideOpenTasks(caseId)).toEqual(['registration']);

      // 4. 李四 holds the new title; 张三's old one verifies as cancelled, its own QR link naming the new one.
      await logInAs(LI_SI.phone, /\/account$/);
      const newTitle = await walletIdentifier('real_estate_title');
      await context.clearCookies();
      // The identifier alone says that the title ended, not why; the title's own QR link says both.
      await page.goto(`/verify/${encodeURIComponent(oldTitle)}`);
      const verdict = page.getByTestId('verification-verdict');
      expect(await verdict.getAttribute('data-valid')).toBe('false');
      const reasonsByIdentifier = await textOf(page.getByTestId('verification-reasons'));
      expect(reasonsByIdentifier).toContain('证照已注销');
      expect(reasonsByIdentifier).not.toContain('转移登记');
      await page.goto(`/verify/${encodeURIComponent(oldTitle)}?h=${contentHash.slice(0, 16)}`);
      await page.getByTestId('verified-successor').waitFor();
      expect(await verdict.getAttribute('data-valid')).toBe('false');
      expect(await textOf(page.getByTestId('verification-reasons'))).toContain('转移登记');
      expect(await textOf(page.getByTestId('verified-successor'))).toBe(newTitle);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
