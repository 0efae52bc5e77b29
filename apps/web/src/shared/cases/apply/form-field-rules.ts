import type { CombinedField } from '@yici/contracts';
import type { Rule } from 'antd/es/form';
import { messages } from '../../../messages';

const text = messages.cases.apply;

const PATTERNS: Partial<Record<CombinedField['type'], { pattern: RegExp; message: (label: string) => string }>> = {
  phone: { pattern: /^1[3-9]\d{9}$/, message: () => text.phoneInvalid },
  id_number: { pattern: /^\d{17}[\dXx]$/, message: text.codeInvalid },
  uscc: { pattern: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/i, message: text.codeInvalid },
  date: { pattern: /^\d{4}-\d{2}-\d{2}$/, message: () => text.dateInvalid },
  number: { pattern: /^-?\d+(\.\d+)?$/, message: () => text.numberInvalid },
};

/** The checks the page can make before sending; the server checks the rest (check digits, registries). */
export function rulesForField(field: CombinedField): Rule[] {
  const rules: Rule[] = [];
  if (field.required) {
    const message =
      field.type === 'choice' || field.type === 'multi_choice'
        ? text.fieldChoose(field.label)
        : text.fieldRequired(field.label);
    rules.push({ required: true, whitespace: true, message });
  }
  const format = PATTERNS[field.type];
  if (format) rules.push({ pattern: format.pattern, message: format.message(field.label) });
  return rules;
}
