import { z } from 'zod';
import { IsoDateSchema } from './common';
import { cursorPageOf, CursorQuerySchema } from './keyset';

/**
 * The shared base registries (人口库, 法人库, 公共信用) and the data-use log every read of them
 * leaves. Structure is validated here; check characters are the services' business (docs/DOMAIN.md §3).
 */

/** 居民身份证号 (GB 11643): 17 digits and a digit or X. */
export const IdNumberSchema = z.string().regex(/^\d{17}[\dX]$/, { message: '身份证号应为 17 位数字加 1 位数字或 X' });

/** 统一社会信用代码 (GB 32100): 18 characters of its alphabet (no I, O, S, V, Z). */
export const UsccSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）' });

export const MobilePhoneSchema = z.string().regex(/^1[3-9]\d{9}$/, { message: '手机号应为 1 开头的 11 位数字' });

/** A village-level statistics code: the five levels down to 村/社区. */
export const VillageCodeSchema = z.string().regex(/^\d{12}$/, { message: '村（社区）级区划代码应为 12 位数字' });

export const SexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof SexSchema>;
export const SEX_NAMES: Record<Sex, string> = { male: '男', female: '女' };

export const PersonSchema = z
  .object({
    idNumber: IdNumberSchema,
    name: z.string().min(1),
    sex: SexSchema,
    birthDate: IsoDateSchema,
    householdRegionCode: VillageCodeSchema.meta({ description: '户籍所在村（社区）' }),
    householdAddress: z.string(),
    phone: MobilePhoneSchema,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

export const PersonFieldSchema = PersonSchema.keyof();
export type PersonField = z.infer<typeof PersonFieldSchema>;

/** A person in a list: ID number and phone masked, no birth date or street address. */
export const PersonViewSchema = z
  .object({
    idNumber: z.string().meta({ description: 'masked, e.g. 370102********1238' }),
    name: z.string(),
    sex: SexSchema,
    householdRegionCode: z.string(),
    phone: z.string().meta({ description: 'masked, e.g. 138****0001' }),
  })
  .meta({ id: 'PersonView' });
export type PersonView = z.infer<typeof PersonViewSchema>;

export const EntityTypeSchema = z.enum([
  'limited_company',
  'sole_proprietorship',
  'partnership',
  'individual_business',
  'social_organisation',
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;
export const ENTITY_TYPE_NAMES: Record<EntityType, string> = {
  limited_company: '有限责任公司',
  sole_proprietorship: '个人独资企业',
  partnership: '合伙企业',
  individual_business: '个体工商户',
  social_organisation: '社会组织',
};

export const EntityStatusSchema = z.enum(['active', 'deregistered', 'revoked']);
export type EntityStatus = z.infer<typeof EntityStatusSchema>;
export const ENTITY_STATUS_NAMES: Record<EntityStatus, string> = {
  active: '存续',
  deregistered: '注销',
  revoked: '吊销',
};

export const LegalEntitySchema = z
  .object({
    uscc: UsccSchema,
    name: z.string().min(1),
    entityType: EntityTypeSchema,
    registeredRegionCode: z.string().meta({ description: 'region of registration (county, or finer)' }),
    registeredAddress: z.string(),
    legalRepresentativeIdNumber: IdNumberSchema,
    legalRepresentativeName: z.string(),
    status: EntityStatusSchema,
    establishedOn: IsoDateSchema,
  })
  .meta({ id: 'LegalEntity' });
export type LegalEntity = z.infer<typeof LegalEntitySchema>;

export const LegalEntityFieldSchema = LegalEntitySchema.keyof();
export type LegalEntityField = z.infer<typeof LegalEntityFieldSchema>;

/** A legal entity in a list: the representative's ID number masked. */
export const LegalEntityViewSchema = LegalEntitySchema.extend({
  legalRepresentativeIdNumber: z.string().meta({ description: 'masked' }),
}).meta({ id: 'LegalEntityView' });
export type LegalEntityView = z.infer<typeof LegalEntityViewSchema>;

/** 自然人 or 法人 (and other organisations): whose data, whose credit. */
export const SubjectTypeSchema = z.enum(['person', 'legal_person']);
export type SubjectType = z.infer<typeof SubjectTypeSchema>;

export const CreditListSchema = z.enum(['blacklist', 'redlist']);
export type CreditList = z.infer<typeof CreditListSchema>;
export const CREDIT_LIST_NAMES: Record<CreditList, string> = { blacklist: '失信', redlist: '守信' };

export const CreditEntrySchema = z
  .object({
    id: z.string(),
    subjectType: SubjectTypeSchema,
    subjectId: z.string().meta({ description: 'ID number (masked in lists) or USCC' }),
    list: CreditListSchema,
    reason: z.string(),
    issuingBody: z.string(),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable().meta({ description: 'exclusive end date; null = until lifted' }),
  })
  .meta({ id: 'CreditEntry' });
export type CreditEntry = z.infer<typeof CreditEntrySchema>;

export const CreditStatusSchema = z
  .object({
    blacklisted: z.boolean(),
    redlisted: z.boolean(),
    entries: z.array(CreditEntrySchema).meta({ description: 'entries in force on the date asked about' }),
  })
  .meta({ id: 'CreditStatus' });
export type CreditStatus = z.infer<typeof CreditStatusSchema>;

export const ReaderKindSchema = z.enum(['anonymous', 'person', 'staff', 'system', 'machine']);
export type ReaderKind = z.infer<typeof ReaderKindSchema>;

/** One line of 我的数据使用记录: who read the subject's data, when, why, for which case. */
export const DataUseEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    subjectType: SubjectTypeSchema,
    subjectId: z.string().meta({ description: 'ID number (masked) or USCC' }),
    readerLabel: z.string(),
    readerKind: ReaderKindSchema,
    purpose: z.string(),
    caseId: z.string().nullable(),
    mandateId: z.string().nullable().meta({ description: 'set when an agent or handler read under a mandate' }),
    fields: z.array(z.string()),
  })
  .meta({ id: 'DataUseEntry' });
export type DataUseEntry = z.infer<typeof DataUseEntrySchema>;

/** The data-use log is read along its key (newest first) with cursors, as the staff lists are. */
export const DataUseQuerySchema = CursorQuerySchema.strict();
export type DataUseQuery = z.infer<typeof DataUseQuerySchema>;

export const DataUsePageSchema = cursorPageOf(DataUseEntrySchema).meta({ id: 'DataUsePage' });
export type DataUsePage = z.infer<typeof DataUsePageSchema>;
