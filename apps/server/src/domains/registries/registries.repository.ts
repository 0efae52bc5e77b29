import { and, asc, desc, eq, getTableColumns, gt, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgTable } from 'drizzle-orm/pg-core';
import type { LegalEntity, ListCount, Person, SubjectType } from '@yici/contracts';
import { queryRowsPrepared, runText, type DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../../platform/db/keyset';
import { creditEntries, dataUseLog, legalEntities, population } from './registries.tables';

/** A subject's data-use log runs newest first; the id breaks ties between reads of the same instant. */
export const DATA_USE_ORDER = keysetOrder('desc', [
  { column: dataUseLog.at, type: 'timestamp' },
  { column: dataUseLog.id, type: 'integer' },
]);

export type CreditEntryRow = typeof creditEntries.$inferSelect;
export type DataUseRow = typeof dataUseLog.$inferSelect;
export type DataUseInsert = typeof dataUseLog.$inferInsert;

const ROWS_PER_STATEMENT = 10_000;

/**
 * Bulk insert for seeding: one array parameter per column, unnested by the server. A statement
 * binds as many parameters as the table has columns, far below PostgreSQL's 65,535, and costs a
 * fraction of a parameter-per-value insert to build (seeding 100,000 residents and 10,000
 * entities: ~3 s instead of ~9 s). Scalar columns only: unnest would flatten an array column.
 */
async function insertInBatches<T extends PgTable>(db: DbOrTx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  const columns = Object.entries(getTableColumns(table));
  for (const [, column] of columns) {
    if (column.getSQLType().endsWith(']')) throw new Error(`bulk insert cannot take array column ${column.name}`);
  }
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const arrays = columns.map(
      ([key, column]) => sql`${sql.param(batch.map((row) => row[key] ?? null))}::${sql.raw(column.getSQLType())}[]`,
    );
    await db.execute(sql`insert into ${table} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`);
  }
}

const FIND_PERSON = `select id_number as "idNumber", name, sex, birth_date::text as "birthDate",
  household_region_code as "householdRegionCode", household_address as "householdAddress", phone
  from population where id_number = $1 limit 1`;
const FIND_ENTITY = `select uscc, name, entity_type as "entityType", registered_region_code as "registeredRegionCode",
  registered_address as "registeredAddress", legal_representative_id_number as "legalRepresentativeIdNumber",
  legal_representative_name as "legalRepresentativeName", status, established_on::text as "establishedOn"
  from legal_entities where uscc = $1 limit 1`;

/** In force on `asOf`: started on or before it and not yet ended (validTo is exclusive). */
function inForce(asOf: string): SQL | undefined {
  return and(lte(creditEntries.validFrom, asOf), or(isNull(creditEntries.validTo), gt(creditEntries.validTo, asOf)));
}

export type RegistriesRepository = ReturnType<typeof registryQueries> & {
  /** The same repository over another handle, typically a caller's transaction. */
  withTx(tx: DbOrTx): RegistriesRepository;
  /** Runs `work` in a transaction, or directly when this repository is already bound to one. */
  transaction<T>(work: (repo: RegistriesRepository) => Promise<T>): Promise<T>;
};

/** The registries' SQL over a database or a transaction handle. */
export function createRegistriesRepository(db: DbOrTx): RegistriesRepository {
  return {
    ...registryQueries(db),
    withTx: (tx) => createRegistriesRepository(tx),
    transaction: (work) =>
      db instanceof PgTransaction
        ? work(createRegistriesRepository(db))
        : db.transaction((tx) => work(createRegistriesRepository(tx))),
  };
}

function registryQueries(db: DbOrTx) {
  return {
    // The two hot reads (every holder check and real-name match) as prepared text: no query
    // building, planned once per connection. Dates come back as text, as the string-mode columns do.
    /** ID numbers of adults registered under a region (ordered, so a draw over them is repeatable). */
    async adultsIn(regionPrefix: string, bornBy: string, limit: number): Promise<{ idNumber: string; name: string }[]> {
      return db
        .select({ idNumber: population.idNumber, name: population.name })
        .from(population)
        .where(and(like(population.householdRegionCode, `${regionPrefix}%`), lte(population.birthDate, bornBy)))
        .orderBy(population.idNumber)
        .limit(limit);
    },

    async findPerson(idNumber: string): Promise<Person | null> {
      const rows = await runText<Person>(db, FIND_PERSON, [idNumber], 'y_reg_find_person');
      return rows[0] ?? null;
    },

    async findEntity(uscc: string): Promise<LegalEntity | null> {
      const rows = await runText<LegalEntity>(db, FIND_ENTITY, [uscc], 'y_reg_find_entity');
      return rows[0] ?? null;
    },

    async listEntitiesByRepresentative(idNumber: string): Promise<LegalEntity[]> {
      return db
        .select()
        .from(legalEntities)
        .where(eq(legalEntities.legalRepresentativeIdNumber, idNumber))
        .orderBy(asc(legalEntities.establishedOn), asc(legalEntities.uscc));
    },

    /** The subject's household or registration region, or null when the subject is unknown. */
    async findSubjectRegion(subject: { subjectType: SubjectType; subjectId: string }): Promise<string | null> {
      const rows =
        subject.subjectType === 'person'
          ? await db
              .select({ regionCode: population.householdRegionCode })
              .from(population)
              .where(eq(population.idNumber, subject.subjectId))
              .limit(1)
          : await db
              .select({ regionCode: legalEntities.registeredRegionCode })
              .from(legalEntities)
              .where(eq(legalEntities.uscc, subject.subjectId))
              .limit(1);
      return rows[0]?.regionCode ?? null;
    },

    async listCreditEntriesInForce(options: {
      subjectType: SubjectType;
      subjectId: string;
      asOf: string;
    }): Promise<CreditEntryRow[]> {
      return db
        .select()
        .from(creditEntries)
        .where(
          and(
            eq(creditEntries.subjectType, options.subjectType),
            eq(creditEntries.subjectId, options.subjectId),
            inForce(options.asOf),
          ),
        )
        .orderBy(asc(creditEntries.list), desc(creditEntries.validFrom), asc(creditEntries.id));
    },

    /** Inserts the entity unless its USCC is taken; false on a taken code, without aborting the transaction. */
    async insertEntityIfCodeFree(entity: LegalEntity): Promise<boolean> {
      const rows = await db
        .insert(legalEntities)
        .values(entity)
        .onConflictDoNothing({ target: legalEntities.uscc })
        .returning({ uscc: legalEntities.uscc });
      return rows.length === 1;
    },

    /**
     * Inserts the entity unless its USCC is taken and, only when it was inserted, the data-use row
     * of the registration: one statement (a data-modifying CTE). False on a taken code, without
     * aborting the transaction and without a log row.
     */
    async insertEntityLoggedIfCodeFree(entity: LegalEntity, entry: DataUseInsert): Promise<boolean> {
      const rows = await queryRowsPrepared<{ uscc: string }>(
        db,
        sql`with e as (
              insert into ${legalEntities} (uscc, name, entity_type, registered_region_code, registered_address,
                legal_representative_id_number, legal_representative_name, status, established_on)
              values (${entity.uscc}, ${entity.name}, ${entity.entityType}, ${entity.registeredRegionCode},
                ${entity.registeredAddress}, ${entity.legalRepresentativeIdNumber}, ${entity.legalRepresentativeName},
                ${entity.status}, ${entity.establishedOn}::date)
              on conflict (uscc) do nothing
              returning uscc
            ), d as (
              insert into ${dataUseLog} (at, subject_type, subject_id, subject_region_code, reader_kind, reader_id,
                reader_label, purpose, case_id, mandate_id, fields, request_id)
              select ${entry.at.toISOString()}::timestamptz, ${entry.subjectType}, ${entry.subjectId},
                ${entry.subjectRegionCode}, ${entry.readerKind}, ${entry.readerId ?? null}::text, ${entry.readerLabel},
                ${entry.purpose}, ${entry.caseId ?? null}::text, ${entry.mandateId ?? null}::text,
                ${sql.param(entry.fields)}::text[], ${entry.requestId}
              from e
            )
            select uscc from e`,
      );
      return rows.length === 1;
    },

    async insertDataUse(entry: DataUseInsert): Promise<void> {
      await db.insert(dataUseLog).values(entry);
    },

    /** One page of a subject's log along `data_use_log_subject_idx`, counted up to the bound. */
    async pageDataUse(options: {
      subjectType: SubjectType;
      subjectId: string;
      position: KeysetPosition;
      limit: number;
    }): Promise<{ rows: DataUseRow[]; count: ListCount }> {
      const where = and(eq(dataUseLog.subjectType, options.subjectType), eq(dataUseLog.subjectId, options.subjectId));
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(dataUseLog)
          .where(and(where, keysetWhere(DATA_USE_ORDER, options.position)))
          .orderBy(...keysetOrderBy(DATA_USE_ORDER, options.position))
          .limit(options.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(dataUseLog)
            .where(where),
        ),
      ]);
      return { rows, count };
    },

    async insertPersons(rows: Person[]): Promise<void> {
      await insertInBatches(db, population, rows);
    },

    async insertEntities(rows: LegalEntity[]): Promise<void> {
      await insertInBatches(db, legalEntities, rows);
    },

    async insertCreditEntries(rows: (typeof creditEntries.$inferInsert)[]): Promise<void> {
      await insertInBatches(db, creditEntries, rows);
    },
  };
}
