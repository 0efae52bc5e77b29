import { DEPARTMENT_CODES, EXERCISE_LEVELS, ITEM_TYPES } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';
import { checkUscc } from '../../platform/codes';

/**
 * Item codes (GB/T 39554.1, docs/DOMAIN.md §3). A basic code is 12 characters:
 * region 2 + item type 2 + department 2 + sequence 3 + sub-item 3 (000 none, 00Y has sub-items).
 * An implementation code is 31: the implementing body's USCC 18 + exercise level 1 + basic code.
 */
export type BasicCodeParts = {
  region: string;
  itemType: keyof typeof ITEM_TYPES;
  department: string;
  sequence: string;
  subItem: string;
};

export type ImplementationCodeParts = {
  uscc: string;
  exerciseLevel: keyof typeof EXERCISE_LEVELS;
  basic: BasicCodeParts;
};

type Parsed<T> = { ok: true; parts: T } | { ok: false; issues: FieldIssue[] };

const DEPARTMENT_CODE_SET = new Set<string>(Object.values(DEPARTMENT_CODES));

export function parseBasicCode(code: string, path = 'code'): Parsed<BasicCodeParts> {
  if (code.length !== 12) {
    return { ok: false, issues: [{ path, message: `基本编码应为 12 位，实际 ${code.length} 位` }] };
  }
  const region = code.slice(0, 2);
  const itemType = code.slice(2, 4);
  const department = code.slice(4, 6);
  const sequence = code.slice(6, 9);
  const subItem = code.slice(9, 12);
  const issues: FieldIssue[] = [];
  if (!/^\d{2}$/.test(region)) issues.push({ path: `${path}.region`, message: `区划部分“${region}”应为 2 位数字` });
  if (!(itemType in ITEM_TYPES)) issues.push({ path: `${path}.itemType`, message: `事项类型“${itemType}”不存在` });
  if (!DEPARTMENT_CODE_SET.has(department)) {
    issues.push({ path: `${path}.department`, message: `部门代码“${department}”不存在` });
  }
  if (!/^\d{3}$/.test(sequence)) issues.push({ path: `${path}.sequence`, message: `顺序号“${sequence}”应为 3 位数字` });
  if (!/^(\d{3}|00Y)$/.test(subItem)) {
    issues.push({ path: `${path}.subItem`, message: `子项代码“${subItem}”应为 3 位数字或 00Y` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    parts: { region, itemType: itemType as BasicCodeParts['itemType'], department, sequence, subItem },
  };
}

export function parseImplementationCode(code: string, path = 'code'): Parsed<ImplementationCodeParts> {
  if (code.length !== 31) {
    return { ok: false, issues: [{ path, message: `实施编码应为 31 位，实际 ${code.length} 位` }] };
  }
  const uscc = code.slice(0, 18);
  const level = code.slice(18, 19);
  const issues: FieldIssue[] = [];
  const usccCheck = checkUscc(uscc);
  // A code whose check character fails is still a real body's code; only its shape is an error here.
  if (!usccCheck.valid && usccCheck.reason !== 'check_character') {
    issues.push({ path: `${path}.uscc`, message: `实施主体统一社会信用代码“${uscc}”格式不正确` });
  }
  if (!(level in EXERCISE_LEVELS)) issues.push({ path: `${path}.exerciseLevel`, message: `行使层级“${level}”不存在` });
  const basic = parseBasicCode(code.slice(19), `${path}.basicCode`);
  if (!basic.ok) issues.push(...basic.issues);
  if (issues.length > 0 || !basic.ok) return { ok: false, issues };
  return {
    ok: true,
    parts: { uscc, exerciseLevel: level as ImplementationCodeParts['exerciseLevel'], basic: basic.parts },
  };
}

export function exerciseLevelDigit(level: (typeof EXERCISE_LEVELS)[keyof typeof EXERCISE_LEVELS]): string {
  const entry = Object.entries(EXERCISE_LEVELS).find(([, name]) => name === level);
  return entry![0];
}
