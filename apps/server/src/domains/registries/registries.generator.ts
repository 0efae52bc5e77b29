import type {
  CreditEntry,
  CreditList,
  EntityStatus,
  EntityType,
  LegalEntity,
  Person,
  SubjectType,
} from '@yici/contracts';
import { completeUscc, idNumberCheckCharacter, USCC_ALPHABET } from '../../platform/codes';
import { templatesFor } from './registries.credit-templates';
import {
  ASSOCIATIONS,
  BRAND_FIRST,
  BRAND_SECOND,
  FEMALE_NAME_CHARACTERS,
  INDUSTRIES,
  MALE_NAME_CHARACTERS,
  MOBILE_PREFIXES,
  SHOPS,
  SOCIAL_SERVICES,
  SOLE_SUFFIXES,
  STREETS,
  SURNAMES,
} from './registries.names';
import type { County, Village } from './registries.places';
import { addYears, createRandom, dayOf, digits, isoOf, type Random, weighted } from './registries.random';

/**
 * Synthetic but valid registry data: the same seed always gives the same people, entities and
 * credit entries, so demos, tests and benchmarks can name them.
 */

// ---------------------------------------------------------------------------------------------
// Population

const BIRTH_FROM = dayOf('1940-01-01');
const BIRTH_DAYS = dayOf('2008-12-31') - BIRTH_FROM + 1;
// Dates and sequence numbers are formatted once, not per resident.
let birthDates: { iso: string; compact: string }[] | null = null;
const SEQUENCES = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** 莱芜市 was merged into 济南市 on 2019-01-09: people born before keep the old county codes. */
const FORMER_ID_ADDRESS_CODES: Record<string, { until: string; code: string }> = {
  '370116': { until: '2019-01-09', code: '371202' },
  '370117': { until: '2019-01-09', code: '371203' },
};

const pickSurname = weighted(SURNAMES);

function givenName(random: Random, sex: 'male' | 'female'): string {
  const pool = sex === 'male' ? MALE_NAME_CHARACTERS : FEMALE_NAME_CHARACTERS;
  const first = random.pick(pool);
  return random.next() < 0.3 ? first : first + random.pick(pool);
}

export function mobilePhone(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + digits(random, 8);
}

function householdAddress(random: Random, village: Village): string {
  if (!village.isCommunity) return `${village.address}${1 + random.int(300)}号`;
  const floor = 1 + random.int(18);
  return `${village.address}${1 + random.int(40)}号楼${1 + random.int(4)}单元${floor}0${1 + random.int(4)}室`;
}

/**
 * Residents with valid ID numbers: the household county's code (or the code it had at birth), a
 * birth date 1940–2008, an odd sequence for men and an even one for women, the check character.
 */
export function generatePopulation(options: {
  seed: number;
  count: number;
  villages: readonly Village[];
  /** ID numbers already taken (the demo residents); never generated again. */
  reservedIdNumbers?: Iterable<string>;
}): Person[] {
  if (options.villages.length === 0) throw new Error('generatePopulation needs at least one village');
  const random = createRandom(options.seed ^ 0x5eed0001);
  const taken = new Set<string>();
  for (const id of options.reservedIdNumbers ?? []) taken.add(id.slice(0, 17));
  birthDates ??= Array.from({ length: BIRTH_DAYS }, (_, i) => {
    const iso = isoOf(BIRTH_FROM + i);
    return { iso, compact: iso.replaceAll('-', '') };
  });
  const people: Person[] = [];
  while (people.length < options.count) {
    const village = random.pick(options.villages);
    const sex = random.next() < 0.51 ? 'male' : 'female';
    const birth = birthDates[random.int(BIRTH_DAYS)]!;
    const birthDate = birth.iso;
    const former = FORMER_ID_ADDRESS_CODES[village.code.slice(0, 6)];
    const addressCode = former && birthDate < former.until ? former.code : village.idAddressCode;
    const sequence = sex === 'male' ? 1 + 2 * random.int(500) : 2 + 2 * random.int(499);
    const first17 = addressCode + birth.compact + SEQUENCES[sequence];
    if (taken.has(first17)) continue;
    taken.add(first17);
    people.push({
      idNumber: first17 + idNumberCheckCharacter(first17),
      name: pickSurname(random) + givenName(random, sex),
      sex,
      birthDate,
      householdRegionCode: village.code,
      householdAddress: householdAddress(random, village),
      phone: mobilePhone(random),
    });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------
// Legal entities

const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code: eight characters and their check character. */
export function organisationCode(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * GB11714_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return body8 + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

// Letters and digits of the USCC alphabet, as issued in new organisation codes after "MA"/"MJ".
const ORG_CODE_CHARACTERS = [...USCC_ALPHABET];

/** Codes issued since the USCC reform (October 2015) start MA (enterprises) or MJ (social bodies). */
function organisationCodeFor(random: Random, options: { establishedOn: string; social: boolean }): string {
  if (options.establishedOn < '2015-10-01') return organisationCode(digits(random, 8));
  let body = options.social ? 'MJ' : 'MA';
  for (let i = 0; i < 6; i++) body += random.pick(ORG_CODE_CHARACTERS);
  return organisationCode(body);
}

const pickEntityType = weighted<EntityType>([
  ['limited_company', 55],
  ['individual_business', 25],
  ['sole_proprietorship', 8],
  ['partnership', 5],
  ['social_organisation', 7],
]);
const pickStatus = weighted<EntityStatus>([
  ['active', 88],
  ['deregistered', 9],
  ['revoked', 3],
]);

const cityShort = (cityName: string) => cityName.replace(/市$/, '');

function entityName(random: Random, type: EntityType, county: County): { name: string; category: string } {
  const brand = random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND);
  const industry = random.pick(INDUSTRIES);
  switch (type) {
    case 'limited_company':
      return { name: `${cityShort(county.cityName)}${brand}${industry}有限公司`, category: '91' };
    case 'sole_proprietorship':
      return {
        name: `${county.cityName}${county.name}${brand}${industry}${random.pick(SOLE_SUFFIXES)}`,
        category: '91',
      };
    case 'partnership':
      return {
        name: `${cityShort(county.cityName)}${brand}${industry}合伙企业（${random.next() < 0.7 ? '有限' : '普通'}合伙）`,
        category: '91',
      };
    case 'individual_business':
      return { name: `${county.cityName}${county.name}${brand}${random.pick(SHOPS)}`, category: '92' };
    case 'social_organisation':
      // 51 社会团体 (associations), 52 民办非企业单位 (private non-profit services).
      return random.next() < 0.4
        ? { name: `${county.cityName}${county.name}${random.pick(ASSOCIATIONS)}协会`, category: '51' }
        : { name: `${county.cityName}${county.name}${brand}${random.pick(SOCIAL_SERVICES)}`, category: '52' };
  }
}

const ESTABLISHED_FROM = '2000-01-01';
const ESTABLISHED_TO = '2025-12-31';

/**
 * Entities with valid USCCs (category + registration region + organisation code + check), each
 * represented by a generated adult resident, mostly registered in the representative's county.
 */
export function generateEntities(options: {
  seed: number;
  count: number;
  residents: readonly Person[];
  counties: readonly County[];
  reservedUsccs?: Iterable<string>;
  reservedNames?: Iterable<string>;
}): LegalEntity[] {
  // Old enough to have represented an entity by the end of the window.
  const latestBirth = addYears(ESTABLISHED_TO, -18);
  const representatives = options.residents.filter((p) => p.birthDate <= latestBirth);
  if (representatives.length === 0 || options.counties.length === 0) {
    throw new Error('generateEntities needs adult residents and at least one county');
  }
  const random = createRandom(options.seed ^ 0x5eed0002);
  const countyByCode = new Map(options.counties.map((c) => [c.code, c]));
  const usccs = new Set(options.reservedUsccs ?? []);
  const names = new Set(options.reservedNames ?? []);
  const entities: LegalEntity[] = [];
  const windowEnd = dayOf(ESTABLISHED_TO);
  // Names and codes are drawn until unique; a small region cannot hold unlimited distinct names.
  let attemptsLeft = options.count * 20 + 1000;
  while (entities.length < options.count) {
    if (attemptsLeft-- === 0) throw new Error(`cannot name ${options.count} distinct entities in these counties`);
    const representative = random.pick(representatives);
    const home = countyByCode.get(representative.householdRegionCode.slice(0, 6));
    const county = home && random.next() < 0.8 ? home : random.pick(options.counties);
    const entityType = pickEntityType(random);
    const { name, category } = entityName(random, entityType, county);
    if (names.has(name)) continue;
    const adult = addYears(representative.birthDate, 18);
    const start = dayOf(adult > ESTABLISHED_FROM ? adult : ESTABLISHED_FROM);
    const establishedOn = isoOf(start + random.int(windowEnd - start + 1));
    const orgCode = organisationCodeFor(random, { establishedOn, social: category.startsWith('5') });
    const uscc = completeUscc(`${category}${county.registrationCode}${orgCode}`);
    if (usccs.has(uscc)) continue;
    names.add(name);
    usccs.add(uscc);
    const street = `${random.pick(STREETS)}${1 + random.int(2000)}号`;
    entities.push({
      uscc,
      name,
      entityType,
      registeredRegionCode: county.code,
      registeredAddress:
        entityType === 'individual_business'
          ? `${county.address}${street}`
          : `${county.address}${street}${1 + random.int(25)}${String(1 + random.int(20)).padStart(2, '0')}室`,
      legalRepresentativeIdNumber: representative.idNumber,
      legalRepresentativeName: representative.name,
      status: pickStatus(random),
      establishedOn,
    });
  }
  return entities;
}

// ---------------------------------------------------------------------------------------------
// Credit entries

const LISTED_FROM = dayOf('2019-01-01');
const LISTED_DAYS = dayOf('2026-06-30') - LISTED_FROM + 1;

export type GeneratedCreditEntry = CreditEntry & { regionCode: string };

/**
 * Blacklist and redlist entries for a share of residents and entities (defaults: 1 % of people
 * and 2 % of entities blacklisted, 0.2 % of people and 5 % of active entities redlisted).
 */
export function generateCreditEntries(options: {
  seed: number;
  residents: readonly Person[];
  entities: readonly LegalEntity[];
  counties: readonly County[];
  shares?: { personBlacklist?: number; personRedlist?: number; entityBlacklist?: number; entityRedlist?: number };
}): GeneratedCreditEntry[] {
  const random = createRandom(options.seed ^ 0x5eed0003);
  const shares = {
    personBlacklist: 0.01,
    personRedlist: 0.002,
    entityBlacklist: 0.02,
    entityRedlist: 0.05,
    ...options.shares,
  };
  const countyByCode = new Map(options.counties.map((c) => [c.code, c]));
  const fallback = options.counties[0];
  const entries: GeneratedCreditEntry[] = [];
  const add = (subjectType: SubjectType, subjectId: string, regionCode: string, list: CreditList) => {
    const county = countyByCode.get(regionCode.slice(0, 6)) ?? fallback;
    if (!county) return;
    const template = random.pick(templatesFor(list, subjectType));
    const validFrom = isoOf(LISTED_FROM + random.int(LISTED_DAYS));
    entries.push({
      id: `credit-${options.seed}-${entries.length + 1}`,
      subjectType,
      subjectId,
      regionCode,
      list,
      reason: template.reason,
      issuingBody: template.issuingBody(county),
      validFrom,
      validTo: template.years === null ? null : addYears(validFrom, template.years),
    });
  };
  for (const person of options.residents) {
    const draw = random.next();
    if (draw < shares.personBlacklist) add('person', person.idNumber, person.householdRegionCode, 'blacklist');
    else if (draw < shares.personBlacklist + shares.personRedlist) {
      add('person', person.idNumber, person.householdRegionCode, 'redlist');
    }
  }
  for (const entity of options.entities) {
    const draw = random.next();
    if (draw < shares.entityBlacklist) add('legal_person', entity.uscc, entity.registeredRegionCode, 'blacklist');
    else if (entity.status === 'active' && draw < shares.entityBlacklist + shares.entityRedlist) {
      add('legal_person', entity.uscc, entity.registeredRegionCode, 'redlist');
    }
  }
  return entries;
}
