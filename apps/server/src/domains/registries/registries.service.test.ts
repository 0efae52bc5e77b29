import { describe, expect, it } from 'vitest';
import { PersonViewSchema } from '@yici/contracts';
import { DEMO_RESIDENTS } from './registries.demo';
import { maskPhone, toPersonView } from './registries.service';

describe('list views', () => {
  it('masks the middle of a mobile number', () => {
    expect(maskPhone('13805310001')).toBe('138****0001');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('shows a person in a list without the full ID number, phone, birth date or address', () => {
    const view = toPersonView(DEMO_RESIDENTS.zhangSan);
    expect(view).toEqual({
      idNumber: '370102********1238',
      name: '张三',
      sex: 'male',
      householdRegionCode: '370102001002',
      phone: '138****0001',
    });
    expect(PersonViewSchema.strict().parse(view)).toEqual(view);
  });
});
