import type { LegalEntity, Person } from '@yici/contracts';
import type { GeneratedCreditEntry } from './registries.generator';

/**
 * Fixed people, entities and credit entries every seed contains, so that demos, other domains'
 * tests and the documentation can name them. All live in 历下区 (370102), which the core seed
 * scope includes. The ID numbers and USCCs carry correct check characters.
 */
export const DEMO_RESIDENTS = {
  /** An ordinary resident with no entity of his own except a small shop. */
  zhangSan: {
    idNumber: '370102199003071238',
    name: '张三',
    sex: 'male',
    birthDate: '1990-03-07',
    householdRegionCode: '370102001002',
    householdAddress: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
    phone: '13805310001',
  },
  /** Legal representative of 济南一次网络科技有限公司 (and of a deregistered restaurant company). */
  liSi: {
    idNumber: '370102198506153513',
    name: '李四',
    sex: 'male',
    birthDate: '1985-06-15',
    householdRegionCode: '370102002003',
    householdAddress: '山东省济南市历下区千佛山街道千佛山东路社区12号楼1单元1102室',
    phone: '13905310002',
  },
  /** On the blacklist (失信被执行人); represents the blacklisted building-materials company. */
  wangWu: {
    idNumber: '370102197811022179',
    name: '王五',
    sex: 'male',
    birthDate: '1978-11-02',
    householdRegionCode: '370102003008',
    householdAddress: '山东省济南市历下区趵突泉街道趵突泉社区6号楼3单元302室',
    phone: '15805310003',
  },
  /** Represents the redlisted trading company; mother of 刘小雨. */
  zhaoMin: {
    idNumber: '370102199209214863',
    name: '赵敏',
    sex: 'female',
    birthDate: '1992-09-21',
    householdRegionCode: '370102004009',
    householdAddress: '山东省济南市历下区泉城路街道芙蓉街社区8号楼1单元601室',
    phone: '18605310004',
  },
  /** Born 1963: a retirement-age resident. */
  sunXiuying: {
    idNumber: '370102196305180428',
    name: '孙秀英',
    sex: 'female',
    birthDate: '1963-05-18',
    householdRegionCode: '370102005010',
    householdAddress: '山东省济南市历下区大明湖街道曲水亭社区15号楼2单元201室',
    phone: '13605310005',
  },
  /** A minor (born 2016), in her mother's household; the phone is her mother's. */
  liuXiaoyu: {
    idNumber: '370102201602100280',
    name: '刘小雨',
    sex: 'female',
    birthDate: '2016-02-10',
    householdRegionCode: '370102004009',
    householdAddress: '山东省济南市历下区泉城路街道芙蓉街社区8号楼1单元601室',
    phone: '18605310004',
  },
} as const satisfies Record<string, Person>;

export const DEMO_ENTITIES = {
  /** The demo company: active, no credit entries. */
  yiciTech: {
    uscc: '91370102MA3CYC01X5',
    name: '济南一次网络科技有限公司',
    entityType: 'limited_company',
    registeredRegionCode: '370102',
    registeredAddress: '山东省济南市历下区解放路街道解放东路1号一次大厦12层1201室',
    legalRepresentativeIdNumber: DEMO_RESIDENTS.liSi.idNumber,
    legalRepresentativeName: DEMO_RESIDENTS.liSi.name,
    status: 'active',
    establishedOn: '2018-06-01',
  },
  /** Redlisted (守合同重信用企业). */
  quanchengTrade: {
    uscc: '91370102MA3D8Q2K5P',
    name: '济南泉诚商贸有限公司',
    entityType: 'limited_company',
    registeredRegionCode: '370102',
    registeredAddress: '山东省济南市历下区泉城路188号2层205室',
    legalRepresentativeIdNumber: DEMO_RESIDENTS.zhaoMin.idNumber,
    legalRepresentativeName: DEMO_RESIDENTS.zhaoMin.name,
    status: 'active',
    establishedOn: '2019-03-12',
  },
  /** Blacklisted (拖欠农民工工资). */
  luxindaBuilding: {
    uscc: '91370102MA3BX7L48A',
    name: '济南鲁信达建材有限公司',
    entityType: 'limited_company',
    registeredRegionCode: '370102',
    registeredAddress: '山东省济南市历下区工业南路56号8层806室',
    legalRepresentativeIdNumber: DEMO_RESIDENTS.wangWu.idNumber,
    legalRepresentativeName: DEMO_RESIDENTS.wangWu.name,
    status: 'active',
    establishedOn: '2016-09-20',
  },
  /** An individual business (个体工商户) run by 张三. */
  zhangjiStore: {
    uscc: '92370102MA3F2N6R96',
    name: '济南市历下区张记便利店',
    entityType: 'individual_business',
    registeredRegionCode: '370102',
    registeredAddress: '山东省济南市历下区解放路街道解放桥社区底商3号',
    legalRepresentativeIdNumber: DEMO_RESIDENTS.zhangSan.idNumber,
    legalRepresentativeName: DEMO_RESIDENTS.zhangSan.name,
    status: 'active',
    establishedOn: '2020-05-18',
  },
  /** Deregistered; registered before the USCC reform, so its organisation code is numeric. */
  laoweidaoCatering: {
    uscc: '91370102163052841T',
    name: '济南历下老味道餐饮有限公司',
    entityType: 'limited_company',
    registeredRegionCode: '370102',
    registeredAddress: '山东省济南市历下区芙蓉街32号',
    legalRepresentativeIdNumber: DEMO_RESIDENTS.liSi.idNumber,
    legalRepresentativeName: DEMO_RESIDENTS.liSi.name,
    status: 'deregistered',
    establishedOn: '2008-04-10',
  },
} as const satisfies Record<string, LegalEntity>;

export const DEMO_CREDIT_ENTRIES = {
  wangWuBlacklisted: {
    id: 'credit-demo-wangwu-blacklist',
    subjectType: 'person',
    subjectId: DEMO_RESIDENTS.wangWu.idNumber,
    regionCode: DEMO_RESIDENTS.wangWu.householdRegionCode,
    list: 'blacklist',
    reason: '被人民法院依法列为失信被执行人（有履行能力而拒不履行生效法律文书确定的义务）',
    issuingBody: '济南市历下区人民法院',
    validFrom: '2024-03-15',
    validTo: null,
  },
  luxindaBlacklisted: {
    id: 'credit-demo-luxinda-blacklist',
    subjectType: 'legal_person',
    subjectId: DEMO_ENTITIES.luxindaBuilding.uscc,
    regionCode: DEMO_ENTITIES.luxindaBuilding.registeredRegionCode,
    list: 'blacklist',
    reason: '拖欠农民工工资被列入失信联合惩戒对象名单',
    issuingBody: '济南市人力资源和社会保障局',
    validFrom: '2025-06-01',
    validTo: '2028-06-01',
  },
  quanchengRedlisted: {
    id: 'credit-demo-quancheng-redlist',
    subjectType: 'legal_person',
    subjectId: DEMO_ENTITIES.quanchengTrade.uscc,
    regionCode: DEMO_ENTITIES.quanchengTrade.registeredRegionCode,
    list: 'redlist',
    reason: '守合同重信用企业',
    issuingBody: '山东省市场监督管理局',
    validFrom: '2026-01-01',
    validTo: '2028-01-01',
  },
} as const satisfies Record<string, GeneratedCreditEntry>;
