import type { LegalEntity, Person } from '@yici/contracts';
import {
  addYears,
  ageOn,
  identityCardTermYears,
  type BusinessLicenceData,
  type HouseholdRegisterData,
  type IdentityCardData,
} from './certificates.types';

/**
 * Certificate data for the seed, built from the registries' people and entities. Deterministic:
 * the same person or entity always gives the same data, so seeded certificates are stable.
 */

/** The day the seed's certificates are "in force on" unless the caller says otherwise. */
export const SAMPLE_AS_OF = '2026-01-01';

/** The registries hold no ethnicity; the seed uses the majority one. */
const SAMPLE_ETHNICITY = '汉';

const PLACE = /^(?<province>.+?省)(?<city>.+?市)(?<county>.+?(?:区|县|市))?/;

function placeOf(address: string): { province: string; city: string; county: string | null } {
  const groups = PLACE.exec(address)?.groups;
  return { province: groups?.province ?? '', city: groups?.city ?? '', county: groups?.county ?? null };
}

/** 签发机关 as printed on cards: a district's public-security sub-bureau, or a county's bureau. */
function identityCardAuthority(address: string): string {
  const { city, county } = placeOf(address);
  if (county === null) return `${city}公安局`;
  return county.endsWith('区') ? `${city}公安局${county.slice(0, -1)}分局` : `${county}公安局`;
}

/**
 * The card in force on `asOf`, assuming the first card at 16 (or at the last fifth birthday for a
 * child) and each renewal on the day the previous card expired.
 */
function identityCardTerm(birthDate: string, asOf: string): { validFrom: string; validTo: string | null } {
  const age = ageOn(birthDate, asOf);
  let validFrom = addYears(birthDate, age >= 16 ? 16 : age - (age % 5));
  for (;;) {
    const years = identityCardTermYears(ageOn(birthDate, validFrom));
    if (years === null) return { validFrom, validTo: null };
    const validTo = addYears(validFrom, years);
    if (validTo > asOf) return { validFrom, validTo };
    validFrom = validTo;
  }
}

export function identityCardData(person: Person, options: { asOf?: string } = {}): IdentityCardData {
  const { validFrom, validTo } = identityCardTerm(person.birthDate, options.asOf ?? SAMPLE_AS_OF);
  return {
    name: person.name,
    sex: person.sex,
    ethnicity: SAMPLE_ETHNICITY,
    birthDate: person.birthDate,
    address: person.householdAddress,
    idNumber: person.idNumber,
    issuingAuthority: identityCardAuthority(person.householdAddress),
    validFrom,
    validTo: validTo ?? '长期',
  };
}

/**
 * The person's page of the household register. Without `household`, the person heads their own
 * household; a household number is derived from the head's village and ID number.
 */
export function householdRegisterData(
  person: Person,
  household?: { head: Person; relationToHead: string },
): HouseholdRegisterData {
  const head = household?.head ?? person;
  const { province, city } = placeOf(head.householdAddress);
  return {
    householdNumber: `${head.householdRegionCode.slice(6)}${head.idNumber.slice(14, 17)}`,
    householdType: 'family',
    headName: head.name,
    relationToHead: household?.relationToHead ?? '户主',
    name: person.name,
    sex: person.sex,
    ethnicity: SAMPLE_ETHNICITY,
    birthDate: person.birthDate,
    birthPlace: `${province}${city}`,
    nativePlace: `${province}${city}`,
    idNumber: person.idNumber,
    address: person.householdAddress,
    // Registered at birth where they live now: the registries keep no migration history.
    registeredOn: person.birthDate,
  };
}

const SCOPE_SUFFIX = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
const BUSINESS_SCOPES: [RegExp, string][] = [
  [
    /科技|网络|信息|软件/,
    `一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发。${SCOPE_SUFFIX}`,
  ],
  [/商贸|贸易|商行/, `一般项目：日用百货销售；五金产品批发；电子产品销售；针纺织品销售。${SCOPE_SUFFIX}`],
  [/建材|建筑|装饰/, `一般项目：建筑材料销售；轻质建筑材料销售；建筑装饰材料销售。${SCOPE_SUFFIX}`],
  [/餐饮|饭店|小吃/, '许可项目：餐饮服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'],
  [/便利店|超市|商店/, `许可项目：食品销售。一般项目：日用百货销售。${SCOPE_SUFFIX}`],
];
const DEFAULT_SCOPE = `一般项目：企业管理咨询；信息咨询服务（不含许可类信息咨询服务）。${SCOPE_SUFFIX}`;
const CAPITALS_WAN_YUAN = [50, 100, 200, 500, 1000];

function businessScopeOf(name: string): string {
  return BUSINESS_SCOPES.find(([pattern]) => pattern.test(name))?.[1] ?? DEFAULT_SCOPE;
}

export function businessLicenceData(entity: LegalEntity): BusinessLicenceData {
  // Only companies state a registered capital; the amount is picked from the code, so it is stable.
  const codeSum = [...entity.uscc].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const capital = CAPITALS_WAN_YUAN[codeSum % CAPITALS_WAN_YUAN.length]!;
  return {
    name: entity.name,
    uscc: entity.uscc,
    entityType: entity.entityType,
    legalRepresentative: entity.legalRepresentativeName,
    ...(entity.entityType === 'limited_company' ? { registeredCapitalWanYuan: capital } : {}),
    establishedOn: entity.establishedOn,
    businessScope: businessScopeOf(entity.name),
    address: entity.registeredAddress,
  };
}
