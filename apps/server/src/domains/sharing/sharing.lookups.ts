import type { PersonField } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { requireMachine } from '../../platform/access/access';
import type { RegistriesService } from '../registries/registries.service';
import type { ServiceAccounts } from './sharing.accounts';
import { sharingErrors } from './sharing.errors';

const ENTITY_FACTS = [
  'name',
  'entityType',
  'registeredRegionCode',
  'registeredAddress',
  'legalRepresentativeName',
  'status',
  'establishedOn',
] as const;

type Purpose = { purpose: string; caseId?: string; consentReference?: string };

/**
 * Registry look-ups for department systems and partners (数据共享). Each read names its purpose,
 * lands in the person's data-use log like a staff read, and returns only the fields the account
 * was granted: the minimum necessary (个人信息保护法 第六条).
 */
export function createSharingLookups(deps: { registries: RegistriesService; accounts: ServiceAccounts }) {
  const { registries, accounts } = deps;

  /** The person is in the account's region, or does not exist for it (404, nothing logged). */
  async function requirePersonInScope(context: RequestContext, idNumber: string) {
    const actor = requireMachine(context, 'sharing:person_read');
    const region = await registries.householdRegionOf(idNumber);
    if (!region || !region.startsWith(actor.regionCode)) throw sharingErrors.personNotFound();
    return actor;
  }

  return {
    /**
     * A legal entity's registered facts for a purpose. Registration facts are public by law
     * (企业信息公示暂行条例), so any region may ask; the legal representative's ID number is
     * personal and never leaves this way.
     */
    async readEntity(context: RequestContext, input: { uscc: string } & Purpose) {
      requireMachine(context, 'sharing:entity_read');
      return registries.readEntity(context, {
        uscc: input.uscc,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
        fields: ENTITY_FACTS,
      });
    },

    /** Whether an entity is on the blacklist or the redlist today (联合奖惩), for a purpose. */
    async creditStatus(context: RequestContext, input: { uscc: string } & Purpose) {
      requireMachine(context, 'sharing:credit_read');
      return registries.creditStatus(context, {
        subjectType: 'legal_person',
        subjectId: input.uscc,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
      });
    },

    /** Whether a name and ID number belong together; the answer is all the caller learns. */
    async checkIdentity(context: RequestContext, input: { idNumber: string; name: string } & Purpose) {
      requireMachine(context, 'sharing:identity_check');
      const matches = await registries.matchPerson(context, {
        idNumber: input.idNumber,
        name: input.name,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
      });
      return { matches };
    },

    /**
     * A resident's record for a purpose. Handling personal information needs the person's consent
     * or the performance of a statutory duty (个人信息保护法 第十三条): a case (the duty) or a
     * consent reference is required, and is shown in the person's log.
     */
    async readPerson(context: RequestContext, input: { idNumber: string; fields?: PersonField[] } & Purpose) {
      requireMachine(context, 'sharing:person_read');
      if (!input.caseId && !input.consentReference) throw sharingErrors.referenceRequired();
      const actor = await requirePersonInScope(context, input.idNumber);
      const granted = await accounts.personFieldsOf(actor.serviceAccountId);
      const fields = input.fields ? input.fields.filter((field) => granted.includes(field)) : granted;
      return registries.readPerson(context, {
        idNumber: input.idNumber,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
        fields,
      });
    },
  };
}

/** The consent reference travels with the purpose, so the person reads both in one line of the log. */
function purposeText(input: Purpose): string {
  return input.consentReference ? `${input.purpose}（本人授权 ${input.consentReference}）` : input.purpose;
}

export type SharingLookups = ReturnType<typeof createSharingLookups>;
