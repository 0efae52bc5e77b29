import { describe, expect, it } from 'vitest';
import type { CaseItemSnapshot } from './cases.tables';
import { taskHandling } from './cases.views';

const item = (overrides: Partial<CaseItemSnapshot> = {}): CaseItemSnapshot => ({
  stepKey: 'housing_fund',
  basicCode: '372014001000',
  version: 1,
  implementationCode: '11370100MB2852097X372014001000',
  name: '住房公积金单位缴存登记',
  departmentId: '3701-housing_fund',
  departmentName: '济南市住房公积金管理中心',
  jointDepartments: [],
  dependsOn: ['licence'],
  promisedLimitDays: 1,
  resultCertificateType: null,
  ...overrides,
});
const task = (snapshot: CaseItemSnapshot) => ({
  implementationCode: snapshot.implementationCode,
  stepKey: snapshot.stepKey,
  departmentName: snapshot.departmentName,
  jointDepartments: snapshot.jointDepartments,
});

describe('taskHandling', () => {
  it('names a city body handling a county case and says why', () => {
    const snapshot = item({
      handledAt: { regionCode: '3701', regionName: '济南市', bodyName: '济南市住房公积金管理中心' },
    });
    const handling = taskHandling(task(snapshot), { items: [snapshot], regionName: '济南市历下区' });
    expect(handling).toEqual({
      departmentName: '济南市住房公积金管理中心',
      level: 'city',
      levelName: '市级',
      basis:
        '依据济南市实施清单（实施编码 11370100MB2852097X372014001000），实施主体为济南市住房公积金管理中心；济南市历下区未单独实施该事项，由市级部门办理。',
    });
  });

  it('lists the joint departments of a joint step', () => {
    const snapshot = item({
      handledAt: { regionCode: '370102', regionName: '历下区', bodyName: '历下区行政审批服务局' },
      jointDepartments: [
        { id: '370102-housing_construction', name: '历下区住房和城乡建设局' },
        { id: '370102-public_security', name: '历下区公安局' },
      ],
    });
    const handling = taskHandling(task(snapshot), { items: [snapshot], regionName: '济南市历下区' });
    expect(handling.level).toBe('county');
    expect(handling.basis).toContain('联合审查：历下区住房和城乡建设局、历下区公安局分别出具意见');
    expect(handling.basis).not.toContain('未单独实施');
  });

  it('falls back to the implementation code for a case filed before the handling body was kept', () => {
    const snapshot = item();
    const handling = taskHandling(task(snapshot), { items: [snapshot], regionName: '济南市历下区' });
    expect(handling).toMatchObject({ level: null, levelName: null });
    expect(handling.basis).toBe('依据实施清单（实施编码 11370100MB2852097X372014001000）。');
  });
});
