import type { Clock } from '../../platform/clock';
import type { StaffRole } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import { hashPassword } from './identity.passwords';
import { createIdentityRepository } from './identity.repository';

/** The password of every demo account; printed by `npm start`. */
export const DEMO_PASSWORD = 'Yici@2018';

export type DemoPerson = { id: string; name: string; idNumber: string; phone: string };
export type DemoEntity = { uscc: string; name: string };

const DEMO_STAFF: {
  login: string;
  name: string;
  roles: StaffRole[];
  regionCode: string;
  departmentId: string | null;
  phone: string;
}[] = [
  {
    login: 'admin',
    name: '省级管理员',
    roles: ['administrator'],
    regionCode: '37',
    departmentId: null,
    phone: '13900000000',
  },
  {
    login: 'clerk.lixia',
    name: '窗口受理员',
    roles: ['window_clerk'],
    regionCode: '370102',
    departmentId: null,
    phone: '13900000001',
  },
  {
    login: 'reviewer.jinan',
    name: '审批科员',
    roles: ['reviewer'],
    regionCode: '3701',
    departmentId: '3701-approval_bureau',
    phone: '13900000002',
  },
  {
    login: 'approver.jinan',
    name: '审批科长',
    roles: ['approver'],
    regionCode: '3701',
    departmentId: '3701-approval_bureau',
    phone: '13900000003',
  },
  {
    // 历下区并联审批: a reviewer and approver for every department of the district, so a demo
    // journey can be walked by one person; department-bound staff above show the narrower scope.
    login: 'approver.lixia',
    name: '并联审批员',
    roles: ['reviewer', 'approver'],
    regionCode: '370102',
    departmentId: null,
    phone: '13900000008',
  },
  {
    login: 'agent.lixia',
    name: '帮办代办员',
    roles: ['agent'],
    regionCode: '370102',
    departmentId: null,
    phone: '13900000004',
  },
  {
    login: 'hotline.jinan',
    name: '12345话务员',
    roles: ['hotline_operator'],
    regionCode: '3701',
    departmentId: null,
    phone: '13900000005',
  },
  {
    login: 'supervisor',
    name: '效能督查员',
    roles: ['supervisor'],
    regionCode: '37',
    departmentId: null,
    phone: '13900000006',
  },
  {
    login: 'evaluator',
    name: '营商环境评价员',
    roles: ['evaluator'],
    regionCode: '37',
    departmentId: null,
    phone: '13900000007',
  },
];

export const DEMO_STAFF_LOGINS = DEMO_STAFF.map((s) => ({ login: s.login, name: s.name, roles: s.roles }));

/**
 * Demo accounts: two residents verified against the population registry (one the legal
 * representative of the demo company, bound to it) and one staff member per role.
 */
export async function seedDemoAccounts(
  tx: DbOrTx,
  options: { clock: Clock; people: DemoPerson[]; legalRepresentative: { personId: string; entity: DemoEntity } },
): Promise<void> {
  const repo = createIdentityRepository(tx);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = options.clock.now();
  for (const person of options.people) {
    await repo.insertAccount({
      id: person.id,
      kind: 'person',
      login: person.phone,
      name: person.name,
      idNumber: person.idNumber,
      phone: person.phone,
      passwordHash,
      phoneVerifiedAt: now,
      realNameLevel: 'registry',
      status: 'active',
      createdAt: now,
    });
  }
  await repo.insertBinding({
    id: `demo-binding-${options.legalRepresentative.entity.uscc}`,
    uscc: options.legalRepresentative.entity.uscc,
    entityName: options.legalRepresentative.entity.name,
    accountId: options.legalRepresentative.personId,
    capacity: 'legal_representative',
    grantedBy: 'seed',
    overrideReason: null,
    createdAt: now,
  });
  for (const staff of DEMO_STAFF) {
    await repo.insertAccount({
      id: `demo-staff-${staff.login}`,
      kind: 'staff',
      login: staff.login,
      name: staff.name,
      idNumber: null,
      phone: staff.phone,
      passwordHash,
      status: 'active',
      roles: staff.roles,
      regionCode: staff.regionCode,
      departmentId: staff.departmentId,
      createdAt: now,
    });
  }
}
