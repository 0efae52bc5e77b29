import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CertificateTypeSummarySchema, VerifyRequestSchema } from '@yici/contracts';
import { checkUscc } from '../../platform/codes';
import {
  CERTIFICATE_TYPES,
  certificateTypeByCode,
  certificateTypeBySlug,
  linkCatalogItems,
  listCertificateTypes,
  validateCertificateData,
  type CatalogItemLinks,
} from './certificates.types';

type CatalogItem = CatalogItemLinks & { name: string };
const items = JSON.parse(
  readFileSync(new URL('../../../../../data/catalog/items.json', import.meta.url), 'utf8'),
) as CatalogItem[];

const zhangSanId = '370102199003071238';
const yiciTechUscc = '91370102MA3CYC01X5';

/** One valid data object per type. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  business_licence: {
    name: '济南一次网络科技有限公司',
    uscc: yiciTechUscc,
    entityType: 'limited_company',
    legalRepresentative: '李四',
    registeredCapitalWanYuan: 200,
    establishedOn: '2018-06-01',
    businessScope: '一般项目：技术服务、技术开发。',
    address: '山东省济南市历下区解放东路1号一次大厦12层1201室',
  },
  food_business_licence: {
    licenceNumber: 'JY13701020012345',
    operatorName: '济南市历下区张记便利店',
    uscc: '92370102MA3F2N6R96',
    legalRepresentative: '张三',
    residence: '山东省济南市历下区解放路街道解放桥社区底商3号',
    premises: '山东省济南市历下区解放路街道解放桥社区底商3号',
    mainFormat: 'food_sales',
    businessItems: '预包装食品（含冷藏冷冻食品）销售',
  },
  real_estate_title: {
    certificateNumber: '鲁（2024）济南市不动产权第0012345号',
    obligee: '张三',
    obligeeIdNumber: zhangSanId,
    coOwnership: 'sole',
    location: '历下区解放路街道解放桥社区3号楼2单元501室',
    unitNumber: '370102001001GB00012F00010001',
    rightType: 'land_and_building',
    rightNature: '出让/市场化商品房',
    usage: '城镇住宅用地/住宅',
    landAreaSqm: 21.5,
    buildingAreaSqm: 98.63,
    landUseTo: '2084-05-31',
    registeredOn: '2024-07-02',
  },
  real_estate_registration_certificate: {
    certificateNumber: '鲁（2024）济南市不动产证明第0004567号',
    matter: 'mortgage',
    obligee: '中国建设银行股份有限公司济南历下支行',
    obligeeIdNumber: '91370102863052841L',
    obligor: '张三',
    location: '历下区解放路街道解放桥社区3号楼2单元501室',
    unitNumber: '370102001001GB00012F00010001',
    securedAmountWanYuan: 80,
    debtFrom: '2024-07-05',
    debtTo: '2054-07-04',
    registeredOn: '2024-07-08',
  },
  land_use_planning_permit: {
    permitNumber: '地字第370102202400012号',
    landUser: '济南一次置业有限公司',
    landUserUscc: yiciTechUscc,
    projectName: '一次花园住宅项目',
    landLocation: '历下区解放东路以南、和平路以北',
    landUse: '二类居住用地',
    landAreaSqm: 32150,
    buildingScaleSqm: 80375,
  },
  engineering_planning_permit: {
    permitNumber: '建字第370102202400034号',
    developer: '济南一次置业有限公司',
    developerUscc: yiciTechUscc,
    projectName: '一次花园住宅项目1号楼',
    location: '历下区解放东路以南、和平路以北',
    totalFloorAreaSqm: 12680.4,
    aboveGroundFloors: 18,
    belowGroundFloors: 2,
  },
  construction_permit: {
    permitNumber: '370102202405200101',
    developer: '济南一次置业有限公司',
    developerUscc: yiciTechUscc,
    projectName: '一次花园住宅项目1号楼',
    location: '历下区解放东路以南、和平路以北',
    scaleSqm: 12680.4,
    contractPriceWanYuan: 3560,
    designUnit: '山东省建筑设计研究院有限公司',
    constructionUnit: '山东一次建设集团有限公司',
    supervisionUnit: '济南一次工程监理有限公司',
    contractedStartOn: '2024-06-01',
    contractedCompletionOn: '2026-05-31',
  },
  completion_acceptance_filing: {
    filingNumber: '3701022026001',
    developer: '济南一次置业有限公司',
    developerUscc: yiciTechUscc,
    projectName: '一次花园住宅项目1号楼',
    location: '历下区解放东路以南、和平路以北',
    constructionPermitNumber: '370102202405200101',
    floorAreaSqm: 12680.4,
    acceptedOn: '2026-05-20',
    filedOn: '2026-05-28',
  },
  pollutant_discharge_permit: {
    permitNumber: `${yiciTechUscc}001V`,
    unitName: '济南一次网络科技有限公司',
    uscc: yiciTechUscc,
    legalRepresentative: '李四',
    productionAddress: '山东省济南市历下区解放东路1号',
    industryCategory: '数据处理和存储支持服务',
    managementCategory: 'simplified',
    mainPollutants: '废气',
  },
  identity_card: {
    name: '张三',
    sex: 'male',
    ethnicity: '汉',
    birthDate: '1990-03-07',
    address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    idNumber: zhangSanId,
    issuingAuthority: '济南市公安局历下分局',
    validFrom: '2016-03-07',
    validTo: '2036-03-07',
  },
  household_register: {
    householdNumber: '001002123',
    householdType: 'family',
    headName: '张三',
    relationToHead: '户主',
    name: '张三',
    sex: 'male',
    ethnicity: '汉',
    birthDate: '1990-03-07',
    birthPlace: '山东省济南市',
    nativePlace: '山东省济南市',
    idNumber: zhangSanId,
    address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    registeredOn: '1990-03-20',
  },
  residence_permit: {
    name: '张三',
    sex: 'male',
    ethnicity: '汉',
    birthDate: '1990-03-07',
    idNumber: zhangSanId,
    householdAddress: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    residenceAddress: '山东省青岛市市南区香港中路10号',
    issuingAuthority: '青岛市公安局市南分局',
  },
  driving_licence: {
    name: '张三',
    sex: 'male',
    nationality: '中国',
    address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    birthDate: '1990-03-07',
    idNumber: zhangSanId,
    firstIssuedOn: '2012-08-15',
    vehicleClass: 'C1',
    fileNumber: '370100123456',
    issuingAuthority: '山东省济南市公安局交通警察支队',
    validFrom: '2018-08-15',
    validTerm: 'ten_years',
  },
  vehicle_licence: {
    plateNumber: '鲁A12345',
    vehicleType: '小型轿车',
    owner: '张三',
    ownerIdNumber: zhangSanId,
    address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    useCharacter: 'non_operating',
    brandModel: '红旗牌CA7200',
    vin: 'LFP8C7PC0K1A12345',
    engineNumber: 'CA4GC20TD1234567',
    registeredOn: '2019-10-11',
  },
  seal_engraving_filing: {
    ownerName: '济南一次网络科技有限公司',
    ownerUscc: yiciTechUscc,
    sealKind: 'invoice',
    sealText: '济南一次网络科技有限公司发票专用章',
    sealCode: '3701020012345',
    engravingCompany: '济南泉城印章有限公司',
    filedOn: '2018-06-04',
  },
  marriage_certificate: {
    certificateNumber: 'J370102-2019-001234',
    registeredOn: '2019-05-20',
    holderRole: 'wife',
    husbandName: '张三',
    husbandIdNumber: zhangSanId,
    wifeName: '赵敏',
    wifeIdNumber: '370102199209214863',
    registrationAuthority: '济南市历下区民政局',
  },
  birth_medical_certificate: {
    certificateNumber: 'R370012345',
    babyName: '刘小雨',
    sex: 'female',
    birthDate: '2016-02-10',
    birthTime: '08:45',
    birthPlace: '山东省济南市历下区',
    gestationalWeeks: 39,
    weightGrams: 3350,
    lengthCm: 50,
    institution: '济南市妇幼保健院',
    motherName: '赵敏',
    motherIdNumber: '370102199209214863',
  },
  social_security_card: {
    name: '张三',
    sex: 'male',
    idNumber: zhangSanId,
    cardNumber: 'A37010201',
    issuingRegionCode: '370100',
    bank: '中国工商银行',
  },
  academic_degree: {
    name: '张三',
    sex: 'male',
    birthDate: '1990-03-07',
    idNumber: zhangSanId,
    certificateKind: 'degree',
    level: 'bachelor',
    major: '计算机科学与技术',
    discipline: '工学',
    institution: '山东大学',
    conferredOn: '2012-06-30',
    certificateNumber: '1042242012001234',
  },
  water_connection: {
    applicationNumber: 'GS202405200001',
    customerName: '济南一次网络科技有限公司',
    customerId: yiciTechUscc,
    accountNumber: '0102003456',
    address: '山东省济南市历下区解放东路1号',
    provider: '济南水务集团有限公司',
    connectedOn: '2024-05-28',
    pipeDiameterMm: 50,
    meterNumber: 'SB20240528001',
  },
  power_connection: {
    applicationNumber: 'GD202405200001',
    customerName: '济南一次网络科技有限公司',
    customerId: yiciTechUscc,
    accountNumber: '3701020012345',
    address: '山东省济南市历下区解放东路1号',
    provider: '国网山东省电力公司济南供电公司',
    connectedOn: '2024-05-24',
    voltageLevel: 'ac380v',
    capacityKva: 160,
  },
  gas_connection: {
    applicationNumber: 'RQ202405200001',
    customerName: '张三',
    customerId: zhangSanId,
    accountNumber: '1020034567',
    address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    provider: '济南港华燃气有限公司',
    connectedOn: '2024-06-03',
    gasUse: 'residential',
    meterNumber: 'RB20240603017',
  },
  heating_connection: {
    applicationNumber: 'GR202405200001',
    customerName: '济南一次网络科技有限公司',
    customerId: yiciTechUscc,
    accountNumber: 'RL0102003456',
    address: '山东省济南市历下区解放东路1号',
    provider: '济南热力集团有限公司',
    connectedOn: '2024-11-15',
    heatingAreaSqm: 1860,
    heatingMethod: 'radiator',
  },
};

const typeOf = (slug: string) => {
  const type = certificateTypeBySlug(slug);
  if (!type) throw new Error(`no type ${slug}`);
  return type;
};

describe('the certificate type list', () => {
  it('defines every certificate type the catalog issues or consumes', () => {
    const used = new Set<string>();
    for (const item of items) {
      if (item.resultCertificateType) used.add(item.resultCertificateType);
      for (const { source } of item.materials) if (source.kind === 'certificate') used.add(source.certificateType!);
    }
    const missing = [...used].filter((slug) => !certificateTypeBySlug(slug));
    expect(missing).toEqual([]);
  });

  it('has at least 20 types with unique slugs', () => {
    expect(CERTIFICATE_TYPES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CERTIFICATE_TYPES.map((t) => t.slug)).size).toBe(CERTIFICATE_TYPES.length);
  });

  it("gives every type a unique 21-character code: its defining agency's valid USCC and three digits", () => {
    for (const type of CERTIFICATE_TYPES) {
      expect(type.code, type.slug).toMatch(/^.{18}\d{3}$/);
      expect(type.code.slice(0, 18), type.slug).toBe(type.definingAgency.uscc);
      expect(checkUscc(type.code.slice(0, 18)), type.slug).toEqual({ valid: true });
    }
    expect(new Set(CERTIFICATE_TYPES.map((t) => t.code)).size).toBe(CERTIFICATE_TYPES.length);
  });

  it('finds a type by slug and by code', () => {
    const licence = typeOf('business_licence');
    expect(licence.name).toBe('营业执照');
    expect(licence.definingAgency.name).toBe('国家市场监督管理总局');
    expect(certificateTypeByCode(licence.code)).toBe(licence);
    expect(certificateTypeBySlug('no_such_type')).toBeUndefined();
    expect(certificateTypeByCode('11100000YC00000114999')).toBeUndefined();
  });

  it('counts government-issued types as A and utility confirmations as B', () => {
    const utilities = ['water_connection', 'power_connection', 'gas_connection', 'heating_connection'];
    for (const type of CERTIFICATE_TYPES) {
      expect(type.credibility, type.slug).toBe(utilities.includes(type.slug) ? 'B' : 'A');
    }
  });
});

describe('certificate data schemas', () => {
  it('has a sample for every type', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(CERTIFICATE_TYPES.map((t) => t.slug).sort());
  });

  it.each(CERTIFICATE_TYPES.map((t) => [t.slug]))('%s accepts its sample', (slug) => {
    expect(validateCertificateData(slug, SAMPLES[slug])).toEqual({ ok: true, data: SAMPLES[slug] });
  });

  it.each(CERTIFICATE_TYPES.map((t) => [t.slug]))('%s rejects an unknown field, naming it', (slug) => {
    expect(validateCertificateData(slug, { ...SAMPLES[slug], remark: '备注' })).toEqual({
      ok: false,
      issues: [{ path: 'data.remark', message: '不允许的字段：remark' }],
    });
  });

  it.each(CERTIFICATE_TYPES.map((t) => [t.slug]))('%s rejects a missing required field, naming it', (slug) => {
    const type = typeOf(slug);
    const field = type.fields.find((f) => f.required)!;
    const { [field.key]: _removed, ...rest } = SAMPLES[slug]!;
    expect(validateCertificateData(slug, rest)).toEqual({
      ok: false,
      issues: [{ path: `data.${field.key}`, message: `缺少必填项：${field.label}` }],
    });
  });

  it('reports every problem at once, in Chinese', () => {
    const result = validateCertificateData('identity_card', {
      ...SAMPLES.identity_card,
      sex: 'unknown',
      birthDate: '1990-02-30',
      idNumber: '37010219900307123',
      validTo: '永久',
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'data.sex', message: '性别应为男、女之一' },
        { path: 'data.birthDate', message: '出生日期应为 YYYY-MM-DD 格式的日期' },
        { path: 'data.idNumber', message: '公民身份号码应为 18 位公民身份号码' },
        { path: 'data.validTo', message: '有效期限截止日期应为 YYYY-MM-DD 或“长期”' },
      ],
    });
  });

  it('accepts a long-term identity card and rejects a negative amount', () => {
    expect(validateCertificateData('identity_card', { ...SAMPLES.identity_card, validTo: '长期' }).ok).toBe(true);
    expect(
      validateCertificateData('business_licence', { ...SAMPLES.business_licence, registeredCapitalWanYuan: -1 }),
    ).toEqual({
      ok: false,
      issues: [{ path: 'data.registeredCapitalWanYuan', message: '注册资本（万元）不能为负数' }],
    });
  });

  it('rejects data that is not an object and types it does not know', () => {
    expect(validateCertificateData('identity_card', 'x')).toEqual({
      ok: false,
      issues: [{ path: 'data', message: '证照数据应为对象' }],
    });
    expect(validateCertificateData('passport', {})).toEqual({
      ok: false,
      issues: [{ path: 'type', message: '未知的证照类型：passport' }],
    });
  });
});

describe('validity rules', () => {
  const identityCard = typeOf('identity_card');
  const cardFor = (birthDate: string) => ({ ...SAMPLES.identity_card, birthDate });
  const validTo = (slug: string, issuedOn: string, data: Record<string, unknown> = {}) =>
    typeOf(slug).validToFor({ ...SAMPLES[slug], ...data }, issuedOn);

  it.each([
    ['under 16: 5 years', '2016-06-14', '2021-06-14'],
    ['16: 10 years', '2016-06-15', '2026-06-15'],
    ['25: 10 years', '2026-06-14', '2036-06-14'],
    ['26: 20 years', '2026-06-15', '2046-06-15'],
    ['45: 20 years', '2046-06-14', '2066-06-14'],
    ['46: long-term', '2046-06-15', null],
  ])('issues an identity card at %s', (_age, issuedOn, expected) => {
    expect(identityCard.validToFor(cardFor('2000-06-15'), issuedOn)).toBe(expected);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(identityCard.validToFor(cardFor('2008-02-29'), '2024-02-29')).toBe('2034-02-28');
  });

  it('keeps a business licence long-term unless it states an operating period', () => {
    expect(validTo('business_licence', '2018-06-01')).toBeNull();
    expect(validTo('business_licence', '2018-06-01', { operatingTo: '2038-05-31' })).toBe('2038-05-31');
  });

  it('gives a first driving licence 6 years, a renewed one 10, the next long-term', () => {
    expect(validTo('driving_licence', '2012-08-15', { validTerm: 'six_years' })).toBe('2018-08-15');
    expect(validTo('driving_licence', '2018-08-15', { validTerm: 'ten_years' })).toBe('2028-08-15');
    expect(validTo('driving_licence', '2028-08-15', { validTerm: 'long_term' })).toBeNull();
  });

  it('gives permits and cards their statutory terms', () => {
    expect(validTo('residence_permit', '2025-03-01')).toBe('2026-03-01');
    expect(validTo('food_business_licence', '2025-03-01')).toBe('2030-03-01');
    expect(validTo('pollutant_discharge_permit', '2025-03-01')).toBe('2030-03-01');
    expect(validTo('social_security_card', '2025-03-01')).toBe('2035-03-01');
  });

  it('sets no end date for titles, filings, civil-status records, planning and construction permits and connections', () => {
    const longTerm = [
      'real_estate_title',
      'real_estate_registration_certificate',
      'land_use_planning_permit',
      'engineering_planning_permit',
      'construction_permit',
      'completion_acceptance_filing',
      'household_register',
      'marriage_certificate',
      'birth_medical_certificate',
      'vehicle_licence',
      'seal_engraving_filing',
      'academic_degree',
      'water_connection',
      'power_connection',
      'gas_connection',
      'heating_connection',
    ];
    for (const slug of longTerm) expect(validTo(slug, '2025-03-01'), slug).toBeNull();
  });

  it('refuses to compute a validity from invalid data', () => {
    expect(() => identityCard.validToFor({ name: '张三' }, '2025-03-01')).toThrow();
  });
});

describe('certificate holders', () => {
  const holderOf = (slug: string, data: Record<string, unknown> = {}) =>
    typeOf(slug).holderOf({ ...SAMPLES[slug], ...data });

  it('reads the holder from the data', () => {
    expect(holderOf('identity_card')).toEqual({ kind: 'person', id: zhangSanId, name: '张三' });
    expect(holderOf('business_licence')).toEqual({
      kind: 'legal_person',
      id: yiciTechUscc,
      name: '济南一次网络科技有限公司',
    });
    expect(holderOf('marriage_certificate')).toEqual({ kind: 'person', id: '370102199209214863', name: '赵敏' });
    expect(holderOf('birth_medical_certificate')).toMatchObject({ id: '370102199209214863', name: '赵敏' });
  });

  it('tells a person from a legal person by the kind of number that names the holder', () => {
    expect(holderOf('real_estate_title').kind).toBe('person');
    expect(holderOf('real_estate_title', { obligee: '济南一次置业有限公司', obligeeIdNumber: yiciTechUscc }).kind).toBe(
      'legal_person',
    );
    expect(holderOf('gas_connection').kind).toBe('person');
    expect(holderOf('power_connection').kind).toBe('legal_person');
  });
});

describe('listCertificateTypes', () => {
  const summaries = listCertificateTypes();

  it('returns summaries that satisfy the public contract', () => {
    expect(summaries).toHaveLength(CERTIFICATE_TYPES.length);
    for (const summary of summaries) expect(() => CertificateTypeSummarySchema.parse(summary)).not.toThrow();
  });

  it('links each type to the catalog items that issue and consume it', () => {
    const licence = summaries.find((s) => s.slug === 'business_licence')!;
    expect(licence.issuedByItems).toEqual(['370113001000', '370113002000', '370113004000']);
    expect(licence.consumedByItems.length).toBeGreaterThan(10);
    const title = summaries.find((s) => s.slug === 'real_estate_title')!;
    expect(title.issuedByItems).toEqual(['370706001000', '370706003000']);
    for (const summary of summaries) {
      expect(summary.issuedByItems.length + summary.consumedByItems.length, summary.slug).toBeGreaterThan(0);
    }
  });

  it('describes the fields with labels, requiredness and enum options', () => {
    const card = summaries.find((s) => s.slug === 'identity_card')!;
    expect(card.fields.map((f) => f.key)).toEqual([
      'name',
      'sex',
      'ethnicity',
      'birthDate',
      'address',
      'idNumber',
      'issuingAuthority',
      'validFrom',
      'validTo',
    ]);
    expect(card.fields[1]).toEqual({
      key: 'sex',
      label: '性别',
      type: 'enum',
      required: true,
      options: [
        { value: 'male', label: '男' },
        { value: 'female', label: '女' },
      ],
    });
    const licence = summaries.find((s) => s.slug === 'business_licence')!;
    expect(licence.fields.find((f) => f.key === 'registeredCapitalWanYuan')).toEqual({
      key: 'registeredCapitalWanYuan',
      label: '注册资本（万元）',
      type: 'number',
      required: false,
    });
    expect(licence.fields.find((f) => f.key === 'establishedOn')?.type).toBe('date');
  });

  it('can link against another item list, such as the catalog as stored', () => {
    const stored: CatalogItemLinks[] = [
      {
        basicCode: '370113001000',
        resultCertificateType: 'business_licence',
        materials: [
          { source: { kind: 'certificate', certificateType: 'identity_card' } },
          { source: { kind: 'upload' } },
        ],
      },
    ];
    const links = linkCatalogItems(stored);
    expect(links.get('identity_card')).toEqual({ issuedByItems: [], consumedByItems: ['370113001000'] });
    const summaries = listCertificateTypes({ items: stored });
    expect(summaries.find((s) => s.slug === 'business_licence')?.issuedByItems).toEqual(['370113001000']);
    expect(summaries.find((s) => s.slug === 'marriage_certificate')?.issuedByItems).toEqual([]);
  });
});

describe('VerifyRequestSchema', () => {
  it('takes exactly one of an identifier, a QR payload or a downloaded certificate', () => {
    expect(VerifyRequestSchema.safeParse({ identifier: '1.2.156.3005.2.x' }).success).toBe(true);
    expect(VerifyRequestSchema.safeParse({ qr: 'https://example.invalid/v/abc' }).success).toBe(true);
    expect(VerifyRequestSchema.safeParse({ certificate: { identifier: 'x' } }).success).toBe(true);
    expect(VerifyRequestSchema.safeParse({ identifier: 'a', qr: 'b' }).success).toBe(false);
    expect(VerifyRequestSchema.safeParse({}).success).toBe(false);
  });
});
