import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOf, useVisitor } from './browser';
import { ACCOUNTS, logIn, openedActionForm } from './journey-steps';
import { latestOutboxId, readLatestCode } from './outbox';

/**
 * 企业开办 from application to certificate: 张三 applies online in 历下区 with one combined form,
 * his identity card certificate, a promise and uploaded files; the README's accounts take it on:
 * clerk.lixia accepts the case at the window, 历下区's parallel approver decides the licence, then
 * the five tasks it opened; 张三 finds the case completed
 * without a single visit and the new company's business licence in its certificate wallet.
 */
const PASSWORD = 'Yici@2018';
const ZHANG_SAN = { phone: '13805310001', name: '张三', idNumber: '370102199003071238' };
const APPROVER = { login: 'approver.lixia', phone: '13900000008' };
const COMPANY = '济南一次开办信息技术有限公司';
const APPLY_PATH = '/portal/apply?bundle=enterprise-opening&region=370102';
const BUNDLE_STEPS = ['licence', 'seal', 'bank_account', 'tax', 'social_insurance', 'housing_fund'];
// Two applicants, one case, six tasks on a slow machine.
const CASE_JOURNEY_TIMEOUT_MS = 300_000;

/** The smallest file the server accepts as a PDF: its type is judged by the content. */
const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const TEXT_FIELDS: Record<string, string> = {
  entity_name: COMPANY,
  residence: '山东省济南市历下区泉城路 180 号',
  registered_capital: '100',
  business_scope: '软件开发；信息技术咨询服务',
  investors: `${ZHANG_SAN.name}，${ZHANG_SAN.idNumber}，100 万元，货币`,
  engraving_company: '济南泉城印章有限公司',
  contact_name: ZHANG_SAN.name,
  tax_officer_name: ZHANG_SAN.name,
  tax_officer_id_number: ZHANG_SAN.idNumber,
  tax_officer_phone: ZHANG_SAN.phone,
  employee_count: '5',
  housing_fund_rate: '8',
};
const CHOICE_FIELDS: Record<string, string | string[]> = {
  entity_form: '有限责任公司',
  // A new company orders several seals; each is filed on its own.
  seal_kind: ['单位公章', '财务专用章'],
  bank_name: '齐鲁银行',
  taxpayer_type: '小规模纳税人',
  accounting_standard: '小企业会计准则',
  invoice_type: '数电普通发票',
};

let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

async function submitPassword(login: string) {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
}

async function logInAsZhangSan() {
  await submitPassword(ZHANG_SAN.phone);
  await page.waitForURL(/\/account$/);
}

/** Password, then the SMS code the approver reads on their phone. */
async function logInAsApprover() {
  const before = await latestOutboxId(APPROVER.phone);
  await submitPassword(APPROVER.login);
  const secondFactor = page.getByTestId('second-factor-form');
  await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(APPROVER.phone, { after: before }));
  await secondFactor.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench$/);
}

async function switchPerson() {
  await context.clearCookies();
}

const field = (key: string): Locator => page.locator(`[data-field="${key}"]`);
const fieldError = (key: string): Locator => field(key).locator('.ant-form-item-explain-error');
const material = (key: string): Locator => page.locator(`[data-testid="apply-material"][data-material="${key}"]`);

async function fillCombinedForm() {
  // The situation first: it decides which fields and materials follow.
  for (const [key, labels] of Object.entries(CHOICE_FIELDS))
    for (const label of [labels].flat()) await field(key).getByText(label, { exact: true }).click();
  for (const [key, value] of Object.entries(TEXT_FIELDS)) {
    await field(key).locator('input, textarea').first().fill(value);
  }
}

/** Agrees to the identity card, promises the premises, and uploads a file for every other required material. */
async function prepareMaterials() {
  await page.getByTestId('materials-step').waitFor();
  await material('investor_identity').getByText('同意调用我的居民身份证').click();
  await material('premises_proof').getByText('以告知承诺代替（签署承诺书）').click();
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

/** Opens each open task of the case in turn, claims and grants it; answers the steps it decided. */
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
    await openedActionForm(page, 'decide');
    await page.getByTestId('confirm-action').click();
    await page.locator(`[data-testid="task-page"][data-status="granted"]`).waitFor();
  }
  return steps;
}

describe('enterprise opening (企业开办)', () => {
  it(
    'takes 张三’s application from the combined form to the business licence with no visit',
    async () => {
      await logInAsZhangSan();
      await page.goto(APPLY_PATH);
      const wizard = page.getByTestId('application-wizard');
      await wizard.waitFor();
      // Prefilled from the population registry and shown as such.
      expect(await field('legal_representative_name').locator('input').inputValue()).toBe(ZHANG_SAN.name);
      expect(await textOf(field('legal_representative_name').getByTestId('prefill-tag'))).toContain('来自人口库');
      // The tax officer is prefilled from the account, as the contact is.
      expect(await field('tax_officer_name').locator('input').inputValue()).toBe(ZHANG_SAN.name);
      // Fields in groups by the item that needs them, the shared ones first, each saying what it is for.
      const groups = page.getByTestId('field-group');
      expect(await textOf(groups.first())).toContain('各事项共用');
      const bankGroup = groups.filter({ has: field('bank_appointment_date') });
      expect(await textOf(bankGroup.locator('.apply-field-group-used-by'))).toMatch(/^用于：.*银行/);

      // Bad input stays in the browser: a required field left empty is named under the field.
      await page.getByTestId('apply-next').click();
      expect(await textOf(fieldError('entity_name'))).toBe('请填写企业名称');
      await page.locator('[data-testid="application-wizard"][data-step="form"]').waitFor();

      await fillCombinedForm();
      await page.getByTestId('apply-next').click();
      await page.locator('[data-testid="application-wizard"][data-step="materials"]').waitFor();
      // The limited company's situation asks for its articles of association.
      await material('articles_of_association').waitFor();
      expect(await material('business_licence').getAttribute('data-state')).toBe('bundle_result');
      await prepareMaterials();

      await page.getByTestId('apply-next').click();
      await page.locator('[data-testid="application-wizard"][data-step="review"]').waitFor();
      // What the applicant will receive, and by when, before sending.
      expect(await textOf(page.getByTestId('apply-outcome-when'))).toMatch(
        /承诺 3 个工作日内办结：如今天受理，预计 \d{4}-\d{2}-\d{2} 前完成/,
      );
      expect(await textOf(page.getByTestId('apply-outcome'))).toContain('营业执照');
      await page.getByTestId('delivery-form').getByText('电子送达', { exact: false }).click();
      await page.getByTestId('apply-submit').click();
      const done = page.getByTestId('application-done');
      expect(await textOf(done.getByTestId('application-done-number'))).toMatch(/办件编号 \d{6,}/);
      const caseId = (await done.getAttribute('data-case-id'))!;
      await done.getByTestId('open-case').click();
      await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();

      // The README's accounts: clerk.lixia accepts at the window, approver.lixia decides every step.
      await logIn(page, context, ACCOUNTS.clerkLixia);
      await page.getByTestId('workbench-menu').click();
      await page.getByRole('menuitem', { name: '办件管理' }).click();
      await page.waitForURL(/\/workbench\/cases$/);
      await page.locator(`[data-testid="case-inbox-table"] tr[data-case-id="${caseId}"] a`).first().click();
      await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();
      await page.getByTestId('case-action-accept').click();
      await openedActionForm(page, 'accept');
      await page.getByTestId('confirm-action').click();
      await page.locator('[data-testid="case-detail"][data-status="in_review"]').waitFor();

      await switchPerson();
      await logInAsApprover();
      // The licence alone first; the five steps that need it then run side by side.
      expect(await decideOpenTasks(caseId)).toEqual(['licence']);
      expect((await decideOpenTasks(caseId)).sort()).toEqual(BUNDLE_STEPS.filter((step) => step !== 'licence').sort());

      await switchPerson();
      await logInAsZhangSan();
      await page.goto(`/portal/cases/${caseId}`);
      const detail = page.locator('[data-testid="case-detail"][data-status="completed"]');
      await detail.waitFor();
      expect(await textOf(detail.getByTestId('case-visits'))).toBe('0 次');
      expect(await textOf(detail.getByTestId('case-outcome'))).toBe('准予');
      expect(await detail.getByTestId('delivery-status').getAttribute('data-status')).toBe('delivered');

      // The licence belongs to the new company: 张三, its legal representative, acts for it to see it.
      await page.getByTestId('identity-switcher').click();
      await page.getByRole('menuitem', { name: new RegExp(COMPANY) }).click();
      await page.locator('[data-testid="identity-switcher"]', { hasText: COMPANY }).waitFor();
      await page.goto('/account/certificates');
      const licence = page.locator('[data-testid="certificate-card"][data-type="business_licence"]');
      expect(await textOf(licence)).toContain(COMPANY);
      // Each seal ordered is filed on its own: two seals, two filings in the company's wallet.
      expect(await page.locator('[data-testid="certificate-card"][data-type="seal_engraving_filing"]').count()).toBe(2);
    },
    CASE_JOURNEY_TIMEOUT_MS,
  );
});
