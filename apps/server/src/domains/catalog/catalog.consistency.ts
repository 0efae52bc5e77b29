import type { ItemElements, Material } from '@yici/contracts';

export type DeviationKind = 'different' | 'extra' | 'missing' | 'looser' | 'stricter';
export type ElementDeviation = {
  element: string;
  kind: DeviationKind;
  standard: unknown;
  actual: unknown;
  message: string;
};

/** Elements where a larger number is worse for the applicant. */
const LIMIT_ELEMENTS = new Set(['statutoryLimitDays', 'promisedLimitDays', 'visits']);
const ELEMENT_LABELS: Partial<Record<keyof ItemElements, string>> = {
  materials: '申请材料',
  acceptanceConditions: '受理条件',
  promisedLimitDays: '承诺时限',
  statutoryLimitDays: '法定时限',
  visits: '跑动次数',
  fees: '收费',
  consultationPhone: '咨询电话',
  complaintPhone: '投诉电话',
  legalBasis: '设定依据',
  handlingForms: '办理形式',
  onlineDepth: '网办深度',
};

const label = (element: string) => ELEMENT_LABELS[element as keyof ItemElements] ?? element;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How one implementation departs from its standard item ("同一标准"): every overridden element is
 * compared with the standard and classified, materials and conditions one by one.
 */
export function compareWithStandard(standard: ItemElements, overrides: Partial<ItemElements>): ElementDeviation[] {
  const deviations: ElementDeviation[] = [];
  for (const [element, actual] of Object.entries(overrides)) {
    const expected = standard[element as keyof ItemElements];
    if (same(expected, actual)) continue;
    if (element === 'materials') {
      deviations.push(...compareMaterials(standard.materials, actual as Material[]));
    } else if (element === 'acceptanceConditions' || element === 'legalBasis') {
      deviations.push(...compareLists(element, expected as string[], actual as string[]));
    } else if (LIMIT_ELEMENTS.has(element) && typeof actual === 'number' && typeof expected === 'number') {
      const looser = actual > expected;
      deviations.push({
        element,
        kind: looser ? 'looser' : 'stricter',
        standard: expected,
        actual,
        message: `${label(element)}为 ${actual}，${looser ? '宽于' : '严于'}省级标准 ${expected}`,
      });
    } else if (element === 'fees') {
      const kind = (actual as unknown[]).length > (expected as unknown[]).length ? 'extra' : 'different';
      deviations.push({ element, kind, standard: expected, actual, message: `收费与省级标准不一致` });
    } else if ((actual === null || actual === '') && expected !== null) {
      deviations.push({ element, kind: 'missing', standard: expected, actual, message: `缺少要素：${label(element)}` });
    } else {
      deviations.push({
        element,
        kind: 'different',
        standard: expected,
        actual,
        message: `${label(element)}与省级标准不一致`,
      });
    }
  }
  return deviations;
}

function compareMaterials(standard: Material[], actual: Material[]): ElementDeviation[] {
  const result: ElementDeviation[] = [];
  const byKey = new Map(standard.map((m) => [m.key, m]));
  const actualKeys = new Set(actual.map((m) => m.key));
  for (const m of actual) {
    const expected = byKey.get(m.key);
    if (!expected) {
      result.push({
        element: 'materials',
        kind: 'extra',
        standard: null,
        actual: m,
        message: `增加了申请材料“${m.name}”`,
      });
    } else if (!same(expected, m)) {
      result.push({
        element: 'materials',
        kind: 'different',
        standard: expected,
        actual: m,
        message: `申请材料“${m.name}”的要求与省级标准不一致`,
      });
    }
  }
  for (const m of standard) {
    if (!actualKeys.has(m.key) && m.required) {
      result.push({
        element: 'materials',
        kind: 'missing',
        standard: m,
        actual: null,
        message: `缺少必要申请材料“${m.name}”`,
      });
    } else if (!actualKeys.has(m.key)) {
      result.push({
        element: 'materials',
        kind: 'missing',
        standard: m,
        actual: null,
        message: `缺少申请材料“${m.name}”`,
      });
    }
  }
  return result;
}

function compareLists(element: string, standard: string[], actual: string[]): ElementDeviation[] {
  const result: ElementDeviation[] = [];
  for (const entry of actual) {
    if (!standard.includes(entry)) {
      result.push({
        element,
        kind: 'extra',
        standard: null,
        actual: entry,
        message: `增加了${label(element)}“${entry}”`,
      });
    }
  }
  for (const entry of standard) {
    if (!actual.includes(entry)) {
      result.push({
        element,
        kind: 'missing',
        standard: entry,
        actual: null,
        message: `缺少${label(element)}“${entry}”`,
      });
    }
  }
  return result;
}

export type QaFinding = { rule: string; message: string };

/** The catalog QA rules (docs/DOMAIN.md §4) every item and implementation must pass. */
export function checkItemQuality(elements: ItemElements): QaFinding[] {
  const findings: QaFinding[] = [];
  if (elements.visits > 0 && !elements.visitReason?.trim()) {
    findings.push({ rule: 'VISIT_REASON_REQUIRED', message: `跑动 ${elements.visits} 次但未说明到现场的理由` });
  }
  if (elements.visits === 0 && !elements.handlingForms.includes('online') && !elements.handlingForms.includes('mail')) {
    findings.push({ rule: 'ZERO_VISIT_NEEDS_CHANNEL', message: '零跑腿事项既不能网上办理，也未提供邮寄' });
  }
  for (const fee of elements.fees) {
    if (!fee.basis.trim()) findings.push({ rule: 'FEE_BASIS_REQUIRED', message: `收费项目“${fee.name}”缺少收费依据` });
  }
  if (!elements.consultationPhone?.trim())
    findings.push({ rule: 'CONSULTATION_PHONE_REQUIRED', message: '缺少咨询电话' });
  if (!elements.complaintPhone?.trim()) findings.push({ rule: 'COMPLAINT_PHONE_REQUIRED', message: '缺少投诉电话' });
  if (
    elements.consultationPhone?.trim() &&
    elements.complaintPhone?.trim() &&
    elements.consultationPhone.trim() === elements.complaintPhone.trim()
  ) {
    findings.push({ rule: 'PHONES_MUST_DIFFER', message: '咨询电话与投诉电话相同' });
  }
  if (elements.promisedLimitDays > elements.statutoryLimitDays) {
    findings.push({ rule: 'PROMISE_WITHIN_STATUTE', message: '承诺时限超过法定时限' });
  }
  return findings;
}
