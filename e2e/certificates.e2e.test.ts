import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEY_TIMEOUT_MS, openVisitor, textOf, useVisitor } from './browser';

/**
 * Electronic certificates: 张三 downloads his identity card from 我的证照 and anyone verifies it on
 * the public page, by the PDF, by a JSON whose content was changed, and by the QR code's link; the
 * identifier alone tells only whether it is valid, and a 亮证码 he makes shows it to someone else.
 * 张三's identity card is seeded, issued and sealed by 历下区公安局 (his household is in 历下区).
 */
const PASSWORD = 'Yici@2018';
const ZHANG_SAN = { name: '张三', phone: '13805310001', idNumber: '370102199003071238' };
const ISSUER = '历下区公安局';

let page: Page;
useVisitor((visitor) => ({ page } = visitor));

async function logInAsZhangSan() {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('手机号或工作账号').fill(ZHANG_SAN.phone);
  await form.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/\/account$/);
}

/** From the account menu to the identity card's page; returns its identifier. */
async function openIdentityCard(): Promise<string> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '我的证照' }).click();
  await page.waitForURL(/\/account\/certificates$/);
  await page.locator('[data-testid="certificate-card"][data-type="identity_card"]').click();
  const detail = page.getByTestId('certificate-detail');
  expect(await textOf(detail.getByTestId('certificate-fields'))).toContain(ZHANG_SAN.name);
  const identifier = await detail.getAttribute('data-identifier');
  if (!identifier) throw new Error('the certificate page names no identifier');
  return identifier;
}

/** Clicks a download button and returns the downloaded file's path (kept until the context closes). */
async function download(testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file.path();
}

/** The public page, reached through the header, with the file uploaded on its 上传文件 tab. */
async function verifyUpload(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  await page.getByTestId('nav-verify').click();
  await page.waitForURL(/\/verify$/);
  await page.getByRole('tab', { name: '上传文件' }).click();
  await page.getByTestId('verify-file').locator('input[type="file"]').setInputFiles(file);
  return page.getByTestId('verification-result');
}

/** Opens a verification link as a phone does after scanning the QR code: a fresh page load. */
async function openVerifyLink(identifier: string, hash: string): Promise<Locator> {
  const response = await page.goto(`/verify/${identifier}?h=${hash}`);
  expect(response?.status(), 'the server must serve the web app at the QR code link').toBe(200);
  return page.getByTestId('verification-result');
}

async function verdictOf(result: Locator): Promise<string> {
  return textOf(result.getByTestId('verification-verdict').locator('.verification-verdict-word'));
}

describe('electronic certificates', () => {
  it(
    'lets 张三 download his identity card as a PDF that the public page verifies as 有效',
    async () => {
      await logInAsZhangSan();
      await openIdentityCard();
      const pdf = await download('download-pdf');
      expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const result = await verifyUpload(pdf);
      expect((await verdictOf(result)).replace(/\s/g, '')).toBe('有效');
      expect(await textOf(result.getByTestId('seal-owner'))).toBe(ISSUER);
      // Whoever presents the document sees its content, as the document itself shows it.
      expect(await result.getAttribute('data-disclosure')).toBe('content');
      expect(await textOf(result.getByTestId('verified-holder'))).toBe(`张三（${ZHANG_SAN.idNumber}）`);
      expect(await textOf(result.getByTestId('verified-fields'))).toContain('出生日期');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'finds a downloaded JSON whose address was changed 无效, because its content was modified',
    async () => {
      await logInAsZhangSan();
      await openIdentityCard();
      const signed = JSON.parse(await readFile(await download('download-json'), 'utf8')) as {
        content: { data: Record<string, unknown> };
      };
      signed.content.data.address = '山东省济南市历下区泉城路 1 号';

      const result = await verifyUpload({
        name: 'identity-card.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(signed)),
      });
      expect((await verdictOf(result)).replace(/\s/g, '')).toBe('无效');
      expect(
        await textOf(result.locator('[data-testid="verification-reasons"] [data-code="CONTENT_CHANGED"]')),
      ).toContain('内容被修改');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'finds the QR code link 无效 with another content hash and 有效 with the certificate’s own',
    async () => {
      await logInAsZhangSan();
      const identifier = await openIdentityCard();
      const { contentHash } = await page.evaluate(async (id) => {
        const response = await fetch(`/api/documents/${encodeURIComponent(id)}/json`);
        return (await response.json()) as { contentHash: string };
      }, identifier);
      const hash = contentHash.slice(0, 16);
      const otherHash = [...hash].map((digit) => (digit === '0' ? '1' : '0')).join('');

      const mismatch = await openVerifyLink(identifier, otherHash);
      expect((await verdictOf(mismatch)).replace(/\s/g, '')).toBe('无效');
      expect(
        await textOf(mismatch.locator('[data-testid="verification-reasons"] [data-code="QR_MISMATCH"]')),
      ).toContain('二维码与证照不符');

      const genuine = await openVerifyLink(identifier, hash);
      expect((await verdictOf(genuine)).replace(/\s/g, '')).toBe('有效');
      expect(await textOf(genuine.getByTestId('seal-owner'))).toBe(ISSUER);
      expect(await textOf(genuine.getByTestId('verified-holder'))).toContain(ZHANG_SAN.name);
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'tells whoever types only the identifier that the card is 有效, by whom and when it was issued, not whose it is',
    async () => {
      await logInAsZhangSan();
      const identifier = await openIdentityCard();
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click();

      await page.goto('/verify');
      const form = page.getByTestId('verify-identifier-form');
      await form.getByLabel('电子证照标识').fill(identifier);
      await form.locator('button[type="submit"]').click();
      const result = page.getByTestId('verification-result');
      expect((await verdictOf(result)).replace(/\s/g, '')).toBe('有效');
      expect(await result.getAttribute('data-disclosure')).toBe('validity');
      const validity = await textOf(result.getByTestId('verified-validity'));
      expect(validity).toContain('居民身份证');
      expect(validity).toContain(ISSUER);
      expect(await textOf(result.getByTestId('validity-only'))).toContain('亮证码');
      const shown = await textOf(result);
      expect(shown).not.toContain(ZHANG_SAN.name);
      expect(shown).not.toContain(ZHANG_SAN.idNumber);
      expect(shown).not.toContain('********');
      expect(shown).not.toContain('1990-03-07');
    },
    JOURNEY_TIMEOUT_MS,
  );

  it(
    'shows 张三’s card to someone he gives a 亮证码 until he stops it, and tells him in 数据使用记录 that it was viewed',
    async () => {
      await logInAsZhangSan();
      await openIdentityCard();
      const panel = page.getByTestId('share-code-panel');
      await panel.getByTestId('make-share-code').click();
      const shown = panel.getByTestId('share-code');
      const code = (await textOf(shown.getByTestId('share-code-text'))).replace(/\s/g, '');
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(await shown.locator('canvas, svg').count()).toBeGreaterThan(0);
      const link = await shown.getAttribute('data-link');

      // The verifier: another browser, nobody logged in. First by typing the code …
      const verifier = await openVisitor(page.context().browser()!);
      try {
        const other = verifier.page;
        await other.goto('/verify');
        await other.getByRole('tab', { name: '亮证码' }).click();
        const form = other.getByTestId('verify-share-code-form');
        await form.getByLabel('亮证码').fill(code.toLowerCase());
        await form.locator('button[type="submit"]').click();
        const typed = other.getByTestId('verification-result');
        expect((await verdictOf(typed)).replace(/\s/g, '')).toBe('有效');
        expect(await typed.getAttribute('data-disclosure')).toBe('content');
        expect(await textOf(typed.getByTestId('verified-holder'))).toBe(`张三（${ZHANG_SAN.idNumber}）`);
        expect(await textOf(typed.getByTestId('shared-until'))).toContain('亮证码');

        // … then by scanning the QR code, which leads to the share link.
        const sharePath = new URL(link!).pathname;
        await other.goto(sharePath);
        const scanned = other.getByTestId('verification-result');
        expect(await textOf(scanned.getByTestId('verified-holder'))).toContain(ZHANG_SAN.name);

        // 张三 stops showing it: the link no longer opens his card.
        await panel.getByTestId('stop-share-code').click();
        await panel.getByText('亮证码已失效').waitFor();
        await other.goto(sharePath);
        await other.getByText('亮证码不存在或已过期').waitFor();
        expect(await other.getByTestId('verification-result').count()).toBe(0);
      } finally {
        await verifier.context.close();
      }

      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '数据使用记录' }).click();
      const log = page.getByTestId('data-use-table');
      await log.getByText('亮证码核验').first().waitFor();
      expect(await log.getByText('亮证码核验', { exact: false }).count()).toBeGreaterThanOrEqual(2);
    },
    JOURNEY_TIMEOUT_MS,
  );
});
