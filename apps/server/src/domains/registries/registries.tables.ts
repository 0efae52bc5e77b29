import { bigint, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * The shared base registries. Every row carries a region code column (household, registration,
 * the subject's region) so the tables can later be distributed by region. No index on those
 * columns yet: no use case lists residents by region, and each index slows the bulk seed.
 */

/** 人口库: residents of the province. */
export const population = pgTable('population', {
  idNumber: text('id_number').primaryKey(),
  name: text('name').notNull(),
  sex: text('sex', { enum: ['male', 'female'] }).notNull(),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  // The village (12 digits): the distribution key.
  householdRegionCode: text('household_region_code').notNull(),
  householdAddress: text('household_address').notNull(),
  phone: text('phone').notNull(),
});

/** 法人库: enterprises, individual businesses and social organisations. */
export const legalEntities = pgTable(
  'legal_entities',
  {
    uscc: text('uscc').primaryKey(),
    name: text('name').notNull(),
    entityType: text('entity_type', {
      enum: ['limited_company', 'sole_proprietorship', 'partnership', 'individual_business', 'social_organisation'],
    }).notNull(),
    registeredRegionCode: text('registered_region_code').notNull(),
    registeredAddress: text('registered_address').notNull(),
    legalRepresentativeIdNumber: text('legal_representative_id_number').notNull(),
    legalRepresentativeName: text('legal_representative_name').notNull(),
    status: text('status', { enum: ['active', 'deregistered', 'revoked'] }).notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('legal_entities_representative_idx').on(t.legalRepresentativeIdNumber)],
);

/** 公共信用: blacklist (失信) and redlist (守信) entries. */
export const creditEntries = pgTable(
  'credit_entries',
  {
    id: text('id').primaryKey(),
    subjectType: text('subject_type', { enum: ['person', 'legal_person'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    // The subject's household or registration region when the entry was made.
    regionCode: text('region_code').notNull(),
    list: text('list', { enum: ['blacklist', 'redlist'] }).notNull(),
    reason: text('reason').notNull(),
    issuingBody: text('issuing_body').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    // Exclusive; null while the entry stands until it is lifted.
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('credit_entries_subject_idx').on(t.subjectType, t.subjectId)],
);

/** Who read a person's or entity's data, when, for which purpose and case (我的数据使用记录). */
export const dataUseLog = pgTable(
  'data_use_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    subjectType: text('subject_type', { enum: ['person', 'legal_person'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    subjectRegionCode: text('subject_region_code').notNull(),
    readerKind: text('reader_kind', { enum: ['anonymous', 'person', 'staff', 'system', 'machine'] }).notNull(),
    readerId: text('reader_id'),
    readerLabel: text('reader_label').notNull(),
    purpose: text('purpose').notNull(),
    caseId: text('case_id'),
    mandateId: text('mandate_id'),
    fields: text('fields').array().notNull(),
    requestId: text('request_id').notNull(),
  },
  // Newest first per subject; nulls first matches a plain `order by at desc, id desc`.
  (t) => [
    index('data_use_log_subject_idx').on(
      t.subjectType,
      t.subjectId,
      t.at.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);
