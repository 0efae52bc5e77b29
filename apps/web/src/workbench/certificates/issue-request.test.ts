import type { CertificateField } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { toIssueRequest } from './issue-request';

const fields: CertificateField[] = [
  { key: 'name', label: '名称', type: 'string', required: true },
  { key: 'establishedOn', label: '成立日期', type: 'date', required: true },
  { key: 'registeredCapitalWanYuan', label: '注册资本（万元）', type: 'number', required: false },
  { key: 'operatingTo', label: '营业期限至', type: 'date', required: false },
];

describe('the issue request', () => {
  it('sends dates as YYYY-MM-DD, trims text and leaves out empty optional fields', () => {
    const request = toIssueRequest(
      {
        type: 'business_licence',
        issuerDepartmentId: '3701-approval_bureau',
        caseId: '  ',
        data: {
          name: ' 济南一次网络科技有限公司 ',
          establishedOn: { format: () => '2020-05-06' },
          registeredCapitalWanYuan: 100,
          operatingTo: null,
        },
      },
      fields,
    );
    expect(request).toEqual({
      type: 'business_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: { name: '济南一次网络科技有限公司', establishedOn: '2020-05-06', registeredCapitalWanYuan: 100 },
    });
  });

  it('sends only the fields of the chosen type, with the case when given', () => {
    const request = toIssueRequest(
      { type: 'x', issuerDepartmentId: 'd', caseId: 'C-1', data: { name: 'A', stale: 'from another type' } },
      fields.slice(0, 1),
    );
    expect(request).toEqual({ type: 'x', issuerDepartmentId: 'd', caseId: 'C-1', data: { name: 'A' } });
  });
});
