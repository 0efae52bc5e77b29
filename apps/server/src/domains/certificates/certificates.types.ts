import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  ENTITY_TYPE_NAMES,
  SEX_NAMES,
  type CertificateField,
  type CertificateFieldType,
  type CertificateHolderKind,
  type CertificateTypeSummary,
  type Credibility,
} from '@yici/contracts';
import { completeUscc, isValidIdNumber } from '../../platform/codes';
import type { FieldIssue } from '../../platform/errors';

/**
 * The electronic certificate types (电子证照类型) the platform issues and accepts: who defines each
 * type, its GB/T 36904 type code, the fields of its data, how long a certificate of it is valid,
 * and which catalog items issue or consume it.
 */

// ---------------------------------------------------------------------------------------------
// Field builders: each field carries its Chinese label, so forms, error messages and the API
// summary all come from the one schema.
// ---------------------------------------------------------------------------------------------

type FieldInfo = { label: string; type: CertificateFieldType; options?: { value: string; label: string }[] };
const fieldInfo = z.registry<FieldInfo>();

type Format = { pattern: RegExp; hint: string };
const ID_NUMBER: Format = { pattern: /^\d{17}[\dX]$/, hint: '应为 18 位公民身份号码' };
const USCC: Format = { pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, hint: '应为 18 位统一社会信用代码' };
const ID_OR_USCC: Format = { pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, hint: '应为 18 位公民身份号码或统一社会信用代码' };
const REGION_CODE: Format = { pattern: /^\d{6}$/, hint: '应为 6 位行政区划代码' };

const missing = (label: string) => `缺少必填项：${label}`;

function text(label: string, format?: Format) {
  const base = z
    .string({ error: (issue) => (issue.input === undefined ? missing(label) : `${label}应为文本`) })
    .min(1, { error: `${label}不能为空` });
  return (format ? base.regex(format.pattern, { error: `${label}${format.hint}` }) : base).register(fieldInfo, {
    label,
    type: 'string',
  });
}

function date(label: string) {
  return z.iso
    .date({ error: (issue) => (issue.input === undefined ? missing(label) : `${label}应为 YYYY-MM-DD 格式的日期`) })
    .register(fieldInfo, { label, type: 'date' });
}

function amount(label: string, options: { integer?: boolean } = {}) {
  const base = z
    .number({ error: (issue) => (issue.input === undefined ? missing(label) : `${label}应为数字`) })
    .nonnegative({ error: `${label}不能为负数` });
  return (options.integer ? base.int({ error: `${label}应为整数` }) : base).register(fieldInfo, {
    label,
    type: 'number',
  });
}

function choice<const T extends Record<string, string>>(label: string, labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  const allowed = Object.values(labels).join('、');
  return z
    .enum(values, { error: (issue) => (issue.input === undefined ? missing(label) : `${label}应为${allowed}之一`) })
    .register(fieldInfo, {
      label,
      type: 'enum',
      options: Object.entries(labels).map(([value, optionLabel]) => ({ value, label: optionLabel })),
    });
}

function fieldsOf(schema: z.ZodObject): CertificateField[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    const isOptional = field instanceof z.ZodOptional;
    const info = fieldInfo.get(isOptional ? field.unwrap() : field);
    if (!info) throw new Error(`certificate field ${key} was not built with a label`);
    const { label, type, options } = info;
    return { key, label, type, required: !isOptional, ...(options ? { options } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const monthDay = isoDate.slice(5);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeap ? '02-28' : monthDay}`;
}

/** Completed years of age on a date (周岁). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** 居民身份证法 art. 5: the card's term by the holder's age when it is issued; null = long-term. */
export function identityCardTermYears(age: number): number | null {
  if (age < 16) return 5;
  if (age <= 25) return 10;
  if (age <= 45) return 20;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Defining agencies
// ---------------------------------------------------------------------------------------------

export type DefiningAgency = { name: string; uscc: string };

/**
 * The codes below are SYNTHETIC: well-formed, stable USCCs (registration authority and type,
 * national or Shandong region, a made-up organisation code starting YC, a correct check
 * character) standing in for the agencies' registered codes, which the platform does not ship.
 */
const agency = (name: string, body17: string): DefiningAgency => ({ name, uscc: completeUscc(body17) });

const AGENCIES = {
  marketRegulation: agency('国家市场监督管理总局', '11100000YC0000011'),
  naturalResources: agency('自然资源部', '11100000YC0000029'),
  housing: agency('住房和城乡建设部', '11100000YC0000037'),
  ecology: agency('生态环境部', '11100000YC0000045'),
  publicSecurity: agency('公安部', '11100000YC0000053'),
  civilAffairs: agency('民政部', '11100000YC0000061'),
  health: agency('国家卫生健康委员会', '11100000YC0000078'),
  humanResources: agency('人力资源和社会保障部', '11100000YC0000086'),
  education: agency('教育部', '11100000YC0000094'),
  stateGrid: agency('国家电网有限公司', '91110000YC0000107'),
  // Water, gas and heating connections are provincial types: the utilities are local enterprises.
  shandongHousing: agency('山东省住房和城乡建设厅', '11370000YC0000115'),
} as const;

// ---------------------------------------------------------------------------------------------
// Type definitions
// ---------------------------------------------------------------------------------------------

export type CertificateHolder = { kind: CertificateHolderKind; id: string; name: string };

export type CertificateTypeDefinition = {
  slug: string;
  /** GB/T 36904 type code: the defining agency's USCC + three digits. */
  code: string;
  name: string;
  definingAgency: DefiningAgency;
  /** Who usually holds it; a real estate title or vehicle licence may also be held by the other kind. */
  holderKind: CertificateHolderKind;
  credibility: Credibility;
  /** The validity rule in Chinese, as the public type list shows it. */
  validity: string;
  /** Strict: an unknown field is an error, not silently dropped. */
  schema: z.ZodObject;
  fields: CertificateField[];
  /** The 有效期至 date of a certificate with this data issued on `issuedOn`; null = long-term. Throws on invalid data. */
  validToFor: (data: Record<string, unknown>, issuedOn: string) => string | null;
  /** Whose certificate it is, read from its data. Throws on invalid data. */
  holderOf: (data: Record<string, unknown>) => CertificateHolder;
  /** What a new certificate does to the valid ones of the same subject; null: several may be valid. */
  supersession: Supersession | null;
};

/**
 * Where the law allows one valid certificate per subject, what issuing a new one does to the old:
 * `transfer` cancels it (注销) and names its successor, held by someone else (a title passes to
 * the buyer); `change` replaces it (换发: a changed licence, a moved household's register, a renewed
 * card); `exclusive` refuses a second one while the first is valid (结婚证). Applied in the
 * transaction that issues the new one (`CertificateService.supersedeIn`).
 */
export type Supersession = {
  /** The subject: the holder (a person's card, an entity's licence) or a field of the data (不动产单元号). */
  subject: 'holder' | { field: string; label: string };
  effect: 'transfer' | 'change' | 'exclusive';
  /** Recorded on the old certificate, e.g. 转移登记. */
  reason: string;
  /** The regulation that allows one. */
  basis: string;
};

function defineType<S extends z.ZodObject>(spec: {
  slug: string;
  name: string;
  agency: DefiningAgency;
  number: string;
  holderKind: CertificateHolderKind;
  credibility?: Credibility;
  validity: string;
  schema: S;
  holderOf: (data: z.infer<S>) => CertificateHolder;
  validToFor?: (data: z.infer<S>, issuedOn: string) => string | null;
  supersession?: Supersession;
}): CertificateTypeDefinition {
  const { agency: definingAgency, number, credibility = 'A', holderOf, validToFor = () => null, ...rest } = spec;
  return {
    ...rest,
    supersession: spec.supersession ?? null,
    code: `${definingAgency.uscc}${number}`,
    definingAgency,
    credibility,
    fields: fieldsOf(spec.schema),
    validToFor: (data, issuedOn) => validToFor(spec.schema.parse(data), issuedOn),
    holderOf: (data) => holderOf(spec.schema.parse(data)),
  };
}

/** A holder named by an ID number is a person; by a USCC, a legal person or other organisation. */
const holderBy = (id: string, name: string): CertificateHolder => ({
  kind: isValidIdNumber(id) ? 'person' : 'legal_person',
  id,
  name,
});
const person = (id: string, name: string): CertificateHolder => ({ kind: 'person', id, name });
const organisation = (id: string, name: string): CertificateHolder => ({ kind: 'legal_person', id, name });
const yearsAfter = (years: number) => (_data: unknown, issuedOn: string) => addYears(issuedOn, years);

const sex = () => choice('性别', SEX_NAMES);

// The three schemas the seed's sample builders produce data for.
const businessLicenceSchema = z
  .object({
    name: text('名称'),
    uscc: text('统一社会信用代码', USCC),
    entityType: choice('类型', ENTITY_TYPE_NAMES),
    legalRepresentative: text('法定代表人（负责人、经营者）'),
    registeredCapitalWanYuan: amount('注册资本（万元）').optional(),
    establishedOn: date('成立日期'),
    operatingTo: date('营业期限至').optional(),
    businessScope: text('经营范围'),
    address: text('住所（经营场所）'),
  })
  .strict();
export type BusinessLicenceData = z.infer<typeof businessLicenceSchema>;

const identityCardSchema = z
  .object({
    name: text('姓名'),
    sex: sex(),
    ethnicity: text('民族'),
    birthDate: date('出生日期'),
    address: text('住址'),
    idNumber: text('公民身份号码', ID_NUMBER),
    issuingAuthority: text('签发机关'),
    validFrom: date('有效期限起始日期'),
    validTo: text('有效期限截止日期', { pattern: /^(\d{4}-\d{2}-\d{2}|长期)$/, hint: '应为 YYYY-MM-DD 或“长期”' }),
  })
  .strict();
export type IdentityCardData = z.infer<typeof identityCardSchema>;

const householdRegisterSchema = z
  .object({
    householdNumber: text('户号'),
    householdType: choice('户别', { family: '家庭户', collective: '集体户' }),
    headName: text('户主姓名'),
    relationToHead: text('与户主关系'),
    name: text('姓名'),
    sex: sex(),
    ethnicity: text('民族'),
    birthDate: date('出生日期'),
    birthPlace: text('出生地'),
    nativePlace: text('籍贯'),
    idNumber: text('公民身份号码', ID_NUMBER),
    address: text('住址'),
    registeredOn: date('登记日期'),
  })
  .strict();
export type HouseholdRegisterData = z.infer<typeof householdRegisterSchema>;

/** The fields every utility connection confirmation shares; `provider` names the utility. */
const connectionFields = (providerLabel: string) => ({
  applicationNumber: text('报装编号'),
  customerName: text('用户名称'),
  customerId: text('用户证件号码', ID_OR_USCC),
  accountNumber: text('用户编号（户号）'),
  address: text('接入地址'),
  provider: text(providerLabel),
  connectedOn: date('接入日期'),
});

const CONNECTION_VALIDITY = '长期有效（用户销户或变更时注销）';
// Connection confirmations are a utility enterprise's business record, not an administrative act.
const CONNECTION_CREDIBILITY: Credibility = 'B';

const { marketRegulation, naturalResources, housing, ecology, publicSecurity } = AGENCIES;
const { civilAffairs, health, humanResources, education, stateGrid, shandongHousing } = AGENCIES;

export const CERTIFICATE_TYPES: readonly CertificateTypeDefinition[] = [
  defineType({
    slug: 'business_licence',
    name: '营业执照',
    agency: marketRegulation,
    number: '001',
    holderKind: 'legal_person',
    validity: '长期有效；载明营业期限的，至营业期限届满之日',
    schema: businessLicenceSchema,
    holderOf: (d) => organisation(d.uscc, d.name),
    validToFor: (d) => d.operatingTo ?? null,
    // 变更登记 reissues the licence: one licence per entity (《中华人民共和国公司登记管理条例》, 变更登记).
    supersession: {
      subject: 'holder',
      effect: 'change',
      reason: '变更登记',
      basis: '《中华人民共和国公司登记管理条例》',
    },
  }),
  defineType({
    slug: 'food_business_licence',
    name: '食品经营许可证',
    agency: marketRegulation,
    number: '002',
    holderKind: 'legal_person',
    validity: '5 年（《食品经营许可和备案管理办法》）',
    schema: z
      .object({
        licenceNumber: text('许可证编号', { pattern: /^JY\d{14}$/, hint: '应为 JY 加 14 位数字' }),
        operatorName: text('经营者名称'),
        uscc: text('统一社会信用代码', USCC),
        legalRepresentative: text('法定代表人（负责人）'),
        residence: text('住所'),
        premises: text('经营场所'),
        mainFormat: choice('主体业态', {
          food_sales: '食品销售经营者',
          catering: '餐饮服务经营者',
          unit_canteen: '单位食堂',
        }),
        businessItems: text('经营项目'),
      })
      .strict(),
    holderOf: (d) => organisation(d.uscc, d.operatorName),
    validToFor: yearsAfter(5),
  }),
  defineType({
    slug: 'real_estate_title',
    name: '不动产权证书',
    agency: naturalResources,
    number: '001',
    holderKind: 'person',
    validity: '长期有效（转移、注销登记后失效；土地使用期限另行记载）',
    schema: z
      .object({
        certificateNumber: text('证号'),
        obligee: text('权利人'),
        obligeeIdNumber: text('权利人证件号码', ID_OR_USCC),
        coOwnership: choice('共有情况', { sole: '单独所有', joint: '共同共有', shares: '按份共有' }),
        location: text('坐落'),
        unitNumber: text('不动产单元号', {
          pattern: /^\d{12}[A-Z]{2}\d{5}[A-Z]\d{8}$/,
          hint: '应为 28 位不动产单元号',
        }),
        rightType: choice('权利类型', {
          land_and_building: '国有建设用地使用权/房屋所有权',
          land: '国有建设用地使用权',
          homestead_and_building: '宅基地使用权/房屋所有权',
        }),
        rightNature: text('权利性质'),
        usage: text('用途'),
        landAreaSqm: amount('土地面积（平方米）').optional(),
        buildingAreaSqm: amount('房屋建筑面积（平方米）').optional(),
        landUseTo: date('土地使用期限至').optional(),
        registeredOn: date('登记日期'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.obligeeIdNumber, d.obligee),
    // A transfer registers the buyer and cancels the seller's title (《不动产登记暂行条例》 and its
    // 实施细则: one right holder per unit in the register).
    supersession: {
      subject: { field: 'unitNumber', label: '不动产单元号' },
      effect: 'transfer',
      reason: '转移登记',
      basis: '《不动产登记暂行条例》',
    },
  }),
  defineType({
    slug: 'real_estate_registration_certificate',
    name: '不动产登记证明',
    agency: naturalResources,
    number: '002',
    holderKind: 'legal_person',
    validity: '长期有效（所证明的权利或事项注销后失效）',
    schema: z
      .object({
        certificateNumber: text('证号'),
        matter: choice('证明权利或事项', {
          mortgage: '抵押权',
          easement: '地役权',
          advance_notice: '预告登记',
          objection: '异议登记',
        }),
        obligee: text('权利人'),
        obligeeIdNumber: text('权利人证件号码', ID_OR_USCC),
        obligor: text('义务人').optional(),
        location: text('坐落'),
        unitNumber: text('不动产单元号', {
          pattern: /^\d{12}[A-Z]{2}\d{5}[A-Z]\d{8}$/,
          hint: '应为 28 位不动产单元号',
        }),
        securedAmountWanYuan: amount('被担保主债权数额（万元）').optional(),
        debtFrom: date('债务履行期限起').optional(),
        debtTo: date('债务履行期限止').optional(),
        registeredOn: date('登记日期'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.obligeeIdNumber, d.obligee),
  }),
  defineType({
    slug: 'land_use_planning_permit',
    name: '建设用地规划许可证',
    agency: naturalResources,
    number: '003',
    holderKind: 'legal_person',
    validity: '不设到期日（《城乡规划法》未规定有效期，地方另有规定的从其规定）',
    schema: z
      .object({
        permitNumber: text('编号'),
        landUser: text('用地单位'),
        landUserUscc: text('统一社会信用代码', USCC),
        projectName: text('项目名称'),
        landLocation: text('用地位置'),
        landUse: text('用地性质'),
        landAreaSqm: amount('用地面积（平方米）'),
        buildingScaleSqm: amount('建设规模（平方米）').optional(),
      })
      .strict(),
    holderOf: (d) => organisation(d.landUserUscc, d.landUser),
  }),
  defineType({
    slug: 'engineering_planning_permit',
    name: '建设工程规划许可证',
    agency: naturalResources,
    number: '004',
    holderKind: 'legal_person',
    validity: '不设到期日；取得后逾期未开工又未获延期的失效（按地方规定）',
    schema: z
      .object({
        permitNumber: text('编号'),
        developer: text('建设单位'),
        developerUscc: text('统一社会信用代码', USCC),
        projectName: text('建设项目名称'),
        location: text('建设位置'),
        totalFloorAreaSqm: amount('总建筑面积（平方米）'),
        aboveGroundFloors: amount('地上层数', { integer: true }).optional(),
        belowGroundFloors: amount('地下层数', { integer: true }).optional(),
      })
      .strict(),
    holderOf: (d) => organisation(d.developerUscc, d.developer),
  }),
  defineType({
    slug: 'construction_permit',
    name: '建筑工程施工许可证',
    agency: housing,
    number: '001',
    holderKind: 'legal_person',
    // An expiry date would mark running projects expired: the lapse depends on starting work.
    validity:
      '不设到期日；自领取之日起三个月内应当开工，可延期两次、每次不超过三个月，逾期自行废止（《建筑法》第九条）',
    schema: z
      .object({
        permitNumber: text('编号'),
        developer: text('建设单位'),
        developerUscc: text('统一社会信用代码', USCC),
        projectName: text('工程名称'),
        location: text('建设地址'),
        scaleSqm: amount('建设规模（平方米）'),
        contractPriceWanYuan: amount('合同价格（万元）'),
        designUnit: text('设计单位'),
        constructionUnit: text('施工单位'),
        supervisionUnit: text('监理单位').optional(),
        contractedStartOn: date('合同开工日期'),
        contractedCompletionOn: date('合同竣工日期'),
      })
      .strict(),
    holderOf: (d) => organisation(d.developerUscc, d.developer),
  }),
  defineType({
    slug: 'completion_acceptance_filing',
    name: '竣工验收备案证明',
    agency: housing,
    number: '002',
    holderKind: 'legal_person',
    validity: '长期有效',
    schema: z
      .object({
        filingNumber: text('备案编号'),
        developer: text('建设单位'),
        developerUscc: text('统一社会信用代码', USCC),
        projectName: text('工程名称'),
        location: text('工程地址'),
        constructionPermitNumber: text('施工许可证编号'),
        floorAreaSqm: amount('建筑面积（平方米）'),
        acceptedOn: date('竣工验收日期'),
        filedOn: date('备案日期'),
      })
      .strict(),
    holderOf: (d) => organisation(d.developerUscc, d.developer),
  }),
  defineType({
    slug: 'pollutant_discharge_permit',
    name: '排污许可证',
    agency: ecology,
    number: '001',
    holderKind: 'legal_person',
    validity: '5 年（《排污许可管理条例》）',
    schema: z
      .object({
        permitNumber: text('证书编号', {
          pattern: /^[0-9A-HJ-NPQRTUWXY]{18}\d{3}[A-Z]$/,
          hint: '应为统一社会信用代码加 3 位顺序码和 1 位字母',
        }),
        unitName: text('单位名称'),
        uscc: text('统一社会信用代码', USCC),
        legalRepresentative: text('法定代表人（主要负责人）'),
        productionAddress: text('生产经营场所地址'),
        industryCategory: text('行业类别'),
        managementCategory: choice('管理类别', { key: '重点管理', simplified: '简化管理' }),
        mainPollutants: text('主要污染物类别'),
      })
      .strict(),
    holderOf: (d) => organisation(d.uscc, d.unitName),
    validToFor: yearsAfter(5),
  }),
  defineType({
    slug: 'identity_card',
    name: '居民身份证',
    agency: publicSecurity,
    number: '001',
    holderKind: 'person',
    validity:
      '未满十六周岁 5 年；十六至二十五周岁 10 年；二十六至四十五周岁 20 年；四十六周岁以上长期（《居民身份证法》第五条）',
    schema: identityCardSchema,
    holderOf: (d) => person(d.idNumber, d.name),
    validToFor: (d, issuedOn) => {
      const years = identityCardTermYears(ageOn(d.birthDate, issuedOn));
      return years === null ? null : addYears(issuedOn, years);
    },
    supersession: { subject: 'holder', effect: 'change', reason: '换领', basis: '《中华人民共和国居民身份证法》' },
  }),
  defineType({
    slug: 'household_register',
    name: '居民户口簿',
    agency: publicSecurity,
    number: '002',
    holderKind: 'person',
    validity: '长期有效（户口迁移、注销时收回或更换）',
    schema: householdRegisterSchema,
    holderOf: (d) => person(d.idNumber, d.name),
    // 户口迁移 moves the person's page to the new household: the old one is taken back.
    supersession: { subject: 'holder', effect: 'change', reason: '户口迁移', basis: '《中华人民共和国户口登记条例》' },
  }),
  defineType({
    slug: 'residence_permit',
    name: '居住证',
    agency: publicSecurity,
    number: '003',
    holderKind: 'person',
    validity: '1 年，每年签注延续（《居住证暂行条例》）',
    schema: z
      .object({
        name: text('姓名'),
        sex: sex(),
        ethnicity: text('民族'),
        birthDate: date('出生日期'),
        idNumber: text('公民身份号码', ID_NUMBER),
        householdAddress: text('户籍地址'),
        residenceAddress: text('居住地址'),
        issuingAuthority: text('签发机关'),
      })
      .strict(),
    holderOf: (d) => person(d.idNumber, d.name),
    validToFor: yearsAfter(1),
    supersession: { subject: 'holder', effect: 'change', reason: '换领', basis: '《居住证暂行条例》' },
  }),
  defineType({
    slug: 'driving_licence',
    name: '机动车驾驶证',
    agency: publicSecurity,
    number: '004',
    holderKind: 'person',
    validity: '首次申领 6 年；期满换证时记分周期内均未记满 12 分的换 10 年，再次期满换长期（按所载有效期限）',
    schema: z
      .object({
        name: text('姓名'),
        sex: sex(),
        nationality: text('国籍'),
        address: text('住址'),
        birthDate: date('出生日期'),
        idNumber: text('证号', ID_NUMBER),
        firstIssuedOn: date('初次领证日期'),
        vehicleClass: choice('准驾车型', {
          A1: 'A1 大型客车',
          A2: 'A2 重型牵引挂车',
          A3: 'A3 城市公交车',
          B1: 'B1 中型客车',
          B2: 'B2 大型货车',
          C1: 'C1 小型汽车',
          C2: 'C2 小型自动挡汽车',
          C3: 'C3 低速载货汽车',
          C4: 'C4 三轮汽车',
          D: 'D 普通三轮摩托车',
          E: 'E 普通二轮摩托车',
          F: 'F 轻便摩托车',
        }),
        fileNumber: text('档案编号', { pattern: /^\d{12}$/, hint: '应为 12 位数字' }),
        issuingAuthority: text('发证机关'),
        validFrom: date('有效期起始日期'),
        validTerm: choice('有效期限', { six_years: '6 年', ten_years: '10 年', long_term: '长期' }),
      })
      .strict(),
    holderOf: (d) => person(d.idNumber, d.name),
    validToFor: (d, issuedOn) =>
      d.validTerm === 'long_term' ? null : addYears(issuedOn, d.validTerm === 'six_years' ? 6 : 10),
    supersession: { subject: 'holder', effect: 'change', reason: '期满换证', basis: '《机动车驾驶证申领和使用规定》' },
  }),
  defineType({
    slug: 'vehicle_licence',
    name: '机动车行驶证',
    agency: publicSecurity,
    number: '005',
    holderKind: 'person',
    validity: '长期有效（按期检验；转移、注销登记时收回）',
    schema: z
      .object({
        plateNumber: text('号牌号码', {
          pattern: /^\p{Script=Han}[A-Z][A-HJ-NP-Z0-9]{5,6}$/u,
          hint: '应形如 鲁A12345',
        }),
        vehicleType: text('车辆类型'),
        owner: text('所有人'),
        ownerIdNumber: text('所有人证件号码', ID_OR_USCC),
        address: text('住址'),
        useCharacter: choice('使用性质', {
          non_operating: '非营运',
          taxi: '出租客运',
          highway_passenger: '公路客运',
          tourism: '旅游客运',
          freight: '货运',
        }),
        brandModel: text('品牌型号'),
        vin: text('车辆识别代号', { pattern: /^[A-HJ-NPR-Z0-9]{17}$/, hint: '应为 17 位字母或数字（不含 I、O、Q）' }),
        engineNumber: text('发动机号码'),
        registeredOn: date('注册日期'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.ownerIdNumber, d.owner),
    supersession: {
      subject: { field: 'vin', label: '车辆识别代号' },
      effect: 'transfer',
      reason: '转移登记',
      basis: '《机动车登记规定》',
    },
  }),
  defineType({
    slug: 'seal_engraving_filing',
    name: '印章刻制备案证明',
    agency: publicSecurity,
    number: '006',
    holderKind: 'legal_person',
    validity: '长期有效（印章停用、缴销时注销）',
    schema: z
      .object({
        ownerName: text('用章单位'),
        ownerUscc: text('统一社会信用代码', USCC),
        sealKind: choice('印章类型', {
          official: '单位公章',
          finance: '财务专用章',
          invoice: '发票专用章',
          contract: '合同专用章',
          customs: '报关专用章',
          legal_representative: '法定代表人名章',
        }),
        sealText: text('印文'),
        sealCode: text('印章编码', { pattern: /^\d{13}$/, hint: '应为 13 位数字' }),
        engravingCompany: text('刻制单位'),
        filedOn: date('备案日期'),
      })
      .strict(),
    holderOf: (d) => organisation(d.ownerUscc, d.ownerName),
  }),
  defineType({
    slug: 'marriage_certificate',
    name: '结婚证',
    agency: civilAffairs,
    number: '001',
    holderKind: 'person',
    validity: '长期有效（离婚登记或判决后失效）',
    schema: z
      .object({
        certificateNumber: text('结婚证字号', { pattern: /^J\d{6}-\d{4}-\d{6}$/, hint: '应形如 J370102-2024-000001' }),
        registeredOn: date('登记日期'),
        holderRole: choice('持证人', { husband: '男方', wife: '女方' }),
        husbandName: text('男方姓名'),
        husbandIdNumber: text('男方身份证件号', ID_NUMBER),
        wifeName: text('女方姓名'),
        wifeIdNumber: text('女方身份证件号', ID_NUMBER),
        registrationAuthority: text('登记机关'),
      })
      .strict(),
    holderOf: (d) =>
      d.holderRole === 'husband' ? person(d.husbandIdNumber, d.husbandName) : person(d.wifeIdNumber, d.wifeName),
    // 《中华人民共和国婚姻法》第三条 forbids bigamy: no second certificate while one is valid.
    supersession: {
      subject: 'holder',
      effect: 'exclusive',
      reason: '婚姻登记',
      basis: '《中华人民共和国婚姻法》第三条',
    },
  }),
  defineType({
    slug: 'birth_medical_certificate',
    name: '出生医学证明',
    agency: health,
    number: '001',
    holderKind: 'person',
    validity: '长期有效',
    schema: z
      .object({
        certificateNumber: text('出生医学证明编号', { pattern: /^[A-Z]\d{9}$/, hint: '应为 1 位字母加 9 位数字' }),
        babyName: text('新生儿姓名'),
        sex: sex(),
        birthDate: date('出生日期'),
        birthTime: text('出生时间', { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, hint: '应为 HH:MM' }),
        birthPlace: text('出生地点'),
        gestationalWeeks: amount('出生孕周', { integer: true }),
        weightGrams: amount('出生体重（克）', { integer: true }),
        lengthCm: amount('出生身长（厘米）'),
        institution: text('接生机构名称'),
        motherName: text('母亲姓名'),
        motherIdNumber: text('母亲身份证件号', ID_NUMBER),
        fatherName: text('父亲姓名').optional(),
        fatherIdNumber: text('父亲身份证件号', ID_NUMBER).optional(),
      })
      .strict(),
    // The newborn has no ID number until the birth is registered: the mother holds it for the child.
    holderOf: (d) => person(d.motherIdNumber, d.motherName),
  }),
  defineType({
    slug: 'social_security_card',
    name: '社会保障卡',
    agency: humanResources,
    number: '001',
    holderKind: 'person',
    validity: '10 年（卡面有效期）',
    schema: z
      .object({
        name: text('姓名'),
        sex: sex(),
        idNumber: text('社会保障号码', ID_NUMBER),
        cardNumber: text('卡号', { pattern: /^[A-Z0-9]{9}$/, hint: '应为 9 位字母或数字' }),
        issuingRegionCode: text('发卡地', REGION_CODE),
        bank: text('合作银行').optional(),
      })
      .strict(),
    holderOf: (d) => person(d.idNumber, d.name),
    validToFor: yearsAfter(10),
    supersession: { subject: 'holder', effect: 'change', reason: '补换卡', basis: '《社会保障卡管理办法》' },
  }),
  defineType({
    slug: 'academic_degree',
    name: '学历学位证书',
    agency: education,
    number: '001',
    holderKind: 'person',
    validity: '长期有效',
    schema: z
      .object({
        name: text('姓名'),
        sex: sex(),
        birthDate: date('出生日期'),
        idNumber: text('公民身份号码', ID_NUMBER),
        certificateKind: choice('证书类别', { graduation: '毕业证书', degree: '学位证书' }),
        level: choice('层次', {
          junior_college: '专科',
          bachelor: '本科（学士）',
          master: '研究生（硕士）',
          doctor: '研究生（博士）',
        }),
        major: text('专业'),
        discipline: text('学科门类').optional(),
        institution: text('学校（学位授予单位）'),
        conferredOn: date('颁发（授予）日期'),
        certificateNumber: text('证书编号'),
      })
      .strict(),
    holderOf: (d) => person(d.idNumber, d.name),
  }),
  defineType({
    slug: 'water_connection',
    name: '供水接入（通水）确认书',
    agency: shandongHousing,
    number: '001',
    holderKind: 'legal_person',
    credibility: CONNECTION_CREDIBILITY,
    validity: CONNECTION_VALIDITY,
    schema: z
      .object({
        ...connectionFields('供水单位'),
        pipeDiameterMm: amount('接水管径（毫米）'),
        meterNumber: text('水表编号'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.customerId, d.customerName),
  }),
  defineType({
    slug: 'power_connection',
    name: '供电接入（送电）确认书',
    agency: stateGrid,
    number: '001',
    holderKind: 'legal_person',
    credibility: CONNECTION_CREDIBILITY,
    validity: CONNECTION_VALIDITY,
    schema: z
      .object({
        ...connectionFields('供电单位'),
        voltageLevel: choice('供电电压', {
          ac220v: '交流 220 伏',
          ac380v: '交流 380 伏',
          ac10kv: '交流 10 千伏',
          ac35kv: '交流 35 千伏',
          ac110kv: '交流 110 千伏',
        }),
        capacityKva: amount('用电容量（千伏安）'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.customerId, d.customerName),
  }),
  defineType({
    slug: 'gas_connection',
    name: '燃气接入（通气）确认书',
    agency: shandongHousing,
    number: '002',
    holderKind: 'legal_person',
    credibility: CONNECTION_CREDIBILITY,
    validity: CONNECTION_VALIDITY,
    schema: z
      .object({
        ...connectionFields('供气单位'),
        gasUse: choice('用气性质', { residential: '居民生活', commercial: '商业', industrial: '工业' }),
        meterNumber: text('燃气表编号'),
      })
      .strict(),
    holderOf: (d) => holderBy(d.customerId, d.customerName),
  }),
  defineType({
    slug: 'heating_connection',
    name: '供热接入（入网）确认书',
    agency: shandongHousing,
    number: '003',
    holderKind: 'legal_person',
    credibility: CONNECTION_CREDIBILITY,
    validity: CONNECTION_VALIDITY,
    schema: z
      .object({
        ...connectionFields('供热单位'),
        heatingAreaSqm: amount('供热面积（平方米）'),
        heatingMethod: choice('采暖方式', { radiator: '散热器采暖', floor: '地面辐射采暖' }),
      })
      .strict(),
    holderOf: (d) => holderBy(d.customerId, d.customerName),
  }),
];

const bySlug = new Map(CERTIFICATE_TYPES.map((t) => [t.slug, t]));
const byCode = new Map(CERTIFICATE_TYPES.map((t) => [t.code, t]));

export function certificateTypeBySlug(slug: string): CertificateTypeDefinition | undefined {
  return bySlug.get(slug);
}

export function certificateTypeByCode(code: string): CertificateTypeDefinition | undefined {
  return byCode.get(code);
}

// ---------------------------------------------------------------------------------------------
// Catalog links: which items issue a type (result certificate) and which take it as a material
// ---------------------------------------------------------------------------------------------

const CATALOG_ITEMS_FILE = new URL('../../../../../data/catalog/items.json', import.meta.url);

const CatalogItemLinksSchema = z.object({
  basicCode: z.string(),
  resultCertificateType: z.string().nullable(),
  materials: z.array(z.object({ source: z.object({ kind: z.string(), certificateType: z.string().optional() }) })),
});
export type CatalogItemLinks = z.infer<typeof CatalogItemLinksSchema>;
export type CertificateTypeItems = { issuedByItems: string[]; consumedByItems: string[] };

/** Basic codes per certificate type slug, sorted; slugs the items name but no type defines are included. */
export function linkCatalogItems(items: readonly CatalogItemLinks[]): Map<string, CertificateTypeItems> {
  const issued = new Map<string, Set<string>>();
  const consumed = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, slug: string, code: string) =>
    index.set(slug, (index.get(slug) ?? new Set()).add(code));
  for (const item of items) {
    if (item.resultCertificateType) add(issued, item.resultCertificateType, item.basicCode);
    for (const { source } of item.materials) {
      if (source.kind === 'certificate' && source.certificateType)
        add(consumed, source.certificateType, item.basicCode);
    }
  }
  const slugs = new Set([...issued.keys(), ...consumed.keys()]);
  return new Map(
    [...slugs].map((slug) => [
      slug,
      { issuedByItems: [...(issued.get(slug) ?? [])].sort(), consumedByItems: [...(consumed.get(slug) ?? [])].sort() },
    ]),
  );
}

let shippedCatalogLinks: Map<string, CertificateTypeItems> | undefined;

/** Read once, on first use, from the shipped catalog (data/catalog/items.json). */
function catalogLinks(): Map<string, CertificateTypeItems> {
  shippedCatalogLinks ??= linkCatalogItems(
    z.array(CatalogItemLinksSchema).parse(JSON.parse(readFileSync(CATALOG_ITEMS_FILE, 'utf8'))),
  );
  return shippedCatalogLinks;
}

/** The public type list; `items` replaces the shipped catalog (e.g. the catalog as stored). */
export function listCertificateTypes(options: { items?: readonly CatalogItemLinks[] } = {}): CertificateTypeSummary[] {
  const links = options.items ? linkCatalogItems(options.items) : catalogLinks();
  return CERTIFICATE_TYPES.map((t) => ({
    slug: t.slug,
    code: t.code,
    name: t.name,
    definingAgency: { ...t.definingAgency },
    holderKind: t.holderKind,
    credibility: t.credibility,
    validity: t.validity,
    issuedByItems: links.get(t.slug)?.issuedByItems ?? [],
    consumedByItems: links.get(t.slug)?.consumedByItems ?? [],
    fields: t.fields,
  }));
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export type CertificateDataValidation =
  { ok: true; data: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

/** Checks certificate data against its type; every problem at once, with paths like `data.name`. */
export function validateCertificateData(slug: string, data: unknown): CertificateDataValidation {
  const type = bySlug.get(slug);
  if (!type) return { ok: false, issues: [{ path: 'type', message: `未知的证照类型：${slug}` }] };
  const result = type.schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.flatMap(toFieldIssues) };
}

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  const path = ['data', ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: `${path}.${key}`, message: `不允许的字段：${key}` }));
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') return [{ path, message: '证照数据应为对象' }];
  return [{ path, message: issue.message }];
}
