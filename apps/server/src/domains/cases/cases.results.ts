import { choicesOf } from '@yici/contracts';
import { addYears, ageOn, identityCardTermYears } from '../certificates/certificates.types';
import type { RegisterEntityInput, RegistrableEntityType } from '../registries/registries.service';

/**
 * The data of the certificate a granted task issues, built from the case's combined form, its
 * applicant and what earlier tasks of the same case produced. The reviewer's overrides win over
 * every built field; a type without a builder here is issued from the overrides alone, so the
 * reviewer supplies all of its data. The caller validates the result against the type's schema:
 * whatever the form could not give shows up there as a missing field for the reviewer to supply.
 */

export type ResultContext = {
  /** The certificate type's slug. */
  certificateType: string;
  /** The combined form's values. */
  form: Record<string, string>;
  applicant: { kind: 'person' | 'legal_person'; id: string; name: string };
  /** Produced by earlier tasks of the same case, e.g. { uscc, entity_name }. */
  values: Record<string, string>;
  issuer: { uscc: string; name: string; regionCode: string };
  /** e.g. 济南市历下区 */
  regionName: string;
  /** ISO date in China. */
  today: string;
  caseNumber: string;
  /** Unique within the case: keeps two numbers drawn for one case apart. */
  sequence: number;
  overrides?: Record<string, unknown>;
  /** The data of certificates the applicant reused as materials, by type (the seller's title). */
  reused?: Record<string, Record<string, unknown>>;
  /** For a type issued once per unit (a seal filing per seal): the unit this certificate is for. */
  unit?: string;
};

export type ResultData = { data: Record<string, unknown>; values: Record<string, string> };
/** Every certificate one grant issues, in order, and the facts later steps need. */
export type ResultsData = { certificates: Record<string, unknown>[]; values: Record<string, string> };

type Built = Record<string, unknown>;
type Builder = {
  data: (ctx: ResultContext) => Built;
  values?: (data: Built, ctx: ResultContext) => Record<string, string>;
  /**
   * For a type the law issues per unit rather than per case: the units the form names, one
   * certificate each (built with `ctx.unit`). Without it a grant issues one certificate.
   */
  unitsOf?: (ctx: ResultContext) => string[];
};

// ---------------------------------------------------------------------------------------------
// Reading the context

const given = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** A number when the text is one; otherwise the text, so the schema names the field as not a number. */
function amount(value: string | undefined): number | string | undefined {
  const text = given(value);
  if (text === undefined) return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The applicant when they are a legal person; the form or earlier steps name a new one. */
function organisationOf(ctx: ResultContext): { name: string | undefined; uscc: string | undefined } {
  const isEntity = ctx.applicant.kind === 'legal_person';
  return {
    name: given(ctx.values.entity_name) ?? given(ctx.form.entity_name) ?? (isEntity ? ctx.applicant.name : undefined),
    uscc: given(ctx.values.uscc) ?? (isEntity ? ctx.applicant.id : undefined),
  };
}

type PersonFacts = { name?: string; idNumber?: string; sex?: 'male' | 'female'; birthDate?: string };

/** Sex and birth date as a GB 11643 number encodes them. */
function factsOfIdNumber(idNumber: string | undefined): Pick<PersonFacts, 'sex' | 'birthDate'> {
  if (!idNumber || !/^\d{17}[\dX]$/.test(idNumber)) return {};
  return {
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** The applicant as a person, or nobody for a legal person. */
function applicantPerson(ctx: ResultContext): PersonFacts {
  if (ctx.applicant.kind !== 'person') return {};
  return { name: ctx.applicant.name, idNumber: ctx.applicant.id, ...factsOfIdNumber(ctx.applicant.id) };
}

/** The newborn when the form names one (birth journeys), else the applicant. */
function subjectPerson(ctx: ResultContext): PersonFacts {
  const newborn = given(ctx.form.newborn_name);
  if (!newborn) return applicantPerson(ctx);
  const idNumber = given(ctx.values.newborn_id_number) ?? given(ctx.form.newborn_id_number);
  const sex = given(ctx.form.newborn_sex);
  return {
    name: newborn,
    idNumber,
    sex: sex === 'male' || sex === 'female' ? sex : undefined,
    birthDate: given(ctx.form.newborn_birth_date),
  };
}

/** The other person named in the form under `prefix` (spouse_, mother_, father_). */
const formPerson = (ctx: ResultContext, prefix: string): PersonFacts => ({
  name: given(ctx.form[`${prefix}_name`]),
  idNumber: given(ctx.form[`${prefix}_id_number`]),
});

// ---------------------------------------------------------------------------------------------
// Numbers. Each is derived from the case number (implementation code + yyyyMMdd + 4-digit
// serial, unique per implementing body) and the per-case sequence, so granting the same task
// again gives the same number and two cases never share one.

function caseStamp(ctx: ResultContext): { date: string; serial: string } {
  const match = /(\d{8})(\d{4})$/.exec(ctx.caseNumber);
  if (match) return { date: match[1]!, serial: match[2]! };
  const digits = ctx.caseNumber.replace(/\D/g, '');
  return { date: ctx.today.replaceAll('-', ''), serial: digits.slice(-4).padStart(4, '0') };
}

const region6 = (ctx: ResultContext) => ctx.issuer.regionCode.slice(0, 6).padEnd(6, '0');
const sequence2 = (ctx: ResultContext) => String(ctx.sequence % 100).padStart(2, '0');

function dayOfYear(yyyymmdd: string): string {
  const at = Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)));
  const start = Date.UTC(Number(yyyymmdd.slice(0, 4)), 0, 1);
  return String(Math.round((at - start) / 86_400_000) + 1).padStart(3, '0');
}

/** Region, case date, serial and sequence: 20 digits, unique per issuing region. */
const permitDigits = (ctx: ResultContext) => {
  const { date, serial } = caseStamp(ctx);
  return `${region6(ctx)}${date}${serial}${sequence2(ctx)}`;
};

/** Seven digits for numbers of a fixed width: day of the year and serial of the case. */
const shortDigits = (ctx: ResultContext) => {
  const { date, serial } = caseStamp(ctx);
  return `${dayOfYear(date)}${serial}`;
};

const cityOf = (regionName: string) => /^.+?市/.exec(regionName)?.[0] ?? regionName;

function dayBefore(isoDate: string): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Builders per certificate type

const MARKET_ENTITY_TYPES = ['limited_company', 'sole_proprietorship', 'partnership'] as const;

/** The type of the entity the form founds; none when the licence is for the applicant itself (a change). */
function foundedEntityType(form: Record<string, string>): RegistrableEntityType | undefined {
  const value = given(form.entity_form);
  const enterprise = MARKET_ENTITY_TYPES.find((t) => t === value);
  if (enterprise) return enterprise;
  // 个体工商户设立登记 asks the 组成形式 (individual or family) instead of an enterprise type.
  return given(form.organization_form) ? 'individual_business' : undefined;
}

/** Each kind's place in 印章类型, the last digit of its seal's code: one case's seals never share a code. */
const SEAL_KIND_NUMBERS: Record<string, string> = {
  official: '1',
  finance: '2',
  invoice: '3',
  contract: '4',
  customs: '5',
  legal_representative: '6',
};

/**
 * 13 digits: the filing region (6), the case's day of the year (3), the last three digits of its
 * serial (3) and the seal's kind (1). Granting again gives the same codes; a body would have to
 * take a thousand cases in one day before two cases' seals could meet.
 */
function sealCode(ctx: ResultContext, kind: string): string {
  const { date, serial } = caseStamp(ctx);
  return `${region6(ctx)}${dayOfYear(date)}${serial.slice(-3)}${SEAL_KIND_NUMBERS[kind] ?? '0'}`;
}

const SEAL_KIND_NAMES: Record<string, string> = {
  finance: '财务专用章',
  invoice: '发票专用章',
  contract: '合同专用章',
  customs: '报关专用章',
};

const LAND_USE_NAMES: Record<string, string> = {
  residential: '居住用地',
  commercial: '商业服务业用地',
  industrial: '工业用地',
  logistics: '物流仓储用地',
  public_service: '公共管理与公共服务用地',
};

const PROPERTY_USAGE_NAMES: Record<string, string> = {
  residential: '城镇住宅用地/住宅',
  commercial: '商服用地/商业',
  office: '商服用地/办公',
  other: '其他',
};

/** The connection confirmation fields every utility shares. */
function connection(ctx: ResultContext): Built {
  const organisation = organisationOf(ctx);
  const person = applicantPerson(ctx);
  const isEntity = ctx.applicant.kind === 'legal_person';
  return {
    applicationNumber: ctx.caseNumber,
    customerName: isEntity ? organisation.name : person.name,
    customerId: isEntity ? organisation.uscc : person.idNumber,
    accountNumber: permitDigits(ctx),
    address: given(ctx.form.connection_address) ?? given(ctx.form.project_location) ?? given(ctx.form.residence),
    provider: ctx.issuer.name,
    connectedOn: ctx.today,
  };
}

const BUILDERS: Record<string, Builder> = {
  business_licence: {
    data: (ctx) => {
      const { name, uscc } = organisationOf(ctx);
      const years = given(ctx.form.operating_years);
      return {
        name,
        uscc,
        entityType: foundedEntityType(ctx.form) ?? given(ctx.form.entity_form),
        legalRepresentative: given(ctx.form.legal_representative_name) ?? applicantPerson(ctx).name,
        registeredCapitalWanYuan: amount(ctx.form.registered_capital),
        establishedOn: ctx.today,
        // 营业期限 runs to the day before the anniversary: 2026-11-27 for 20 years ends 2046-11-26.
        operatingTo: years && /^\d+$/.test(years) ? dayBefore(addYears(ctx.today, Number(years))) : undefined,
        businessScope: given(ctx.form.business_scope),
        address: given(ctx.form.residence),
      };
    },
    values: (d) => ({ uscc: String(d.uscc ?? ''), entity_name: String(d.name ?? '') }),
  },
  seal_engraving_filing: {
    // 《印章业治安管理办法》 and the public-security organs' filing rule (印章治安管理信息系统):
    // every seal is filed on its own, under its own 13-digit 印章编码, so a company that orders a
    // 公章, a 财务专用章 and a 发票专用章 holds three filings. A form kept from before several seals
    // could be chosen holds one kind and gives one filing; one naming none is the official seal.
    unitsOf: (ctx) => {
      const kinds = choicesOf(ctx.form.seal_kind);
      return kinds.length > 0 ? kinds : ['official'];
    },
    data: (ctx) => {
      const owner = organisationOf(ctx);
      const kind = ctx.unit ?? choicesOf(ctx.form.seal_kind)[0] ?? 'official';
      const sealText =
        kind === 'official'
          ? owner.name
          : kind === 'legal_representative'
            ? given(ctx.form.legal_representative_name)
            : owner.name && `${owner.name}${SEAL_KIND_NAMES[kind] ?? ''}`;
      return {
        ownerName: owner.name,
        ownerUscc: owner.uscc,
        sealKind: kind,
        sealText,
        sealCode: sealCode(ctx, kind),
        engravingCompany: given(ctx.form.engraving_company),
        filedOn: ctx.today,
      };
    },
    values: (d) => ({ seal_code: String(d.sealCode ?? '') }),
  },
  real_estate_title: {
    data: (ctx) => {
      const usage = given(ctx.form.property_usage);
      // The unit as the seller's title records it (不动产登记簿): never retyped.
      const unit = ctx.reused?.['real_estate_title'];
      const fromTitle = unit
        ? Object.fromEntries(
            [
              'location',
              'unitNumber',
              'rightType',
              'rightNature',
              'usage',
              'landAreaSqm',
              'buildingAreaSqm',
              'landUseTo',
            ]
              .filter((key) => unit[key] !== undefined)
              .map((key) => [key, unit[key]]),
          )
        : {};
      return {
        // 鲁: the province's abbreviation; the platform serves Shandong.
        certificateNumber: `鲁（${caseStamp(ctx).date.slice(0, 4)}）${cityOf(ctx.regionName)}不动产权第${shortDigits(ctx)}号`,
        obligee: given(ctx.form.buyer_name),
        obligeeIdNumber: given(ctx.form.buyer_id_number),
        coOwnership: given(ctx.form.co_ownership) ?? 'sole',
        location: given(ctx.form.property_location),
        unitNumber: given(ctx.form.property_unit_number),
        // A transfer keeps the right, its nature and the land term; the reviewer corrects them
        // from the register where the flat is not an ordinary commercial home.
        rightType: 'land_and_building',
        rightNature: '出让/市场化商品房',
        usage: usage ? (PROPERTY_USAGE_NAMES[usage] ?? usage) : undefined,
        landAreaSqm: amount(ctx.form.land_area),
        buildingAreaSqm: amount(ctx.form.building_area),
        registeredOn: ctx.today,
        ...fromTitle,
      };
    },
    values: (d) => ({
      title_certificate_number: String(d.certificateNumber ?? ''),
      property_unit_number: String(d.unitNumber ?? ''),
    }),
  },
  land_use_planning_permit: {
    data: (ctx) => {
      const { name, uscc } = organisationOf(ctx);
      const landUse = given(ctx.form.land_use);
      return {
        permitNumber: `地字第${permitDigits(ctx)}号`,
        landUser: name,
        landUserUscc: uscc,
        projectName: given(ctx.form.project_name),
        landLocation: given(ctx.form.project_location),
        landUse: landUse ? (LAND_USE_NAMES[landUse] ?? landUse) : undefined,
        landAreaSqm: amount(ctx.form.land_area),
        buildingScaleSqm: amount(ctx.form.building_area),
      };
    },
    values: (d) => ({ land_use_planning_permit_number: String(d.permitNumber ?? '') }),
  },
  engineering_planning_permit: {
    data: (ctx) => {
      const { name, uscc } = organisationOf(ctx);
      return {
        permitNumber: `建字第${permitDigits(ctx)}号`,
        developer: name,
        developerUscc: uscc,
        projectName: given(ctx.form.project_name),
        location: given(ctx.form.project_location),
        totalFloorAreaSqm: amount(ctx.form.building_area),
        aboveGroundFloors: amount(ctx.form.above_ground_floors),
        belowGroundFloors: amount(ctx.form.below_ground_floors),
      };
    },
    values: (d) => ({ engineering_planning_permit_number: String(d.permitNumber ?? '') }),
  },
  construction_permit: {
    data: (ctx) => {
      const { name, uscc } = organisationOf(ctx);
      return {
        permitNumber: permitDigits(ctx),
        developer: name,
        developerUscc: uscc,
        projectName: given(ctx.form.project_name),
        location: given(ctx.form.project_location),
        scaleSqm: amount(ctx.form.building_area),
        contractPriceWanYuan: amount(ctx.form.contract_price),
        designUnit: given(ctx.form.design_unit),
        constructionUnit: given(ctx.form.construction_unit),
        supervisionUnit: given(ctx.form.supervision_unit),
        contractedStartOn: given(ctx.form.contracted_start_date),
        contractedCompletionOn: given(ctx.form.contracted_completion_date),
      };
    },
    values: (d) => ({ construction_permit_number: String(d.permitNumber ?? '') }),
  },
  completion_acceptance_filing: {
    data: (ctx) => {
      const { name, uscc } = organisationOf(ctx);
      return {
        filingNumber: `${permitDigits(ctx)}-BA`,
        developer: name,
        developerUscc: uscc,
        projectName: given(ctx.form.project_name),
        location: given(ctx.form.project_location),
        constructionPermitNumber:
          given(ctx.values.construction_permit_number) ?? given(ctx.form.construction_permit_number),
        floorAreaSqm: amount(ctx.form.building_area),
        acceptedOn: given(ctx.form.acceptance_date),
        filedOn: ctx.today,
      };
    },
    values: (d) => ({ completion_filing_number: String(d.filingNumber ?? '') }),
  },
  identity_card: {
    data: (ctx) => {
      const person = applicantPerson(ctx);
      const years = person.birthDate ? identityCardTermYears(ageOn(person.birthDate, ctx.today)) : undefined;
      return {
        ...person,
        ethnicity: given(ctx.form.ethnicity),
        address: given(ctx.form.new_address) ?? given(ctx.form.household_address),
        issuingAuthority: ctx.issuer.name,
        validFrom: ctx.today,
        validTo: years === undefined ? undefined : years === null ? '长期' : addYears(ctx.today, years),
      };
    },
  },
  household_register: {
    data: (ctx) => {
      const person = subjectPerson(ctx);
      const isNewborn = given(ctx.form.newborn_name) !== undefined;
      const head = given(ctx.form.head_name);
      return {
        householdNumber: given(ctx.form.household_number),
        householdType: given(ctx.form.household_type) ?? 'family',
        headName: head ?? (isNewborn ? undefined : person.name),
        relationToHead: given(ctx.form.relation_to_head) ?? (head || isNewborn ? undefined : '户主'),
        ...person,
        ethnicity: given(ctx.form.ethnicity),
        birthPlace: given(ctx.form.birth_place),
        nativePlace: given(ctx.form.native_place),
        address: given(ctx.form.new_address) ?? given(ctx.form.household_address),
        registeredOn: ctx.today,
      };
    },
    values: (d, ctx): Record<string, string> =>
      given(ctx.form.newborn_name) && typeof d.idNumber === 'string' ? { newborn_id_number: d.idNumber } : {},
  },
  social_security_card: {
    data: (ctx) => {
      const { name, idNumber, sex } = subjectPerson(ctx);
      const { date, serial } = caseStamp(ctx);
      return {
        name,
        sex,
        idNumber,
        // Nine characters: a letter, then the case's year, day and serial.
        cardNumber: `S${date.slice(3, 4)}${dayOfYear(date)}${serial}`,
        issuingRegionCode: region6(ctx),
        bank: given(ctx.form.bank_name),
      };
    },
  },
  marriage_certificate: {
    data: (ctx) => {
      const me = applicantPerson(ctx);
      const spouse = formPerson(ctx, 'spouse');
      const isHusband = me.sex === 'male';
      const [husband, wife] = isHusband ? [me, spouse] : [spouse, me];
      const { date, serial } = caseStamp(ctx);
      return {
        // Six digits: the day of the year and the case's serial, as 登记机关 number them yearly.
        certificateNumber: `J${region6(ctx)}-${date.slice(0, 4)}-${dayOfYear(date)}${serial.slice(1)}`,
        registeredOn: ctx.today,
        holderRole: me.sex ? (isHusband ? 'husband' : 'wife') : undefined,
        husbandName: husband.name,
        husbandIdNumber: husband.idNumber,
        wifeName: wife.name,
        wifeIdNumber: wife.idNumber,
        registrationAuthority: ctx.issuer.name,
      };
    },
  },
  birth_medical_certificate: {
    data: (ctx) => {
      const me = applicantPerson(ctx);
      const mother = me.sex === 'female' ? me : formPerson(ctx, 'mother');
      const father = me.sex === 'male' ? me : formPerson(ctx, 'father');
      const { date, serial } = caseStamp(ctx);
      return {
        certificateNumber: `R${date.slice(2, 4)}${dayOfYear(date)}${serial}`,
        babyName: given(ctx.form.newborn_name),
        sex: given(ctx.form.newborn_sex),
        birthDate: given(ctx.form.newborn_birth_date),
        birthTime: given(ctx.form.birth_time),
        birthPlace: given(ctx.form.birth_place),
        gestationalWeeks: amount(ctx.form.gestational_weeks),
        weightGrams: amount(ctx.form.birth_weight_grams),
        lengthCm: amount(ctx.form.birth_length_cm),
        institution: given(ctx.form.birth_institution) ?? ctx.issuer.name,
        motherName: mother.name,
        motherIdNumber: mother.idNumber,
        fatherName: father.name,
        fatherIdNumber: father.idNumber,
      };
    },
  },
  water_connection: {
    data: (ctx) => ({
      ...connection(ctx),
      pipeDiameterMm: amount(ctx.form.pipe_diameter_mm),
      meterNumber: `W${permitDigits(ctx)}`,
    }),
  },
  power_connection: {
    data: (ctx) => ({
      ...connection(ctx),
      voltageLevel: given(ctx.form.voltage_level),
      capacityKva: amount(ctx.form.capacity_kva),
    }),
  },
  gas_connection: {
    data: (ctx) => ({
      ...connection(ctx),
      gasUse: given(ctx.form.gas_use) ?? (ctx.form.customer_type === 'resident' ? 'residential' : undefined),
      meterNumber: `G${permitDigits(ctx)}`,
    }),
  },
  heating_connection: {
    data: (ctx) => ({
      ...connection(ctx),
      heatingAreaSqm: amount(ctx.form.heating_area ?? ctx.form.building_area),
      heatingMethod: given(ctx.form.heating_method),
    }),
  },
};

/** The certificate types this module builds from the form; any other is issued from the overrides alone. */
export const BUILT_CERTIFICATE_TYPES: readonly string[] = Object.keys(BUILDERS);

const withoutUndefined = (data: Built): Built =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/**
 * The certificate data for a granted task, and the facts later tasks of the case need (for a
 * business licence: uscc and entity_name; for a real estate title: title_certificate_number).
 * Overrides win over built fields. Not validated here: the caller checks the data against the
 * type and lets the reviewer supply what is missing.
 */
export function buildResultData(ctx: ResultContext): ResultData {
  const builder = BUILDERS[ctx.certificateType];
  const overrides = ctx.overrides ?? {};
  if (!builder) return { data: { ...overrides }, values: {} };
  const data = withoutUndefined({ ...builder.data(ctx), ...overrides });
  const values = Object.fromEntries(Object.entries(builder.values?.(data, ctx) ?? {}).filter(([, v]) => v !== ''));
  return { data, values };
}

/**
 * Every certificate a granted task issues: one, or one per unit for a type issued per unit (a
 * seal filing per seal). The reviewer's overrides apply to each. A fact several certificates give
 * (each seal's code) is handed on as their values joined by commas, as a multi_choice value is.
 */
export function buildResults(ctx: ResultContext): ResultsData {
  const units = BUILDERS[ctx.certificateType]?.unitsOf?.(ctx);
  const built = units ? units.map((unit) => buildResultData({ ...ctx, unit })) : [buildResultData(ctx)];
  const values: Record<string, string> = {};
  for (const one of built)
    for (const [key, value] of Object.entries(one.values))
      values[key] = key in values ? `${values[key]},${value}` : value;
  return { certificates: built.map((one) => one.data), values };
}

const overrideText = (overrides: Record<string, unknown> | undefined, key: string) => {
  const value = overrides?.[key];
  return typeof value === 'string' ? given(value) : undefined;
};

/**
 * The legal entity a business licence founds, to be registered before the licence is built: only
 * when no earlier step or override gave a USCC and the form founds an entity (an enterprise type,
 * or an individual business's 组成形式); a change registration reissues the applicant's own
 * licence. Facts come from the reviewer's overrides, then the form, then the applicant in person.
 * Null when the founding facts are incomplete: the licence then lacks them too, and validating it
 * tells the reviewer what to supply. The registry keeps no capital or business scope: those live
 * on the licence. The caller adds the case id.
 */
export function entityToRegister(ctx: ResultContext): RegisterEntityInput | null {
  const { form, overrides } = ctx;
  if (ctx.certificateType !== 'business_licence') return null;
  if (given(ctx.values.uscc) || overrideText(overrides, 'uscc')) return null;
  const entityType = foundedEntityType(form);
  const person = applicantPerson(ctx);
  const name = overrideText(overrides, 'name') ?? given(form.entity_name);
  const address = overrideText(overrides, 'address') ?? given(form.residence);
  const representativeName =
    overrideText(overrides, 'legalRepresentative') ?? given(form.legal_representative_name) ?? person.name;
  const representativeId = given(form.legal_representative_id_number) ?? person.idNumber;
  if (!entityType || !name || !address || !representativeName || !representativeId) return null;
  return {
    name,
    entityType,
    legalRepresentativeName: representativeName,
    legalRepresentativeIdNumber: representativeId,
    registeredAddress: address,
    registeredRegionCode: ctx.issuer.regionCode,
    establishedOn: ctx.today,
  };
}
