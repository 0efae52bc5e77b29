import { randomUUID } from 'node:crypto';
import type { Me } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { requireAccess, requirePerson, requireStaff } from '../../platform/access/access';
import { isValidIdNumber, maskIdNumber } from '../../platform/codes';
import { checkCode, issueCode, useCode } from './identity.codes';
import { maskPhone, type IdentityDeps } from './identity.deps';
import { identityErrors } from './identity.errors';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './identity.passwords';
import { createIdentityRepository, type AccountRow } from './identity.repository';
import { openSession, type NewSession } from './identity.sessions';

const LOCK_AFTER_FAILURES = 5;
const MAX_LOCK_MINUTES = 24 * 60;

/** Back-off: 1 minute after the fifth failure, doubling with each further one, at most a day. */
export function lockMinutesAfter(failures: number): number {
  if (failures < LOCK_AFTER_FAILURES) return 0;
  return Math.min(2 ** (failures - LOCK_AFTER_FAILURES), MAX_LOCK_MINUTES);
}

export type LoginOutcome =
  | { status: 'logged_in'; session: NewSession }
  | { status: 'second_factor_required'; challengeId: string; sentTo: string };

export function createAccountUseCases(deps: IdentityDeps) {
  const { db, clock, outbox, audit, registries } = deps;
  const baseRepo = createIdentityRepository(db);

  async function sendPhoneCode(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], account: AccountRow) {
    const { code } = await issueCode(createIdentityRepository(tx), {
      accountId: account.id,
      purpose: 'verify_phone',
      now: clock.now(),
    });
    await outbox.enqueue(tx, {
      channel: 'sms',
      recipient: account.phone,
      template: 'verify_phone',
      body: `【山东政务服务】您的验证码为 ${code}，5 分钟内有效。如非本人操作请忽略。`,
      payload: { accountId: account.id },
    });
  }

  return {
    /** A natural person registers with name, ID number and phone; a code goes to the phone. */
    async register(
      context: RequestContext,
      input: { name: string; idNumber: string; phone: string; password: string },
    ): Promise<{ accountId: string; session: NewSession }> {
      requireAccess(context, 'public:read');
      if (!isValidIdNumber(input.idNumber)) throw identityErrors.idNumberInvalid();
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        const clashes = [];
        if (await repo.findPersonByIdNumber(input.idNumber))
          clashes.push({ path: 'idNumber', message: '该身份证号已注册' });
        if (await repo.findAccountByLogin(input.phone)) clashes.push({ path: 'phone', message: '该手机号已注册' });
        if (clashes.length > 0) throw identityErrors.accountExists(clashes);
        const account: AccountRow = {
          id: randomUUID(),
          kind: 'person',
          login: input.phone,
          name: input.name,
          idNumber: input.idNumber,
          phone: input.phone,
          passwordHash,
          phoneVerifiedAt: null,
          realNameLevel: null,
          status: 'active',
          failedLogins: 0,
          lockedUntil: null,
          roles: [],
          departmentId: null,
          regionCode: null,
          createdAt: clock.now(),
        };
        await repo.insertAccount(account);
        await sendPhoneCode(tx, account);
        await audit.record(
          tx,
          {
            ...context,
            actor: {
              kind: 'person',
              accountId: account.id,
              name: account.name,
              idNumber: account.idNumber!,
              realNameLevel: null,
              actingFor: null,
            },
          },
          {
            action: 'identity.account.register',
            subjectType: 'account',
            subjectId: account.id,
          },
        );
        // Registration logs the person in, so they can confirm the code sent to their phone.
        const session = await openSession(repo, {
          accountId: account.id,
          now: clock.now(),
          ip: context.ip,
          policy: deps.sessionPolicy,
        });
        return { accountId: account.id, session };
      });
    },

    async resendPhoneCode(context: RequestContext): Promise<void> {
      const actor = requirePerson(context, 'account:real_name');
      await db.transaction(async (tx) => {
        const account = await createIdentityRepository(tx).findAccount(actor.accountId);
        if (!account) throw identityErrors.accountNotFound();
        await sendPhoneCode(tx, account);
      });
    },

    /** The first real-name level: the phone is the person's. */
    async verifyPhone(context: RequestContext, input: { code: string }): Promise<void> {
      const actor = requirePerson(context, 'account:real_name');
      const now = clock.now();
      // The latest code, used or not, so that a reused code is reported as used rather than unknown.
      const latest = await baseRepo.latestCode(actor.accountId, 'verify_phone');
      const row = await checkCode(baseRepo, { row: latest, code: input.code, now });
      await db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        await useCode(repo, { id: row.id, now });
        const account = (await repo.findAccount(actor.accountId))!;
        await repo.updateAccount(account.id, {
          phoneVerifiedAt: now,
          realNameLevel: account.realNameLevel ?? 'phone',
        });
        await audit.record(tx, context, {
          action: 'identity.phone.verify',
          subjectType: 'account',
          subjectId: account.id,
        });
      });
    },

    /** The second level: name and ID number match the population registry. */
    async verifyRealNameByRegistry(context: RequestContext): Promise<void> {
      const actor = requirePerson(context, 'account:real_name');
      const account = await baseRepo.findAccount(actor.accountId);
      if (!account?.phoneVerifiedAt) throw identityErrors.phoneNotVerified();
      const matches = await registries.matchPerson(context, { idNumber: account.idNumber!, name: account.name });
      if (!matches) throw identityErrors.registryMismatch();
      await db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        if (account.realNameLevel !== 'in_person') await repo.updateAccount(account.id, { realNameLevel: 'registry' });
        await audit.record(tx, context, {
          action: 'identity.real_name.registry',
          subjectType: 'account',
          subjectId: account.id,
          purpose: '实名核验',
        });
      });
    },

    /** The highest level: a clerk saw the person and their identity card at a hall. */
    async verifyInPerson(context: RequestContext, input: { accountId: string }): Promise<void> {
      requireStaff(context, 'identity:verify_in_person');
      await db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        const account = await repo.findAccount(input.accountId);
        if (!account || account.kind !== 'person') throw identityErrors.accountNotFound();
        await repo.updateAccount(account.id, {
          realNameLevel: 'in_person',
          phoneVerifiedAt: account.phoneVerifiedAt ?? clock.now(),
        });
        await audit.record(tx, context, {
          action: 'identity.real_name.in_person',
          subjectType: 'account',
          subjectId: account.id,
          purpose: '窗口当面核验',
        });
      });
    },

    /**
     * Password login for everyone; staff then confirm with a code sent to their phone. Failures
     * never say whether the login or the password was wrong, and repeated failures lock with back-off.
     */
    async login(context: RequestContext, input: { login: string; password: string }): Promise<LoginOutcome> {
      requireAccess(context, 'public:read');
      const now = clock.now();
      const account = await baseRepo.findAccountByLogin(input.login);
      if (!account) {
        await verifyAgainstDummy(input.password);
        throw identityErrors.loginFailed();
      }
      if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime())
        throw identityErrors.accountLocked(account.lockedUntil, now);
      if (!(await verifyPassword(account.passwordHash, input.password))) {
        const failures = await baseRepo.countFailedLogin(account.id);
        const lockMinutes = lockMinutesAfter(failures);
        if (lockMinutes > 0) {
          const until = new Date(now.getTime() + lockMinutes * 60_000);
          await baseRepo.updateAccount(account.id, { lockedUntil: until });
          throw identityErrors.accountLocked(until, now);
        }
        throw identityErrors.loginFailed();
      }
      if (account.status !== 'active') throw identityErrors.accountDisabled();
      return db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        await repo.updateAccount(account.id, { failedLogins: 0, lockedUntil: null });
        if (account.kind === 'staff') {
          const { id, code } = await issueCode(repo, { accountId: account.id, purpose: 'staff_login', now });
          await outbox.enqueue(tx, {
            channel: 'sms',
            recipient: account.phone,
            template: 'staff_login',
            body: `【山东政务服务】工作人员登录验证码 ${code}，5 分钟内有效。`,
            payload: { accountId: account.id },
          });
          return { status: 'second_factor_required' as const, challengeId: id, sentTo: maskPhone(account.phone) };
        }
        const session = await openSession(repo, {
          accountId: account.id,
          now,
          ip: context.ip,
          policy: deps.sessionPolicy,
        });
        await audit.record(tx, withAccount(context, account), {
          action: 'identity.login',
          subjectType: 'account',
          subjectId: account.id,
        });
        return { status: 'logged_in' as const, session };
      });
    },

    async completeSecondFactor(
      context: RequestContext,
      input: { challengeId: string; code: string },
    ): Promise<NewSession> {
      requireAccess(context, 'public:read');
      const now = clock.now();
      const row = await checkCode(baseRepo, { row: await baseRepo.findCode(input.challengeId), code: input.code, now });
      if (row.purpose !== 'staff_login') throw identityErrors.codeInvalid();
      return db.transaction(async (tx) => {
        const repo = createIdentityRepository(tx);
        await useCode(repo, { id: row.id, now });
        const account = (await repo.findAccount(row.accountId))!;
        const session = await openSession(repo, {
          accountId: account.id,
          now,
          ip: context.ip,
          policy: deps.sessionPolicy,
        });
        await audit.record(tx, withAccount(context, account), {
          action: 'identity.login',
          subjectType: 'account',
          subjectId: account.id,
          details: { secondFactor: true },
        });
        return session;
      });
    },

    async logout(context: RequestContext, sessionTokenHash: string): Promise<void> {
      requireAccess(context, 'account:self');
      await db.transaction(async (tx) => {
        await createIdentityRepository(tx).updateSession(sessionTokenHash, { revokedAt: clock.now() });
        await audit.record(tx, context, {
          action: 'identity.logout',
          subjectType: 'session',
          subjectId: sessionTokenHash.slice(0, 12),
        });
      });
    },

    /** Ends every session of the account, on every device. */
    async logoutEverywhere(context: RequestContext): Promise<{ ended: number }> {
      const actor = requireAccess(context, 'account:self');
      const accountId = actor.kind === 'person' || actor.kind === 'staff' ? actor.accountId : '';
      return db.transaction(async (tx) => {
        const ended = await createIdentityRepository(tx).revokeSessions(accountId, clock.now());
        await audit.record(tx, context, {
          action: 'identity.logout_everywhere',
          subjectType: 'account',
          subjectId: accountId,
          details: { ended },
        });
        return { ended };
      });
    },

    async me(context: RequestContext, csrfToken: string | null): Promise<Me> {
      const actor = context.actor;
      if (actor.kind !== 'person' && actor.kind !== 'staff') {
        return {
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
      }
      const { account, entities } = (await baseRepo.findProfile(actor.accountId))!;
      return {
        kind: actor.kind,
        accountId: account.id,
        name: account.name,
        idNumberMasked: account.idNumber ? maskIdNumber(account.idNumber) : null,
        phoneMasked: maskPhone(account.phone),
        realNameLevel: account.realNameLevel,
        roles: actor.kind === 'staff' ? actor.roles : [],
        regionCode: account.regionCode,
        departmentId: account.departmentId,
        actingFor: actor.kind === 'person' ? actor.actingFor : null,
        entities,
        csrfToken,
      };
    },
  };
}

/** The context of a login, whose actor is the account just authenticated. */
function withAccount(context: RequestContext, account: AccountRow): RequestContext {
  return {
    ...context,
    actor:
      account.kind === 'staff'
        ? {
            kind: 'staff',
            accountId: account.id,
            name: account.name,
            roles: [],
            departmentId: account.departmentId,
            regionCode: account.regionCode ?? '37',
          }
        : {
            kind: 'person',
            accountId: account.id,
            name: account.name,
            idNumber: account.idNumber ?? '',
            realNameLevel: null,
            actingFor: null,
          },
  };
}
