import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCertificateData } from '../certificates/certificates.types';
import { combineForms, formFieldsFor, validateForm } from './cases.forms';
import { buildResultData, buildResults, entityToRegister, type ResultContext } from './cases.results';

type CatalogItem = {
  basicCode: string;
  situations: { field: string; label: string; options: { value: string; label: string }[] }[];
};
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../../../../data/catalog/${file}`, import.meta.url), 'utf8')) as T;
const items = new Map(read<CatalogItem[]>('items.json').map((i) => [i.basicCode, i]));
const bundles = read<{ id: string; steps: { basicCode: string }[] }[]>('bundles.json');

const ZHANG_SAN = { kind: 'person' as const, id: '370102199003071238', name: '张三' };
const ZHAO_MIN = { kind: 'person' as const, id: '370102199209214863', name: '赵敏' };
const YICI_TECH = { kind: 'legal_person' as const, id: '91370102MA3CYC01X5', name: '济南一次网络科技有限公司' };
const LIXIA_BUREAU = { uscc: '11370102011370102K', name: '济南市历下区行政审批服务局', regionCode: '370102' };
const CASE_NUMBER = `11370102011370102K4370113001000${'20261127'}0007`;

const context = (overrides: Partial<ResultContext>): ResultContext => ({
  certificateType: 'business_licence',
  form: {},
  applicant: ZHANG_SAN,
  values: {},
  issuer: LIXIA_BUREAU,
  regionName: '济南市历下区',
  today: '2026-11-27',
  caseNumber: CASE_NUMBER,
  sequence: 1,
  ...overrides,
});

/** The forms of the three journeys as an applicant fills them; each passes the combined form's checks. */
const FORMS = {
  'enterprise-opening': {
    entity_form: 'limited_company',
    entity_name: '济南张三信息技术有限公司',
    residence: '山东省济南市历下区解放路街道解放东路8号3层301室',
    registered_capital: '100',
    business_scope: '一般项目：技术服务、技术开发、技术咨询；软件开发。',
    operating_years: '20',
    investors: '张三，370102199003071238，认缴 100 万元，货币出资',
    legal_representative_name: '张三',
    legal_representative_id_number: '370102199003071238',
    contact_name: '张三',
    contact_phone: '13805310001',
    seal_kind: 'official',
    engraving_company: '济南泉城印章刻制有限公司',
    bank_name: 'qilu',
    taxpayer_type: 'small_scale',
    accounting_standard: 'small_enterprise',
    invoice_type: 'ordinary',
    tax_officer_name: '张三',
    tax_officer_id_number: '370102199003071238',
    tax_officer_phone: '13805310001',
    employee_count: '6',
    housing_fund_rate: '10',
  },
  'real-estate-transfer': {
    deal_channel: 'direct',
    transfer_reason: 'sale',
    home_status: 'first',
    seller_name: '张三',
    seller_id_number: '370102199003071238',
    buyer_name: '赵敏',
    buyer_id_number: '370102199209214863',
    buyer_phone: '18605310004',
    co_ownership: 'sole',
    property_location: '历下区文化东路街道泉景花园7号楼1单元302室',
    property_unit_number: '370102007003GB00187F00070302',
    title_certificate_number: '鲁（2019）济南市不动产权第0087654号',
    property_usage: 'residential',
    building_area: '89.56',
    land_area: '18.42',
    transaction_price: '168',
    payment_method: 'full',
  },
  'construction-project-approval': {
    entity_name: '济南一次网络科技有限公司',
    legal_representative_name: '李四',
    contact_name: '李四',
    contact_phone: '13905310002',
    project_name: '一次大厦二期研发楼',
    project_code: '2026-370102-65-03-012345',
    project_location: '济南市历下区解放东路以北、二环东路以西',
    construction_content: '新建研发楼一栋，地上18层、地下2层，总建筑面积32000平方米。',
    total_investment: '26000',
    land_area: '8600',
    building_area: '32000',
    planned_start_date: '2027-03-01',
    planned_completion_date: '2029-06-30',
    land_supply: 'transfer',
    land_use: 'commercial',
    land_grant_contract_number: '3701022026B00031',
    report_type: 'form',
    environmental_investment: '320',
    eia_agency: '山东泉清环境科技有限公司',
    above_ground_floors: '18',
    below_ground_floors: '2',
    building_height: '79.8',
    survey_unit: '山东省地矿工程勘察院',
    design_unit: '济南市建筑设计研究院有限公司',
    build_mode: 'build',
    civil_defence_area: '4200',
    contract_price: '18500',
    construction_unit: '山东泉城建工集团有限公司',
    supervision_unit: '济南建设监理有限公司',
    contracted_start_date: '2027-03-15',
    contracted_completion_date: '2029-06-15',
    fire_test_agency: '山东安泰消防检测有限公司',
    acceptance_date: '2029-07-20',
    building_use: 'non_residential',
  },
} as const satisfies Record<string, Record<string, string>>;

const combinedFormOf = (id: string) =>
  combineForms(
    bundles
      .find((b) => b.id === id)!
      .steps.map((s) => ({ basicCode: s.basicCode, fields: formFieldsFor(items.get(s.basicCode)!) })),
  );

const expectValid = (slug: string, data: Record<string, unknown>) => {
  const result = validateCertificateData(slug, data);
  expect(result.ok ? [] : result.issues).toEqual([]);
};

describe('the journeys’ forms', () => {
  it.each(Object.entries(FORMS))('fills %s completely', (id, form) => {
    expect(validateForm(combinedFormOf(id), form)).toEqual([]);
  });
});

describe('enterprise opening', () => {
  const form = FORMS['enterprise-opening'];
  const uscc = '91370102MA3F7K2Q0B';

  it('registers the founder’s new company before its licence', () => {
    expect(entityToRegister(context({ form }))).toEqual({
      name: '济南张三信息技术有限公司',
      entityType: 'limited_company',
      legalRepresentativeName: '张三',
      legalRepresentativeIdNumber: '370102199003071238',
      registeredAddress: '山东省济南市历下区解放路街道解放东路8号3层301室',
      registeredRegionCode: '370102',
      establishedOn: '2026-11-27',
    });
  });

  it('registers nothing once an earlier step or the reviewer gave the USCC, or for another certificate', () => {
    expect(entityToRegister(context({ form, values: { uscc } }))).toBeNull();
    expect(entityToRegister(context({ form, overrides: { uscc } }))).toBeNull();
    expect(entityToRegister(context({ form, certificateType: 'seal_engraving_filing' }))).toBeNull();
  });

  it('reissues a changed company’s own licence instead of founding one', () => {
    const change = context({ applicant: YICI_TECH, form: { change_type: 'address', application_note: '迁址' } });
    expect(entityToRegister(change)).toBeNull();
    expect(buildResultData(change).data).toMatchObject({ uscc: YICI_TECH.id, name: YICI_TECH.name });
  });

  it('waits for the reviewer when the form lacks a founding fact, and founds with what they supply', () => {
    const shop = context({ form: { organization_form: 'individual' } });
    expect(entityToRegister(shop)).toBeNull();
    const supplied = { ...shop, overrides: { name: '济南市历下区张三小吃店', address: '济南市历下区解放路12号' } };
    expect(entityToRegister(supplied)).toMatchObject({
      entityType: 'individual_business',
      name: '济南市历下区张三小吃店',
      legalRepresentativeIdNumber: ZHANG_SAN.id,
    });
  });

  it('issues the business licence under the registered USCC and hands it to the later steps', () => {
    const { data, values } = buildResultData(context({ form, values: { uscc } }));
    expectValid('business_licence', data);
    expect(data).toMatchObject({
      name: '济南张三信息技术有限公司',
      uscc,
      entityType: 'limited_company',
      legalRepresentative: '张三',
      registeredCapitalWanYuan: 100,
      establishedOn: '2026-11-27',
      operatingTo: '2046-11-26',
    });
    expect(values).toEqual({ uscc, entity_name: '济南张三信息技术有限公司' });
  });

  it('states no operating term when the form leaves it long-term', () => {
    const { operating_years: _years, ...longTerm } = form;
    expect(buildResultData(context({ form: longTerm, values: { uscc } })).data).not.toHaveProperty('operatingTo');
  });

  it('files the new company’s official seal', () => {
    const { data, values } = buildResultData(
      context({
        certificateType: 'seal_engraving_filing',
        form,
        values: { uscc, entity_name: form.entity_name },
        sequence: 2,
      }),
    );
    expectValid('seal_engraving_filing', data);
    expect(data).toMatchObject({ ownerUscc: uscc, sealKind: 'official', sealText: form.entity_name });
    expect(values.seal_code).toMatch(/^370102\d{7}$/);
  });

  it('files each seal the company ordered on its own, with its own code, the same on every grant', () => {
    const seals = buildResults(
      context({
        certificateType: 'seal_engraving_filing',
        form: { ...form, seal_kind: 'official,finance,invoice' },
        values: { uscc, entity_name: form.entity_name },
        sequence: 2,
      }),
    );
    expect(seals.certificates).toHaveLength(3);
    for (const data of seals.certificates) expectValid('seal_engraving_filing', data);
    expect(seals.certificates.map((d) => [d.sealKind, d.sealText])).toEqual([
      ['official', form.entity_name],
      ['finance', `${form.entity_name}财务专用章`],
      ['invoice', `${form.entity_name}发票专用章`],
    ]);
    // Region, the case's day of the year (331 for 11-27) and serial (…007), then the seal's kind.
    const codes = seals.certificates.map((d) => d.sealCode);
    expect(codes).toEqual(['3701023310071', '3701023310072', '3701023310073']);
    expect(seals.values.seal_code).toBe(codes.join(','));
    const again = buildResults(
      context({
        certificateType: 'seal_engraving_filing',
        form: { ...form, seal_kind: 'official,finance,invoice' },
        values: { uscc, entity_name: form.entity_name },
        sequence: 2,
      }),
    );
    expect(again).toEqual(seals);
  });

  it('files one seal for a form kept from before several could be chosen, and the official seal when none is named', () => {
    const build = (seal_kind: string | undefined) =>
      buildResults(
        context({
          certificateType: 'seal_engraving_filing',
          form: { ...form, seal_kind: seal_kind! },
          values: { uscc },
        }),
      ).certificates.map((d) => d.sealKind);
    expect(build('finance')).toEqual(['finance']);
    expect(build(undefined)).toEqual(['official']);
  });

  it('issues one certificate for a type the law issues per case', () => {
    const licence = buildResults(context({ form, values: { uscc } }));
    expect(licence.certificates).toHaveLength(1);
    expect(licence.certificates[0]).toEqual(buildResultData(context({ form, values: { uscc } })).data);
  });

  it('prints the kind on a special-purpose seal and the name on the representative’s seal', () => {
    const build = (seal_kind: string) =>
      buildResultData(
        context({ certificateType: 'seal_engraving_filing', form: { ...form, seal_kind }, values: { uscc } }),
      ).data.sealText;
    expect(build('finance')).toBe('济南张三信息技术有限公司财务专用章');
    expect(build('legal_representative')).toBe('张三');
  });
});

describe('real estate transfer', () => {
  it('registers the buyer as the new obligee and hands on the new title number', () => {
    const { data, values } = buildResultData(
      context({
        certificateType: 'real_estate_title',
        form: FORMS['real-estate-transfer'],
        issuer: { uscc: '11370102007370102X', name: '济南市历下区自然资源局', regionCode: '370102' },
      }),
    );
    expectValid('real_estate_title', data);
    expect(data).toMatchObject({
      obligee: '赵敏',
      obligeeIdNumber: '370102199209214863',
      unitNumber: '370102007003GB00187F00070302',
      usage: '城镇住宅用地/住宅',
      buildingAreaSqm: 89.56,
      registeredOn: '2026-11-27',
    });
    expect(values.title_certificate_number).toBe('鲁（2026）济南市不动产权第3310007号');
  });

  it('takes the unit from the seller’s title reused, whatever the form says', () => {
    const title = {
      location: '历下区文化东路街道泉景花园7号楼1单元302室',
      unitNumber: '370102007003GB00187F00070302',
      rightType: 'land_and_building',
      rightNature: '出让/市场化商品房',
      usage: '城镇住宅用地/住宅',
      landAreaSqm: 18.42,
      buildingAreaSqm: 89.56,
      landUseTo: '2082-08-31',
    };
    const { data } = buildResultData(
      context({
        certificateType: 'real_estate_title',
        form: { ...FORMS['real-estate-transfer'], property_location: '别处', building_area: '120' },
        issuer: { uscc: '11370102007370102X', name: '济南市历下区自然资源局', regionCode: '370102' },
        reused: {
          real_estate_title: { ...title, obligee: '张三', certificateNumber: '鲁（2016）济南市不动产权第0087654号' },
        },
      }),
    );
    expectValid('real_estate_title', data);
    expect(data).toMatchObject({ ...title, obligee: '赵敏' });
    expect(data.certificateNumber).not.toBe('鲁（2016）济南市不动产权第0087654号');
  });
});

describe('construction project approval', () => {
  const form = FORMS['construction-project-approval'];
  const ctx = (certificateType: string, extra: Partial<ResultContext> = {}) =>
    context({ certificateType, form, applicant: YICI_TECH, ...extra });

  it.each(['land_use_planning_permit', 'engineering_planning_permit', 'construction_permit'])(
    'issues the %s to the developer',
    (slug) => {
      const { data } = buildResultData(ctx(slug));
      expectValid(slug, data);
      expect(Object.values(data)).toContain(YICI_TECH.id);
    },
  );

  it('numbers permits of one case apart by the sequence', () => {
    const first = buildResultData(ctx('land_use_planning_permit', { sequence: 3 })).data.permitNumber;
    const second = buildResultData(ctx('land_use_planning_permit', { sequence: 4 })).data.permitNumber;
    expect(first).toBe('地字第37010220261127000703号');
    expect(second).not.toBe(first);
  });

  it('files completion acceptance with the permit number the construction permit produced', () => {
    const permit = buildResultData(ctx('construction_permit', { sequence: 8 }));
    const filing = buildResultData(ctx('completion_acceptance_filing', { sequence: 11, values: permit.values }));
    expectValid('completion_acceptance_filing', filing.data);
    expect(filing.data).toMatchObject({
      constructionPermitNumber: permit.values.construction_permit_number,
      acceptedOn: '2029-07-20',
      floorAreaSqm: 32000,
    });
  });

  it('leaves a field the form cannot give for the reviewer to supply', () => {
    const { data } = buildResultData(ctx('completion_acceptance_filing'));
    const result = validateCertificateData('completion_acceptance_filing', data);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['data.constructionPermitNumber']);
  });
});

describe('overrides and other types', () => {
  it('lets the reviewer’s fields win over the built ones', () => {
    const { data, values } = buildResultData(
      context({
        form: FORMS['enterprise-opening'],
        values: { uscc: '91370102MA3F7K2Q0B' },
        overrides: { businessScope: '一般项目：软件开发。', uscc: '91370102MA3CYC01X5' },
      }),
    );
    expect(data).toMatchObject({ businessScope: '一般项目：软件开发。', uscc: '91370102MA3CYC01X5' });
    expect(values.uscc).toBe('91370102MA3CYC01X5');
  });

  it('issues a type it has no builder for from the overrides alone', () => {
    const overrides = { licenceNumber: 'JY13701020012345' };
    expect(buildResultData(context({ certificateType: 'food_business_licence', overrides }))).toEqual({
      data: overrides,
      values: {},
    });
  });

  it('renews an identity card from the applicant and the new address', () => {
    const { data } = buildResultData(
      context({
        certificateType: 'identity_card',
        form: { ethnicity: '汉', new_address: '山东省济南市历下区文化东路街道泉景花园7号楼1单元302室' },
        issuer: { uscc: '11370102003370102X', name: '济南市公安局历下分局', regionCode: '370102' },
      }),
    );
    expectValid('identity_card', data);
    expect(data).toMatchObject({ sex: 'male', birthDate: '1990-03-07', validTo: '2046-11-27' });
  });

  it('moves the applicant’s household register', () => {
    const { data, values } = buildResultData(
      context({
        certificateType: 'household_register',
        form: {
          move_reason: 'purchase',
          household_number: '001002123',
          ethnicity: '汉',
          birth_place: '山东省济南市',
          native_place: '山东省济南市',
          new_address: '山东省济南市历下区文化东路街道泉景花园7号楼1单元302室',
        },
      }),
    );
    expectValid('household_register', data);
    expect(data).toMatchObject({ headName: '张三', relationToHead: '户主' });
    expect(values).toEqual({});
  });

  it('registers a newborn in the household and hands on the child’s ID number', () => {
    const { data, values } = buildResultData(
      context({
        certificateType: 'household_register',
        applicant: ZHAO_MIN,
        form: {
          newborn_name: '刘小雷',
          newborn_sex: 'male',
          newborn_birth_date: '2026-11-20',
          head_name: '赵敏',
          relation_to_head: '子',
          household_number: '004009486',
          ethnicity: '汉',
          birth_place: '山东省济南市',
          native_place: '山东省济南市',
          household_address: '山东省济南市历下区泉城路街道芙蓉街社区8号楼1单元601室',
        },
        overrides: { idNumber: '370102202611200011' },
      }),
    );
    expectValid('household_register', data);
    expect(values).toEqual({ newborn_id_number: '370102202611200011' });
  });

  it('issues a birth certificate, a social security card and a marriage certificate from their forms', () => {
    const birth = buildResultData(
      context({
        certificateType: 'birth_medical_certificate',
        applicant: ZHAO_MIN,
        form: {
          newborn_name: '刘小雷',
          newborn_sex: 'male',
          newborn_birth_date: '2026-11-20',
          birth_time: '08:35',
          birth_place: '山东省济南市历下区',
          gestational_weeks: '39',
          birth_weight_grams: '3350',
          birth_length_cm: '50.5',
        },
        issuer: { uscc: '12370100495570112A', name: '济南市妇幼保健院', regionCode: '3701' },
      }),
    );
    expectValid('birth_medical_certificate', birth.data);
    const card = buildResultData(context({ certificateType: 'social_security_card', form: { bank_name: 'qilu' } }));
    expectValid('social_security_card', card.data);
    const marriage = buildResultData(
      context({
        certificateType: 'marriage_certificate',
        applicant: ZHAO_MIN,
        form: { spouse_name: '张三', spouse_id_number: '370102199003071238' },
      }),
    );
    expectValid('marriage_certificate', marriage.data);
    expect(marriage.data).toMatchObject({ holderRole: 'wife', husbandName: '张三', wifeName: '赵敏' });
  });

  it.each([
    ['water_connection', { pipe_diameter_mm: '25' }],
    ['power_connection', { voltage_level: 'ac380v', capacity_kva: '100' }],
    ['gas_connection', { gas_use: 'commercial' }],
    ['heating_connection', { heating_area: '1200', heating_method: 'radiator' }],
  ])('confirms the %s of an entity', (slug, extra) => {
    const { data } = buildResultData(
      context({
        certificateType: slug,
        applicant: YICI_TECH,
        form: { customer_type: 'non_resident', connection_address: '济南市历下区解放东路1号一次大厦', ...extra },
        issuer: { uscc: '91370100011370100B', name: '济南水务集团有限公司', regionCode: '3701' },
      }),
    );
    expectValid(slug, data);
    expect(data).toMatchObject({ customerId: YICI_TECH.id, customerName: YICI_TECH.name });
  });
});
