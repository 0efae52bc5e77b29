import type { Me } from '@yici/contracts';
import { describe, expect, it } from 'vitest';
import { judgeSession, loginPathFor, meetsLevel, safeNextPath } from './session-access';

const anonymous: Me = {
  kind: 'anonymous',
  accountId: null,
  name: null,
  idNumberMasked: null,
  phoneMasked: null,
  realNameLevel: null,
  roles: [],
  regionCode: null,
  departmentId: null,
  actingFor: null,
  entities: [],
  csrfToken: null,
};
const person = (realNameLevel: Me['realNameLevel']): Me => ({
  ...anonymous,
  kind: 'person',
  accountId: 'p-1',
  name: '张三',
  realNameLevel,
});
const staff = (roles: Me['roles']): Me => ({ ...anonymous, kind: 'staff', accountId: 's-1', name: '管理员', roles });

describe('who may open a page', () => {
  it('sends an anonymous visitor to log in whatever the page', () => {
    expect(judgeSession(anonymous, { audience: 'any' })).toBe('login');
    expect(judgeSession(anonymous, { audience: 'staff' })).toBe('login');
  });

  it('asks a person below the required real-name level to verify first', () => {
    expect(judgeSession(person('phone'), { audience: 'person', level: 'registry' })).toBe('level');
    expect(judgeSession(person(null), { audience: 'person', level: 'phone' })).toBe('level');
    expect(judgeSession(person('in_person'), { audience: 'person', level: 'registry' })).toBe('allowed');
  });

  it('keeps staff out of personal pages and people out of the workbench', () => {
    expect(judgeSession(staff(['administrator']), { audience: 'person' })).toBe('person_only');
    expect(judgeSession(person('registry'), { audience: 'staff' })).toBe('forbidden');
  });

  it('opens a workbench tool only to the roles it names', () => {
    const auditors = { audience: 'staff', roles: ['administrator', 'supervisor'] } as const;
    expect(judgeSession(staff(['supervisor']), auditors)).toBe('allowed');
    expect(judgeSession(staff(['window_clerk']), auditors)).toBe('forbidden');
  });

  it('orders the levels phone, registry, in person', () => {
    expect(meetsLevel('registry', 'phone')).toBe(true);
    expect(meetsLevel('phone', 'in_person')).toBe(false);
    expect(meetsLevel(null, 'phone')).toBe(false);
  });
});

describe('the page to return to after login', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/account/data-use?page=2')).toBe('/account/data-use?page=2');
  });

  it('refuses other sites, protocol-relative and absolute URLs', () => {
    expect(safeNextPath('//evil.example/x')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });

  it('is carried in the login link', () => {
    expect(loginPathFor({ pathname: '/account/mandates', search: '?tab=received' })).toBe(
      '/login?next=%2Faccount%2Fmandates%3Ftab%3Dreceived',
    );
  });
});
