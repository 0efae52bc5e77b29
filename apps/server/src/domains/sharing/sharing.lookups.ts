import type { PersonField } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { requireMachine } from '../../platform/access/access';
import type { CaseReferences } from '../cases/cases.references';
import type { HeldCertificates } from '../certificates/certificates.held';
import type { RegistriesService } from '../registries/registries.service';
import type { ServiceAccounts } from './sharing.accounts';
import { fieldsUnder, type ConsentRow, type Consents } from './sharing.consents';
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
type Subject = { kind: 'person' | 'legal_person'; id: string };
type MachineActor = ReturnType<typeof requireMachine>;

/**
 * Registry look-ups for department systems and partners (数据共享). Each read names its purpose,
 * lands in the person's data-use log like a staff read, and returns only the fields the account
 * was granted: the minimum necessary (个人信息保护法 第六条).
 */
export function createSharingLookups(deps: {
  registries: RegistriesService;
  accounts: ServiceAccounts;
  consents: Consents;
  cases: CaseReferences;
  certificates: HeldCertificates;
}) {
  const { registries, accounts, consents } = deps;

  /**
   * The references a read names are real before anything is read or logged: the case exists,
   * concerns the subject and is handled within the account's region; the consent is in force,
   * given by the subject to this account.
   */
  async function requireReferences(actor: MachineActor, subject: Subject, input: Purpose): Promise<ConsentRow | null> {
    if (input.caseId) {
      const found = await deps.cases.caseOfSubject(input.caseId, subject);
      if (!found || !found.regionCode.startsWith(actor.regionCode)) throw sharingErrors.referenceInvalid('caseId');
    }
    if (!input.consentReference) return null;
    const consent = await consents.inForce(input.consentReference, actor.serviceAccountId, subject);
    if (!consent) throw sharingErrors.referenceInvalid('consentReference');
    return consent;
  }

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
      const actor = requireMachine(context, 'sharing:entity_read');
      await requireReferences(actor, { kind: 'legal_person', id: input.uscc }, input);
      return registries.readEntity(context, {
        uscc: input.uscc,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
        fields: ENTITY_FACTS,
      });
    },

    /** Whether an entity is on the blacklist or the redlist today (联合奖惩), for a purpose. */
    async creditStatus(context: RequestContext, input: { uscc: string } & Purpose) {
      const actor = requireMachine(context, 'sharing:credit_read');
      await requireReferences(actor, { kind: 'legal_person', id: input.uscc }, input);
      return registries.creditStatus(context, {
        subjectType: 'legal_person',
        subjectId: input.uscc,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
      });
    },

    /** Whether a name and ID number belong together; the answer is all the caller learns. */
    async checkIdentity(context: RequestContext, input: { idNumber: string; name: string } & Purpose) {
      const actor = requireMachine(context, 'sharing:identity_check');
      await requireReferences(actor, { kind: 'person', id: input.idNumber }, input);
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
      const consent = await requireReferences(actor, { kind: 'person', id: input.idNumber }, input);
      // The account's scope, narrowed by the person's consent when the read relies on one: the
      // caller gets the intersection, and the data-use log names exactly the fields read.
      const scope = await accounts.personFieldsOf(actor.serviceAccountId);
      const granted = consent ? fieldsUnder(consent, scope) : scope;
      const fields = input.fields ? input.fields.filter((field) => granted.includes(field)) : granted;
      return registries.readPerson(context, {
        idNumber: input.idNumber,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
        fields,
      });
    },

    /**
     * 按持证人与证照类型查询: which certificates of a type the holder has and whether they are in
     * force. Needs the holder's consent or a case (the holder's data, 个人信息保护法 第十三条);
     * the read is in the holder's data-use log.
     */
    async certificatesOf(
      context: RequestContext,
      input: { holderKind: 'person' | 'legal_person'; holderId: string; type: string } & Purpose,
    ) {
      const actor = requireMachine(context, 'sharing:certificate_read');
      if (!input.caseId && !input.consentReference) throw sharingErrors.referenceRequired();
      const holder = { kind: input.holderKind, id: input.holderId.toUpperCase() };
      await requireReferences(actor, holder, input);
      const found = await deps.certificates.heldOfType(context, {
        holder,
        type: input.type,
        purpose: purposeText(input),
        caseId: input.caseId ?? null,
      });
      if (!found) throw sharingErrors.certificateTypeUnknown(input.type);
      return { certificates: found };
    },
  };
}

/** The consent reference travels with the purpose, so the person reads both in one line of the log. */
function purposeText(input: Purpose): string {
  return input.consentReference ? `${input.purpose}（本人授权 ${input.consentReference}）` : input.purpose;
}

export type SharingLookups = ReturnType<typeof createSharingLookups>;
