import { randomUUID } from 'node:crypto';
import type { CursorQuery, ListCount } from '@yici/contracts';
import type { RequestContext, StaffRole } from '../../platform/actor';
import { requireStaff } from '../../platform/access/access';
import { maskPhone, type IdentityDeps } from './identity.deps';
import { identityErrors } from './identity.errors';
import { hashPassword } from './identity.passwords';
import { createIdentityRepository, STAFF_ORDER, type AccountRow } from './identity.repository';

export type StaffView = {
  id: string;
  login: string;
  name: string;
  phoneMasked: string;
  roles: StaffRole[];
  regionCode: string;
  departmentId: string | null;
  status: 'active' | 'disabled';
};

export type StaffPage = {
  items: StaffView[];
  next: string | null;
  prev: string | null;
  count: ListCount;
  limit: number;
};

const toView = (a: AccountRow): StaffView => ({
  id: a.id,
  login: a.login,
  name: a.name,
  phoneMasked: maskPhone(a.phone),
  roles: a.roles as StaffRole[],
  regionCode: a.regionCode ?? '37',
  departmentId: a.departmentId,
  status: a.status,
});

/** Staff administration: administrators manage accounts, roles and data scope within their own region. */
export function createStaffUseCases(deps: IdentityDeps) {
  const { db, clock, audit, cursors } = deps;
  const baseRepo = createIdentityRepository(db);

  return {
    /**
     * The staff accounts of the administrator's region and below, by login, a page at a time along
     * signed cursors. The region is in the cursor's filters: a cursor of another administrator's
     * scope is refused rather than read in this one.
     */
    async listStaff(context: RequestContext, query: CursorQuery): Promise<StaffPage> {
      const admin = requireStaff(context, 'staff:manage');
      const request = cursors.open({
        list: 'staff_accounts',
        filters: { regionPrefix: admin.regionCode },
        query,
        order: STAFF_ORDER,
      });
      const { rows, count } = await baseRepo.staffPage({
        regionPrefix: admin.regionCode,
        position: request.position,
        limit: request.limit,
      });
      const page = cursors.close(request, rows, (r) => [r.login]);
      return { items: page.rows.map(toView), next: page.next, prev: page.prev, count, limit: request.limit };
    },

    async createStaff(
      context: RequestContext,
      input: {
        login: string;
        name: string;
        phone: string;
        password: string;
        roles: StaffRole[];
        regionCode: string;
        departmentId: string | null;
      },
    ): Promise<StaffView> {
      requireStaff(context, 'staff:manage', { kind: 'region', regionCode: input.regionCode });
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        if (await repo.findAccountByLogin(input.login)) {
          throw identityErrors.accountExists([{ path: 'login', message: '该登录名已被使用' }]);
        }
        const account: AccountRow = {
          id: randomUUID(),
          kind: 'staff',
          login: input.login,
          name: input.name,
          idNumber: null,
          phone: input.phone,
          passwordHash,
          phoneVerifiedAt: null,
          realNameLevel: null,
          status: 'active',
          failedLogins: 0,
          lockedUntil: null,
          roles: input.roles,
          departmentId: input.departmentId,
          regionCode: input.regionCode,
          createdAt: clock.now(),
        };
        await repo.insertAccount(account);
        await audit.record(tx, context, {
          action: 'identity.staff.create',
          subjectType: 'account',
          subjectId: account.id,
          details: { roles: input.roles, regionCode: input.regionCode },
        });
        return toView(account);
      });
    },

    async updateStaff(
      context: RequestContext,
      input: {
        id: string;
        roles?: StaffRole[];
        regionCode?: string;
        departmentId?: string | null;
        status?: 'active' | 'disabled';
      },
    ): Promise<StaffView> {
      const admin = requireStaff(context, 'staff:manage');
      const current = await baseRepo.findAccount(input.id);
      if (!current || current.kind !== 'staff' || !(current.regionCode ?? '').startsWith(admin.regionCode)) {
        throw identityErrors.staffNotFound();
      }
      if (input.regionCode) requireStaff(context, 'staff:manage', { kind: 'region', regionCode: input.regionCode });
      const { id, ...changes } = input;
      return db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        await repo.updateAccount(id, changes);
        // A disabled account or a narrowed scope takes effect now, not at the next login.
        if (changes.status === 'disabled' || changes.roles || changes.regionCode)
          await repo.revokeSessions(id, clock.now());
        await audit.record(tx, context, {
          action: 'identity.staff.update',
          subjectType: 'account',
          subjectId: id,
          details: changes,
        });
        return toView((await repo.findAccount(id))!);
      });
    },
  };
}
