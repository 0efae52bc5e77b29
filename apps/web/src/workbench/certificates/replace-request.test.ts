import type { CertificateField } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { correctionFormData, toReplaceRequest } from './replace-request';

const fields: CertificateField[] = [
  { key: 'name', label: '姓名', type: 'string', required: true },
  { key: 'bornOn', label: '出生日期', type: 'date', required: true },
  { key: 'members', label: '人数', type: 'number', required: false },
  { key: 'note', label: '备注', type: 'string', required: false },
];

describe('the replace request', () => {
  it('prefills the correction form with the data of the type’s fields', () => {
    expect(correctionFormData({ name: '张三', bornOn: '1985-03-07', members: 3, legacy: 'x' }, fields)).toEqual({
      name: '张三',
      bornOn: '1985-03-07',
      members: 3,
    });
  });

  it('renews with the reason alone', () => {
    expect(toReplaceRequest('renew', { reason: ' 到期续期 ', data: { name: '李四' } }, fields)).toEqual({
      reason: '到期续期',
    });
  });

  it('replaces with the corrected data, trimmed and without empty optional fields', () => {
    const request = toReplaceRequest(
      'replace',
      { reason: '住址变更', data: { name: ' 张三 ', bornOn: '1985-03-07', members: 4, note: '  ' } },
      fields,
    );
    expect(request).toEqual({ reason: '住址变更', data: { name: '张三', bornOn: '1985-03-07', members: 4 } });
  });
});
