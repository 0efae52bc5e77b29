import { describe, expect, it } from 'vitest';
import type { ItemElements, Material } from '@yici/contracts';
import { checkItemQuality, compareWithStandard } from './catalog.consistency';

const material = (key: string, name: string, required = true): Material => ({
  key,
  name,
  required,
  form: 'electronic',
  copies: 0,
  issuingBody: null,
  source: { kind: 'upload' },
  deferrable: false,
  promiseAllowed: false,
  appliesWhen: null,
  note: null,
});

const standard: ItemElements = {
  name: '企业设立登记',
  itemType: '01',
  departmentKind: 'market_regulation',
  handledByApprovalBureau: true,
  exerciseLevels: ['city', 'county'],
  audiences: ['legal_person'],
  themes: ['企业开办'],
  keywords: ['营业执照'],
  legalBasis: ['《市场主体登记管理条例》'],
  acceptanceConditions: ['名称已自主申报'],
  situations: [],
  materials: [material('application', '登记申请书'), material('articles', '公司章程')],
  statutoryLimitDays: 3,
  promisedLimitDays: 1,
  caseType: 'promised',
  handlingForms: ['window', 'online'],
  onlineDepth: 4,
  visits: 0,
  visitReason: null,
  handleAnywhere: 'province',
  fees: [],
  resultCertificateType: 'business_licence',
  resultName: '营业执照',
  oneVisit: true,
  consultationPhone: '0531-12345678',
  complaintPhone: '12345',
  flow: ['申请', '受理', '审查', '决定'],
};

describe('consistency with the standard', () => {
  it('finds nothing when an implementation keeps the standard', () => {
    expect(compareWithStandard(standard, {})).toEqual([]);
    expect(compareWithStandard(standard, { promisedLimitDays: 1 })).toEqual([]);
  });

  it('names an extra material and a missing required one', () => {
    const deviations = compareWithStandard(standard, {
      materials: [material('application', '登记申请书'), material('lease', '租赁合同')],
    });
    expect(deviations.map((d) => [d.kind, d.message])).toEqual([
      ['extra', '增加了申请材料“租赁合同”'],
      ['missing', '缺少必要申请材料“公司章程”'],
    ]);
  });

  it('calls a longer promised limit looser and a shorter one stricter', () => {
    expect(compareWithStandard(standard, { promisedLimitDays: 3 })[0]?.kind).toBe('looser');
    expect(compareWithStandard(standard, { promisedLimitDays: 0 })[0]?.kind).toBe('stricter');
  });

  it('calls a removed phone a missing element', () => {
    expect(compareWithStandard(standard, { consultationPhone: null })[0]).toMatchObject({ kind: 'missing' });
  });

  it('lists an extra acceptance condition', () => {
    const [d] = compareWithStandard(standard, {
      acceptanceConditions: [...standard.acceptanceConditions, '须本地户籍'],
    });
    expect(d).toMatchObject({ kind: 'extra', actual: '须本地户籍' });
  });
});

describe('catalog QA rules', () => {
  it('passes a well-formed item', () => {
    expect(checkItemQuality(standard)).toEqual([]);
  });

  it('requires a reason for every visit', () => {
    expect(checkItemQuality({ ...standard, visits: 1 }).map((f) => f.rule)).toEqual(['VISIT_REASON_REQUIRED']);
  });

  it('requires mail when a zero-visit item cannot be done online', () => {
    expect(checkItemQuality({ ...standard, handlingForms: ['window'] }).map((f) => f.rule)).toEqual([
      'ZERO_VISIT_NEEDS_CHANNEL',
    ]);
  });

  it('requires a legal basis for every fee', () => {
    const fees = [{ name: '登记费', amountYuan: 80, basis: '' }];
    expect(checkItemQuality({ ...standard, fees }).map((f) => f.rule)).toEqual(['FEE_BASIS_REQUIRED']);
  });

  it('requires both phones, and different ones', () => {
    expect(checkItemQuality({ ...standard, complaintPhone: '0531-12345678' }).map((f) => f.rule)).toEqual([
      'PHONES_MUST_DIFFER',
    ]);
    expect(checkItemQuality({ ...standard, complaintPhone: null }).map((f) => f.rule)).toEqual([
      'COMPLAINT_PHONE_REQUIRED',
    ]);
  });
});
