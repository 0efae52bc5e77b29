import type { CreditList, SubjectType } from '@yici/contracts';
import type { County } from './registries.places';

/** What generated blacklist and redlist entries say, who issues them, and for how long. */

export type CreditTemplate = {
  list: CreditList;
  subjectType: SubjectType;
  reason: string;
  issuingBody: (county: County) => string;
  /** Validity in years; null = until lifted. */
  years: number | null;
};

const isCountyLevelCity = (county: County) => county.name.endsWith('市');
const isZone = (county: County) => /开发区|新区/.test(county.name);

const court = (county: County) =>
  isZone(county)
    ? `${county.cityName}中级人民法院`
    : isCountyLevelCity(county)
      ? `${county.name}人民法院`
      : `${county.cityName}${county.name}人民法院`;
const taxBureau = (county: County) =>
  isCountyLevelCity(county) ? `国家税务总局${county.name}税务局` : `国家税务总局${county.cityName}${county.name}税务局`;
const cityBody = (suffix: string) => (county: County) => `${county.cityName}${suffix}`;

export const CREDIT_TEMPLATES: CreditTemplate[] = [
  {
    list: 'blacklist',
    subjectType: 'person',
    reason: '被人民法院依法列为失信被执行人（有履行能力而拒不履行生效法律文书确定的义务）',
    issuingBody: court,
    years: null,
  },
  {
    list: 'blacklist',
    subjectType: 'person',
    reason: '拖欠农民工工资被列入失信联合惩戒对象名单',
    issuingBody: cityBody('人力资源和社会保障局'),
    years: 3,
  },
  {
    list: 'redlist',
    subjectType: 'person',
    reason: '无偿献血奉献奖获得者',
    issuingBody: cityBody('卫生健康委员会'),
    years: 3,
  },
  {
    list: 'blacklist',
    subjectType: 'legal_person',
    reason: '被人民法院依法列为失信被执行人（违反财产报告制度）',
    issuingBody: court,
    years: null,
  },
  {
    list: 'blacklist',
    subjectType: 'legal_person',
    reason: '重大税收违法失信主体（偷税）',
    issuingBody: (county) => `国家税务总局${county.cityName}税务局`,
    years: 3,
  },
  {
    list: 'blacklist',
    subjectType: 'legal_person',
    reason: '列入经营异常名录届满 3 年仍未履行相关义务，列入严重违法失信企业名单',
    issuingBody: cityBody('市场监督管理局'),
    years: 5,
  },
  {
    list: 'redlist',
    subjectType: 'legal_person',
    reason: '纳税信用 A 级纳税人',
    issuingBody: taxBureau,
    years: 1,
  },
  {
    list: 'redlist',
    subjectType: 'legal_person',
    reason: '守合同重信用企业',
    issuingBody: () => '山东省市场监督管理局',
    years: 2,
  },
  {
    list: 'redlist',
    subjectType: 'legal_person',
    reason: '劳动保障守法诚信示范单位',
    issuingBody: cityBody('人力资源和社会保障局'),
    years: 3,
  },
];

export const templatesFor = (list: CreditList, subjectType: SubjectType) =>
  CREDIT_TEMPLATES.filter((t) => t.list === list && t.subjectType === subjectType);
