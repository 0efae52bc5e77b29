import type { CertificateField } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { fieldValueText, labelledFields, validityText } from './certificate-display';

const sex: CertificateField = {
  key: 'sex',
  label: '性别',
  type: 'enum',
  required: true,
  options: [
    { value: 'male', label: '男' },
    { value: 'female', label: '女' },
  ],
};
const name: CertificateField = { key: 'name', label: '姓名', type: 'string', required: true };

describe('certificate fields on screen', () => {
  it('shows an open-ended validity as 长期', () => {
    expect(validityText('2016-03-07', '2036-03-07')).toBe('2016-03-07 至 2036-03-07');
    expect(validityText('2026-01-01', null)).toBe('2026-01-01 至 长期');
  });

  it('shows an enum by its label and an empty value as 无', () => {
    expect(fieldValueText(sex, 'female')).toBe('女');
    expect(fieldValueText(name, '')).toBe('无');
    expect(fieldValueText(undefined, 12.5)).toBe('12.5');
  });

  it("lists the data in the type's order, then keys the type does not know under their own name", () => {
    const rows = labelledFields([name, sex], { legacyNote: '旧版', sex: 'male', name: '张三' });
    expect(rows.map((row) => `${row.label}=${row.value}`)).toEqual(['姓名=张三', '性别=男', 'legacyNote=旧版']);
  });
});
