import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOf, useVisitor } from './browser';
import {
  acceptAtWindow,
  ACCOUNTS,
  actFor,
  applyOnline,
  decideEveryTask,
  decideOpenTasks,
  enterCalendarYear,
  logIn,
} from './journey-steps';

/**
 * The seed journeys 不动产转移登记 and 工程建设项目审批, taken to the end by exactly the accounts the
 * README lists for them (企业开办 is in cases.e2e.test.ts): the applicant online, clerk.lixia at the
 * window, approver.lixia for every department's step, and the applicant finding the result.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

// Many tasks, four accounts and a slow shared machine.
const JOURNEY_TIMEOUT_MS = 600_000;
const LI_SI = { name: '李四', idNumber: '370102198506153513', phone: '13905310002' };
const COMPANY = '济南一次网络科技有限公司';

/**
 * 张三 sells his flat to 李四. The flat's facts (坐落, 不动产单元号, 面积, 用途) come from the title 张三
 * agrees to reuse, so only the sale's own facts are typed.
 */
const SALE_TO_LI = {
  choices: {
    deal_channel: '买卖双方自行成交',
    transfer_reason: '买卖',
    payment_method: '一次性付款',
    co_ownership: '单独所有',
    home_status: '非住房或其他',
  },
  texts: {
    buyer_name: LI_SI.name,
    buyer_id_number: LI_SI.idNumber,
    buyer_phone: LI_SI.phone,
    transaction_price: '150',
  },
};

/** The identifier of the holder's first certificate of a type in the wallet (from its link). */
async function walletIdentifier(type: string): Promise<string> {
  await page.goto('/account/certificates');
  const card = page.locator(`[data-testid="certificate-card"][data-type="${type}"]`).first();
  const href = (await card.getAttribute('href'))!;
  return decodeURIComponent(href.split('/').filter(Boolean).pop()!);
}

describe('不动产转移登记 with the README’s accounts', () => {
  it(
    'takes 张三’s sale to 李四 from both parties’ application to 李四’s new title; 张三’s old title verifies as cancelled',
    async () => {
      // 1. The seller applies online, reusing his title.
      await logIn(page, context, ACCOUNTS.zhangSan);
      const oldTitle = await walletIdentifier('real_estate_title');
      // The QR link printed on the title carries the first 16 hex digits of its content hash.
      const titleDocument = await page.request.get(`/api/documents/${encodeURIComponent(oldTitle)}/json`);
      const { contentHash } = (await titleDocument.json()) as { contentHash: string };
      const caseId = await applyOnline(page, {
        path: '/portal/apply?bundle=real-estate-transfer&region=370102',
        values: SALE_TO_LI,
      });

      // 2. Both parties apply (不动产登记暂行条例 第十四条): the buyer confirms with his own account.
      await logIn(page, context, ACCOUNTS.liSi);
      await page.goto('/portal/cases');
      const pending = page.locator(`[data-testid="co-application"][data-case-id="${caseId}"]`);
      expect(await textOf(pending)).toContain('买受人');
      await pending.getByTestId('confirm-co-application').click();
      await page.getByTestId('confirm-co-application-ok').click();
      await page.locator('[data-testid="case-detail"][data-status="submitted"]').waitFor();

      // 3. The window accepts.
      await logIn(page, context, ACCOUNTS.clerkLixia);
      await acceptAtWindow(page, caseId);

      // 4. The district's approver: contract filing, deed tax, then registration (先税后证).
      await logIn(page, context, ACCOUNTS.approverLixia);
      await page.goto(`/workbench/cases/${caseId}`);
      const handling = page.locator(
        '[data-testid="case-tasks"] tr[data-task="registration"] [data-testid="task-handling"]',
      );
      expect(await textOf(handling)).toContain('不动产登记中心');
      expect(await handling.getAttribute('data-level')).toBe('county');
      // The sale contract opens inline, as the staff decide on it.
      const contract = page.locator('[data-testid="case-materials"] tr[data-material="sale_contract"]');
      await contract.getByTestId('material-file-view').click();
      const preview = page.locator('[data-testid="material-preview"][data-material="sale_contract"] iframe');
      const src = (await preview.getAttribute('src'))!;
      expect(src).toBe(`/api/cases/${caseId}/materials/sale_contract/file`);
      const file = await page.request.get(src);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      await page.keyboard.press('Escape');

      expect(await decideOpenTasks(page, caseId)).toEqual(['contract_filing']);
      expect(await decideOpenTasks(page, caseId)).toEqual(['deed_tax']);
      expect(await decideOpenTasks(page, caseId)).toEqual(['registration']);

      // 5. The buyer finds the new title in his wallet; the seller's data-use log names the staff view.
      await logIn(page, context, ACCOUNTS.liSi);
      const newTitle = await walletIdentifier('real_estate_title');
      const title = page.locator('[data-testid="certificate-card"][data-type="real_estate_title"]');
      expect(await textOf(title.first())).toContain(LI_SI.name);

      await logIn(page, context, ACCOUNTS.zhangSan);
      await page.goto(`/portal/cases/${caseId}`);
      const detail = page.locator('[data-testid="case-detail"][data-status="completed"]');
      await detail.waitFor();
      expect(await textOf(detail.getByTestId('case-outcome'))).toBe('准予');
      await page.goto('/account/data-use');
      const staffView = page.getByTestId('data-use-table').locator('tr', { hasText: '办件审查：查看申请材料' });
      expect(await textOf(staffView.first())).toContain('买卖合同');

      // 6. The identifier alone says that 张三's old title ended, not why; its own QR link says both.
      await context.clearCookies();
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

/**
 * 2027's statutory days off (全国年节及纪念日放假办法, as revised in 2024): the platform ships years
 * up to 2026, and a 45-working-day clock that starts in December runs into February.
 */
const YEAR_2027 = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'].map((date) => ({ date, name: '春节' })),
    { date: '2027-04-05', name: '清明节' },
    { date: '2027-05-01', name: '劳动节' },
    { date: '2027-05-02', name: '劳动节' },
    { date: '2027-06-09', name: '端午节' },
    { date: '2027-09-15', name: '中秋节' },
    ...['2027-10-01', '2027-10-02', '2027-10-03'].map((date) => ({ date, name: '国庆节' })),
  ],
  workdays: [],
};

const PROJECT = {
  choices: {
    land_supply: '出让',
    land_use: '商业服务业用地',
    report_type: '环境影响报告表',
    build_mode: '就地修建防空地下室',
    building_use: '非住宅工程',
  },
  texts: {
    project_name: '一次大厦二期',
    project_location: '济南市历下区解放东路1号',
    construction_content: '商业办公楼一栋，地上十二层、地下两层',
    total_investment: '12000',
    land_area: '8000',
    building_area: '36000',
    planned_start_date: '2027-03-01',
    planned_completion_date: '2029-06-30',
    project_code: '2026-370102-70-03-012345',
    land_grant_contract_number: '3701022026000123',
    environmental_investment: '300',
    eia_agency: '山东环科评价有限公司',
    above_ground_floors: '12',
    below_ground_floors: '2',
    building_height: '49.8',
    design_unit: '济南建筑设计研究院',
    survey_unit: '山东省勘察院',
    civil_defence_area: '3000',
    contract_price: '9000',
    construction_unit: '济南一建集团',
    supervision_unit: '济南建设监理公司',
    contracted_start_date: '2027-03-01',
    contracted_completion_date: '2029-05-31',
    fire_test_agency: '山东消防检测中心',
    acceptance_date: '2029-06-20',
  },
};

describe('工程建设项目审批 with the README’s accounts', () => {
  it(
    'takes 李四’s project for his company through all four stages to the four permits in its wallet',
    async () => {
      // The clock runs past 2026: the administrator enters 2027's arrangement, as the README says.
      await enterCalendarYear(YEAR_2027);

      // 1. 李四 applies for his company.
      await logIn(page, context, ACCOUNTS.liSi);
      await actFor(page, COMPANY);
      const caseId = await applyOnline(page, {
        path: '/portal/apply?bundle=construction-project-approval&region=370102',
        values: PROJECT,
      });

      // 2. The window accepts: 45 working days.
      await logIn(page, context, ACCOUNTS.clerkLixia);
      await acceptAtWindow(page, caseId);

      // The city's department-bound reviewer is not the one: his inbox says where the tasks are.
      await logIn(page, context, ACCOUNTS.reviewerJinan);
      await page.goto('/workbench/tasks');
      const elsewhere = page.getByTestId('tasks-elsewhere');
      expect(await textOf(elsewhere.locator('[data-department="370102-development_reform"]'))).toMatch(/1 项/);
      await page.goto(`/workbench/cases/${caseId}`);
      await page.locator('[data-testid="case-detail"]').waitFor();
      expect(await page.getByTestId('case-task-link').count()).toBe(0);

      // 3. approver.lixia takes every step, giving each joint department's opinion.
      await logIn(page, context, ACCOUNTS.approverLixia);
      const rounds = await decideEveryTask(page, caseId, 8);
      expect(rounds).toEqual([
        ['project_filing'],
        ['joint_evaluation', 'land_use_planning'],
        ['eia_approval', 'engineering_planning'],
        ['drawing_review'],
        ['civil_air_defence'],
        ['construction_permit'],
        ['fire_acceptance', 'joint_acceptance'],
        ['completion_filing'],
      ]);

      // 4. The company's wallet holds the four permits.
      await logIn(page, context, ACCOUNTS.liSi);
      await page.goto(`/portal/cases/${caseId}`);
      await page.locator('[data-testid="case-detail"][data-status="completed"]').waitFor();
      await actFor(page, COMPANY);
      await page.goto('/account/certificates');
      for (const type of [
        'land_use_planning_permit',
        'engineering_planning_permit',
        'construction_permit',
        'completion_acceptance_filing',
      ])
        await page.locator(`[data-testid="certificate-card"][data-type="${type}"]`).first().waitFor();
    },
    JOURNEY_TIMEOUT_MS,
  );
});
