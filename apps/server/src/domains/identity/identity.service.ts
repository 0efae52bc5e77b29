import { createAccountUseCases } from './identity.accounts';
import type { IdentityDeps } from './identity.deps';
import { createEntityUseCases } from './identity.entities';
import { createMandateUseCases } from './identity.mandates';
import { createSessionResolver } from './identity.sessions';
import { createStaffUseCases } from './identity.staff';

/** One identity for citizens, enterprises and staff: accounts, sessions, legal persons, mandates. */
export function createIdentityService(deps: IdentityDeps) {
  return {
    ...createAccountUseCases(deps),
    ...createEntityUseCases(deps),
    ...createMandateUseCases(deps),
    ...createStaffUseCases(deps),
    resolveSession: createSessionResolver(deps),
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
