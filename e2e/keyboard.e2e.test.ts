import type { BrowserContext, FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOf, useVisitor } from './browser';
import { ACCOUNTS, SMALL_PDF, logIn } from './journey-steps';
import { seriousAccessibilityFindings } from './web-quality';

/**
 * The apply flow with the keyboard alone: Tab from control to control, type, Space to choose,
 * Enter to go on — as someone who cannot use a mouse applies. Every stop must show where the focus
 * is, and axe-core must find nothing serious on any step.
 */
let context: BrowserContext;
let page: Page;
useVisitor((visitor) => ({ context, page } = visitor));

const APPLY_PATH = '/portal/apply?bundle=enterprise-opening&region=370102';
const COMPANY = '济南键盘开办科技有限公司';
const TEXT: Record<string, string> = {
  entity_name: COMPANY,
  residence: '山东省济南市历下区泉城路 180 号',
  registered_capital: '100',
  business_scope: '软件开发；信息技术咨询服务',
  investors: '张三，370102199003071238，100 万元，货币',
  engraving_company: '济南泉城印章有限公司',
  employee_count: '5',
  housing_fund_rate: '8',
};
const CHOICE: Record<string, string> = {
  entity_form: '有限责任公司',
  bank_name: '齐鲁银行',
  taxpayer_type: '小规模纳税人',
  accounting_standard: '小企业会计准则',
  invoice_type: '数电普通发票',
};
/** 印章类型 takes several: each box is a stop of its own, ticked with Space. */
const SEALS = ['单位公章', '财务专用章'];
const MAX_STOPS = 250;

type Stop = {
  field: string | null;
  material: string | null;
  materialState: string | null;
  testId: string | null;
  kind: 'text' | 'radio' | 'checkbox' | 'button' | 'other';
  label: string;
  uploaded: boolean;
  /** Whether the focused control, or the control antd draws for it, shows a ring or outline. */
  visible: boolean;
  describe: string;
};

/**
 * Where the focus is, in terms the test acts on. Runs in the page (a string: this project's
 * TypeScript knows Node, not the DOM).
 */
const FOCUSED_STOP = `(() => {
  const el = document.activeElement;
  const kind =
    el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['text', 'search', 'tel', ''].includes(el.type))
      ? 'text'
      : el.type === 'radio'
        ? 'radio'
        : el.type === 'checkbox'
          ? 'checkbox'
          : el.tagName === 'BUTTON' || el.getAttribute('role') === 'button'
            ? 'button'
            : 'other';
  const drawn = (node) => {
    if (!node) return false;
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  };
  // antd hides the native radio and checkbox and draws its own: the ring is on the drawing.
  const visible =
    drawn(el) ||
    drawn(el.closest('.ant-input-affix-wrapper, .ant-input-textarea-affix-wrapper')) ||
    drawn(el.closest('.ant-radio-wrapper')?.querySelector('.ant-radio-inner') ?? null) ||
    drawn(el.closest('.ant-checkbox-wrapper')?.querySelector('.ant-checkbox-inner') ?? null) ||
    drawn(el.closest('.ant-radio-wrapper')) ||
    drawn(el.closest('.ant-checkbox-wrapper'));
  const field = el.closest('[data-field]');
  const material = el.closest('[data-material]');
  const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
  return {
    field: field?.getAttribute('data-field') ?? null,
    material: material?.getAttribute('data-material') ?? null,
    materialState: material?.getAttribute('data-state') ?? null,
    testId: el.getAttribute('data-testid') ?? null,
    kind,
    label: label.trim(),
    uploaded: !!el.closest('[data-testid="material-upload"]')?.querySelector('[data-testid="material-uploaded"]'),
    visible,
    describe:
      el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' +
      (el.closest('label')?.textContent ?? el.textContent ?? '').trim().slice(0, 20),
  };
})()`;

function focusedStop(): Promise<Stop> {
  return page.evaluate<Stop>(FOCUSED_STOP);
}

/** Presses Tab until `until` says stop, acting at each stop; answers the stops without a visible focus. */
async function tabThrough(act: (stop: Stop) => Promise<void>, until: (stop: Stop) => boolean): Promise<string[]> {
  const unseen: string[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop();
    if (!stop.visible) unseen.push(stop.describe);
    if (until(stop)) return unseen;
    await act(stop);
  }
  throw new Error(`no end reached within ${MAX_STOPS} tab stops`);
}

/** In a radio group, moves with the arrow keys to the option labelled `label` (arrows also select). */
async function chooseRadio(label: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const stop = await focusedStop();
    if (stop.label.includes(label)) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${label}`);
}

/**
 * The file dialogs the page opens, in order. The listener is on from the start: Playwright asks the
 * browser to intercept file dialogs only when a listener is added, without waiting for the answer,
 * so a listener added just before Enter can miss the dialog Enter opens on a busy machine.
 */
function fileDialogs(): () => Promise<FileChooser> {
  const opened: FileChooser[] = [];
  const waiting: ((chooser: FileChooser) => void)[] = [];
  page.on('filechooser', (chooser) => {
    const next = waiting.shift();
    if (next) next(chooser);
    else opened.push(chooser);
  });
  return () => {
    const chooser = opened.shift();
    return chooser ? Promise.resolve(chooser) : new Promise((resolve) => waiting.push(resolve));
  };
}

describe('the apply flow by keyboard alone', () => {
  it('takes 张三 from the first field of 企业开办 to a filed case without a mouse, the focus always visible', async () => {
    const nextFileDialog = fileDialogs();
    await logIn(page, context, ACCOUNTS.zhangSan);
    await page.goto(APPLY_PATH);
    await page.locator('[data-testid="application-wizard"][data-step="form"]').waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    const chosen = new Set<string>();
    const unseenOnForm = await tabThrough(
      async (stop) => {
        if (!stop.field) return;
        if (stop.kind === 'text' && TEXT[stop.field] && !chosen.has(stop.field)) {
          chosen.add(stop.field);
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type(TEXT[stop.field]!);
        }
        if (stop.kind === 'radio' && CHOICE[stop.field] && !chosen.has(stop.field)) {
          chosen.add(stop.field);
          await chooseRadio(CHOICE[stop.field]!);
        }
        if (stop.kind === 'checkbox' && stop.field === 'seal_kind' && SEALS.includes(stop.label)) {
          chosen.add(`seal_kind:${stop.label}`);
          await page.keyboard.press('Space');
        }
      },
      (stop) => stop.testId === 'apply-next',
    );
    expect(unseenOnForm).toEqual([]);
    expect([...chosen].sort()).toEqual(
      [...Object.keys(TEXT), ...Object.keys(CHOICE), ...SEALS.map((seal) => `seal_kind:${seal}`)].sort(),
    );
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="application-wizard"][data-step="materials"]').waitFor();
    await page.getByTestId('materials-step').waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    const unseenOnMaterials = await tabThrough(
      async (stop) => {
        if (stop.material === 'investor_identity' && stop.kind === 'radio') {
          await chooseRadio('同意调用');
        } else if (stop.material === 'premises_proof' && stop.kind === 'checkbox') {
          await page.keyboard.press('Space');
        } else if (
          stop.kind === 'button' &&
          stop.material &&
          stop.material !== 'premises_proof' &&
          stop.materialState === 'missing' &&
          !stop.uploaded
        ) {
          // The upload button opens the system's file dialog; the test answers it with a file.
          const chooser = nextFileDialog();
          await page.keyboard.press('Enter');
          await (
            await chooser
          ).setFiles({ name: `${stop.material}.pdf`, mimeType: 'application/pdf', buffer: SMALL_PDF });
          await page
            .locator(
              `[data-testid="apply-material"][data-material="${stop.material}"] [data-testid="material-uploaded"]`,
            )
            .waitFor();
        }
      },
      (stop) => stop.testId === 'apply-next',
    );
    expect(unseenOnMaterials).toEqual([]);
    await page.keyboard.press('Enter');
    const review = page.locator('[data-testid="application-wizard"][data-step="review"]');
    await review.or(page.getByTestId('material-error').first()).waitFor();
    // A material the keyboard could not supply is named here rather than as a bare timeout.
    expect(await page.getByTestId('material-error').allTextContents()).toEqual([]);
    await review.waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    const unseenOnReview = await tabThrough(
      async (stop) => {
        if (stop.kind === 'radio' && stop.label.includes('电子送达')) await page.keyboard.press('Space');
      },
      (stop) => stop.testId === 'apply-submit',
    );
    expect(unseenOnReview).toEqual([]);
    await page.keyboard.press('Enter');
    const done = page.getByTestId('application-done');
    expect(await textOf(done.getByTestId('application-done-number'))).toMatch(/办件编号 \d{6,}/);
  }, 300_000);
});
