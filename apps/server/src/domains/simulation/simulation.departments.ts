import type { RequestContext } from '../../platform/actor';
import { sm3Hex } from '../../platform/crypto/sm';
import { STAFF_PASSWORD, staffContext, type World } from './simulation.world';

/**
 * A department's staffing in the simulated province: the profile's number of staff for its kind
 * (`departments.byKind.<kind>.staffPerDepartment`, else the default), each bound to the department
 * the way an administrator creates staff (identity's createStaff: access check, password hash,
 * audit entry), the first time the department has work; found again on resume by their logins.
 * Only they list, claim and decide the department's tasks and give its opinions on joint steps.
 */
export async function departmentStaffOf(world: World, departmentId: string): Promise<RequestContext[]> {
  const cached = world.caches.departmentStaff.get(departmentId);
  if (cached) return cached;
  const department = await departmentOf(world, departmentId);
  const speed = world.profile.departments.byKind[department.kind] ?? world.profile.departments.default;
  const existing = world.caches.staffByLogin;
  const hash = sm3Hex(departmentId);
  const team: RequestContext[] = [];
  for (let i = 1; i <= speed.staffPerDepartment; i++) {
    // The first keeps the login and phone a department's single clerk had before staffing was per department.
    const login = i === 1 ? `sim.dept.${hash.slice(0, 12)}` : `sim.dept.${hash.slice(0, 12)}.${i}`;
    const phoneHash = i === 1 ? hash : sm3Hex(`${departmentId}#${i}`);
    const found =
      existing.get(login) ??
      (await world.services.identity.createStaff(world.admin, {
        login,
        name: `${department.name.slice(0, 20)}模拟科员${i === 1 ? '' : i}`,
        phone: `137${String(parseInt(phoneHash.slice(12, 20), 16) % 10 ** 8).padStart(8, '0')}`,
        password: STAFF_PASSWORD,
        roles: ['reviewer', 'approver'],
        regionCode: department.regionCode,
        departmentId,
      }));
    existing.set(login, found);
    team.push(staffContext(found, `simulate-${login}`));
  }
  world.caches.departmentStaff.set(departmentId, team);
  return team;
}

/** A department as the network holds it, read once per run. */
export async function departmentOf(world: World, departmentId: string) {
  const cached = world.caches.departments.get(departmentId);
  if (cached) return cached;
  const found = await world.services.network.getDepartment(departmentId);
  world.caches.departments.set(departmentId, found);
  return found;
}
