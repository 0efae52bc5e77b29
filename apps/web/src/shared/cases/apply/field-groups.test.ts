import type { CombinedField } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { groupFields } from './field-groups';

const field = (key: string, usedBy: string[]) =>
  ({ key, label: key, type: 'text', usedBy }) as unknown as CombinedField;
const items = [
  { basicCode: 'A', name: '企业设立登记' },
  { basicCode: 'B', name: '公章刻制备案' },
  { basicCode: 'C', name: '银行开户' },
];

describe('combined form groups', () => {
  it('puts the fields every item asks first, then shared ones, then each item’s own in item order', () => {
    const groups = groupFields(
      [
        field('bank_date', ['C']),
        field('name', ['A', 'B', 'C']),
        field('seal_kind', ['B']),
        field('phone', ['C', 'A']),
      ],
      items,
    );
    expect(groups.map((g) => g.fields.map((f) => f.key))).toEqual([['name'], ['phone'], ['seal_kind'], ['bank_date']]);
    expect(groups[0]).toMatchObject({ shared: true, usedBy: ['企业设立登记', '公章刻制备案', '银行开户'] });
    expect(groups[1]).toMatchObject({ shared: false, usedBy: ['企业设立登记', '银行开户'] });
  });

  it('does not call the fields of a single-item application shared', () => {
    expect(groupFields([field('name', ['A'])], [items[0]!])[0]!.shared).toBe(false);
  });
});
