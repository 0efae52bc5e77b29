import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LegalEntitySchema, PersonSchema } from '@yici/contracts';
import { checkUscc, isValidIdNumber } from '../../platform/codes';
import { DEMO_CREDIT_ENTRIES, DEMO_ENTITIES, DEMO_RESIDENTS } from './registries.demo';
import { generateCreditEntries, generateEntities, generatePopulation, organisationCode } from './registries.generator';
import { placesFromRegions, type RegionRowData } from './registries.places';

const REGIONS_FILE = fileURLToPath(new URL('../../../../../data/regions/shandong-regions.json', import.meta.url));
const regionRows = JSON.parse(readFileSync(REGIONS_FILE, 'utf8')) as RegionRowData[];
const regionCodes = new Set(regionRows.map((r) => r[0]));
// Every county the province has had, including 莱芜市's former districts.
const countyCodes = new Set(regionRows.filter((r) => r[2] === 'county').map((r) => r[0]));
const province = placesFromRegions(regionRows);
const lixia = placesFromRegions(regionRows, { within: ['370102'] });

const sexDigitMatches = (idNumber: string, sex: 'male' | 'female') =>
  (Number(idNumber[16]) % 2 === 1) === (sex === 'male');

describe('places from the region data', () => {
  it('takes the villages of the requested county only, with their full address', () => {
    expect(lixia.villages).toHaveLength(139);
    expect(lixia.counties.map((c) => c.code)).toEqual(['370102']);
    expect(lixia.villages.find((v) => v.code === '370102001002')).toEqual({
      code: '370102001002',
      address: '山东省济南市历下区解放路街道解放桥社区',
      isCommunity: true,
      idAddressCode: '370102',
    });
  });

  it('gives development zones the ID address code of their city’s first district', () => {
    const zoneVillage = province.villages.find((v) => v.code.startsWith('370176'))!;
    expect(zoneVillage.idAddressCode).toBe('370102');
    expect(province.counties.find((c) => c.code === '370176')?.registrationCode).toBe('370100');
  });

  it('names rural villages 村 and urban communities 社区', () => {
    const rural = province.villages.filter((v) => !v.isCommunity);
    expect(rural.length).toBeGreaterThan(50_000);
    // A few are farms' or mines' living quarters (…农场生活区).
    expect(rural.filter((v) => !v.address.endsWith('村')).length).toBeLessThan(30);
    expect(province.villages.filter((v) => /(委|会|居|居民)$/.test(v.address))).toEqual([]);
  });
});

describe('generatePopulation', () => {
  const people = generatePopulation({ seed: 42, count: 100_000, villages: province.villages });

  it('generates 100,000 residents with valid, unique ID numbers of Shandong counties', () => {
    expect(people).toHaveLength(100_000);
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(100_000);
    const invalid = people.filter((p) => !isValidIdNumber(p.idNumber) || !countyCodes.has(p.idNumber.slice(0, 6)));
    expect(invalid).toEqual([]);
  });

  it('encodes the birth date and sex in the ID number (odd sequence = male)', () => {
    const wrong = people.filter(
      (p) => p.idNumber.slice(6, 14) !== p.birthDate.replaceAll('-', '') || !sexDigitMatches(p.idNumber, p.sex),
    );
    expect(wrong).toEqual([]);
    const births = people.map((p) => p.birthDate).sort();
    expect(births[0]! >= '1940-01-01' && births.at(-1)! <= '2008-12-31').toBe(true);
    const men = people.filter((p) => p.sex === 'male').length;
    expect(men / people.length).toBeGreaterThan(0.45);
    expect(men / people.length).toBeLessThan(0.57);
  });

  it('registers every household in an existing village and satisfies the contract', () => {
    expect(people.filter((p) => !regionCodes.has(p.householdRegionCode))).toEqual([]);
    for (const person of people.slice(0, 2_000)) expect(PersonSchema.parse(person)).toEqual(person);
    expect(people.every((p) => /^1[3-9]\d{9}$/.test(p.phone))).toBe(true);
  });

  it('keeps the county code people of 莱芜 were born under before the 2019 merger', () => {
    const laiwu = generatePopulation({
      seed: 7,
      count: 2_000,
      villages: province.villages.filter((v) => v.code.startsWith('370116')),
    });
    for (const person of laiwu) {
      expect(person.idNumber.slice(0, 6)).toBe(person.birthDate < '2019-01-09' ? '371202' : '370116');
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generatePopulation({ seed: 42, count: 1_000, villages: province.villages });
    expect(again).toEqual(people.slice(0, 1_000));
    const other = generatePopulation({ seed: 43, count: 1_000, villages: province.villages });
    expect(other.map((p) => p.idNumber)).not.toEqual(again.map((p) => p.idNumber));
  });

  it('never generates a reserved ID number', () => {
    // The same seed would produce exactly these first; reserved, they must not come back.
    const reserved = generatePopulation({ seed: 1, count: 500, villages: lixia.villages }).map((p) => p.idNumber);
    const local = generatePopulation({ seed: 1, count: 5_000, villages: lixia.villages, reservedIdNumbers: reserved });
    expect(local).toHaveLength(5_000);
    expect(local.filter((p) => reserved.includes(p.idNumber))).toEqual([]);
  });
});

describe('generateEntities', () => {
  const residents = generatePopulation({ seed: 5, count: 20_000, villages: province.villages });
  const entities = generateEntities({ seed: 5, count: 10_000, residents, counties: province.counties });
  const residentsById = new Map(residents.map((p) => [p.idNumber, p]));

  it('generates 10,000 entities with valid, unique USCCs and names', () => {
    expect(entities).toHaveLength(10_000);
    expect(entities.filter((e) => checkUscc(e.uscc).valid !== true)).toEqual([]);
    expect(new Set(entities.map((e) => e.uscc)).size).toBe(10_000);
    expect(new Set(entities.map((e) => e.name)).size).toBe(10_000);
    for (const entity of entities.slice(0, 1_000)) expect(LegalEntitySchema.parse(entity)).toEqual(entity);
  });

  it('codes the category and registration region in the USCC', () => {
    const category = { individual_business: '92', social_organisation: '5' } as Record<string, string>;
    for (const entity of entities) {
      expect(entity.uscc.startsWith(category[entity.entityType] ?? '91')).toBe(true);
      const county = province.counties.find((c) => c.code === entity.registeredRegionCode)!;
      expect(entity.uscc.slice(2, 8)).toBe(county.registrationCode);
      expect(entity.uscc.slice(8, 17)).toBe(organisationCode(entity.uscc.slice(8, 16)));
    }
  });

  it('is represented by a resident who was an adult when the entity was established', () => {
    for (const entity of entities) {
      const representative = residentsById.get(entity.legalRepresentativeIdNumber)!;
      expect(representative.name).toBe(entity.legalRepresentativeName);
      const adultFrom = `${Number(representative.birthDate.slice(0, 4)) + 18}${representative.birthDate.slice(4)}`;
      expect(entity.establishedOn >= adultFrom).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    const again = generateEntities({ seed: 5, count: 100, residents, counties: province.counties });
    expect(again).toEqual(entities.slice(0, 100));
  });

  it('lists a share of residents and entities as blacklisted or redlisted, for existing subjects', () => {
    const credit = generateCreditEntries({ seed: 5, residents, entities, counties: province.counties });
    const usccs = new Set(entities.map((e) => e.uscc));
    expect(credit.length).toBeGreaterThan(300);
    expect(new Set(credit.map((c) => c.id)).size).toBe(credit.length);
    for (const entry of credit) {
      expect(entry.subjectType === 'person' ? residentsById.has(entry.subjectId) : usccs.has(entry.subjectId)).toBe(
        true,
      );
      if (entry.validTo !== null) expect(entry.validTo > entry.validFrom).toBe(true);
    }
    expect(credit.some((c) => c.list === 'redlist' && c.subjectType === 'legal_person')).toBe(true);
    expect(credit.some((c) => c.list === 'blacklist' && c.subjectType === 'person')).toBe(true);
  });
});

describe('demo residents and entities', () => {
  it('have valid ID numbers whose birth date and sex match, in existing 历下区 villages', () => {
    for (const person of Object.values(DEMO_RESIDENTS)) {
      expect(isValidIdNumber(person.idNumber)).toBe(true);
      expect(person.idNumber.slice(6, 14)).toBe(person.birthDate.replaceAll('-', ''));
      expect(sexDigitMatches(person.idNumber, person.sex)).toBe(true);
      expect(lixia.villages.map((v) => v.code)).toContain(person.householdRegionCode);
      expect(PersonSchema.parse(person)).toEqual(person);
    }
  });

  it('have valid USCCs and demo residents as legal representatives', () => {
    const residents = new Map(Object.values(DEMO_RESIDENTS).map((p) => [p.idNumber, p.name]));
    for (const entity of Object.values(DEMO_ENTITIES)) {
      expect(checkUscc(entity.uscc)).toEqual({ valid: true });
      expect(residents.get(entity.legalRepresentativeIdNumber)).toBe(entity.legalRepresentativeName);
      expect(LegalEntitySchema.parse(entity)).toEqual(entity);
    }
    expect(DEMO_ENTITIES.yiciTech).toMatchObject({ name: '济南一次网络科技有限公司', legalRepresentativeName: '李四' });
  });

  it('list one blacklisted person, one blacklisted entity and one redlisted entity', () => {
    const entries = Object.values(DEMO_CREDIT_ENTRIES);
    expect(entries.map((e) => [e.subjectType, e.list])).toEqual([
      ['person', 'blacklist'],
      ['legal_person', 'blacklist'],
      ['legal_person', 'redlist'],
    ]);
  });
});
