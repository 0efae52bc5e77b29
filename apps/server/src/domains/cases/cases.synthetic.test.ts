import { describe, expect, it } from 'vitest';
import { copyLine } from '../../platform/db/bulk-copy';
import { syntheticClockLine } from '../deadlines/deadlines.synthetic';
import { syntheticCaseLine, syntheticTaskLine, type SyntheticCase, type SyntheticTask } from './cases.synthetic';

const theCase: SyntheticCase = {
  id: '96eb69b9-5e00-4000-8000-000000000001',
  caseNumber: '113714020203714021437010800300020180720Z000',
  regionCode: '371402',
  regionName: '德城区',
  implementationCode: '1137140202037140214370108003000',
  bundleId: null,
  title: '建筑工程施工许可证核发\t（含\\变更）',
  status: 'completed',
  channel: 'window',
  applicantKind: 'legal_person',
  applicantId: '913714028KDY726D1R',
  applicantName: '德州琴岛物流有限公司',
  filedByAccountId: 'synthetic:staff:371402',
  filedByKind: 'staff',
  filedByName: '德城区窗口',
  servicePointName: null,
  visits: 1,
  outcome: 'granted',
  promisedLimitDays: 3,
  correctionRound: 0,
  createdAt: '2018-07-20T00:31:00.000Z',
  receivedOn: '2018-07-20',
  acceptedOn: '2018-07-20',
  completedAt: null,
};

const task: SyntheticTask = {
  id: '96eb69b9-5e01-4000-8000-000000000010',
  caseId: theCase.id,
  regionCode: '371402',
  stepKey: null,
  basicCode: '370108003000',
  itemVersion: 1,
  implementationCode: '1137140202037140214370108003000',
  name: '建筑工程施工许可证核发',
  departmentId: '371402-approval_bureau',
  departmentName: '德城区行政审批服务局\n',
  status: 'claimed',
  limitDays: 3,
  decision: null,
  decidedAt: null,
  createdAt: '2018-07-20T00:31:00.000Z',
  openedOn: '2018-07-20',
};

describe('synthetic rows in COPY text', () => {
  it('are the rows copyLine renders: the same columns in order, free text escaped, nulls as \\N', () => {
    const delivery = {
      method: 'electronic',
      status: 'not_ready',
      address: null,
      recipient: null,
      phone: null,
      trackingNumber: null,
      deliveredAt: null,
    };
    const c = theCase;
    expect(syntheticCaseLine(c)).toBe(
      copyLine([
        ...[c.id, c.caseNumber, c.regionCode, c.regionName, c.implementationCode, c.bundleId, c.title, c.status],
        ...[c.channel, c.applicantKind, c.applicantId, c.applicantName, c.filedByAccountId, c.filedByKind],
        ...[c.filedByName, c.servicePointName, {}, [], [], [], delivery, c.visits, c.outcome, c.promisedLimitDays],
        ...[c.correctionRound, c.createdAt, c.createdAt, c.receivedOn, c.acceptedOn, c.completedAt, true],
      ]),
    );
    const t = task;
    expect(syntheticTaskLine(t)).toBe(
      copyLine([
        ...[t.id, t.caseId, t.regionCode, t.stepKey, t.basicCode, t.itemVersion, t.implementationCode, t.name],
        ...[t.departmentId, t.departmentName, [], [], t.status, t.limitDays, [], t.decision, t.decidedAt],
        ...[{ certificates: [], values: {} }, t.createdAt, t.openedOn, true],
      ]),
    );
    const clock = {
      id: `task:${t.id}`,
      subjectType: 'task' as const,
      subjectId: t.id,
      regionCode: '371402',
      limitDays: 3,
      baseOn: '2018-07-20',
      stoppedOn: null,
      elapsedWorkdays: null,
      dueOn: '2018-07-25',
      updatedAt: '2018-07-20T00:31:00.000Z',
    };
    expect(syntheticClockLine(clock)).toBe(
      copyLine([...Object.values(clock), true] as (string | number | null | boolean)[]),
    );
  });
});
