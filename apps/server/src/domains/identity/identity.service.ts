import { createAccountUseCases } from './identity.accounts';
import type { IdentityDeps } from './identity.deps';
import { createEntityUseCases } from './identity.entities';
import { createMandateUseCases } from './identity.mandates';
import { createSessionResolver } from './identity.sessions';
import { createStaffUseCases } from './identity.staff';
import { createIdentityRepository } from './identity.repository';

/** One identity for citizens, enterprises and staff: accounts, sessions, legal persons, mandates. */
export function createIdentityService(deps: IdentityDeps) {
  return {
    ...createAccountUseCases(deps),
    ...createEntityUseCases(deps),
    ...createMandateUseCases(deps),
    ...createStaffUseCases(deps),
    resolveSession: createSessionResolver(deps),

    /** Where to send a person's notifications: the account's verified phone, or null. */
    async contactPhoneOf(accountId: string): Promise<string | null> {
      const account = await createIdentityRepository(deps.db).findAccount(accountId);
      return account?.phoneVerifiedAt ? account.phone : null;
    },

    /** The phones of active staff holding a role, for platform notices (e.g. the calendar warning). */
    async staffPhonesWithRole(role: string): Promise<string[]> {
      return createIdentityRepository(deps.db).staffPhonesWithRole(role);
    },

    /**
     * The person whose verified phone this is (a caller of the hotline), or null. The ID number is
     * given only when the name was matched against the population registry: it keys their data-use log.
     */
    async personByPhone(phone: string): Promise<{ accountId: string; name: string; idNumber: string | null } | null> {
      const account = await createIdentityRepository(deps.db).findAccountByLogin(phone);
      if (!account || account.kind !== 'person' || !account.phoneVerifiedAt || account.phone !== phone) return null;
      const matched = account.realNameLevel === 'registry' || account.realNameLevel === 'in_person';
      return { accountId: account.id, name: account.name, idNumber: matched ? account.idNumber : null };
    },

    /** The phone of the account a person with this ID number holds, if any (clerk-filed cases). */
    /**
     * The account holder's own verified facts, to prefill a form they fill for an enterprise they
     * act for (联系人, 办税人员): their own data, shown to themselves, so no data use to log.
     */
    async ownFactsOf(accountId: string): Promise<{ phone: string | null; idNumber: string | null }> {
      const account = await createIdentityRepository(deps.db).findAccount(accountId);
      return { phone: account?.phoneVerifiedAt ? account.phone : null, idNumber: account?.idNumber ?? null };
    },

    async contactPhoneOfPerson(idNumber: string): Promise<string | null> {
      const account = await createIdentityRepository(deps.db).findPersonByIdNumber(idNumber);
      return account?.phoneVerifiedAt ? account.phone : null;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
