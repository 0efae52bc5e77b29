import { randomBytes, randomInt } from 'node:crypto';
import {
  LegalEntityFieldSchema,
  PersonFieldSchema,
  type CreditEntry,
  type CreditStatus,
  type DataUseEntry,
  type DataUsePage,
  type EntityType,
  type LegalEntity,
  type LegalEntityField,
  type LegalEntityView,
  type Person,
  type PersonField,
  type PersonView,
  type SubjectType,
} from '@yici/contracts';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { Clock } from '../../platform/clock';
import { completeUscc, maskIdNumber, USCC_ALPHABET } from '../../platform/codes';
import type { DbOrTx } from '../../platform/db/database';
import { createListCursors, type ListCursors } from '../../platform/db/keyset';
import { insertRow, type Statement } from '../../platform/db/write-batch';
import { dataUseLog } from './registries.tables';
import { registriesErrors } from './registries.errors';
import { organisationCode } from './registries.generator';
import {
  DATA_USE_ORDER,
  type CreditEntryRow,
  type DataUseInsert,
  type DataUseRow,
  type RegistriesRepository,
} from './registries.repository';

/** The purpose a real-name check is logged under. */
export const REAL_NAME_PURPOSE = '实名核验';

/** The purpose the creation of a legal entity by enterprise registration is logged under. */
export const ENTITY_REGISTRATION_PURPOSE = '企业设立登记';

/** What enterprise registration (企业设立登记, 个体工商户登记) creates; social organisations register elsewhere. */
export type RegistrableEntityType = Exclude<EntityType, 'social_organisation'>;

export type RegisterEntityInput = {
  name: string;
  entityType: RegistrableEntityType;
  legalRepresentativeName: string;
  legalRepresentativeIdNumber: string;
  registeredAddress: string;
  /** The registering body's region: a county, or a city for a city-level body. */
  registeredRegionCode: string;
  /** Default: today. */
  establishedOn?: string;
  /** The case that registers it, for the data-use log. */
  caseId?: string | null;
};

/** GB 32100 registration authority 9 (market regulation) and its entity types: 1 enterprise, 2 individual business. */
const REGISTRATION_CATEGORY: Record<RegistrableEntityType, string> = {
  limited_company: '91',
  sole_proprietorship: '91',
  partnership: '91',
  individual_business: '92',
};
const CODE_ATTEMPTS = 8;

const PERSON_FIELDS = PersonFieldSchema.options;
const ENTITY_FIELDS = LegalEntityFieldSchema.options;

/** Masks a mobile number for lists: 138****0001. */
export function maskPhone(phone: string): string {
  return phone.length < 7
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

export function toPersonView(person: Person): PersonView {
  return {
    idNumber: maskIdNumber(person.idNumber),
    name: person.name,
    sex: person.sex,
    householdRegionCode: person.householdRegionCode,
    phone: maskPhone(person.phone),
  };
}

const maskSubjectId = (subjectType: SubjectType, subjectId: string) =>
  subjectType === 'person' ? maskIdNumber(subjectId) : subjectId;

function toCreditEntry(row: CreditEntryRow): CreditEntry {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: maskSubjectId(row.subjectType, row.subjectId),
    list: row.list,
    reason: row.reason,
    issuingBody: row.issuingBody,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

function toDataUseEntry(row: DataUseRow): DataUseEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    subjectType: row.subjectType,
    subjectId: maskSubjectId(row.subjectType, row.subjectId),
    readerLabel: row.readerLabel,
    readerKind: row.readerKind,
    purpose: row.purpose,
    caseId: row.caseId,
    mandateId: row.mandateId,
    fields: row.fields,
  };
}

function normaliseIdNumber(idNumber: string): string {
  const normalised = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(normalised)) throw registriesErrors.idNumberMalformed();
  return normalised;
}

function normaliseUscc(uscc: string): string {
  const normalised = uscc.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(normalised)) throw registriesErrors.usccMalformed();
  return normalised;
}

function requirePurpose(purpose: string): string {
  const trimmed = purpose.trim();
  if (!trimmed) throw registriesErrors.purposeRequired();
  return trimmed;
}

/** Names compare without spaces and with one middle dot, as minority names are typed several ways. */
const comparableName = (name: string) => name.replace(/\s+/g, '').replace(/[·•・．.]/g, '·');

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = source[key];
  return out;
}

type Subject = { subjectType: SubjectType; subjectId: string; regionCode: string };
type ReadReason = { purpose: string; caseId: string | null; fields: readonly string[] };

type RegistriesDeps = {
  repo: RegistriesRepository;
  clock: Clock;
  /** A uniform integer in [0, max); default node:crypto's. Tests pass their own to force collisions. */
  randomInt?: (max: number) => number;
  /** Signs the data-use log's cursors; without it (tools, tests) a key of this process only. */
  cursors?: ListCursors;
};

function registriesUseCases(deps: RegistriesDeps) {
  const { repo, clock } = deps;
  const draw = deps.randomInt ?? ((max: number) => randomInt(max));
  const cursors = deps.cursors ?? createListCursors(randomBytes(32));

  /**
   * Every read of a subject's data leaves a row before the data leaves the service: a read that
   * fails writes nothing, and inside a caller's transaction the row commits or rolls back with it.
   */
  async function recordRead(context: RequestContext, subject: Subject, reason: ReadReason): Promise<void> {
    await repo.insertDataUse(dataUseOf(context, subject, reason));
  }

  function dataUseOf(context: RequestContext, subject: Subject, reason: ReadReason): DataUseInsert {
    const reader = actorRef(context.actor);
    return {
      at: clock.now(),
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      subjectRegionCode: subject.regionCode,
      readerKind: reader.kind,
      readerId: reader.id,
      readerLabel: reader.label,
      purpose: reason.purpose,
      caseId: reason.caseId,
      mandateId: context.onBehalfOf?.mandateId ?? null,
      fields: [...reason.fields],
      requestId: context.requestId,
    };
  }

  /**
   * Organisation codes are drawn at random ("MA" and six characters, as issued since the USCC
   * reform) and the insert is retried on a taken code. A database sequence would be one more
   * counter per region that every process shares, and consecutive codes would tell anyone how
   * many entities a district registers; with 31^6 codes per region and type a draw rarely
   * collides, and the insert skips a taken code instead of aborting the caller's transaction.
   */
  function drawUscc(entityType: RegistrableEntityType, regionCode: string): string {
    let body = 'MA';
    for (let i = 0; i < 6; i++) body += USCC_ALPHABET[draw(USCC_ALPHABET.length)]!;
    return completeUscc(
      `${REGISTRATION_CATEGORY[entityType]}${regionCode.slice(0, 6).padEnd(6, '0')}${organisationCode(body)}`,
    );
  }

  async function requireSubjectRegion(subjectType: SubjectType, subjectId: string): Promise<string> {
    const regionCode = await repo.findSubjectRegion({ subjectType, subjectId });
    if (regionCode !== null) return regionCode;
    throw subjectType === 'person'
      ? registriesErrors.personNotFound(subjectId)
      : registriesErrors.entityNotFound(subjectId);
  }

  return {
    /**
     * Records a use of a subject's data held elsewhere (an e-certificate fetched for a case), so the
     * subject sees it in the same data-use log as registry reads.
     */
    async recordDataUse(
      context: RequestContext,
      input: {
        subjectType: SubjectType;
        subjectId: string;
        purpose: string;
        caseId?: string | null;
        fields: readonly string[];
      },
    ): Promise<void> {
      const subjectId =
        input.subjectType === 'person' ? normaliseIdNumber(input.subjectId) : normaliseUscc(input.subjectId);
      const regionCode = await requireSubjectRegion(input.subjectType, subjectId);
      await recordRead(
        context,
        { subjectType: input.subjectType, subjectId, regionCode },
        { purpose: requirePurpose(input.purpose), caseId: input.caseId ?? null, fields: input.fields },
      );
    },

    /**
     * A resident's registry record, limited to `fields` (default all), for a stated purpose and
     * optionally a case. Throws PERSON_NOT_FOUND (and logs nothing) for an unknown ID number.
     */
    async readPerson<F extends PersonField = PersonField>(
      context: RequestContext,
      input: { idNumber: string; purpose: string; caseId?: string | null; fields?: readonly F[] },
    ): Promise<Pick<Person, F | 'idNumber'>> {
      const idNumber = normaliseIdNumber(input.idNumber);
      const purpose = requirePurpose(input.purpose);
      const fields = [...new Set((input.fields ?? PERSON_FIELDS) as readonly F[])];
      const person = await repo.findPerson(idNumber);
      if (!person) throw registriesErrors.personNotFound(idNumber);
      await recordRead(
        context,
        { subjectType: 'person', subjectId: idNumber, regionCode: person.householdRegionCode },
        { purpose, caseId: input.caseId ?? null, fields },
      );
      return pick(person, [...fields, 'idNumber']);
    },

    /**
     * Where a resident is registered, for a scope decision only (the caller sees an answer or a
     * 404, never the code): not a read of the person's data, so not logged.
     */
    async householdRegionOf(idNumber: string): Promise<string | null> {
      return (await repo.findPerson(normaliseIdNumber(idNumber)))?.householdRegionCode ?? null;
    },

    /** An entity's registry record, logged like readPerson. Throws ENTITY_NOT_FOUND for an unknown USCC. */
    async readEntity<F extends LegalEntityField = LegalEntityField>(
      context: RequestContext,
      input: { uscc: string; purpose: string; caseId?: string | null; fields?: readonly F[] },
    ): Promise<Pick<LegalEntity, F | 'uscc'>> {
      const uscc = normaliseUscc(input.uscc);
      const purpose = requirePurpose(input.purpose);
      const fields = [...new Set((input.fields ?? ENTITY_FIELDS) as readonly F[])];
      const entity = await repo.findEntity(uscc);
      if (!entity) throw registriesErrors.entityNotFound(uscc);
      await recordRead(
        context,
        { subjectType: 'legal_person', subjectId: uscc, regionCode: entity.registeredRegionCode },
        { purpose, caseId: input.caseId ?? null, fields },
      );
      return pick(entity, [...fields, 'uscc']);
    },

    /**
     * Enters a new legal entity in the registry (active, established today unless told), with a
     * newly drawn USCC, and logs the write under 企业设立登记 for the case. Runs in the caller's
     * transaction when called through withTx, so a rolled-back grant leaves no entity behind.
     */
    async registerEntityIn(context: RequestContext, input: RegisterEntityInput): Promise<LegalEntityView> {
      const name = input.name.trim();
      const registeredAddress = input.registeredAddress.trim();
      const legalRepresentativeName = input.legalRepresentativeName.trim();
      if (!name || !registeredAddress || !legalRepresentativeName || !/^\d{4,12}$/.test(input.registeredRegionCode)) {
        // The case validated its form before granting: a gap here is a programming error.
        throw new Error('registerEntityIn needs a name, an address, a representative and a region code');
      }
      const base = {
        name,
        entityType: input.entityType,
        registeredRegionCode: input.registeredRegionCode,
        registeredAddress,
        legalRepresentativeIdNumber: normaliseIdNumber(input.legalRepresentativeIdNumber),
        legalRepresentativeName,
        status: 'active' as const,
        establishedOn: input.establishedOn ?? clock.today(),
      };
      for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
        const entity: LegalEntity = { uscc: drawUscc(input.entityType, input.registeredRegionCode), ...base };
        // The entity and its log row in one statement; a taken code inserts neither.
        const logged = dataUseOf(
          context,
          { subjectType: 'legal_person', subjectId: entity.uscc, regionCode: entity.registeredRegionCode },
          { purpose: ENTITY_REGISTRATION_PURPOSE, caseId: input.caseId ?? null, fields: ENTITY_FIELDS },
        );
        if (!(await repo.insertEntityLoggedIfCodeFree(entity, logged))) continue;
        return { ...entity, legalRepresentativeIdNumber: maskIdNumber(entity.legalRepresentativeIdNumber) };
      }
      throw new Error(`no free USCC after ${CODE_ATTEMPTS} draws in region ${input.registeredRegionCode}`);
    },

    /**
     * The entities a person is legal representative of, oldest first. Not logged: it serves the
     * person's own view and the check of whom they may act for.
     */
    async findEntitiesRepresentedBy(idNumber: string): Promise<LegalEntityView[]> {
      const rows = await repo.listEntitiesByRepresentative(normaliseIdNumber(idNumber));
      return rows.map((e) => ({ ...e, legalRepresentativeIdNumber: maskIdNumber(e.legalRepresentativeIdNumber) }));
    },

    /**
     * Blacklist and redlist entries in force on `asOf` (default today). Logged as a read of the
     * subject's credit data; an unknown subject is PERSON_NOT_FOUND or ENTITY_NOT_FOUND.
     */
    async creditStatus(
      context: RequestContext,
      input: { subjectType: SubjectType; subjectId: string; asOf?: string; purpose: string; caseId?: string | null },
    ): Promise<CreditStatus> {
      const subjectId =
        input.subjectType === 'person' ? normaliseIdNumber(input.subjectId) : normaliseUscc(input.subjectId);
      const purpose = requirePurpose(input.purpose);
      const asOf = input.asOf ?? clock.today();
      const regionCode = await requireSubjectRegion(input.subjectType, subjectId);
      const rows = await repo.listCreditEntriesInForce({ subjectType: input.subjectType, subjectId, asOf });
      await recordRead(
        context,
        { subjectType: input.subjectType, subjectId, regionCode },
        { purpose, caseId: input.caseId ?? null, fields: ['creditStatus'] },
      );
      return {
        blacklisted: rows.some((r) => r.list === 'blacklist'),
        redlisted: rows.some((r) => r.list === 'redlist'),
        entries: rows.map(toCreditEntry),
      };
    },

    /**
     * Whether the ID number and name belong together in the population registry (real-name
     * verification). A comparison against a registered person is logged under 实名核验; an
     * unknown ID number is simply false.
     */
    async matchPerson(
      context: RequestContext,
      input: { idNumber: string; name: string; purpose?: string; caseId?: string | null },
    ): Promise<boolean> {
      const idNumber = normaliseIdNumber(input.idNumber);
      const purpose = input.purpose === undefined ? REAL_NAME_PURPOSE : requirePurpose(input.purpose);
      const person = await repo.findPerson(idNumber);
      if (!person) return false;
      await recordRead(
        context,
        { subjectType: 'person', subjectId: idNumber, regionCode: person.householdRegionCode },
        { purpose, caseId: input.caseId ?? null, fields: ['idNumber', 'name'] },
      );
      return comparableName(person.name) === comparableName(input.name);
    },

    /**
     * A subject's data-use log, newest first (我的数据使用记录). The service does not know who asks:
     * callers let only the person themselves, or an entity's legal representative, reach it.
     */
    /**
     * Who lives where, for the simulator's world (模拟环境): ID numbers and names of adults of a
     * region (what each knows of themselves to register an account), no other facts. It is not a
     * view of anyone's data by staff, so it logs no data use; what a clerk then reads about the
     * person at the window is logged as always.
     */
    async adultsOfRegion(
      regionPrefix: string,
      bornBy: string,
      limit: number,
    ): Promise<{ idNumber: string; name: string }[]> {
      return repo.adultsIn(regionPrefix, bornBy, limit);
    },

    async listDataUse(query: {
      subjectType: SubjectType;
      subjectId: string;
      cursor?: string;
      limit: number;
    }): Promise<DataUsePage> {
      const subjectId =
        query.subjectType === 'person' ? normaliseIdNumber(query.subjectId) : normaliseUscc(query.subjectId);
      // The cursor is bound to its subject: one person's cursor does not page through another's log.
      const request = cursors.open({
        list: 'data_use',
        filters: { subjectType: query.subjectType, subjectId },
        query,
        order: DATA_USE_ORDER,
      });
      const { rows, count } = await repo.pageDataUse({
        subjectType: query.subjectType,
        subjectId,
        position: request.position,
        limit: request.limit,
      });
      const page = cursors.close(request, rows, (r) => [r.at, r.id]);
      return {
        items: page.rows.map(toDataUseEntry),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
      };
    },
  };
}

export type RegistriesService = ReturnType<typeof registriesUseCases> & {
  /** The same service over a caller's transaction: its reads and log rows commit or roll back with it. */
  withTx(tx: DbOrTx): RegistriesService;
  /**
   * The same service, its data-use rows appended to `pending` instead of inserted: the caller
   * writes them with its own write (`writeAll`), so a read logs if and only if that write commits.
   */
  logInto(pending: Statement[]): RegistriesService;
};

/** A repository whose data-use rows go to `pending` (for the caller's own write) instead of being inserted. */
function loggingInto(repo: RegistriesRepository, pending: Statement[]): RegistriesRepository {
  return {
    ...repo,
    insertDataUse: async (entry) => {
      pending.push(insertRow(dataUseLog, entry));
    },
    insertEntityLoggedIfCodeFree: async (entity, entry) => {
      if (!(await repo.insertEntityIfCodeFree(entity))) return false;
      pending.push(insertRow(dataUseLog, entry));
      return true;
    },
  };
}

/** The population, legal-entity and credit registries, and the data-use log of every read. */
export function createRegistriesService(deps: RegistriesDeps & { pending?: Statement[] }): RegistriesService {
  const repo = deps.pending ? loggingInto(deps.repo, deps.pending) : deps.repo;
  return {
    ...registriesUseCases({ ...deps, repo }),
    // Either order of withTx and logInto gives the same service.
    withTx: (tx) => createRegistriesService({ ...deps, repo: deps.repo.withTx(tx) }),
    logInto: (pending) => createRegistriesService({ ...deps, pending }),
  };
}
