import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { generateEntities, generatePopulation } from '../registries/registries.generator';
import { placesFromRegions, type RegionRowData } from '../registries/registries.places';
import { businessLicenceData, householdRegisterData, identityCardData } from './certificates.samples';
import { certificateTypeBySlug, validateCertificateData } from './certificates.types';

const residents = Object.values(DEMO_RESIDENTS);
const entities = Object.values(DEMO_ENTITIES);

const regionRows = JSON.parse(
  readFileSync(new URL('../../../../../data/regions/shandong-regions.json', import.meta.url), 'utf8'),
) as RegionRowData[];
const province = placesFromRegions(regionRows);
const population = generatePopulation({ seed: 11, count: 300, villages: province.villages });
const generatedEntities = generateEntities({
  seed: 11,
  count: 100,
  residents: population,
  counties: province.counties,
});

const expectValid = (slug: string, data: unknown) =>
  expect(validateCertificateData(slug, data)).toEqual({ ok: true, data });

describe('identityCardData', () => {
  it.each(residents.map((p) => [p.name, p]))('builds a valid identity card for %s', (_name, person) => {
    expectValid('identity_card', identityCardData(person));
  });

  it('gives the card in force, with the term the law sets for the age at issue', () => {
    expect(identityCardData(DEMO_RESIDENTS.zhangSan)).toMatchObject({
      validFrom: '2016-03-07',
      validTo: '2036-03-07',
      issuingAuthority: '济南市公安局历下分局',
      address: DEMO_RESIDENTS.zhangSan.householdAddress,
    });
    expect(identityCardData(DEMO_RESIDENTS.sunXiuying)).toMatchObject({ validFrom: '2009-05-18', validTo: '长期' });
    expect(identityCardData(DEMO_RESIDENTS.liuXiaoyu)).toMatchObject({
      validFrom: '2021-02-10',
      validTo: '2026-02-10',
    });
    expect(identityCardData(DEMO_RESIDENTS.liuXiaoyu, { asOf: '2026-03-01' })).toMatchObject({
      validFrom: '2026-02-10',
      validTo: '2031-02-10',
    });
  });

  it('agrees with the identity card validity rule for generated residents', () => {
    const card = certificateTypeBySlug('identity_card')!;
    for (const person of population) {
      const data = identityCardData(person);
      expectValid('identity_card', data);
      expect(card.validToFor(data, data.validFrom) ?? '长期').toBe(data.validTo);
      expect(data.validFrom <= '2026-01-01').toBe(true);
    }
  });

  it('names a county bureau for residents of a county', () => {
    const countyResident = population.find((p) => /^山东省.+?市.+?县/.test(p.householdAddress));
    expect(countyResident).toBeDefined();
    expect(identityCardData(countyResident!).issuingAuthority).toMatch(/县公安局$/);
  });
});

describe('householdRegisterData', () => {
  it.each(residents.map((p) => [p.name, p]))('builds a valid household register page for %s', (_name, person) => {
    expectValid('household_register', householdRegisterData(person));
  });

  it('puts a child on her mother’s household', () => {
    const page = householdRegisterData(DEMO_RESIDENTS.liuXiaoyu, {
      head: DEMO_RESIDENTS.zhaoMin,
      relationToHead: '女',
    });
    expectValid('household_register', page);
    expect(page).toMatchObject({ headName: '赵敏', relationToHead: '女', name: '刘小雨', birthPlace: '山东省济南市' });
    expect(page.householdNumber).toBe(householdRegisterData(DEMO_RESIDENTS.zhaoMin).householdNumber);
  });

  it('builds valid pages for generated residents', () => {
    for (const person of population) expectValid('household_register', householdRegisterData(person));
  });
});

describe('businessLicenceData', () => {
  it.each(entities.map((e) => [e.name, e]))('builds a valid business licence for %s', (_name, entity) => {
    expectValid('business_licence', businessLicenceData(entity));
  });

  it('states a registered capital for companies only and a scope that fits the name', () => {
    expect(businessLicenceData(DEMO_ENTITIES.yiciTech)).toMatchObject({
      legalRepresentative: '李四',
      businessScope: expect.stringContaining('技术服务'),
      registeredCapitalWanYuan: expect.any(Number),
    });
    const store = businessLicenceData(DEMO_ENTITIES.zhangjiStore);
    expect(store).not.toHaveProperty('registeredCapitalWanYuan');
    expect(store.businessScope).toContain('食品销售');
  });

  it('is deterministic', () => {
    expect(businessLicenceData(DEMO_ENTITIES.quanchengTrade)).toEqual(
      businessLicenceData(DEMO_ENTITIES.quanchengTrade),
    );
  });

  it('builds valid licences for generated entities', () => {
    for (const entity of generatedEntities) expectValid('business_licence', businessLicenceData(entity));
  });
});
