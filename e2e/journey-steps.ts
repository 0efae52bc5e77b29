import type { BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl } from './browser';
import { latestOutboxId, readLatestCode } from './outbox';

/**
 * The steps the seed journeys share, each as the README's accounts take it in the browser: log
 * in (staff with the SMS code), fill the combined form, supply the materials, accept at the
 * window, claim and decide every open task. A journey is a list of these steps, so a new one
 * (e.g. the buyer confirming a transfer) goes in between two of them.
 */
export const PASSWORD = 'Yici@2018';

export type Account = { login: string; phone: string; staff: boolean };
export const ACCOUNTS = {
  zhangSan: { login: '13805310001', phone: '13805310001', staff: false },
  liSi: { login: '13905310002', phone: '13905310002', staff: false },
  admin: { login: 'admin', phone: '13900000000', staff: true },
  clerkLixia: { login: 'clerk.lixia', phone: '13900000001', staff: true },
  reviewerJinan: { login: 'reviewer.jinan', phone: '13900000002', staff: true },
  approverLixia: { login: 'approver.lixia', phone: '13900000008', staff: true },
} as const satisfies Record<string, Account>;

/** A small file the server accepts as a PDF: its type is judged by the content. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Logs out whoever was in (cookies cleared) and logs the account in; staff confirm with the SMS code. */
export async function logIn(page: Page, context: BrowserContext, account: Account): Promise<void> {
  await context.clearCookies();
  const before = account.staff ? await latestOutboxId(account.phone) : 0;
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(account.login);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
  if (!account.staff) {
    await page.waitForURL(/\/account$/);
    return;
  }
  const secondFactor = page.getByTestId('second-factor-form');
  await secondFactor.getByLabel('短信验证码').fill(await readLatestCode(account.phone, { after: before }));
  await secondFactor.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench$/);
}

/** 李四 acts for his company: the identity switcher in the header. */
export async function actFor(page: Page, entityName: string): Promise<void> {
  await page.getByTestId('identity-switcher').click();
  await page.getByRole('menuitem', { name: new RegExp(entityName) }).click();
  await page.locator('[data-testid="identity-switcher"]', { hasText: entityName }).waitFor();
}

const field = (page: Page, key: string): Locator => page.locator(`[data-field="${key}"]`);

/**
 * Fills the combined form: the situation's choices first (they decide which fields follow), then
 * the texts. A key the form does not ask is left out, so the journey survives a field the catalog
 * moves to a certificate or a registry.
 */
export async function fillCombinedForm(
  page: Page,
  values: { choices: Record<string, string | string[]>; texts: Record<string, string> },
): Promise<void> {
  for (const [key, labels] of Object.entries(values.choices)) {
    if ((await field(page, key).count()) === 0) continue;
    // Several labels tick several boxes of a multi_choice field (印章类型).
    for (const label of [labels].flat()) await field(page, key).getByText(label, { exact: true }).click();
  }
  for (const [key, value] of Object.entries(values.texts)) {
    if ((await field(page, key).count()) === 0) continue;
    const input = field(page, key).locator('input, textarea').first();
    if ((await input.inputValue()) !== '') continue; // prefilled from a registry: it stands
    await input.fill(value);
  }
}

/** Agrees to every certificate on offer, then uploads a file for every other required material still missing. */
export async function supplyMaterials(page: Page): Promise<void> {
  await page.getByTestId('materials-step').waitFor();
  const choices = page.locator('[data-testid="apply-material"] [data-testid="certificate-choice"]');
  for (let i = 0; i < (await choices.count()); i++) await choices.nth(i).locator('.ant-radio-wrapper').first().click();
  const toUpload = page.locator(
    '[data-testid="apply-material"][data-state="missing"][data-required="true"]:has([data-testid="material-upload"])',
  );
  for (const key of await toUpload.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-material')))) {
    const card = page.locator(`[data-testid="apply-material"][data-material="${key}"]`);
    await card.getByTestId('material-file-input').setInputFiles({
      name: `${key}.pdf`,
      mimeType: 'application/pdf',
      buffer: SMALL_PDF,
    });
    await card.getByTestId('material-uploaded').waitFor();
  }
}

/** From the form through the materials to the submitted case: its id. */
export async function applyOnline(
  page: Page,
  options: { path: string; values: Parameters<typeof fillCombinedForm>[1] },
): Promise<string> {
  await page.goto(options.path);
  await page.getByTestId('application-wizard').waitFor();
  await fillCombinedForm(page, options.values);
  await page.getByTestId('apply-next').click();
  await page.locator('[data-testid="application-wizard"][data-step="materials"]').waitFor();
  await supplyMaterials(page);
  await page.getByTestId('apply-next').click();
  await page.locator('[data-testid="application-wizard"][data-step="review"]').waitFor();
  await page.getByTestId('delivery-form').getByText('电子送达', { exact: false }).click();
  await page.getByTestId('apply-submit').click();
  const done = page.getByTestId('application-done');
  await done.getByTestId('application-done-number').waitFor();
  return (await done.getAttribute('data-case-id'))!;
}

/** The window clerk opens the case from the inbox and accepts it (受理). */
export async function acceptAtWindow(page: Page, caseId: string): Promise<void> {
  await page.goto('/workbench/cases');
  await page.locator(`[data-testid="case-inbox-table"] tr[data-case-id="${caseId}"] a`).first().click();
  await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();
  await page.getByTestId('case-action-accept').click();
  await openedActionForm(page, 'accept');
  await page.getByTestId('confirm-action').click();
  await page.locator('[data-testid="case-detail"][data-status="in_review"]').waitFor();
}

/**
 * A dialog's form once the dialog has finished opening: while it still zooms in, its buttons move
 * between the press and the release of a click, and a click can reach no button (the confirm is
 * pressed, the dialog stays open and no request is sent).
 */
export async function openedForm(page: Page, form: Locator): Promise<Locator> {
  await page.locator('.ant-modal:not([class*="-zoom-"])', { has: form }).waitFor();
  return form;
}

/** The case or task action dialog's form once it has finished opening. */
export function openedActionForm(page: Page, action: string): Promise<Locator> {
  return openedForm(page, page.locator(`[data-testid="action-form"][data-action="${action}"]`));
}

/** The approver opens the case's open task from the inbox, claims it and denies it (不予许可) with the reason. */
export async function denyOpenTask(page: Page, caseId: string, reason: string): Promise<void> {
  await page.goto('/workbench/tasks?status=open');
  await page.locator(`[data-testid="task-inbox-table"] tr[data-case-id="${caseId}"]`).getByTestId('open-task').click();
  await page.getByTestId('task-action-claim').click();
  await page.locator('[data-testid="task-page"][data-status="claimed"]').waitFor();
  await page.getByTestId('task-action-decide').click();
  const form = await openedActionForm(page, 'decide');
  await form.getByText('不予许可', { exact: true }).click();
  await form.locator('textarea').fill(reason);
  await page.getByTestId('confirm-action').click();
  await page.locator('[data-testid="task-page"][data-status="denied"]').waitFor();
}

/** Gives the opinion of every joint department that has not given one yet (联合审查). */
async function giveJointOpinions(page: Page): Promise<void> {
  const pending = page.locator('[data-testid="task-summary"] .ant-tag', { hasText: '待出具意见' });
  while ((await pending.count()) > 0) {
    const department = (await pending.first().textContent())!.split(' · ')[0]!;
    await page.getByTestId('task-action-opinion').click();
    const form = await openedActionForm(page, 'opinion');
    await chooseOption(page, form, department);
    await form.locator('textarea').fill('同意，符合要求');
    await page.getByTestId('confirm-action').click();
    await page.locator('[data-testid="task-summary"] .ant-tag', { hasText: `${department} · 已出具意见` }).waitFor();
  }
}

/**
 * Chooses `label` in the form's one select and waits until the select shows it: the option is
 * found by its exact title in the open dropdown, and a click that the opening dropdown missed is
 * made again rather than confirming a form without the choice.
 */
async function chooseOption(page: Page, form: Locator, label: string): Promise<void> {
  const chosen = form.locator(`.ant-select-content[title="${label}"]`);
  for (let attempt = 1; ; attempt++) {
    await form.locator('.ant-select').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
    try {
      await chosen.waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Opens each open task of the case in turn, claims it, gives the joint opinions and grants it; answers the steps. */
export async function decideOpenTasks(page: Page, caseId: string): Promise<string[]> {
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
    await giveJointOpinions(page);
    await page.getByTestId('task-action-decide').click();
    await openedActionForm(page, 'decide');
    await page.getByTestId('confirm-action').click();
    await page.locator(`[data-testid="task-page"][data-status="granted"]`).waitFor();
  }
  return steps;
}

/** Decides open tasks until none is left; answers every round's steps. */
export async function decideEveryTask(page: Page, caseId: string, rounds: number): Promise<string[][]> {
  const decided: string[][] = [];
  for (let round = 0; round < rounds; round++) decided.push((await decideOpenTasks(page, caseId)).sort());
  return decided;
}

/**
 * The administrator enters a year's holiday arrangement (`PUT /api/calendar/years/{year}`, as the
 * README says for clocks that run past the years the platform ships), logged in with the SMS code.
 */
export async function enterCalendarYear(body: {
  year: number;
  holidays: { date: string; name: string }[];
  workdays: { date: string; name: string }[];
}): Promise<void> {
  const before = await latestOutboxId(ACCOUNTS.admin.phone);
  const login = await fetch(`${baseUrl()}/api/identity/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: ACCOUNTS.admin.login, password: PASSWORD }),
  });
  const { challengeId } = (await login.json()) as { challengeId: string };
  const code = await readLatestCode(ACCOUNTS.admin.phone, { after: before });
  const confirmed = await fetch(`${baseUrl()}/api/identity/login/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ challengeId, code }),
  });
  const cookies = confirmed.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('yici_csrf='))?.slice('yici_csrf='.length) ?? '';
  const put = await fetch(`${baseUrl()}/api/calendar/years/${body.year}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
    body: JSON.stringify(body),
  });
  if (!put.ok) throw new Error(`PUT /api/calendar/years/${body.year} answered ${put.status}: ${await put.text()}`);
}
